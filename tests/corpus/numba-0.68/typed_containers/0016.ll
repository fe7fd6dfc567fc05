; ModuleID = 'impl_new_dict.<locals>.imp'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x = common local_unnamed_addr global ptr null
@.const.pickledata.68a3a63ca7e6399c80ec524d528ed636092930b2 = internal constant [170 x i8] c"\80\04\95\9F\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1Dexpecting *n_keys* to be >= 0\94\85\94\8C\03imp\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\9E\02\87\94\87\94."
@.const.pickledata.68a3a63ca7e6399c80ec524d528ed636092930b2.sha1 = internal constant [20 x i8] c"h\A3\A6<\A7\E69\9C\80\ECRMR\8E\D66\09)0\B2"
@.const.picklebuf.68a3a63ca7e6399c80ec524d528ed636092930b2 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.68a3a63ca7e6399c80ec524d528ed636092930b2, i32 170, ptr @.const.pickledata.68a3a63ca7e6399c80ec524d528ed636092930b2.sha1, ptr null, i32 0 }
@.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1DFailed to allocate dictionary\94\85\94N\87\94."
@.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2.sha1 = internal constant [20 x i8] c"\10\D7X\E3\F8J\93\06\AC8\AA\E9=\\\A1}\B6Wt\B2"
@.const.picklebuf.10d758e3f84a9306ac38aae93d5ca17db65774b2 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2, i32 77, ptr @.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2.sha1, ptr null, i32 0 }
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"

define range(i32 0, 2) i32 @_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr readnone captures(none) %arg.key, ptr readnone captures(none) %arg.value, i64 %arg.n_keys) local_unnamed_addr {
B0:
  %.22 = alloca ptr, align 8
  %.36 = alloca { ptr, ptr, ptr, ptr, ptr }, align 8
  %.10 = icmp slt i64 %arg.n_keys, 0
  br i1 %.10, label %B18, label %B48

common.ret:                                       ; preds = %B48.endif.endif, %B48.endif.if, %B48.if, %B18
  %common.ret.op = phi i32 [ 1, %B18 ], [ 1, %B48.if ], [ 1, %B48.endif.if ], [ 0, %B48.endif.endif ]
  ret i32 %common.ret.op

B18:                                              ; preds = %B0
  store ptr @.const.picklebuf.68a3a63ca7e6399c80ec524d528ed636092930b2, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B48:                                              ; preds = %B0
  store ptr null, ptr %.22, align 8
  %.25 = call i32 @numba_dict_new_sized(ptr nonnull %.22, i64 %arg.n_keys, i64 8, i64 8)
  %.26.not = icmp eq i32 %.25, 0
  br i1 %.26.not, label %B48.endif, label %B48.if

B48.if:                                           ; preds = %B48
  store ptr @.const.picklebuf.10d758e3f84a9306ac38aae93d5ca17db65774b2, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B48.endif:                                        ; preds = %B48
  %.33 = load ptr, ptr %.22, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %.36, i8 0, i64 40, i1 false)
  call void @numba_dict_set_method_table(ptr %.33, ptr nonnull %.36)
  %.51 = call ptr @NRT_MemInfo_alloc_dtor(i64 8, ptr nonnull @_numba_dict_dtor)
  %.52 = icmp eq ptr %.51, null
  br i1 %.52, label %B48.endif.if, label %B48.endif.endif, !prof !1

B48.endif.if:                                     ; preds = %B48.endif
  store ptr @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B48.endif.endif:                                  ; preds = %B48.endif
  %.5.i = getelementptr i8, ptr %.51, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  store ptr %.33, ptr %.6.i, align 8
  store ptr %.51, ptr %retptr, align 8
  %retptr.repack13 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr %.33, ptr %retptr.repack13, align 8
  br label %common.ret
}

declare i32 @numba_dict_new_sized(ptr, i64, i64, i64) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

declare void @numba_dict_set_method_table(ptr, ptr) local_unnamed_addr

define linkonce_odr void @_numba_dict_dtor(ptr %.1, i64 %.2, ptr %.3) {
.5:
  %.7 = load ptr, ptr %.1, align 8
  tail call void @numba_dict_free(ptr %.7)
  ret void
}

declare noalias ptr @NRT_MemInfo_alloc_dtor(i64, ptr) local_unnamed_addr

declare void @numba_dict_free(ptr) local_unnamed_addr

define { ptr, ptr } @cfunc._ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x(ptr readnone captures(none) %.1, ptr readnone captures(none) %.2, i64 %.3) local_unnamed_addr {
entry:
  %.5 = alloca { ptr, ptr }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.5, i64 8
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.5, i8 0, i64 16, i1 false)
  store ptr null, ptr %excinfo, align 8
  %.9 = call i32 @_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x(ptr nonnull %.5, ptr nonnull %excinfo, ptr poison, ptr poison, i64 %.3) #1
  %.10 = load ptr, ptr %excinfo, align 8
  %.19.fca.0.load = load ptr, ptr %.5, align 8
  %.19.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr } undef, ptr %.19.fca.0.load, 0
  %inserted.data = insertvalue { ptr, ptr } %inserted.meminfo, ptr %.19.fca.1.load, 1
  %.23 = alloca i32, align 4
  store i32 0, ptr %.23, align 4
  %cond = icmp eq i32 %.9, 0
  br i1 %cond, label %common.ret, label %entry.if.if, !prof !2

common.ret:                                       ; preds = %entry, %.26, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.data, %.26 ], [ %inserted.data, %entry ]
  ret { ptr, ptr } %common.ret.op

.26:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.74 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.74)
  call void @Py_DecRef(ptr %.74)
  call void @numba_gil_release(ptr nonnull %.23)
  br label %common.ret

entry.if.if:                                      ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.23)
  call void @PyErr_Clear()
  %.29 = load { ptr, i32, ptr, ptr, i32 }, ptr %.10, align 8
  %.30 = extractvalue { ptr, i32, ptr, ptr, i32 } %.29, 4
  %.31 = icmp sgt i32 %.30, 0
  %.34 = extractvalue { ptr, i32, ptr, ptr, i32 } %.29, 0
  %.36 = extractvalue { ptr, i32, ptr, ptr, i32 } %.29, 1
  br i1 %.31, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.37 = sext i32 %.36 to i64
  %.38 = call ptr @PyBytes_FromStringAndSize(ptr %.34, i64 %.37)
  %.39 = load { ptr, i32, ptr, ptr, i32 }, ptr %.10, align 8
  %.40 = extractvalue { ptr, i32, ptr, ptr, i32 } %.39, 2
  %.42 = extractvalue { ptr, i32, ptr, ptr, i32 } %.39, 3
  %.44 = call ptr %.42(ptr %.40)
  %.45 = icmp eq ptr %.44, null
  br i1 %.45, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !1

entry.if.if.else:                                 ; preds = %entry.if.if
  %.58 = extractvalue { ptr, i32, ptr, ptr, i32 } %.29, 2
  %.59 = call ptr @numba_unpickle(ptr %.34, i32 %.36, ptr %.58)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.61 = phi ptr [ %.49, %entry.if.if.if.endif ], [ %.59, %entry.if.if.else ]
  %.62.not = icmp eq ptr %.61, null
  br i1 %.62.not, label %.26, label %entry.if.if.endif.if, !prof !1

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.49 = call ptr @numba_runtime_build_excinfo_struct(ptr %.38, ptr nonnull %.44)
  call void @NRT_Free(ptr nonnull %.10)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.61)
  br label %.26
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

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { noinline }

!0 = !{i1 true}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{!"branch_weights", i32 49, i32 1}
