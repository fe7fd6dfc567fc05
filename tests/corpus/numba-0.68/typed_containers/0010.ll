; ModuleID = 'impl_len.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null

; Function Attrs: nofree nounwind memory(read, argmem: readwrite)
define noundef i32 @_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d(ptr noalias writeonly captures(none) initializes((0, 8)) %retptr, ptr noalias readnone captures(none) %excinfo, ptr readnone captures(none) %arg.l.0, ptr %arg.l.1) local_unnamed_addr #0 {
B0:
  %.13 = tail call i64 @numba_list_size_address(ptr %arg.l.1)
  %.14 = inttoptr i64 %.13 to ptr
  %.15 = load i64, ptr %.14, align 8
  store i64 %.15, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare i64 @numba_list_size_address(ptr) local_unnamed_addr #1

; Function Attrs: nofree nounwind memory(readwrite, inaccessiblemem: read, target_mem0: read, target_mem1: read)
define i64 @cfunc._ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d({ ptr, ptr } %.1) local_unnamed_addr #2 {
entry:
  %.3 = alloca i64, align 8
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.7 = call i32 @_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d(ptr nonnull %.3, ptr nonnull poison, ptr poison, ptr %extracted.data) #3
  %.17 = load i64, ptr %.3, align 8
  ret i64 %.17
}

attributes #0 = { nofree nounwind memory(read, argmem: readwrite) }
attributes #1 = { alwaysinline nofree nounwind memory(read) }
attributes #2 = { nofree nounwind memory(readwrite, inaccessiblemem: read, target_mem0: read, target_mem1: read) }
attributes #3 = { noinline }
