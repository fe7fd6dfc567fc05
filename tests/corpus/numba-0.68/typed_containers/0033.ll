; ModuleID = 'impl_keys.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v35B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global ptr null

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite)
define noundef i32 @_ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v35B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr noalias writeonly captures(none) initializes((0, 24)) %retptr, ptr noalias readnone captures(none) %excinfo, ptr %arg.d.0, ptr %arg.d.1) local_unnamed_addr #0 {
B0:
  tail call void @NRT_incref(ptr %arg.d.0)
  store ptr %arg.d.0, ptr %retptr, align 8
  %retptr.repack6 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr %arg.d.1, ptr %retptr.repack6, align 8
  %retptr.repack4 = getelementptr inbounds nuw i8, ptr %retptr, i64 16
  store ptr null, ptr %retptr.repack4, align 8
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define { { ptr, ptr }, ptr } @cfunc._ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v35B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ ptr, ptr } %.1) local_unnamed_addr #1 {
entry:
  %.3 = alloca { { ptr, ptr }, ptr }, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.7 = call i32 @_ZN5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v35B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr nonnull %.3, ptr nonnull poison, ptr %extracted.meminfo, ptr %extracted.data) #3
  %.17.fca.0.0.load = load ptr, ptr %.3, align 8
  %inserted.meminfo = insertvalue { ptr, ptr } undef, ptr %.17.fca.0.0.load, 0
  %.fca.0.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 8
  %.17.fca.0.1.load = load ptr, ptr %.fca.0.1.gep, align 8
  %inserted.data = insertvalue { ptr, ptr } %inserted.meminfo, ptr %.17.fca.0.1.load, 1
  %inserted.parent = insertvalue { { ptr, ptr }, ptr } undef, { ptr, ptr } %inserted.data, 0
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 16
  %.17.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %inserted.state = insertvalue { { ptr, ptr }, ptr } %inserted.parent, ptr %.17.fca.1.load, 1
  ret { { ptr, ptr }, ptr } %inserted.state
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noinline }

!0 = !{!"branch_weights", i32 1, i32 99}
