; ModuleID = 'impl_len.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v31B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v31B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* nocapture readnone %arg.d.0, i8* %arg.d.1) local_unnamed_addr {
entry:
  %.13 = tail call i64 @numba_dict_length(i8* %arg.d.1)
  store i64 %.13, i64* %retptr, align 8
  ret i32 0
}

declare i64 @numba_dict_length(i8*) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v31B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ i8*, i8* } %.1) local_unnamed_addr {
entry:
  %.3 = alloca i64, align 8
  store i64 0, i64* %.3, align 8
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.7 = call i32 @_ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v31B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(i64* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* %extracted.data) #0
  %.17 = load i64, i64* %.3, align 8
  ret i64 %.17
}

attributes #0 = { noinline }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*)* @_ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v31B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e}
