; ModuleID = 'handle_index'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global i8* null
@.const.pickledata.139999298301440 = internal constant [166 x i8] c"\80\04\95\9B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AIndexError\94\93\94\8C\17list index out of range\94\85\94\8C\0Chandle_index\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/listobject.py\94M\96\02\87\94\87\94."
@.const.pickledata.139999298301440.sha1 = internal constant [20 x i8] c".\12\D0\B6Fz:X\F2\\\CA\BE\B9\C4\FA\BB\A2\9F\1E["
@.const.picklebuf.139999298301440 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([166 x i8], [166 x i8]* @.const.pickledata.139999298301440, i32 0, i32 0), i32 166, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999298301440.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f54207c0d10>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f54207c0d10>\00"
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.l.0, i8* %arg.l.1, i64 %arg.index) local_unnamed_addr {
entry:
  tail call void @NRT_incref(i8* %arg.l.0)
  %.11 = icmp slt i64 %arg.index, 0
  %.18 = tail call i64 @numba_list_size_address(i8* %arg.l.1)
  %.19 = inttoptr i64 %.18 to i64*
  %.20 = load i64, i64* %.19, align 8
  %.21 = select i1 %.11, i64 %.20, i64 0
  %.22 = add i64 %.21, %arg.index
  %.27 = icmp slt i64 %.22, 0
  br i1 %.27, label %B86, label %B48.endif

common.ret:                                       ; preds = %B116, %B86
  %common.ret.op = phi i32 [ 1, %B86 ], [ 0, %B116 ]
  ret i32 %common.ret.op

B86:                                              ; preds = %B48.endif, %entry
  %l.sroa.0.0 = phi i8* [ %arg.l.0, %entry ], [ null, %B48.endif ]
  tail call void @NRT_decref(i8* %l.sroa.0.0)
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999298301440, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !2
  br label %common.ret

B116:                                             ; preds = %B48.endif
  store i64 %.22, i64* %retptr, align 8
  br label %common.ret

B48.endif:                                        ; preds = %entry
  %.13.i = tail call i64 @numba_list_size_address(i8* %arg.l.1) #3, !noalias !3
  %.14.i = inttoptr i64 %.13.i to i64*
  %.15.i = load i64, i64* %.14.i, align 8, !noalias !3
  tail call void @NRT_decref(i8* %arg.l.0)
  %.60.not = icmp slt i64 %.22, %.15.i
  br i1 %.60.not, label %B116, label %B86
}

; Function Attrs: alwaysinline nofree nounwind readonly
declare i64 @numba_list_size_address(i8*) local_unnamed_addr #0

define i64 @cfunc._ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx({ i8*, i8* } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, i64* %.4, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8* } %.1, 0
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.8 = call i32 @_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx(i64* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* %extracted.data, i64 %.2) #2
  %.9 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.10.not = icmp eq i32 %.8, 0
  %.16 = icmp sgt i32 %.8, 0
  %.17 = select i1 %.16, { i8*, i32, i8*, i8*, i32 }* %.9, { i8*, i32, i8*, i8*, i32 }* undef
  %.18 = load i64, i64* %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, i32* %.20, align 4
  br i1 %.10.not, label %common.ret, label %entry.if, !prof !6

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.20)
  br i1 %.16, label %entry.if.if, label %entry.if.endif.endif.endif

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i64 [ 0, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret i64 %common.ret.op

.23:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif
  %.71 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f54207c0d10>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.71)
  call void @Py_DecRef(i8* %.71)
  call void @numba_gil_release(i32* nonnull %.20)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.26 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.17, align 8
  %.27 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 4
  %.28 = icmp sgt i32 %.27, 0
  %.31 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 0
  %.33 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 1
  br i1 %.28, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.34 = sext i32 %.33 to i64
  %.35 = call i8* @PyBytes_FromStringAndSize(i8* %.31, i64 %.34)
  %.36 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.17, align 8
  %.37 = extractvalue { i8*, i32, i8*, i8*, i32 } %.36, 2
  %.39 = extractvalue { i8*, i32, i8*, i8*, i32 } %.36, 3
  %.40 = bitcast i8* %.39 to i8* (i8*)*
  %.41 = call i8* %.40(i8* %.37)
  %.42 = icmp eq i8* %.41, null
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !7

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 2
  %.56 = call i8* @numba_unpickle(i8* %.31, i32 %.33, i8* %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi i8* [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq i8* %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !7

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.46 = call i8* @numba_runtime_build_excinfo_struct(i8* %.35, i8* nonnull %.41)
  %.47 = bitcast { i8*, i32, i8*, i8*, i32 }* %.17 to i8*
  call void @NRT_Free(i8* nonnull %.47)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(i8* nonnull %.58)
  br label %.23

entry.if.endif.endif.endif:                       ; preds = %entry.if
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %.23
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyUnicode_FromString(i8*) local_unnamed_addr

declare void @PyErr_WriteUnraisable(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !7

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !7

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !7

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

attributes #0 = { alwaysinline nofree nounwind readonly }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #2 = { noinline }
attributes #3 = { nounwind }

!numba_args_may_always_need_nrt = !{!0, !1, !1}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64)* @_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx}
!1 = distinct !{null}
!2 = !{i1 true}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!5 = distinct !{!5, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d"}
!6 = !{!"branch_weights", i32 99, i32 1}
!7 = !{!"branch_weights", i32 1, i32 99}
