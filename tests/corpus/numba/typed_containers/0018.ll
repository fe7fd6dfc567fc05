; ModuleID = 'ol_hasattr.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global i8* null

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define i32 @_ZN5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29(i8* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i64 %arg.obj, i8* nocapture readnone %arg.name) local_unnamed_addr #0 {
entry:
  store i8 1, i8* %retptr, align 1
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define i1 @cfunc._ZN5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29(i64 %.1, i8* nocapture readnone %.2) local_unnamed_addr #0 {
entry:
  %.4 = alloca i8, align 1
  store i8 0, i8* %.4, align 1
  %.8 = call i32 @_ZN5numba7cpython8builtins10ol_hasattr12_3clocals_3e4implB3v21B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29(i8* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i64 undef, i8* undef) #1
  %.18 = load i8, i8* %.4, align 1
  %.21 = icmp ne i8 %.18, 0
  ret i1 %.21
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn writeonly }
attributes #1 = { noinline }
