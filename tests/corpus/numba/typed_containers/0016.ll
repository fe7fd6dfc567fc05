; ModuleID = 'impl_new_dict.<locals>.imp'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x = common local_unnamed_addr global i8* null
@.const.pickledata.139999300071744 = internal constant [165 x i8] c"\80\04\95\9A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1Dexpecting *n_keys* to be >= 0\94\85\94\8C\03imp\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\9E\02\87\94\87\94."
@.const.pickledata.139999300071744.sha1 = internal constant [20 x i8] c"y\1C\C7\EA\E9\ED\C9\86m\9F\D7C\DC\B8\93?k\F7\D6+"
@.const.picklebuf.139999300071744 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([165 x i8], [165 x i8]* @.const.pickledata.139999300071744, i32 0, i32 0), i32 165, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300071744.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999300070848 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1DFailed to allocate dictionary\94\85\94N\87\94."
@.const.pickledata.139999300070848.sha1 = internal constant [20 x i8] c"\10\D7X\E3\F8J\93\06\AC8\AA\E9=\\\A1}\B6Wt\B2"
@.const.picklebuf.139999300070848 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([77 x i8], [77 x i8]* @.const.pickledata.139999300070848, i32 0, i32 0), i32 77, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300070848.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999301280960 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139999301280960.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139999301280960 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139999301280960, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999301280960.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f54208cbbd0>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f54208cbbd0>\00"

define i32 @_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* nocapture readnone %arg.key, i8* nocapture readnone %arg.value, i64 %arg.n_keys) local_unnamed_addr {
entry:
  %.22 = alloca i8*, align 8
  %.36 = alloca { i8*, i8*, i8*, i8*, i8* }, align 8
  %.10 = icmp slt i64 %arg.n_keys, 0
  br i1 %.10, label %B18, label %B48

common.ret:                                       ; preds = %B48.endif.endif, %B48.endif.if, %B48.if, %B18
  %common.ret.op = phi i32 [ 1, %B18 ], [ 1, %B48.if ], [ 1, %B48.endif.if ], [ 0, %B48.endif.endif ]
  ret i32 %common.ret.op

B18:                                              ; preds = %entry
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300071744, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B48:                                              ; preds = %entry
  store i8* null, i8** %.22, align 8
  %.25 = call i32 @numba_dict_new_sized(i8** nonnull %.22, i64 %arg.n_keys, i64 8, i64 8)
  %.26.not = icmp eq i32 %.25, 0
  br i1 %.26.not, label %B48.endif, label %B48.if

B48.if:                                           ; preds = %B48
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300070848, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B48.endif:                                        ; preds = %B48
  %.33 = load i8*, i8** %.22, align 8
  %0 = bitcast { i8*, i8*, i8*, i8*, i8* }* %.36 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %0, i8 0, i64 40, i1 false)
  call void @numba_dict_set_method_table(i8* %.33, { i8*, i8*, i8*, i8*, i8* }* nonnull %.36)
  %.51 = call i8* @NRT_MemInfo_alloc_dtor(i64 8, i8* bitcast (void (i8*, i64, i8*)* @_numba_dict_dtor to i8*))
  %.52 = icmp eq i8* %.51, null
  br i1 %.52, label %B48.endif.if, label %B48.endif.endif, !prof !1

B48.endif.if:                                     ; preds = %B48.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999301280960, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B48.endif.endif:                                  ; preds = %B48.endif
  %.5.i = getelementptr i8, i8* %.51, i64 24
  %1 = bitcast i8* %.5.i to i8***
  %.6.i1 = load i8**, i8*** %1, align 8
  store i8* %.33, i8** %.6.i1, align 8
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.51, i8** %retptr.repack, align 8
  %retptr.repack2 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* %.33, i8** %retptr.repack2, align 8
  br label %common.ret
}

declare i32 @numba_dict_new_sized(i8**, i64, i64, i64) local_unnamed_addr

declare void @numba_dict_set_method_table(i8*, { i8*, i8*, i8*, i8*, i8* }*) local_unnamed_addr

