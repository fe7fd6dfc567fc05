; ModuleID = 'process_return'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define i32 @_ZN5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i64 %arg.val) local_unnamed_addr #0 {
entry:
  %.8 = icmp eq i64 %arg.val, -1
  %spec.select = select i1 %.8, i64 -2, i64 %arg.val
  store i64 %spec.select, i64* %retptr, align 8
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define i64 @cfunc._ZN5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64 %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca i64, align 8
  store i64 0, i64* %.3, align 8
  %.7 = call i32 @_ZN5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx(i64* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i64 %.1) #1
  %.17 = load i64, i64* %.3, align 8
  ret i64 %.17
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn writeonly }
attributes #1 = { noinline }
