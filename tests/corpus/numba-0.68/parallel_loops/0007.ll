; ModuleID = 'parallelgufuncwrapper'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null

define void @.kernel.139832291630784___gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr %.1, ptr %.2, ptr %.3, ptr %.4) local_unnamed_addr {
.6:
  %.7 = alloca i32, align 4
  store i32 0, ptr %.7, align 4
  call void @numba_gil_ensure(ptr nonnull %.7)
  %.10 = call ptr @PyEval_SaveThread()
  %.11 = call i64 @get_num_threads()
  call void @numba_parallel_for(ptr nonnull @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE, ptr %.1, ptr %.2, ptr %.3, ptr %.4, i64 3, i64 3, i64 %.11)
  call void @PyEval_RestoreThread(ptr %.10)
  call void @numba_gil_release(ptr nonnull %.7)
  ret void
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyEval_SaveThread() local_unnamed_addr

declare i64 @get_num_threads() local_unnamed_addr

declare void @numba_parallel_for(ptr, ptr, ptr, ptr, ptr, i64, i64, i64) local_unnamed_addr

declare void @PyEval_RestoreThread(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr %args, ptr %dims, ptr %steps, ptr %data) {
entry:
  %loopcount = load i64, ptr %dims, align 8
  %.10 = getelementptr i8, ptr %dims, i64 24
  %.11 = load i64, ptr %.10, align 8
  %data.1 = load ptr, ptr %args, align 8
  %.12 = load i64, ptr %steps, align 8
  %core.step.ptr.1 = getelementptr i8, ptr %steps, i64 8
  %.14 = load i64, ptr %core.step.ptr.1, align 8
  %data.ptr.2 = getelementptr i8, ptr %args, i64 16
  %data.3 = load ptr, ptr %data.ptr.2, align 8
  %core.step.ptr.2 = getelementptr i8, ptr %steps, i64 16
  %.16 = load i64, ptr %core.step.ptr.2, align 8
  %.1922 = icmp sgt i64 %loopcount, 0
  br i1 %.1922, label %for.body.preheader, label %common.ret

for.body.preheader:                               ; preds = %entry
  %data.ptr.1 = getelementptr i8, ptr %args, i64 8
  %data.2 = load ptr, ptr %data.ptr.1, align 8
  %scevgep6 = getelementptr i8, ptr %data.2, i64 32
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %.continue, %for.body.preheader
  %lsr.iv7 = phi ptr [ %scevgep6, %for.body.preheader ], [ %scevgep8, %.continue ]
  %lsr.iv3 = phi ptr [ %data.2, %for.body.preheader ], [ %scevgep, %.continue ]
  %loop.index23 = phi i64 [ 0, %for.body.preheader ], [ %.178, %.continue ]
  %.24 = mul i64 %loop.index23, %.12
  %.25 = getelementptr i8, ptr %data.1, i64 %.24
  %.78 = mul i64 %loop.index23, %.16
  %.79 = getelementptr i8, ptr %data.3, i64 %.78
  tail call void @llvm.experimental.noalias.scope.decl(metadata !0)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  %.73.i = tail call i64 @get_thread_id(), !noalias !7
  %.93.i = icmp slt i64 %.73.i, 0
  %.94.i = select i1 %.93.i, i64 %.11, i64 0
  %0 = getelementptr double, ptr %.79, i64 %.73.i
  %.108.i = getelementptr double, ptr %0, i64 %.94.i
  %.109.i = load double, ptr %.108.i, align 8, !alias.scope !5, !noalias !9
  %.149.i = load i64, ptr %.25, align 8, !alias.scope !0, !noalias !10
  %.187.i = getelementptr i8, ptr %.25, i64 8
  %.188.i = load i64, ptr %.187.i, align 8, !alias.scope !0, !noalias !10
  %reass.sub.i = sub i64 %.188.i, %.149.i
  %.326155161.i = icmp ult i64 %reass.sub.i, 9223372036854775807
  br i1 %.326155161.i, label %B212.preheader.i, label %.continue

B212.preheader.i:                                 ; preds = %for.body
  %.279.i = add nuw nsw i64 %reass.sub.i, 1
  %xtraiter.i = and i64 %.279.i, 7
  %lcmp.mod.not.i = icmp eq i64 %xtraiter.i, 0
  br i1 %lcmp.mod.not.i, label %B212.prol.loopexit.i, label %B212.prol.i.preheader

B212.prol.i.preheader:                            ; preds = %B212.preheader.i
  %1 = shl i64 %.149.i, 3
  %scevgep4 = getelementptr i8, ptr %lsr.iv3, i64 %1
  br label %B212.prol.i

B212.prol.i:                                      ; preds = %B212.prol.i, %B212.prol.i.preheader
  %lsr.iv = phi i64 [ 0, %B212.prol.i.preheader ], [ %lsr.iv.next, %B212.prol.i ]
  %s_2.0158.prol.i = phi double [ %.109.i, %B212.prol.i.preheader ], [ %.409.prol.i, %B212.prol.i ]
  %2 = shl nuw nsw i64 %lsr.iv, 3
  %scevgep5 = getelementptr i8, ptr %scevgep4, i64 %2
  %.401.prol.i = load double, ptr %scevgep5, align 8, !alias.scope !3, !noalias !11
  %.409.prol.i = fadd double %s_2.0158.prol.i, %.401.prol.i
  %lsr.iv.next = add nuw nsw i64 %lsr.iv, 1
  %prol.iter.cmp.not.i = icmp eq i64 %xtraiter.i, %lsr.iv.next
  br i1 %prol.iter.cmp.not.i, label %B212.prol.loopexit.loopexit.i, label %B212.prol.i, !llvm.loop !12

B212.prol.loopexit.loopexit.i:                    ; preds = %B212.prol.i
  %3 = add i64 %xtraiter.i, %.149.i
  %.neg2 = add i64 %.188.i, 1
  %4 = sub i64 %.neg2, %3
  br label %B212.prol.loopexit.i

B212.prol.loopexit.i:                             ; preds = %B212.prol.loopexit.loopexit.i, %B212.preheader.i
  %s_2.0158.unr.i = phi double [ %.109.i, %B212.preheader.i ], [ %.409.prol.i, %B212.prol.loopexit.loopexit.i ]
  %.325153157.unr.i = phi i64 [ %.279.i, %B212.preheader.i ], [ %4, %B212.prol.loopexit.loopexit.i ]
  %.332154156.unr.i = phi i64 [ %.149.i, %B212.preheader.i ], [ %3, %B212.prol.loopexit.loopexit.i ]
  %.409.lcssa.unr.i = phi double [ poison, %B212.preheader.i ], [ %.409.prol.i, %B212.prol.loopexit.loopexit.i ]
  %5 = icmp samesign ult i64 %reass.sub.i, 7
  br i1 %5, label %.continue, label %B212.preheader1.i

B212.preheader1.i:                                ; preds = %B212.prol.loopexit.i
  %6 = add i64 %.325153157.unr.i, 8
  %7 = shl i64 %.332154156.unr.i, 3
  %scevgep9 = getelementptr i8, ptr %lsr.iv7, i64 %7
  br label %B212.i

B212.i:                                           ; preds = %B212.i, %B212.preheader1.i
  %lsr.iv10 = phi ptr [ %scevgep11, %B212.i ], [ %scevgep9, %B212.preheader1.i ]
  %lsr.iv.i = phi i64 [ %lsr.iv.next.i, %B212.i ], [ %6, %B212.preheader1.i ]
  %s_2.0158.i = phi double [ %.409.7.i, %B212.i ], [ %s_2.0158.unr.i, %B212.preheader1.i ]
  %scevgep12 = getelementptr i8, ptr %lsr.iv10, i64 24
  %scevgep14 = getelementptr i8, ptr %lsr.iv10, i64 -32
  %.401.i = load double, ptr %scevgep14, align 8, !alias.scope !3, !noalias !11
  %.409.i = fadd double %s_2.0158.i, %.401.i
  %scevgep15 = getelementptr i8, ptr %lsr.iv10, i64 -24
  %.401.1.i = load double, ptr %scevgep15, align 8, !alias.scope !3, !noalias !11
  %.409.1.i = fadd double %.409.i, %.401.1.i
  %scevgep16 = getelementptr i8, ptr %lsr.iv10, i64 -16
  %.401.2.i = load double, ptr %scevgep16, align 8, !alias.scope !3, !noalias !11
  %.409.2.i = fadd double %.409.1.i, %.401.2.i
  %scevgep17 = getelementptr i8, ptr %lsr.iv10, i64 -8
  %.401.3.i = load double, ptr %scevgep17, align 8, !alias.scope !3, !noalias !11
  %.409.3.i = fadd double %.409.2.i, %.401.3.i
  %.401.4.i = load double, ptr %lsr.iv10, align 8, !alias.scope !3, !noalias !11
  %.409.4.i = fadd double %.409.3.i, %.401.4.i
  %scevgep18 = getelementptr i8, ptr %lsr.iv10, i64 8
  %.401.5.i = load double, ptr %scevgep18, align 8, !alias.scope !3, !noalias !11
  %.409.5.i = fadd double %.409.4.i, %.401.5.i
  %scevgep13 = getelementptr i8, ptr %lsr.iv10, i64 16
  %.401.6.i = load double, ptr %scevgep13, align 8, !alias.scope !3, !noalias !11
  %.409.6.i = fadd double %.409.5.i, %.401.6.i
  %.401.7.i = load double, ptr %scevgep12, align 8, !alias.scope !3, !noalias !11
  %.409.7.i = fadd double %.409.6.i, %.401.7.i
  %lsr.iv.next.i = add i64 %lsr.iv.i, -8
  %scevgep11 = getelementptr i8, ptr %lsr.iv10, i64 64
  %.326.7.i = icmp sgt i64 %lsr.iv.next.i, 8
  br i1 %.326.7.i, label %B212.i, label %.continue

.continue:                                        ; preds = %B212.i, %B212.prol.loopexit.i, %for.body
  %s_2.0.lcssa.i = phi double [ %.109.i, %for.body ], [ %.409.lcssa.unr.i, %B212.prol.loopexit.i ], [ %.409.7.i, %B212.i ]
  %sunkaddr.i = shl i64 %.94.i, 3
  %sunkaddr14.i = getelementptr inbounds i8, ptr %0, i64 %sunkaddr.i
  store double %s_2.0.lcssa.i, ptr %sunkaddr14.i, align 8, !alias.scope !5, !noalias !9
  %.178 = add nuw nsw i64 %loop.index23, 1
  %scevgep = getelementptr i8, ptr %lsr.iv3, i64 %.14
  %scevgep8 = getelementptr i8, ptr %lsr.iv7, i64 %.14
  %exitcond.not = icmp eq i64 %.178, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #0

declare i64 @get_thread_id() local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!2 = distinct !{!2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!5 = !{!6}
!6 = distinct !{!6, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.s_2__arr.4"}
!7 = !{!8, !1, !4, !6}
!8 = distinct !{!8, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!9 = !{!8, !1, !4}
!10 = !{!8, !4, !6}
!11 = !{!8, !1, !6}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.unroll.disable"}
