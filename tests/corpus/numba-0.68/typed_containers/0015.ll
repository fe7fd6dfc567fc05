; ModuleID = '_getitem'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._getitem = internal constant [9 x i8] c"_getitem\00"
@_ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx" = internal constant [135 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx\00"
@.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typedlist\94\8C\04List\94\93\94."
@.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783.sha1 = internal constant [20 x i8] c"\11[H\F34\CF\147\1A\B2o\F5cd\0F\09K'\E7\83"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
@.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026 = internal constant [171 x i8] c"\80\04\95\A0\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AIndexError\94\93\94\8C\17list index out of range\94\85\94\8C\0Chandle_index\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/listobject.py\94M\96\02\87\94\87\94."
@.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026.sha1 = internal constant [20 x i8] c"\97\03p\A0\D4\CC\C5\D1\B9&g\1AM\04g\DE\CD\CBp&"
@.const.picklebuf.970370a0d4ccc5d1b926671a4d0467decdcb7026 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026, i32 171, ptr @.const.pickledata.970370a0d4ccc5d1b926671a4d0467decdcb7026.sha1, ptr null, i32 0 }
@PyExc_RuntimeError = external global i8
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null

define range(i32 0, 2) i32 @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.l.0, ptr %arg.l.1, i64 %arg.i) local_unnamed_addr {
B0:
  tail call void @NRT_incref(ptr %arg.l.0)
  tail call void @NRT_incref(ptr %arg.l.0), !noalias !0
  tail call void @NRT_incref(ptr %arg.l.0), !noalias !4
  %.11.i.i = icmp slt i64 %arg.i, 0
  %.18.i.i = tail call i64 @numba_list_size_address(ptr %arg.l.1), !noalias !4
  %.19.i.i = inttoptr i64 %.18.i.i to ptr
  %.20.i.i = load i64, ptr %.19.i.i, align 8, !noalias !4
  %.21.i.i = select i1 %.11.i.i, i64 %.20.i.i, i64 0
  %.22.i.i = add i64 %.21.i.i, %arg.i
  %.27.i.i = icmp slt i64 %.22.i.i, 0
  br i1 %.27.i.i, label %B0.if.if, label %B48.endif.i.i

B48.endif.i.i:                                    ; preds = %B0
  tail call void @NRT_decref(ptr %arg.l.0), !noalias !4
  %.60.not.i.i = icmp slt i64 %.22.i.i, %.20.i.i
  br i1 %.60.not.i.i, label %B0.endif, label %B0.if.if

common.ret:                                       ; preds = %B0.if.if, %B0.endif
  %common.ret.op = phi i32 [ 0, %B0.endif ], [ 1, %B0.if.if ]
  ret i32 %common.ret.op

B0.endif:                                         ; preds = %B48.endif.i.i
  %.40.i = tail call ptr @numba_list_base_ptr(ptr %arg.l.1), !noalias !0
  %.42.i = getelementptr i64, ptr %.40.i, i64 %.22.i.i
  %.52.i = load i64, ptr %.42.i, align 8, !noalias !0
  tail call void @NRT_decref(ptr %arg.l.0), !noalias !0
  tail call void @NRT_decref(ptr %arg.l.0)
  store i64 %.52.i, ptr %retptr, align 8
  br label %common.ret

B0.if.if:                                         ; preds = %B48.endif.i.i, %B0
  %l.sroa.0.0.i.i = phi ptr [ %arg.l.0, %B0 ], [ null, %B48.endif.i.i ]
  tail call void @NRT_decref(ptr %l.sroa.0.0.i.i), !noalias !4
  store ptr @.const.picklebuf.970370a0d4ccc5d1b926671a4d0467decdcb7026, ptr %excinfo, align 8
  br label %common.ret
}

define ptr @_ZN7cpython5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const._getitem, i64 2, i64 2, ptr nonnull %.5, ptr nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.72 = alloca i64, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !8

