; ModuleID = 'convert'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null

; Function Attrs: mustprogress nofree norecurse nounwind willreturn
define i32 @_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* %arg.mi, i8* nocapture readnone %arg.typ) local_unnamed_addr #0 {
entry:
  tail call void @NRT_incref(i8* %arg.mi)
  %.5.i = getelementptr i8, i8* %arg.mi, i64 24
  %0 = bitcast i8* %.5.i to i8***
  %.6.i1 = load i8**, i8*** %0, align 8
  %.12 = load i8*, i8** %.6.i1, align 8
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %arg.mi, i8** %retptr.repack, align 8
  %retptr.repack2 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* %.12, i8** %retptr.repack2, align 8
  ret i32 0
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

attributes #0 = { mustprogress nofree norecurse nounwind willreturn }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 ({ i8*, i8* }*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*)* @_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d}
!1 = !{!"branch_weights", i32 1, i32 99}