define linkonce_odr void @_numba_dict_dtor(i8* %.1, i64 %.2, i8* %.3) {
.5:
  %.6 = bitcast i8* %.1 to i8**
  %.7 = load i8*, i8** %.6, align 8
  tail call void @numba_dict_free(i8* %.7)
  ret void
}

declare noalias i8* @NRT_MemInfo_alloc_dtor(i64, i8*) local_unnamed_addr

declare void @numba_dict_free(i8*) local_unnamed_addr

define { i8*, i8* } @cfunc._ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x(i8* nocapture readnone %.1, i8* nocapture readnone %.2, i64 %.3) local_unnamed_addr {
entry:
  %.5 = alloca { i8*, i8* }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.5, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.5, i64 0, i32 1
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  %0 = bitcast { i8*, i8* }* %.5 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %0, i8 0, i64 16, i1 false)
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.9 = call i32 @_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x({ i8*, i8* }* nonnull %.5, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* undef, i8* undef, i64 %.3) #1
  %.10 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.11.not = icmp eq i32 %.9, 0
  %.17 = icmp sgt i32 %.9, 0
  %.18 = select i1 %.17, { i8*, i32, i8*, i8*, i32 }* %.10, { i8*, i32, i8*, i8*, i32 }* undef
  %.19.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.19.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { i8*, i8* } undef, i8* %.19.fca.0.load, 0
  %inserted.data = insertvalue { i8*, i8* } %inserted.meminfo, i8* %.19.fca.1.load, 1
  %.23 = alloca i32, align 4
  store i32 0, i32* %.23, align 4
  br i1 %.11.not, label %common.ret, label %entry.if, !prof !2

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.23)
  br i1 %.17, label %entry.if.if, label %entry.if.endif.endif.endif

common.ret:                                       ; preds = %entry, %.26, %entry.if.if.if.if
  %common.ret.op = phi { i8*, i8* } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.data, %.26 ], [ %inserted.data, %entry ]
  ret { i8*, i8* } %common.ret.op

.26:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif
  %.74 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f54208cbbd0>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.74)
  call void @Py_DecRef(i8* %.74)
  call void @numba_gil_release(i32* nonnull %.23)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.29 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.18, align 8
  %.30 = extractvalue { i8*, i32, i8*, i8*, i32 } %.29, 4
  %.31 = icmp sgt i32 %.30, 0
  %.34 = extractvalue { i8*, i32, i8*, i8*, i32 } %.29, 0
  %.36 = extractvalue { i8*, i32, i8*, i8*, i32 } %.29, 1
  br i1 %.31, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.37 = sext i32 %.36 to i64
  %.38 = call i8* @PyBytes_FromStringAndSize(i8* %.34, i64 %.37)
  %.39 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.18, align 8
  %.40 = extractvalue { i8*, i32, i8*, i8*, i32 } %.39, 2
  %.42 = extractvalue { i8*, i32, i8*, i8*, i32 } %.39, 3
  %.43 = bitcast i8* %.42 to i8* (i8*)*
  %.44 = call i8* %.43(i8* %.40)
  %.45 = icmp eq i8* %.44, null
  br i1 %.45, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !1

entry.if.if.else:                                 ; preds = %entry.if.if
  %.58 = extractvalue { i8*, i32, i8*, i8*, i32 } %.29, 2
  %.59 = call i8* @numba_unpickle(i8* %.34, i32 %.36, i8* %.58)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.61 = phi i8* [ %.49, %entry.if.if.if.endif ], [ %.59, %entry.if.if.else ]
  %.62.not = icmp eq i8* %.61, null
  br i1 %.62.not, label %.26, label %entry.if.if.endif.if, !prof !1

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.49 = call i8* @numba_runtime_build_excinfo_struct(i8* %.38, i8* nonnull %.44)
  %.50 = bitcast { i8*, i32, i8*, i8*, i32 }* %.18 to i8*
  call void @NRT_Free(i8* nonnull %.50)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(i8* nonnull %.61)
  br label %.26

entry.if.endif.endif.endif:                       ; preds = %entry.if
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %.26
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

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #0

attributes #0 = { argmemonly nofree nounwind willreturn writeonly }
attributes #1 = { noinline }

!0 = !{i1 true}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{!"branch_weights", i32 99, i32 1}
