; ModuleID = 'sum_checked'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.sum_checked = internal constant [12 x i8] c"sum_checked\00"
@_ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx" = internal constant [104 x i8] c"missing Environment: _ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx\00"
@_ZN08NumbaEnv8__main__12checked_sqrtB2v4B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx = common local_unnamed_addr global i8* null
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree nosync nounwind
define i32 @_ZN8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx(double* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture %excinfo, i64 %arg.n) local_unnamed_addr #0 {
B0.endif:
  %0 = icmp ugt i64 %arg.n, 9223372036854775806
  br i1 %0, label %common.ret, label %B127.peel

B127.peel:                                        ; preds = %B0.endif
  %exitcond.peel.not = icmp eq i64 %arg.n, 0
  br i1 %exitcond.peel.not, label %B40.common.ret_crit_edge, label %B127.preheader

B127.preheader:                                   ; preds = %B127.peel
  %xtraiter = and i64 %arg.n, 1
  %1 = icmp eq i64 %arg.n, 1
  br i1 %1, label %B40.common.ret_crit_edge.loopexit.unr-lcssa, label %B127.preheader.new

B127.preheader.new:                               ; preds = %B127.preheader
  %unroll_iter = and i64 %arg.n, -2
  br label %B127

B40.common.ret_crit_edge.loopexit.unr-lcssa.loopexit: ; preds = %B127
  %phi.cast = sitofp i64 %.102.1 to double
  br label %B40.common.ret_crit_edge.loopexit.unr-lcssa

B40.common.ret_crit_edge.loopexit.unr-lcssa:      ; preds = %B40.common.ret_crit_edge.loopexit.unr-lcssa.loopexit, %B127.preheader
  %.341.lcssa.ph = phi double [ undef, %B127.preheader ], [ %.341.1, %B40.common.ret_crit_edge.loopexit.unr-lcssa.loopexit ]
  %total.3.018.unr = phi double [ -1.000000e+00, %B127.preheader ], [ %.341.1, %B40.common.ret_crit_edge.loopexit.unr-lcssa.loopexit ]
  %.31.016.unr = phi double [ 0.000000e+00, %B127.preheader ], [ %phi.cast, %B40.common.ret_crit_edge.loopexit.unr-lcssa.loopexit ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B40.common.ret_crit_edge, label %B127.epil

B127.epil:                                        ; preds = %B40.common.ret_crit_edge.loopexit.unr-lcssa
  %sqrt.i.epil = tail call double @llvm.sqrt.f64(double %.31.016.unr) #2
  %abs.i.epil = tail call double @llvm.fabs.f64(double %sqrt.i.epil) #2
  %.341.epil = fadd double %total.3.018.unr, %abs.i.epil
  br label %B40.common.ret_crit_edge

B40.common.ret_crit_edge:                         ; preds = %B127.epil, %B40.common.ret_crit_edge.loopexit.unr-lcssa, %B127.peel
  %total.4.1.lcssa = phi double [ -1.000000e+00, %B127.peel ], [ %.341.lcssa.ph, %B40.common.ret_crit_edge.loopexit.unr-lcssa ], [ %.341.epil, %B127.epil ]
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

common.ret:                                       ; preds = %B40.common.ret_crit_edge, %B0.endif
  %total.3.0.lcssa = phi double [ %total.4.1.lcssa, %B40.common.ret_crit_edge ], [ 0.000000e+00, %B0.endif ]
  store double %total.3.0.lcssa, double* %retptr, align 8
  ret i32 0

B127:                                             ; preds = %B127, %B127.preheader.new
  %total.3.018 = phi double [ -1.000000e+00, %B127.preheader.new ], [ %.341.1, %B127 ]
  %.31.016 = phi i64 [ 0, %B127.preheader.new ], [ %.102.1, %B127 ]
  %niter = phi i64 [ 0, %B127.preheader.new ], [ %niter.next.1, %B127 ]
  %.102 = or i64 %.31.016, 1
  %.20.i = sitofp i64 %.31.016 to double
  %sqrt.i = tail call double @llvm.sqrt.f64(double %.20.i) #2
  %abs.i = tail call double @llvm.fabs.f64(double %sqrt.i) #2
  %.341 = fadd double %total.3.018, %abs.i
  %.102.1 = add nuw nsw i64 %.31.016, 2
  %.20.i.1 = sitofp i64 %.102 to double
  %sqrt.i.1 = tail call double @llvm.sqrt.f64(double %.20.i.1) #2
  %abs.i.1 = tail call double @llvm.fabs.f64(double %sqrt.i.1) #2
  %.341.1 = fadd double %.341, %abs.i.1
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %B40.common.ret_crit_edge.loopexit.unr-lcssa.loopexit, label %B127, !llvm.loop !0
}

define i8* @_ZN7cpython8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @.const.sum_checked, i64 0, i64 0), i64 1, i64 1, i8** nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.36 = alloca double, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !2

common.ret:                                       ; preds = %entry.endif.endif.endif, %entry, %entry.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.55, %entry.endif.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.endif.endif ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load i8*, i8** @_ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx, align 8
  %.16 = icmp eq i8* %.11, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !2

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([104 x i8], [104 x i8]* @".const.missing Environment: _ZN08NumbaEnv8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.20 = load i8*, i8** %.5, align 8
  %.23 = call i8* @PyNumber_Long(i8* %.20)
  %.24.not = icmp eq i8* %.23, null
  br i1 %.24.not, label %entry.endif.endif.endif, label %entry.endif.endif.if, !prof !2

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.26 = call i64 @PyLong_AsLongLong(i8* nonnull %.23)
  call void @Py_DecRef(i8* nonnull %.23)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.if, %entry.endif.endif
  %.21.0 = phi i64 [ %.26, %entry.endif.endif.if ], [ 0, %entry.endif.endif ]
  %.31 = call i8* @PyErr_Occurred()
  %.32.not = icmp eq i8* %.31, null
  br i1 %.32.not, label %entry.endif.endif.endif.endif, label %common.ret, !prof !3

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  store double 0.000000e+00, double* %.36, align 8
  %.40 = call i32 @_ZN8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx(double* nonnull %.36, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i64 %.21.0) #3
  %.50 = load double, double* %.36, align 8
  %.55 = call i8* @PyFloat_FromDouble(double %.50)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i8* @PyNumber_Long(i8*) local_unnamed_addr

declare i64 @PyLong_AsLongLong(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare i8* @PyErr_Occurred() local_unnamed_addr

declare i8* @PyFloat_FromDouble(double) local_unnamed_addr

; Function Attrs: nofree nosync nounwind
define double @cfunc._ZN8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx(i64 %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca double, align 8
  store double 0.000000e+00, double* %.3, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.7 = call i32 @_ZN8__main__11sum_checkedB2v3B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dEx(double* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i64 %.1) #3
  %.17 = load double, double* %.3, align 8
  ret double %.17
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fabs.f64(double) #1

attributes #0 = { nofree nosync nounwind }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind }
attributes #3 = { noinline }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.peeled.count", i32 1}
!2 = !{!"branch_weights", i32 1, i32 99}
!3 = !{!"branch_weights", i32 99, i32 1}
