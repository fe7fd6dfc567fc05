; ModuleID = 'typeddict_empty.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v29B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x = common local_unnamed_addr global i8* null
@.const.pickledata.139999300070848 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1DFailed to allocate dictionary\94\85\94N\87\94."
@.const.pickledata.139999300070848.sha1 = internal constant [20 x i8] c"\10\D7X\E3\F8J\93\06\AC8\AA\E9=\\\A1}\B6Wt\B2"
@.const.picklebuf.139999300070848 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([77 x i8], [77 x i8]* @.const.pickledata.139999300070848, i32 0, i32 0), i32 77, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300070848.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999301280960 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139999301280960.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139999301280960 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139999301280960, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999301280960.sha1, i32 0, i32 0), i8* null, i32 0 }

define i32 @_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v29B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* nocapture readnone %arg.cls, i8* nocapture readnone %arg.key_type, i8* nocapture readnone %arg.value_type) local_unnamed_addr {
entry:
  %.22.i = alloca i8*, align 8
  %.36.i = alloca { i8*, i8*, i8*, i8*, i8* }, align 8
  %0 = bitcast i8** %.22.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %0)
  %1 = bitcast { i8*, i8*, i8*, i8*, i8* }* %.36.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 40, i8* nonnull %1)
  store i8* null, i8** %.22.i, align 8, !noalias !0
  %.25.i = call i32 @numba_dict_new_sized(i8** nonnull %.22.i, i64 0, i64 8, i64 8), !noalias !0
  %.26.not.i = icmp eq i32 %.25.i, 0
  br i1 %.26.not.i, label %B48.endif.i, label %B0.if, !prof !4

B48.endif.i:                                      ; preds = %entry
  %.33.i = load i8*, i8** %.22.i, align 8, !noalias !0
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 40, i1 false), !noalias !0
  call void @numba_dict_set_method_table(i8* %.33.i, { i8*, i8*, i8*, i8*, i8* }* nonnull %.36.i), !noalias !0
  %.51.i = call i8* @NRT_MemInfo_alloc_dtor(i64 8, i8* bitcast (void (i8*, i64, i8*)* @_numba_dict_dtor to i8*)), !noalias !0
  %.52.i = icmp eq i8* %.51.i, null
  br i1 %.52.i, label %B0.if, label %B0.endif, !prof !5

B0.if:                                            ; preds = %B48.endif.i, %entry
  %excinfo.1.0 = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139999300070848, %entry ], [ @.const.picklebuf.139999301280960, %B48.endif.i ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0)
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %1)
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.1.0, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

common.ret:                                       ; preds = %B0.if, %B0.endif
  %common.ret.op = phi i32 [ 0, %B0.endif ], [ 1, %B0.if ]
  ret i32 %common.ret.op

B0.endif:                                         ; preds = %B48.endif.i
  %.5.i.i = getelementptr i8, i8* %.51.i, i64 24
  %2 = bitcast i8* %.5.i.i to i8***
  %.6.i1.i = load i8**, i8*** %2, align 8, !noalias !0
  store i8* %.33.i, i8** %.6.i1.i, align 8, !noalias !0
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0)
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %1)
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.51.i, i8** %retptr.repack, align 8
  %retptr.repack1 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* %.33.i, i8** %retptr.repack1, align 8
  br label %common.ret
}

declare i32 @numba_dict_new_sized(i8**, i64, i64, i64) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #0

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

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x"}
!3 = distinct !{!3, !2, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x: %excinfo"}
!4 = !{!"branch_weights", i32 2126008812, i32 21474836}
!5 = !{!"branch_weights", i32 1, i32 99}
