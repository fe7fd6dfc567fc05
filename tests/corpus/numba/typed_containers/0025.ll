; ModuleID = 'impl_get.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* nocapture readnone %arg.dct.0, i8* %arg.dct.1, i64 %arg.key, i64 %arg.default) local_unnamed_addr {
entry:
  %.37 = alloca i64, align 8
  %.45 = alloca i64, align 8
  store i64 0, i64* %.45, align 8
  %0 = tail call i64 @llvm.abs.i64(i64 %arg.key, i1 false) #1
  %.12.i.i.i = sitofp i64 %0 to double
  %.14.i.i.i = fcmp olt double %.12.i.i.i, 0x43C0000000000000
  br i1 %.14.i.i.i, label %B80.i.i.i, label %B174.i.i.i

B80.i.i.i:                                        ; preds = %entry
  switch i64 %arg.key, label %B240.i.i.i [
    i64 0, label %B0.endif
    i64 -9223372036854775808, label %common.ret.fold.split.i.i.i
  ]

B174.i.i.i:                                       ; preds = %entry
  %1 = icmp slt i64 %arg.key, 0
  %2 = ashr i64 %0, 30
  %.187.2.i.i.i.i = and i64 %0, 2305843008139952128
  %.186.1.i.i.i.i = lshr i64 %2, 31
  %.190.2.i.i.i.i = and i64 %.186.1.i.i.i.i, 536870911
  %.193.2.i.i.i.i = or i64 %.190.2.i.i.i.i, %.187.2.i.i.i.i
  %.199.2.i.i.i.i = and i64 %0, 1073741823
  %.201.2.i.i.i.i = add nuw nsw i64 %.193.2.i.i.i.i, %.199.2.i.i.i.i
  %.210.2.i.i.i.i = icmp ugt i64 %.201.2.i.i.i.i, 2305843009213693950
  %.213.2.i.i.i.i = add nsw i64 %.201.2.i.i.i.i, -2305843009213693951
  %spec.select.2.i.i.i.i = select i1 %.210.2.i.i.i.i, i64 %.213.2.i.i.i.i, i64 %.201.2.i.i.i.i
  br i1 %1, label %B234.i.i.i, label %B0.endif

B234.i.i.i:                                       ; preds = %B174.i.i.i
  %.100.i.i.i = sub i64 0, %spec.select.2.i.i.i.i
  br label %B240.i.i.i

B240.i.i.i:                                       ; preds = %B234.i.i.i, %B80.i.i.i
  %ret.5.0.i.i.i = phi i64 [ %.100.i.i.i, %B234.i.i.i ], [ %arg.key, %B80.i.i.i ]
  %ret.5.0.fr.i.i.i = freeze i64 %ret.5.0.i.i.i
  %.8.i.i.i.i = icmp eq i64 %ret.5.0.fr.i.i.i, -1
  %spec.select4.i.i.i = select i1 %.8.i.i.i.i, i64 -2, i64 %ret.5.0.fr.i.i.i
  br label %B0.endif

common.ret.fold.split.i.i.i:                      ; preds = %B80.i.i.i
  br label %B0.endif

B0.endif:                                         ; preds = %common.ret.fold.split.i.i.i, %B240.i.i.i, %B174.i.i.i, %B80.i.i.i
  %3 = phi i64 [ %arg.key, %B80.i.i.i ], [ %spec.select.2.i.i.i.i, %B174.i.i.i ], [ -4, %common.ret.fold.split.i.i.i ], [ %spec.select4.i.i.i, %B240.i.i.i ]
  %.42 = bitcast i64* %.37 to i8*
  store i64 %arg.key, i64* %.37, align 8
  %.54 = bitcast i64* %.45 to i8*
  %.55 = call i64 @numba_dict_lookup(i8* %arg.dct.1, i8* nonnull %.42, i64 %3, i8* nonnull %.54)
  %.67 = load i64, i64* %.45, align 8
  %.563 = icmp slt i64 %.55, 0
  %storemerge = select i1 %.563, i64 %arg.default, i64 %.67
  store i64 %storemerge, i64* %retptr, align 8
  ret i32 0
}

declare i64 @numba_dict_lookup(i8*, i8*, i64, i8*) local_unnamed_addr

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.abs.i64(i64, i1 immarg) #0

attributes #0 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { nounwind }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64, i64)* @_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx}
