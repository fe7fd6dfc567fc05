; ModuleID = 'reduction_add'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd = common local_unnamed_addr global ptr null

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define noundef i32 @_ZN5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd(ptr noalias writeonly captures(none) %retptr, ptr noalias readnone captures(none) %excinfo, i64 %arg.thread_count, ptr readnone captures(none) %arg.redarr.0, ptr readnone captures(none) %arg.redarr.1, i64 %arg.redarr.2, i64 %arg.redarr.3, ptr readonly captures(none) %arg.redarr.4, i64 %arg.redarr.5.0, i64 %arg.redarr.6.0, double %arg.init) local_unnamed_addr #0 {
B0.endif:
  %.10460.not = icmp slt i64 %arg.thread_count, 1
  br i1 %.10460.not, label %B66, label %B40.preheader

B40.preheader:                                    ; preds = %B0.endif
  %xtraiter = and i64 %arg.thread_count, 7
  %0 = icmp ult i64 %arg.thread_count, 8
  br i1 %0, label %B40.epil.preheader, label %B40.preheader.new

B40.preheader.new:                                ; preds = %B40.preheader
  %unroll_iter = and i64 %arg.thread_count, 9223372036854775800
  br label %B40

B40:                                              ; preds = %B40, %B40.preheader.new
  %c.2.063 = phi double [ %arg.init, %B40.preheader.new ], [ %.170.7, %B40 ]
  %.1105961 = phi i64 [ 0, %B40.preheader.new ], [ %.117.7, %B40 ]
  %niter = phi i64 [ 0, %B40.preheader.new ], [ %niter.next.7, %B40 ]
  %.167 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.168 = load double, ptr %.167, align 8
  %.170 = fadd double %c.2.063, %.168
  %1 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.1 = getelementptr i8, ptr %1, i64 8
  %.168.1 = load double, ptr %.167.1, align 8
  %.170.1 = fadd double %.170, %.168.1
  %2 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.2 = getelementptr i8, ptr %2, i64 16
  %.168.2 = load double, ptr %.167.2, align 8
  %.170.2 = fadd double %.170.1, %.168.2
  %3 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.3 = getelementptr i8, ptr %3, i64 24
  %.168.3 = load double, ptr %.167.3, align 8
  %.170.3 = fadd double %.170.2, %.168.3
  %4 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.4 = getelementptr i8, ptr %4, i64 32
  %.168.4 = load double, ptr %.167.4, align 8
  %.170.4 = fadd double %.170.3, %.168.4
  %5 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.5 = getelementptr i8, ptr %5, i64 40
  %.168.5 = load double, ptr %.167.5, align 8
  %.170.5 = fadd double %.170.4, %.168.5
  %6 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.6 = getelementptr i8, ptr %6, i64 48
  %.168.6 = load double, ptr %.167.6, align 8
  %.170.6 = fadd double %.170.5, %.168.6
  %.117.7 = add nuw nsw i64 %.1105961, 8
  %7 = getelementptr double, ptr %arg.redarr.4, i64 %.1105961
  %.167.7 = getelementptr i8, ptr %7, i64 56
  %.168.7 = load double, ptr %.167.7, align 8
  %.170.7 = fadd double %.170.6, %.168.7
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %B66.loopexit.unr-lcssa, label %B40

B66.loopexit.unr-lcssa:                           ; preds = %B40
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B66, label %B40.epil.preheader

B40.epil.preheader:                               ; preds = %B66.loopexit.unr-lcssa, %B40.preheader
  %c.2.063.epil.init = phi double [ %arg.init, %B40.preheader ], [ %.170.7, %B66.loopexit.unr-lcssa ]
  %.1105961.epil.init = phi i64 [ 0, %B40.preheader ], [ %.117.7, %B66.loopexit.unr-lcssa ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0
  tail call void @llvm.assume(i1 %lcmp.mod2)
  br label %B40.epil

B40.epil:                                         ; preds = %B40.epil, %B40.epil.preheader
  %c.2.063.epil = phi double [ %.170.epil, %B40.epil ], [ %c.2.063.epil.init, %B40.epil.preheader ]
  %.1105961.epil = phi i64 [ %.117.epil, %B40.epil ], [ %.1105961.epil.init, %B40.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %B40.epil ], [ 0, %B40.epil.preheader ]
  %.117.epil = add nuw nsw i64 %.1105961.epil, 1
  %.167.epil = getelementptr double, ptr %arg.redarr.4, i64 %.1105961.epil
  %.168.epil = load double, ptr %.167.epil, align 8
  %.170.epil = fadd double %c.2.063.epil, %.168.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %B66, label %B40.epil, !llvm.loop !0

B66:                                              ; preds = %B66.loopexit.unr-lcssa, %B40.epil, %B0.endif
  %c.2.0.lcssa = phi double [ %arg.init, %B0.endif ], [ %.170.7, %B66.loopexit.unr-lcssa ], [ %.170.epil, %B40.epil ]
  store double %c.2.0.lcssa, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
