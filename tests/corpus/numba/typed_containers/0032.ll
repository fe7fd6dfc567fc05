; ModuleID = 'impl_keys.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v34B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global i8* null

; Function Attrs: mustprogress nofree norecurse nounwind willreturn
define i32 @_ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v34B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ { i8*, i8* }, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* %arg.d.0, i8* %arg.d.1) local_unnamed_addr #0 {
entry:
  tail call void @NRT_incref(i8* %arg.d.0)
  %retptr.repack.repack = getelementptr inbounds { { i8*, i8* }, i8* }, { { i8*, i8* }, i8* }* %retptr, i64 0, i32 0, i32 0
  store i8* %arg.d.0, i8** %retptr.repack.repack, align 8
  %retptr.repack.repack3 = getelementptr inbounds { { i8*, i8* }, i8* }, { { i8*, i8* }, i8* }* %retptr, i64 0, i32 0, i32 1
  store i8* %arg.d.1, i8** %retptr.repack.repack3, align 8
  %retptr.repack1 = getelementptr inbounds { { i8*, i8* }, i8* }, { { i8*, i8* }, i8* }* %retptr, i64 0, i32 1
  store i8* null, i8** %retptr.repack1, align 8
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn
define { { i8*, i8* }, i8* } @cfunc._ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v34B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ i8*, i8* } %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca { { i8*, i8* }, i8* }, align 8
  %.fca.0.0.gep = getelementptr inbounds { { i8*, i8* }, i8* }, { { i8*, i8* }, i8* }* %.3, i64 0, i32 0, i32 0
  %.fca.0.1.gep = getelementptr inbounds { { i8*, i8* }, i8* }, { { i8*, i8* }, i8* }* %.3, i64 0, i32 0, i32 1
  %.fca.1.gep = getelementptr inbounds { { i8*, i8* }, i8* }, { { i8*, i8* }, i8* }* %.3, i64 0, i32 1
  %extracted.meminfo = extractvalue { i8*, i8* } %.1, 0
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %0 = bitcast { { i8*, i8* }, i8* }* %.3 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %0, i8 0, i64 24, i1 false)
  %.7 = call i32 @_ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v34B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ { i8*, i8* }, i8* }* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* %extracted.meminfo, i8* %extracted.data) #3
  %.17.fca.0.0.load = load i8*, i8** %.fca.0.0.gep, align 8
  %.17.fca.0.0.insert = insertvalue { { i8*, i8* }, i8* } poison, i8* %.17.fca.0.0.load, 0, 0
  %.17.fca.0.1.load = load i8*, i8** %.fca.0.1.gep, align 8
  %.17.fca.0.1.insert = insertvalue { { i8*, i8* }, i8* } %.17.fca.0.0.insert, i8* %.17.fca.0.1.load, 0, 1
  %.17.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %inserted.state = insertvalue { { i8*, i8* }, i8* } %.17.fca.0.1.insert, i8* %.17.fca.1.load, 1
  ret { { i8*, i8* }, i8* } %inserted.state
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !1

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { mustprogress nofree norecurse nounwind willreturn }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { noinline }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 ({ { i8*, i8* }, i8* }*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*)* @_ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v34B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e}
!1 = !{!"branch_weights", i32 1, i32 99}
