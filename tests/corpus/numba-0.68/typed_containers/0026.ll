; ModuleID = 'impl_get.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB3v27B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null

define noundef range(i32 -1, -2) i32 @_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx(ptr noalias writeonly captures(none) initializes((0, 8)) %retptr, ptr noalias readnone captures(none) %excinfo, ptr %arg.dct.0, ptr %arg.dct.1, i64 %arg.key, i64 %arg.default) local_unnamed_addr {
B0:
  %.37 = alloca i64, align 8
  %.45 = alloca i64, align 8
  store i64 0, ptr %.45, align 8
  %.11.i.i.i = tail call i64 @llvm.abs.i64(i64 %arg.key, i1 false)
  %.12.i.i.i = sitofp i64 %.11.i.i.i to double
  %.14.i.i.i = fcmp olt double %.12.i.i.i, 0x43C0000000000000
  br i1 %.14.i.i.i, label %B80.i.i.i, label %B200.endif.i.i.i

B80.i.i.i:                                        ; preds = %B0
  %cond.i.i.i = icmp eq i64 %arg.key, -9223372036854775808
  %spec.select.i.i.i = select i1 %cond.i.i.i, i64 -4, i64 %arg.key
  br label %B0.endif

B200.endif.i.i.i:                                 ; preds = %B0
  %.9.i.i.i = icmp slt i64 %arg.key, 0
  %.199.2.i.i.i.i = and i64 %.11.i.i.i, 1073741823
  %.187.2.i.i.i.i = and i64 %.11.i.i.i, 2305843008139952128
  %0 = ashr i64 %.11.i.i.i, 30
  %.186.1.i.i.i.i = lshr i64 %0, 31
  %.190.2.i.i.i.i = and i64 %.186.1.i.i.i.i, 536870911
  %.193.2.i.i.i.i = or disjoint i64 %.190.2.i.i.i.i, %.187.2.i.i.i.i
  %.201.2.i.i.i.i = add nuw nsw i64 %.193.2.i.i.i.i, %.199.2.i.i.i.i
  %.210.2.i.i.i.i = icmp samesign ugt i64 %.201.2.i.i.i.i, 2305843009213693950
  %.213.2.i.i.i.i = add nsw i64 %.201.2.i.i.i.i, -2305843009213693951
  %spec.select.2.i.i.i.i = select i1 %.210.2.i.i.i.i, i64 %.213.2.i.i.i.i, i64 %.201.2.i.i.i.i
  %.100.i.i.i = sub nsw i64 0, %spec.select.2.i.i.i.i
  %spec.select28.i.i.i = select i1 %.9.i.i.i, i64 %.100.i.i.i, i64 %spec.select.2.i.i.i.i
  br label %B0.endif

B0.endif:                                         ; preds = %B200.endif.i.i.i, %B80.i.i.i
  %ret.5.0.i.i.i = phi i64 [ %spec.select28.i.i.i, %B200.endif.i.i.i ], [ %spec.select.i.i.i, %B80.i.i.i ]
  %spec.select.i.i.i.i = tail call i64 @llvm.umin.i64(i64 %ret.5.0.i.i.i, i64 -2)
  store i64 %arg.key, ptr %.37, align 8
  %.55 = call i64 @numba_dict_lookup(ptr %arg.dct.1, ptr nonnull %.37, i64 %spec.select.i.i.i.i, ptr nonnull %.45)
  %.67 = load i64, ptr %.45, align 8
  %.561 = icmp slt i64 %.55, 0
  %.67.arg.default = select i1 %.561, i64 %arg.default, i64 %.67
  store i64 %.67.arg.default, ptr %retptr, align 8
  ret i32 0
}

declare i64 @numba_dict_lookup(ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #0

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #1

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

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !0

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !0

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #4

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noinline }
attributes #4 = { nounwind }

!0 = !{!"branch_weights", i32 1, i32 99}
