; ModuleID = 'safe_div'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.safe_div = internal constant [9 x i8] c"safe_div\00"
@_ZN08NumbaEnv8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx" = internal constant [101 x i8] c"missing Environment: _ZN08NumbaEnv8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx\00"
@PyExc_RuntimeError = external global i8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define noundef i32 @_ZN8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr noalias writeonly captures(none) initializes((0, 8)) %retptr, ptr noalias captures(none) %excinfo, i64 %arg.a, i64 %arg.b) local_unnamed_addr #0 {
B6:
  %.18 = load ptr, ptr %excinfo, align 8
  %.19.not = icmp ne ptr %.18, null
  %.30 = icmp eq i64 %arg.b, 0
  %or.cond = select i1 %.19.not, i1 true, i1 %.30
  br i1 %or.cond, label %common.ret, label %B36.else

common.ret:                                       ; preds = %B6, %B36.else, %B36.else.if
  %storemerge = phi i64 [ %spec.select, %B36.else.if ], [ 0, %B36.else ], [ -1, %B6 ]
  store ptr null, ptr %excinfo, align 8
  store i64 %storemerge, ptr %retptr, align 8
  ret i32 0

B36.else:                                         ; preds = %B6
  %.171 = icmp ne i64 %arg.a, -9223372036854775808
  %.172 = icmp ne i64 %arg.b, -1
  %.173.not = or i1 %.171, %.172
  br i1 %.173.not, label %B36.else.if, label %common.ret, !prof !0

B36.else.if:                                      ; preds = %B36.else
  %.176 = sdiv i64 %arg.a, %arg.b
  %.177 = srem i64 %arg.a, %arg.b
  %.178 = xor i64 %.177, %arg.b
  %.179 = icmp slt i64 %.178, 0
  %.180 = icmp ne i64 %.177, 0
  %.181 = and i1 %.180, %.179
  %.186 = sext i1 %.181 to i64
  %spec.select = add i64 %.176, %.186
  br label %common.ret
}

define ptr @_ZN7cpython8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.safe_div, i64 2, i64 2, ptr nonnull %.5, ptr nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.51 = alloca i64, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !1

common.ret:                                       ; preds = %entry.endif.endif.endif, %entry.endif.endif.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif ], [ %.72, %entry.endif.endif.endif.endif.endif.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load ptr, ptr @_ZN08NumbaEnv8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx, align 8
  %.15 = icmp eq ptr %.12, null
  br i1 %.15, label %entry.endif.if, label %entry.endif.endif, !prof !1

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx")
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
  %.55 = call i32 @_ZN8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr nonnull %.51, ptr nonnull %excinfo, i64 %.20.0, i64 %.36.0) #2
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

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define i64 @cfunc._ZN8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(i64 %.1, i64 %.2) local_unnamed_addr #1 {
entry:
  %.4 = alloca i64, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %.8 = call i32 @_ZN8__main__8safe_divB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dExx(ptr nonnull %.4, ptr nonnull %excinfo, i64 %.1, i64 %.2) #2
  %.18 = load i64, ptr %.4, align 8
  ret i64 %.18
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!"branch_weights", i32 99, i32 1}
!1 = !{!"branch_weights", i32 1, i32 99}
