; ModuleID = '_length'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._length = internal constant [8 x i8] c"_length\00"
@_ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d" = internal constant [132 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d\00"
@.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typedlist\94\8C\04List\94\93\94."
@.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783.sha1 = internal constant [20 x i8] c"\11[H\F34\CF\147\1A\B2o\F5cd\0F\09K'\E7\83"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@PyExc_RuntimeError = external global i8
@PyExc_StopIteration = external global i8
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null

define noundef range(i32 -1, -2) i32 @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr noalias writeonly captures(none) initializes((0, 8)) %retptr, ptr noalias readnone captures(none) %excinfo, ptr %arg.l.0, ptr %arg.l.1) local_unnamed_addr {
common.ret:
  %.13.i = tail call i64 @numba_list_size_address(ptr %arg.l.1), !noalias !0
  %.14.i = inttoptr i64 %.13.i to ptr
  %.15.i = load i64, ptr %.14.i, align 8, !noalias !0
  store i64 %.15.i, ptr %retptr, align 8
  ret i32 0
}

define ptr @_ZN7cpython5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const._length, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.55 = alloca i64, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !3

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.endif.endif, %entry.endif.endif.endif.endif.endif.endif.if, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry.endif.endif.else, %entry, %entry.endif.endif.endif.endif.if.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.endif.if ], [ %.77, %entry.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.else ], [ null, %entry.endif.endif.endif.endif.endif.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !3

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  %.25 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783, i32 45, ptr nonnull @.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783.sha1)
  %.26 = call ptr @PyObject_Type(ptr %.18)
  %.27 = icmp eq ptr %.26, %.25
  br i1 %.27, label %entry.endif.endif.if, label %entry.endif.endif.else, !prof !4

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.29 = call ptr @PyObject_GetAttrString(ptr %.18, ptr nonnull @.const._opaque)
  %.30 = call ptr @NRT_meminfo_from_pyobject(ptr %.29)
  %.5.i = getelementptr i8, ptr %.30, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  %.37 = load ptr, ptr %.6.i, align 8
  call void @Py_DecRef(ptr %.29)
  call void @Py_DecRef(ptr %.25)
  call void @Py_DecRef(ptr %.26)
  %.59 = call i32 @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr nonnull %.55, ptr nonnull poison, ptr %.30, ptr %.37) #2
  %.69 = load i64, ptr %.55, align 8
  call void @NRT_decref(ptr %.30)
  %cond = icmp eq i32 %.59, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif, !prof !5

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (ptr, ptr, ...) @PyErr_Format(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox a %S as a %S", ptr %.26, ptr %.25)
  call void @Py_DecRef(ptr %.25)
  call void @Py_DecRef(ptr %.26)
  br label %common.ret

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.if
  %.67 = icmp sgt i32 %.59, 0
  br i1 %.67, label %entry.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.if
  %.77 = call ptr @PyLong_FromLongLong(i64 %.69)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  unreachable

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  switch i32 %.59, label %entry.endif.endif.endif.endif.endif.endif.endif.endif [
    i32 -3, label %entry.endif.endif.endif.endif.endif.endif.if
    i32 -1, label %common.ret
  ]

entry.endif.endif.endif.endif.endif.endif.if:     ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetNone(ptr nonnull @PyExc_StopIteration)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_SystemError, ptr nonnull @".const.unknown error when calling native function")
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @PyObject_Type(ptr) local_unnamed_addr

declare ptr @PyObject_GetAttrString(ptr, ptr) local_unnamed_addr

declare noalias ptr @NRT_meminfo_from_pyobject(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @PyErr_Format(ptr, ptr, ...) local_unnamed_addr

declare ptr @PyLong_FromLongLong(i64) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare void @PyErr_SetNone(ptr) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d({ ptr, ptr } %.1) local_unnamed_addr {
entry:
  %.3 = alloca i64, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.7 = call i32 @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr nonnull %.3, ptr nonnull poison, ptr %extracted.meminfo, ptr %extracted.data) #2
  %.17 = load i64, ptr %.3, align 8
  %.19 = alloca i32, align 4
  store i32 0, ptr %.19, align 4
  %cond = icmp eq i32 %.7, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !5

entry.if:                                         ; preds = %entry
  %.15 = icmp sgt i32 %.7, 0
  call void @numba_gil_ensure(ptr nonnull %.19)
  br i1 %.15, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %.22
  ret i64 %.17

.22:                                              ; preds = %entry.if.endif, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.70 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.70)
  call void @Py_DecRef(ptr %.70)
  call void @numba_gil_release(ptr nonnull %.19)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  unreachable

entry.if.endif:                                   ; preds = %entry.if
  switch i32 %.7, label %entry.if.endif.endif.endif [
    i32 -3, label %entry.if.endif.if
    i32 -1, label %.22
  ]

entry.if.endif.if:                                ; preds = %entry.if.endif
  call void @PyErr_SetNone(ptr nonnull @PyExc_StopIteration)
  br label %.22

entry.if.endif.endif.endif:                       ; preds = %entry.if.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_SystemError, ptr nonnull @".const.unknown error when calling native function.2")
  br label %.22
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare i64 @numba_list_size_address(ptr) local_unnamed_addr #0

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !3

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !3

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !3

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #3

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { alwaysinline nofree nounwind memory(read) }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline }
attributes #3 = { nounwind }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d"}
!3 = !{!"branch_weights", i32 1, i32 99}
!4 = !{!"branch_weights", i32 2126008812, i32 21474836}
!5 = !{!"branch_weights", i32 49, i32 1}
