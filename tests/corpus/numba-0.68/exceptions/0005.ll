; ModuleID = 'sum_checked'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.sum_checked = internal constant [12 x i8] c"sum_checked\00"
@_ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx" = internal constant [104 x i8] c"missing Environment: _ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx\00"
@_ZN08NumbaEnv8__main__12checked_sqrtB2v4B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx = common local_unnamed_addr global ptr null
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: write)
define noundef range(i32 -1, -2) i32 @_ZN8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, i64 %arg.n) local_unnamed_addr #0 {
B0.endif:
  %.45 = icmp ugt i64 %arg.n, 9223372036854775806
  %.44 = add nuw i64 %arg.n, 1
  %storemerge = select i1 %.45, i64 0, i64 %.44
  %.8997 = icmp sgt i64 %storemerge, 0
  br i1 %.8997, label %B46.lr.ph, label %B126

B46.lr.ph:                                        ; preds = %B0.endif
  %0 = add nsw i64 %storemerge, -1
  store ptr null, ptr %excinfo, align 8
  %exitcond.peel.not = icmp eq i64 %0, 0
  br i1 %exitcond.peel.not, label %B126, label %B66.preheader

B66.preheader:                                    ; preds = %B46.lr.ph
  %1 = add nsw i64 %storemerge, -2
  %xtraiter = and i64 %0, 7
  %2 = icmp ult i64 %1, 7
  br i1 %2, label %B66.epil.preheader, label %B66.preheader.new

B66.preheader.new:                                ; preds = %B66.preheader
  %unroll_iter = and i64 %0, -8
  br label %B66

B66:                                              ; preds = %B66, %B66.preheader.new
  %total.3.0100 = phi double [ -1.000000e+00, %B66.preheader.new ], [ %.503.7, %B66 ]
  %.959698 = phi i64 [ 0, %B66.preheader.new ], [ %.102.7, %B66 ]
  %niter = phi i64 [ 0, %B66.preheader.new ], [ %niter.next.7, %B66 ]
  %.102 = or disjoint i64 %.959698, 1
  %.20.i = uitofp nneg i64 %.959698 to double
  %sqrt.i = tail call double @llvm.sqrt.f64(double %.20.i)
  %.503 = fadd double %total.3.0100, %sqrt.i
  %.102.1 = or disjoint i64 %.959698, 2
  %.20.i.1 = uitofp nneg i64 %.102 to double
  %sqrt.i.1 = tail call double @llvm.sqrt.f64(double %.20.i.1)
  %.503.1 = fadd double %.503, %sqrt.i.1
  %.102.2 = or disjoint i64 %.959698, 3
  %.20.i.2 = uitofp nneg i64 %.102.1 to double
  %sqrt.i.2 = tail call double @llvm.sqrt.f64(double %.20.i.2)
  %.503.2 = fadd double %.503.1, %sqrt.i.2
  %.102.3 = or disjoint i64 %.959698, 4
  %.20.i.3 = uitofp nneg i64 %.102.2 to double
  %sqrt.i.3 = tail call double @llvm.sqrt.f64(double %.20.i.3)
  %.503.3 = fadd double %.503.2, %sqrt.i.3
  %.102.4 = or disjoint i64 %.959698, 5
  %.20.i.4 = uitofp nneg i64 %.102.3 to double
  %sqrt.i.4 = tail call double @llvm.sqrt.f64(double %.20.i.4)
  %.503.4 = fadd double %.503.3, %sqrt.i.4
  %.102.5 = or disjoint i64 %.959698, 6
  %.20.i.5 = uitofp nneg i64 %.102.4 to double
  %sqrt.i.5 = tail call double @llvm.sqrt.f64(double %.20.i.5)
  %.503.5 = fadd double %.503.4, %sqrt.i.5
  %.102.6 = or disjoint i64 %.959698, 7
  %.20.i.6 = uitofp nneg i64 %.102.5 to double
  %sqrt.i.6 = tail call double @llvm.sqrt.f64(double %.20.i.6)
  %.503.6 = fadd double %.503.5, %sqrt.i.6
  %.102.7 = add nuw nsw i64 %.959698, 8
  %.20.i.7 = uitofp nneg i64 %.102.6 to double
  %sqrt.i.7 = tail call double @llvm.sqrt.f64(double %.20.i.7)
  %.503.7 = fadd double %.503.6, %sqrt.i.7
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %B126.loopexit.unr-lcssa, label %B66, !llvm.loop !0

