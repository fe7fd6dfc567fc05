; ModuleID = 'int_hash.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define i32 @_ZN5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i64 %arg.val) local_unnamed_addr #0 {
entry:
  %.9 = icmp slt i64 %arg.val, 0
  %.10 = sub i64 0, %arg.val
  %.11 = select i1 %.9, i64 %.10, i64 %arg.val
  %.12 = sitofp i64 %.11 to double
  %.14 = fcmp olt double %.12, 0x43C0000000000000
  br i1 %.14, label %B80, label %B174

B80:                                              ; preds = %entry
  switch i64 %arg.val, label %B240 [
    i64 0, label %common.ret
    i64 -9223372036854775808, label %common.ret.fold.split
  ]

B174:                                             ; preds = %entry
  %0 = ashr i64 %.11, 30
  %.187.2.i = and i64 %.11, 2305843008139952128
  %.186.1.i = lshr i64 %0, 31
  %.190.2.i = and i64 %.186.1.i, 536870911
  %.193.2.i = or i64 %.190.2.i, %.187.2.i
  %.199.2.i = and i64 %.11, 1073741823
  %.201.2.i = add nuw nsw i64 %.193.2.i, %.199.2.i
  %.210.2.i = icmp ugt i64 %.201.2.i, 2305843009213693950
  %.213.2.i = add nsw i64 %.201.2.i, -2305843009213693951
  %spec.select.2.i = select i1 %.210.2.i, i64 %.213.2.i, i64 %.201.2.i
  br i1 %.9, label %B234, label %common.ret

B234:                                             ; preds = %B174
  %.100 = sub i64 0, %spec.select.2.i
  br label %B240

B240:                                             ; preds = %B80, %B234
  %ret.5.0 = phi i64 [ %.100, %B234 ], [ %arg.val, %B80 ]
  %ret.5.0.fr = freeze i64 %ret.5.0
  %.8.i = icmp eq i64 %ret.5.0.fr, -1
  %spec.select4 = select i1 %.8.i, i64 -2, i64 %ret.5.0.fr
  br label %common.ret

common.ret.fold.split:                            ; preds = %B80
  br label %common.ret

common.ret:                                       ; preds = %B240, %B80, %common.ret.fold.split, %B174
  %1 = phi i64 [ %arg.val, %B80 ], [ %spec.select.2.i, %B174 ], [ -4, %common.ret.fold.split ], [ %spec.select4, %B240 ]
  store i64 %1, i64* %retptr, align 8
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define i64 @cfunc._ZN5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64 %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca i64, align 8
  store i64 0, i64* %.3, align 8
  %.7 = call i32 @_ZN5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i64 %.1) #1
  %.17 = load i64, i64* %.3, align 8
  ret i64 %.17
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn writeonly }
attributes #1 = { noinline }
