; ModuleID = 'impl_len.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v32B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global ptr null

define noundef i32 @_ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v32B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr noalias writeonly captures(none) initializes((0, 8)) %retptr, ptr noalias readnone captures(none) %excinfo, ptr readnone captures(none) %arg.d.0, ptr %arg.d.1) local_unnamed_addr {
B0:
  %.13 = tail call i64 @numba_dict_length(ptr %arg.d.1)
  store i64 %.13, ptr %retptr, align 8
  ret i32 0
}

declare i64 @numba_dict_length(ptr) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v32B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ ptr, ptr } %.1) local_unnamed_addr {
entry:
  %.3 = alloca i64, align 8
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.7 = call i32 @_ZN5numba5typed10dictobject8impl_len12_3clocals_3e4implB3v32B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr nonnull %.3, ptr nonnull poison, ptr poison, ptr %extracted.data) #0
  %.17 = load i64, ptr %.3, align 8
  ret i64 %.17
}

attributes #0 = { noinline }
