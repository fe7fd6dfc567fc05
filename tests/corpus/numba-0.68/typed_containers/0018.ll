; ModuleID = 'ol_hasattr.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global ptr null

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write)
define noundef i32 @_ZN5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29(ptr noalias writeonly captures(none) initializes((0, 1)) %retptr, ptr noalias readnone captures(none) %excinfo, i64 %arg.obj, ptr readnone captures(none) %arg.name) local_unnamed_addr #0 {
B0:
  store i8 1, ptr %retptr, align 1
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write)
define i1 @cfunc._ZN5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29(i64 %.1, ptr readnone captures(none) %.2) local_unnamed_addr #0 {
entry:
  %.4 = alloca i8, align 1
  %.8 = call i32 @_ZN5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29(ptr nonnull %.4, ptr nonnull poison, i64 poison, ptr poison) #1
  %.18 = load i8, ptr %.4, align 1
  %.21 = icmp ne i8 %.18, 0
  ret i1 %.21
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) }
attributes #1 = { noinline }