B126.loopexit.unr-lcssa:                          ; preds = %B66
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B126, label %B66.epil.preheader

B66.epil.preheader:                               ; preds = %B126.loopexit.unr-lcssa, %B66.preheader
  %total.3.0100.epil.init = phi double [ -1.000000e+00, %B66.preheader ], [ %.503.7, %B126.loopexit.unr-lcssa ]
  %.959698.epil.init = phi i64 [ 0, %B66.preheader ], [ %.102.7, %B126.loopexit.unr-lcssa ]
  %lcmp.mod3 = icmp ne i64 %xtraiter, 0
  tail call void @llvm.assume(i1 %lcmp.mod3)
  br label %B66.epil

B66.epil:                                         ; preds = %B66.epil, %B66.epil.preheader
  %total.3.0100.epil = phi double [ %.503.epil, %B66.epil ], [ %total.3.0100.epil.init, %B66.epil.preheader ]
  %.959698.epil = phi i64 [ %.102.epil, %B66.epil ], [ %.959698.epil.init, %B66.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %B66.epil ], [ 0, %B66.epil.preheader ]
  %.102.epil = add nuw nsw i64 %.959698.epil, 1
  %.20.i.epil = uitofp nneg i64 %.959698.epil to double
  %sqrt.i.epil = tail call double @llvm.sqrt.f64(double %.20.i.epil)
  %.503.epil = fadd double %total.3.0100.epil, %sqrt.i.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %B126, label %B66.epil, !llvm.loop !2

B126:                                             ; preds = %B126.loopexit.unr-lcssa, %B66.epil, %B46.lr.ph, %B0.endif
  %total.3.0.lcssa = phi double [ 0.000000e+00, %B0.endif ], [ -1.000000e+00, %B46.lr.ph ], [ %.503.7, %B126.loopexit.unr-lcssa ], [ %.503.epil, %B66.epil ]
  store double %total.3.0.lcssa, ptr %retptr, align 8
  ret i32 0
}

define ptr @_ZN7cpython8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.sum_checked, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.34 = alloca double, align 8
  %excinfo = alloca ptr, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !4

common.ret:                                       ; preds = %entry.endif.endif.endif, %entry, %entry.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ %.53, %entry.endif.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !4

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  %.21 = call ptr @PyNumber_Long(ptr %.18)
  %.22.not = icmp eq ptr %.21, null
  br i1 %.22.not, label %entry.endif.endif.endif, label %entry.endif.endif.if, !prof !4

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.24 = call i64 @PyLong_AsLongLong(ptr nonnull %.21)
  call void @Py_DecRef(ptr nonnull %.21)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.if, %entry.endif.endif
  %.19.0 = phi i64 [ %.24, %entry.endif.endif.if ], [ 0, %entry.endif.endif ]
  %.29 = call ptr @PyErr_Occurred()
  %.30.not = icmp eq ptr %.29, null
  br i1 %.30.not, label %entry.endif.endif.endif.endif, label %common.ret, !prof !5

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  store double 0.000000e+00, ptr %.34, align 8
  %.38 = call i32 @_ZN8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr nonnull %.34, ptr nonnull %excinfo, i64 %.19.0) #4
  %.48 = load double, ptr %.34, align 8
  %.53 = call ptr @PyFloat_FromDouble(double %.48)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @PyNumber_Long(ptr) local_unnamed_addr

declare i64 @PyLong_AsLongLong(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare ptr @PyErr_Occurred() local_unnamed_addr

declare ptr @PyFloat_FromDouble(double) local_unnamed_addr

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define double @cfunc._ZN8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(i64 %.1) local_unnamed_addr #1 {
entry:
  %.3 = alloca double, align 8
  store double 0.000000e+00, ptr %.3, align 8
  %excinfo = alloca ptr, align 8
  %.7 = call i32 @_ZN8__main__11sum_checkedB2v3B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr nonnull %.3, ptr nonnull %excinfo, i64 %.1) #4
  %.17 = load double, ptr %.3, align 8
  ret double %.17
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: write) }
attributes #1 = { nofree norecurse nosync nounwind memory(none) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #4 = { noinline }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.peeled.count", i32 1}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.unroll.disable"}
!4 = !{!"branch_weights", i32 1, i32 99}
!5 = !{!"branch_weights", i32 99, i32 1}
