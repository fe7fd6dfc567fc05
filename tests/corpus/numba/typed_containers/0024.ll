; ModuleID = 'hash_overload.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

; Function Attrs: mustprogress nofree nosync nounwind willreturn writeonly
define i32 @_ZN5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i64 %arg.obj) local_unnamed_addr #0 {
B38.endif:
  %0 = tail call i64 @llvm.abs.i64(i64 %arg.obj, i1 false) #2
  %.12.i.i = sitofp i64 %0 to double
  %.14.i.i = fcmp olt double %.12.i.i, 0x43C0000000000000
  br i1 %.14.i.i, label %B80.i.i, label %B174.i.i

B80.i.i:                                          ; preds = %B38.endif
  switch i64 %arg.obj, label %B240.i.i [
    i64 0, label %common.ret
    i64 -9223372036854775808, label %common.ret.fold.split.i.i
  ]

B174.i.i:                                         ; preds = %B38.endif
  %1 = icmp slt i64 %arg.obj, 0
  %2 = ashr i64 %0, 30
  %.187.2.i.i.i = and i64 %0, 2305843008139952128
  %.186.1.i.i.i = lshr i64 %2, 31
  %.190.2.i.i.i = and i64 %.186.1.i.i.i, 536870911
  %.193.2.i.i.i = or i64 %.190.2.i.i.i, %.187.2.i.i.i
  %.199.2.i.i.i = and i64 %0, 1073741823
  %.201.2.i.i.i = add nuw nsw i64 %.193.2.i.i.i, %.199.2.i.i.i
  %.210.2.i.i.i = icmp ugt i64 %.201.2.i.i.i, 2305843009213693950
  %.213.2.i.i.i = add nsw i64 %.201.2.i.i.i, -2305843009213693951
  %spec.select.2.i.i.i = select i1 %.210.2.i.i.i, i64 %.213.2.i.i.i, i64 %.201.2.i.i.i
  br i1 %1, label %B234.i.i, label %common.ret

B234.i.i:                                         ; preds = %B174.i.i
  %.100.i.i = sub i64 0, %spec.select.2.i.i.i
  br label %B240.i.i

B240.i.i:                                         ; preds = %B234.i.i, %B80.i.i
  %ret.5.0.i.i = phi i64 [ %.100.i.i, %B234.i.i ], [ %arg.obj, %B80.i.i ]
  %ret.5.0.fr.i.i = freeze i64 %ret.5.0.i.i
  %.8.i.i.i = icmp eq i64 %ret.5.0.fr.i.i, -1
  %spec.select4.i.i = select i1 %.8.i.i.i, i64 -2, i64 %ret.5.0.fr.i.i
  br label %common.ret

common.ret.fold.split.i.i:                        ; preds = %B80.i.i
  br label %common.ret

common.ret:                                       ; preds = %B80.i.i, %B174.i.i, %B240.i.i, %common.ret.fold.split.i.i
  %3 = phi i64 [ %arg.obj, %B80.i.i ], [ %spec.select.2.i.i.i, %B174.i.i ], [ -4, %common.ret.fold.split.i.i ], [ %spec.select4.i.i, %B240.i.i ]
  store i64 %3, i64* %retptr, align 8
  ret i32 0
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn writeonly
define i64 @cfunc._ZN5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64 %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca i64, align 8
  store i64 0, i64* %.3, align 8
  %.7 = call i32 @_ZN5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i64 %.1) #3
  %.17 = load i64, i64* %.3, align 8
  ret i64 %.17
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.abs.i64(i64, i1 immarg) #1

attributes #0 = { mustprogress nofree nosync nounwind willreturn writeonly }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind }
attributes #3 = { noinline }
