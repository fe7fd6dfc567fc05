; ModuleID = 'convert'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v33B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global ptr null

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define noundef i32 @_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v33B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(ptr noalias writeonly captures(none) initializes((0, 16)) %retptr, ptr noalias readnone captures(none) %excinfo, ptr %arg.mi, ptr readnone captures(none) %arg.typ) local_unnamed_addr #0 {
B0:
  tail call void @NRT_incref(ptr %arg.mi)
  %.5.i = getelementptr i8, ptr %arg.mi, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  %.12 = load ptr, ptr %.6.i, align 8
  store ptr %arg.mi, ptr %retptr, align 8
  %retptr.repack3 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr %.12, ptr %retptr.repack3, align 8
  ret i32 0
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }

!0 = !{!"branch_weights", i32 1, i32 99}
