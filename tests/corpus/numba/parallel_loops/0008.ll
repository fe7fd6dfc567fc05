; ModuleID = 'reduction_add'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd = common local_unnamed_addr global i8* null

; Function Attrs: nofree norecurse nosync nounwind
define i32 @_ZN5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd(double* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i64 %arg.thread_count, i8* nocapture readnone %arg.redarr.0, i8* nocapture readnone %arg.redarr.1, i64 %arg.redarr.2, i64 %arg.redarr.3, double* nocapture readonly %arg.redarr.4, i64 %arg.redarr.5.0, i64 %arg.redarr.6.0, double %arg.init) local_unnamed_addr #0 {
B0.endif:
  %.60.inv = icmp sgt i64 %arg.thread_count, 0
  %spec.select = select i1 %.60.inv, i64 %arg.thread_count, i64 0
  br i1 %.60.inv, label %B40.preheader, label %common.ret

B40.preheader:                                    ; preds = %B0.endif
  %0 = add nsw i64 %spec.select, -1
  %xtraiter = and i64 %spec.select, 7
  %1 = icmp ult i64 %0, 7
  br i1 %1, label %common.ret.loopexit.unr-lcssa, label %B40.preheader.new

B40.preheader.new:                                ; preds = %B40.preheader
  %unroll_iter = and i64 %spec.select, 9223372036854775800
  br label %B40

B40:                                              ; preds = %B40, %B40.preheader.new
  %c.2.05 = phi double [ %arg.init, %B40.preheader.new ], [ %.170.7, %B40 ]
  %.46.03 = phi i64 [ 0, %B40.preheader.new ], [ %.117.7, %B40 ]
  %niter = phi i64 [ 0, %B40.preheader.new ], [ %niter.next.7, %B40 ]
  %.117 = or i64 %.46.03, 1
  %.167 = getelementptr double, double* %arg.redarr.4, i64 %.46.03
  %.168 = load double, double* %.167, align 8
  %.170 = fadd double %c.2.05, %.168
  %.117.1 = or i64 %.46.03, 2
  %.167.1 = getelementptr double, double* %arg.redarr.4, i64 %.117
  %.168.1 = load double, double* %.167.1, align 8
  %.170.1 = fadd double %.170, %.168.1
  %.117.2 = or i64 %.46.03, 3
  %.167.2 = getelementptr double, double* %arg.redarr.4, i64 %.117.1
  %.168.2 = load double, double* %.167.2, align 8
  %.170.2 = fadd double %.170.1, %.168.2
  %.117.3 = or i64 %.46.03, 4
  %.167.3 = getelementptr double, double* %arg.redarr.4, i64 %.117.2
  %.168.3 = load double, double* %.167.3, align 8
  %.170.3 = fadd double %.170.2, %.168.3
  %.117.4 = or i64 %.46.03, 5
  %.167.4 = getelementptr double, double* %arg.redarr.4, i64 %.117.3
  %.168.4 = load double, double* %.167.4, align 8
  %.170.4 = fadd double %.170.3, %.168.4
  %.117.5 = or i64 %.46.03, 6
  %.167.5 = getelementptr double, double* %arg.redarr.4, i64 %.117.4
  %.168.5 = load double, double* %.167.5, align 8
  %.170.5 = fadd double %.170.4, %.168.5
  %.117.6 = or i64 %.46.03, 7
  %.167.6 = getelementptr double, double* %arg.redarr.4, i64 %.117.5
  %.168.6 = load double, double* %.167.6, align 8
  %.170.6 = fadd double %.170.5, %.168.6
  %.117.7 = add nuw nsw i64 %.46.03, 8
  %.167.7 = getelementptr double, double* %arg.redarr.4, i64 %.117.6
  %.168.7 = load double, double* %.167.7, align 8
  %.170.7 = fadd double %.170.6, %.168.7
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %common.ret.loopexit.unr-lcssa, label %B40

common.ret.loopexit.unr-lcssa:                    ; preds = %B40, %B40.preheader
  %.170.lcssa.ph = phi double [ undef, %B40.preheader ], [ %.170.7, %B40 ]
  %c.2.05.unr = phi double [ %arg.init, %B40.preheader ], [ %.170.7, %B40 ]
  %.46.03.unr = phi i64 [ 0, %B40.preheader ], [ %.117.7, %B40 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %common.ret, label %B40.epil

B40.epil:                                         ; preds = %common.ret.loopexit.unr-lcssa, %B40.epil
  %c.2.05.epil = phi double [ %.170.epil, %B40.epil ], [ %c.2.05.unr, %common.ret.loopexit.unr-lcssa ]
  %.46.03.epil = phi i64 [ %.117.epil, %B40.epil ], [ %.46.03.unr, %common.ret.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %B40.epil ], [ 0, %common.ret.loopexit.unr-lcssa ]
  %.117.epil = add nuw nsw i64 %.46.03.epil, 1
  %.167.epil = getelementptr double, double* %arg.redarr.4, i64 %.46.03.epil
  %.168.epil = load double, double* %.167.epil, align 8
  %.170.epil = fadd double %c.2.05.epil, %.168.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %common.ret, label %B40.epil, !llvm.loop !0

common.ret:                                       ; preds = %common.ret.loopexit.unr-lcssa, %B40.epil, %B0.endif
  %c.2.0.lcssa = phi double [ %arg.init, %B0.endif ], [ %.170.lcssa.ph, %common.ret.loopexit.unr-lcssa ], [ %.170.epil, %B40.epil ]
  store double %c.2.0.lcssa, double* %retptr, align 8
  ret i32 0
}

attributes #0 = { nofree norecurse nosync nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
