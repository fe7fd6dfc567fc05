; ModuleID = 'gcd'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.gcd = internal constant [4 x i8] c"gcd\00"
@_ZN08NumbaEnv8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx" = internal constant [96 x i8] c"missing Environment: _ZN08NumbaEnv8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx\00"
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: write)
define noundef i32 @_ZN8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr noalias writeonly captures(none) %retptr, ptr noalias readnone captures(none) %excinfo, i64 %arg.a, i64 %arg.b) local_unnamed_addr #0 {
B0:
  %.15.not = icmp eq i64 %arg.b, 0
  br i1 %.15.not, label %B26, label %B8.else

B26:                                              ; preds = %B8.else, %B8.else.if, %B0
  %a.3.1 = phi i64 [ %arg.a, %B0 ], [ -1, %B8.else ], [ %b.2.0, %B8.else.if ]
  store i64 %a.3.1, ptr %retptr, align 8
  ret i32 0

B8.else:                                          ; preds = %B0, %B8.else.if
  %a.2.0 = phi i64 [ %b.2.0, %B8.else.if ], [ %arg.a, %B0 ]
  %b.2.0 = phi i64 [ %.34.1, %B8.else.if ], [ %arg.b, %B0 ]
  %.37 = icmp ne i64 %a.2.0, -9223372036854775808
  %.38 = icmp ne i64 %b.2.0, -1
  %.39.not = or i1 %.37, %.38
  br i1 %.39.not, label %B8.else.if, label %B26, !prof !0

B8.else.if:                                       ; preds = %B8.else
  %.43 = srem i64 %a.2.0, %b.2.0
  %.44 = xor i64 %.43, %b.2.0
  %.45 = icmp slt i64 %.44, 0
  %.46 = icmp ne i64 %.43, 0
  %.47 = and i1 %.46, %.45
  %.54 = select i1 %.47, i64 %b.2.0, i64 0
  %.34.1 = add i64 %.54, %.43
  %.70.not = icmp eq i64 %.34.1, 0
  br i1 %.70.not, label %B26, label %B8.else
}

define ptr @_ZN7cpython8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.gcd, i64 2, i64 2, ptr nonnull %.5, ptr nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.51 = alloca i64, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !1

common.ret:                                       ; preds = %entry.endif.endif.endif, %entry.endif.endif.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif ], [ %.72, %entry.endif.endif.endif.endif.endif.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load ptr, ptr @_ZN08NumbaEnv8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, align 8
  %.15 = icmp eq ptr %.12, null
  br i1 %.15, label %entry.endif.if, label %entry.endif.endif, !prof !1

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.19 = load ptr, ptr %.5, align 8
  %.22 = call ptr @PyNumber_Long(ptr %.19)
  %.23.not = icmp eq ptr %.22, null
  br i1 %.23.not, label %entry.endif.endif.endif, label %entry.endif.endif.if, !prof !1

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.25 = call i64 @PyLong_AsLongLong(ptr nonnull %.22)
  call void @Py_DecRef(ptr nonnull %.22)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.if, %entry.endif.endif
  %.20.0 = phi i64 [ %.25, %entry.endif.endif.if ], [ 0, %entry.endif.endif ]
  %.30 = call ptr @PyErr_Occurred()
  %.31.not = icmp eq ptr %.30, null
  br i1 %.31.not, label %entry.endif.endif.endif.endif, label %common.ret, !prof !0

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  %.35 = load ptr, ptr %.6, align 8
  %.38 = call ptr @PyNumber_Long(ptr %.35)
  %.39.not = icmp eq ptr %.38, null
  br i1 %.39.not, label %entry.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.if, !prof !1

entry.endif.endif.endif.endif.if:                 ; preds = %entry.endif.endif.endif.endif
  %.41 = call i64 @PyLong_AsLongLong(ptr nonnull %.38)
  call void @Py_DecRef(ptr nonnull %.38)
  br label %entry.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif.if, %entry.endif.endif.endif.endif
  %.36.0 = phi i64 [ %.41, %entry.endif.endif.endif.endif.if ], [ 0, %entry.endif.endif.endif.endif ]
  %.46 = call ptr @PyErr_Occurred()
  %.47.not = icmp eq ptr %.46, null
  br i1 %.47.not, label %entry.endif.endif.endif.endif.endif.endif, label %common.ret, !prof !0

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  store i64 0, ptr %.51, align 8
  %.55 = call i32 @_ZN8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr nonnull %.51, ptr nonnull poison, i64 %.20.0, i64 %.36.0) #2
  %.65 = load i64, ptr %.51, align 8
  %.72 = call ptr @PyLong_FromLongLong(i64 %.65)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @PyNumber_Long(ptr) local_unnamed_addr

declare i64 @PyLong_AsLongLong(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare ptr @PyErr_Occurred() local_unnamed_addr

declare ptr @PyLong_FromLongLong(i64) local_unnamed_addr

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define i64 @cfunc._ZN8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(i64 %.1, i64 %.2) local_unnamed_addr #1 {
entry:
  %.4 = alloca i64, align 8
  store i64 0, ptr %.4, align 8
  %.8 = call i32 @_ZN8__main__3gcdB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr nonnull %.4, ptr nonnull poison, i64 %.1, i64 %.2) #2
  %.18 = load i64, ptr %.4, align 8
  ret i64 %.18
}

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: write) }
attributes #1 = { nofree norecurse nosync nounwind memory(none) }
attributes #2 = { noinline }

!0 = !{!"branch_weights", i32 99, i32 1}
!1 = !{!"branch_weights", i32 1, i32 99}
