; ModuleID = '_long_impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

; Function Attrs: nofree norecurse nosync nounwind writeonly
define i32 @_ZN5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i64 %arg.val) local_unnamed_addr #0 {
B0.endif.endif.endif:
  %0 = ashr i64 %arg.val, 30
  %.187.2 = and i64 %arg.val, 2305843008139952128
  %.186.1 = lshr i64 %0, 31
  %.190.2 = and i64 %.186.1, 536870911
  %.193.2 = or i64 %.187.2, %.190.2
  %.199.2 = and i64 %arg.val, 1073741823
  %.201.2 = add nuw nsw i64 %.193.2, %.199.2
  %.210.2 = icmp ugt i64 %.201.2, 2305843009213693950
  %.213.2 = add nsw i64 %.201.2, -2305843009213693951
  %spec.select.2 = select i1 %.210.2, i64 %.213.2, i64 %.201.2
  store i64 %spec.select.2, i64* %retptr, align 8
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind writeonly
define i64 @cfunc._ZN5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64 %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca i64, align 8
  store i64 0, i64* %.3, align 8
  %.7 = call i32 @_ZN5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i64 %.1) #1
  %.17 = load i64, i64* %.3, align 8
  ret i64 %.17
}

attributes #0 = { nofree norecurse nosync nounwind writeonly }
attributes #1 = { noinline }
