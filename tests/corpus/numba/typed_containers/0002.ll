; ModuleID = 'impl_append.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global i8* null
@.const.pickledata.139999302415680 = internal constant [152 x i8] c"\80\04\95\8D\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\11list is immutable\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/listobject.py\94M]\02\87\94\87\94."
@.const.pickledata.139999302415680.sha1 = internal constant [20 x i8] c"\CB\EB\DEb\A9C\0Dor\1D\C0\A6po@\C2\E6\A7>n"
@.const.picklebuf.139999302415680 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([152 x i8], [152 x i8]* @.const.pickledata.139999302415680, i32 0, i32 0), i32 152, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999302415680.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999302213824 = internal constant [176 x i8] c"\80\04\95\A5\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C(Unable to allocate memory to append item\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/listobject.py\94M_\02\87\94\87\94."
@.const.pickledata.139999302213824.sha1 = internal constant [20 x i8] c"\1B\1F\8B\FE\BC\D9\D9\FE\A5\CB\81\A8\03^\9F\E1\E6\A3\E8\DA"
@.const.picklebuf.139999302213824 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([176 x i8], [176 x i8]* @.const.pickledata.139999302213824, i32 0, i32 0), i32 176, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999302213824.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999300948672 = internal constant [168 x i8] c"\80\04\95\9D\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1Flist.append failed unexpectedly\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/listobject.py\94Ma\02\87\94\87\94."
@.const.pickledata.139999300948672.sha1 = internal constant [20 x i8] c"\\\BA\17\EA\98C\D1F8\8C\D5\D8\EE\DB2\F5a\03\17\D8"
@.const.picklebuf.139999300948672 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([168 x i8], [168 x i8]* @.const.pickledata.139999300948672, i32 0, i32 0), i32 168, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300948672.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f5420ae6590>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f5420ae6590>\00"

define i32 @_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx(i8** noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* nocapture readnone %arg.l.0, i8* %arg.l.1, i64 %arg.item) local_unnamed_addr {
entry:
  %.8 = alloca i64, align 8
  store i64 %arg.item, i64* %.8, align 8
  %.17 = bitcast i64* %.8 to i8*
  %.18 = call i32 @numba_list_append(i8* %arg.l.1, i8* nonnull %.17)
  switch i32 %.18, label %B230 [
    i32 0, label %B102
    i32 -5, label %B138
    i32 -2, label %B200
  ]

common.ret:                                       ; preds = %B230, %B200, %B138, %B102
  %common.ret.op = phi i32 [ 0, %B102 ], [ 1, %B138 ], [ 1, %B200 ], [ 1, %B230 ]
  ret i32 %common.ret.op

B102:                                             ; preds = %entry
  store i8* null, i8** %retptr, align 8
  br label %common.ret

B138:                                             ; preds = %entry
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999302415680, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B200:                                             ; preds = %entry
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999302213824, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B230:                                             ; preds = %entry
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300948672, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !1
  br label %common.ret
}

declare i32 @numba_list_append(i8*, i8*) local_unnamed_addr

define i8* @cfunc._ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx({ i8*, i8* } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i8*, align 8
  store i8* null, i8** %.4, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.8 = call i32 @_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx(i8** nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* undef, i8* %extracted.data, i64 %.2) #0
  %.9 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.10.not = icmp eq i32 %.8, 0
  %.16 = icmp sgt i32 %.8, 0
  %.17 = select i1 %.16, { i8*, i32, i8*, i8*, i32 }* %.9, { i8*, i32, i8*, i8*, i32 }* undef
  %.18 = load i8*, i8** %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, i32* %.20, align 4
  br i1 %.10.not, label %common.ret, label %entry.if, !prof !2

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.20)
  br i1 %.16, label %entry.if.if, label %entry.if.endif.endif.endif

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i8* [ null, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret i8* %common.ret.op

.23:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif
  %.71 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f5420ae6590>", i64 0, i64 0))
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
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !3

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 2
  %.56 = call i8* @numba_unpickle(i8* %.31, i32 %.33, i8* %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi i8* [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq i8* %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !3

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

attributes #0 = { noinline }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 (i8**, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64)* @_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx}
!1 = !{i1 true}
!2 = !{!"branch_weights", i32 99, i32 1}
!3 = !{!"branch_weights", i32 1, i32 99}
