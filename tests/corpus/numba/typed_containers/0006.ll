; ModuleID = 'typedlist_empty.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed9typedlist15typedlist_empty12_3clocals_3e4implB2v8B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17ListType_27_3e_5dE18typeref_5bint64_5d24omitted_28default_3d0_29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE18typeref_5bint64_5dx = common local_unnamed_addr global i8* null
@.const.pickledata.139999302283776 = internal constant [71 x i8] c"\80\04\95<\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\17Failed to allocate list\94\85\94N\87\94."
@.const.pickledata.139999302283776.sha1 = internal constant [20 x i8] c"R\E0\BC]\F4,D\AF\A2W\DBx\84`\B2\99\AE\8B\866"
@.const.picklebuf.139999302283776 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([71 x i8], [71 x i8]* @.const.pickledata.139999302283776, i32 0, i32 0), i32 71, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999302283776.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999299776960 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139999299776960.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139999299776960 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139999299776960, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999299776960.sha1, i32 0, i32 0), i8* null, i32 0 }

define i32 @_ZN5numba5typed9typedlist15typedlist_empty12_3clocals_3e4implB2v8B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17ListType_27_3e_5dE18typeref_5bint64_5d24omitted_28default_3d0_29({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* nocapture readnone %arg.cls, i8* nocapture readnone %arg.item_type) local_unnamed_addr {
entry:
  %.21.i = alloca i8*, align 8
  %.35.i = alloca { i8*, i8* }, align 8
  %0 = bitcast i8** %.21.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %0)
  %1 = bitcast { i8*, i8* }* %.35.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %1)
  store i8* null, i8** %.21.i, align 8, !noalias !0
  %.24.i = call i32 @numba_list_new(i8** nonnull %.21.i, i64 8, i64 0), !noalias !0
  %.25.not.i = icmp eq i32 %.24.i, 0
  br i1 %.25.not.i, label %B48.endif.i, label %B0.if, !prof !4

B48.endif.i:                                      ; preds = %entry
  %.32.i = load i8*, i8** %.21.i, align 8, !noalias !0
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %1, i8 0, i64 16, i1 false), !noalias !0
  call void @numba_list_set_method_table(i8* %.32.i, { i8*, i8* }* nonnull %.35.i), !noalias !0
  %.47.i = call i8* @NRT_MemInfo_alloc_dtor(i64 8, i8* bitcast (void (i8*, i64, i8*)* @_numba_list_dtor to i8*)), !noalias !0
  %.48.i = icmp eq i8* %.47.i, null
  br i1 %.48.i, label %B0.if, label %B0.endif, !prof !4

B0.if:                                            ; preds = %B48.endif.i, %entry
  %excinfo.1.0 = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139999302283776, %entry ], [ @.const.picklebuf.139999299776960, %B48.endif.i ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0)
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %1)
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.1.0, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

common.ret:                                       ; preds = %B0.if, %B0.endif
  %common.ret.op = phi i32 [ 0, %B0.endif ], [ 1, %B0.if ]
  ret i32 %common.ret.op

B0.endif:                                         ; preds = %B48.endif.i
  %.5.i.i = getelementptr i8, i8* %.47.i, i64 24
  %2 = bitcast i8* %.5.i.i to i8***
  %.6.i1.i = load i8**, i8*** %2, align 8, !noalias !0
  store i8* %.32.i, i8** %.6.i1.i, align 8, !noalias !0
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0)
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %1)
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.47.i, i8** %retptr.repack, align 8
  %retptr.repack1 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* %.32.i, i8** %retptr.repack1, align 8
  br label %common.ret
}

declare i32 @numba_list_new(i8**, i64, i64) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #0

declare void @numba_list_set_method_table(i8*, { i8*, i8* }*) local_unnamed_addr

define linkonce_odr void @_numba_list_dtor(i8* %.1, i64 %.2, i8* %.3) {
.5:
  %.6 = bitcast i8* %.1 to i8**
  %.7 = load i8*, i8** %.6, align 8
  tail call void @numba_list_free(i8* %.7)
  ret void
}

declare noalias i8* @NRT_MemInfo_alloc_dtor(i64, i8*) local_unnamed_addr

declare void @numba_list_free(i8*) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE18typeref_5bint64_5dx: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE18typeref_5bint64_5dx"}
!3 = distinct !{!3, !2, !"_ZN5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE18typeref_5bint64_5dx: %excinfo"}
!4 = !{!"branch_weights", i32 1, i32 99}
