; ModuleID = 'impl_getitem.<locals>.integer_non_none_impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
@.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026 = internal constant [171 x i8] c"\80\04\95\A0\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AIndexError\94\93\94\8C\17list index out of range\94\85\94\8C\0Chandle_index\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/listobject.py\94M\96\02\87\94\87\94."
@.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026.sha1 = internal constant [20 x i8] c"\97\03p\A0\D4\CC\C5\D1\B9&g\1AM\04g\DE\CD\CBp&"
@.const.picklebuf.970370a0d4ccc5d1b926671a4d0467decdcb7026 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026, i32 171, ptr @.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026.sha1, ptr null, i32 0 }
@PyExc_RuntimeError = external global i8
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null

define range(i32 0, 2) i32 @_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.l.0, ptr %arg.l.1, i64 %arg.index) local_unnamed_addr {
B0:
  tail call void @NRT_incref(ptr %arg.l.0)
  tail call void @NRT_incref(ptr %arg.l.0), !noalias !0
  %.11.i = icmp slt i64 %arg.index, 0
  %.18.i = tail call i64 @numba_list_size_address(ptr %arg.l.1), !noalias !0
  %.19.i = inttoptr i64 %.18.i to ptr
  %.20.i = load i64, ptr %.19.i, align 8, !noalias !0
  %.21.i = select i1 %.11.i, i64 %.20.i, i64 0
  %.22.i = add i64 %.21.i, %arg.index
  %.27.i = icmp slt i64 %.22.i, 0
  br i1 %.27.i, label %B0.if.if, label %B48.endif.i

B48.endif.i:                                      ; preds = %B0
  tail call void @NRT_decref(ptr %arg.l.0), !noalias !0
  %.60.not.i = icmp slt i64 %.22.i, %.20.i
  br i1 %.60.not.i, label %B0.endif, label %B0.if.if

common.ret:                                       ; preds = %B0.endif, %B0.if.if
  %common.ret.op = phi i32 [ 0, %B0.endif ], [ 1, %B0.if.if ]
  ret i32 %common.ret.op

B0.endif:                                         ; preds = %B48.endif.i
  %.40 = tail call ptr @numba_list_base_ptr(ptr %arg.l.1)
  %.42 = getelementptr i64, ptr %.40, i64 %.22.i
  %.52 = load i64, ptr %.42, align 8
  tail call void @NRT_decref(ptr %arg.l.0)
  store i64 %.52, ptr %retptr, align 8
  br label %common.ret

B0.if.if:                                         ; preds = %B48.endif.i, %B0
  %l.sroa.0.0.i = phi ptr [ %arg.l.0, %B0 ], [ null, %B48.endif.i ]
  tail call void @NRT_decref(ptr %l.sroa.0.0.i), !noalias !0
  store ptr @.const.picklebuf.970370a0d4ccc5d1b926671a4d0467decdcb7026, ptr %excinfo, align 8
  br label %common.ret
}

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare ptr @numba_list_base_ptr(ptr) local_unnamed_addr #0

define i64 @cfunc._ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx({ ptr, ptr } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, ptr %.4, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.8 = call i32 @_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx(ptr nonnull %.4, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr %extracted.data, i64 %.2) #2
  %.9 = load ptr, ptr %excinfo, align 8
  %.18 = load i64, ptr %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, ptr %.20, align 4
  %cond = icmp eq i32 %.8, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !4

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.20)
  call void @PyErr_Clear()
  %.26 = load { ptr, i32, ptr, ptr, i32 }, ptr %.9, align 8
  %.27 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 4
  %.28 = icmp sgt i32 %.27, 0
  %.31 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 0
  %.33 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 1
  br i1 %.28, label %entry.if.if.if, label %entry.if.if.else

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i64 [ 0, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret i64 %common.ret.op

.23:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.71 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.71)
  call void @Py_DecRef(ptr %.71)
  call void @numba_gil_release(ptr nonnull %.20)
  br label %common.ret

entry.if.if.if:                                   ; preds = %entry.if
  %.34 = sext i32 %.33 to i64
  %.35 = call ptr @PyBytes_FromStringAndSize(ptr %.31, i64 %.34)
  %.36 = load { ptr, i32, ptr, ptr, i32 }, ptr %.9, align 8
  %.37 = extractvalue { ptr, i32, ptr, ptr, i32 } %.36, 2
  %.39 = extractvalue { ptr, i32, ptr, ptr, i32 } %.36, 3
  %.41 = call ptr %.39(ptr %.37)
  %.42 = icmp eq ptr %.41, null
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !5

entry.if.if.else:                                 ; preds = %entry.if
  %.55 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 2
  %.56 = call ptr @numba_unpickle(ptr %.31, i32 %.33, ptr %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi ptr [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq ptr %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !5

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.46 = call ptr @numba_runtime_build_excinfo_struct(ptr %.35, ptr nonnull %.41)
  call void @NRT_Free(ptr nonnull %.9)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.58)
  br label %.23
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !5

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare i64 @numba_list_size_address(ptr) local_unnamed_addr #0

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !5

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret, !prof !5

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #3

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { alwaysinline nofree nounwind memory(read) }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline }
attributes #3 = { nounwind }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx"}
!3 = distinct !{!3, !2, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %excinfo"}
!4 = !{!"branch_weights", i32 49, i32 1}
!5 = !{!"branch_weights", i32 1, i32 99}