common.ret:                                       ; preds = %entry.endif.endif.endif.e...if.1, %entry.endif.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.else, %arg0.err, %entry, %entry.endif.endif.endif.e...if, %entry.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.e...if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.if.endif ], [ %.94, %entry.endif.endif.endif.endif.endif.endif.if.endif ], [ null, %arg0.err ], [ null, %entry.endif.endif.else ], [ null, %entry.endif.endif.endif.e...if.1 ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load ptr, ptr @_ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx, align 8
  %.15 = icmp eq ptr %.12, null
  br i1 %.15, label %entry.endif.if, label %entry.endif.endif, !prof !8

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.19 = load ptr, ptr %.5, align 8
  %.26 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783, i32 45, ptr nonnull @.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783.sha1)
  %.27 = call ptr @PyObject_Type(ptr %.19)
  %.28 = icmp eq ptr %.27, %.26
  br i1 %.28, label %entry.endif.endif.if, label %entry.endif.endif.else, !prof !9

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.30 = call ptr @PyObject_GetAttrString(ptr %.19, ptr nonnull @.const._opaque)
  %.31 = call ptr @NRT_meminfo_from_pyobject(ptr %.30)
  %.5.i = getelementptr i8, ptr %.31, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  %.38 = load ptr, ptr %.6.i, align 8
  call void @Py_DecRef(ptr %.30)
  call void @Py_DecRef(ptr %.26)
  call void @Py_DecRef(ptr %.27)
  %.56 = load ptr, ptr %.6, align 8
  %.59 = call ptr @PyNumber_Long(ptr %.56)
  %.60.not = icmp eq ptr %.59, null
  br i1 %.60.not, label %entry.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.if, !prof !8

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (ptr, ptr, ...) @PyErr_Format(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox a %S as a %S", ptr %.27, ptr %.26)
  call void @Py_DecRef(ptr %.26)
  call void @Py_DecRef(ptr %.27)
  br label %common.ret

arg0.err:                                         ; preds = %entry.endif.endif.endif.endif.endif
  call void @NRT_decref(ptr nonnull %.31)
  br label %common.ret

entry.endif.endif.endif.endif.if:                 ; preds = %entry.endif.endif.if
  %.62 = call i64 @PyLong_AsLongLong(ptr nonnull %.59)
  call void @Py_DecRef(ptr nonnull %.59)
  br label %entry.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif.if, %entry.endif.endif.if
  %.57.0 = phi i64 [ %.62, %entry.endif.endif.endif.endif.if ], [ 0, %entry.endif.endif.if ]
  %.67 = call ptr @PyErr_Occurred()
  %.68.not = icmp eq ptr %.67, null
  br i1 %.68.not, label %entry.endif.endif.endif.endif.endif.endif, label %arg0.err, !prof !10

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  store i64 0, ptr %.72, align 8
  %.76 = call i32 @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx(ptr nonnull %.72, ptr nonnull %excinfo, ptr nonnull %.31, ptr %.38, i64 %.57.0) #2
  %.77 = load ptr, ptr %excinfo, align 8
  %.86 = load i64, ptr %.72, align 8
  call void @NRT_decref(ptr nonnull %.31)
  %cond = icmp eq i32 %.76, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.endif.endif.if, !prof !11

entry.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif
  %.94 = call ptr @PyLong_FromLongLong(i64 %.86)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.101 = load { ptr, i32, ptr, ptr, i32 }, ptr %.77, align 8
  %.102 = extractvalue { ptr, i32, ptr, ptr, i32 } %.101, 4
  %.103 = icmp sgt i32 %.102, 0
  %.106 = extractvalue { ptr, i32, ptr, ptr, i32 } %.101, 0
  %.108 = extractvalue { ptr, i32, ptr, ptr, i32 } %.101, 1
  br i1 %.103, label %entry.endif.endif.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.endif.endif.if.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if
  %.109 = sext i32 %.108 to i64
  %.110 = call ptr @PyBytes_FromStringAndSize(ptr %.106, i64 %.109)
  %.111 = load { ptr, i32, ptr, ptr, i32 }, ptr %.77, align 8
  %.112 = extractvalue { ptr, i32, ptr, ptr, i32 } %.111, 2
  %.114 = extractvalue { ptr, i32, ptr, ptr, i32 } %.111, 3
  %.116 = call ptr %.114(ptr %.112)
  %.117 = icmp eq ptr %.116, null
  br i1 %.117, label %entry.endif.endif.endif.e...if, label %entry.endif.endif.endif.e...endif, !prof !8

entry.endif.endif.endif.endif.endif.endif.endif.if.else: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if
  %.130 = extractvalue { ptr, i32, ptr, ptr, i32 } %.101, 2
  %.131 = call ptr @numba_unpickle(ptr %.106, i32 %.108, ptr %.130)
  br label %entry.endif.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.e...endif, %entry.endif.endif.endif.endif.endif.endif.endif.if.else
  %.133 = phi ptr [ %.121, %entry.endif.endif.endif.e...endif ], [ %.131, %entry.endif.endif.endif.endif.endif.endif.endif.if.else ]
  %.134.not = icmp eq ptr %.133, null
  br i1 %.134.not, label %common.ret, label %entry.endif.endif.endif.e...if.1, !prof !8

entry.endif.endif.endif.e...if:                   ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.e...endif:                ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.if
  %.121 = call ptr @numba_runtime_build_excinfo_struct(ptr %.110, ptr nonnull %.116)
  call void @NRT_Free(ptr nonnull %.77)
  br label %entry.endif.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.e...if.1:                 ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.133)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @PyObject_Type(ptr) local_unnamed_addr

declare ptr @PyObject_GetAttrString(ptr, ptr) local_unnamed_addr

declare noalias ptr @NRT_meminfo_from_pyobject(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare ptr @PyNumber_Long(ptr) local_unnamed_addr

declare void @PyErr_Format(ptr, ptr, ...) local_unnamed_addr

declare i64 @PyLong_AsLongLong(ptr) local_unnamed_addr

declare ptr @PyErr_Occurred() local_unnamed_addr

declare ptr @PyLong_FromLongLong(i64) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx({ ptr, ptr } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, ptr %.4, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.8 = call i32 @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5dx(ptr nonnull %.4, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr %extracted.data, i64 %.2) #2
  %.9 = load ptr, ptr %excinfo, align 8
  %.18 = load i64, ptr %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, ptr %.20, align 4
  %cond = icmp eq i32 %.8, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !11

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
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !8

entry.if.if.else:                                 ; preds = %entry.if
  %.55 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 2
  %.56 = call ptr @numba_unpickle(ptr %.31, i32 %.33, ptr %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi ptr [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq ptr %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !8

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments.1")
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

declare void @numba_gil_release(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #0 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !8

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare i64 @numba_list_size_address(ptr) local_unnamed_addr #1

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !8

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !8

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare ptr @numba_list_base_ptr(ptr) local_unnamed_addr #1

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #3

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { alwaysinline nofree nounwind memory(read) }
attributes #2 = { noinline }
attributes #3 = { nounwind }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx"}
!3 = distinct !{!3, !2, !"_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %excinfo"}
!4 = !{!5, !7, !1, !3}
!5 = distinct !{!5, !6, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %retptr"}
!6 = distinct !{!6, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx"}
!7 = distinct !{!7, !6, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %excinfo"}
!8 = !{!"branch_weights", i32 1, i32 99}
!9 = !{!"branch_weights", i32 2126008812, i32 21474836}
!10 = !{!"branch_weights", i32 99, i32 1}
!11 = !{!"branch_weights", i32 49, i32 1}
