; ModuleID = '<numba.np.ufunc.wrappers._GufuncWrapper object at 0x7f2d3e16b610>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr %args, ptr %dims, ptr %steps, ptr %data) local_unnamed_addr {
entry:
  %loopcount = load i64, ptr %dims, align 8
  %.10 = getelementptr i8, ptr %dims, i64 24
  %.11 = load i64, ptr %.10, align 8
  %data.1 = load ptr, ptr %args, align 8
  %.12 = load i64, ptr %steps, align 8
  %data.ptr.1 = getelementptr i8, ptr %args, i64 8
  %data.2 = load ptr, ptr %data.ptr.1, align 8
  %core.step.ptr.1 = getelementptr i8, ptr %steps, i64 8
  %.14 = load i64, ptr %core.step.ptr.1, align 8
  %data.ptr.2 = getelementptr i8, ptr %args, i64 16
  %data.3 = load ptr, ptr %data.ptr.2, align 8
  %core.step.ptr.2 = getelementptr i8, ptr %steps, i64 16
  %.16 = load i64, ptr %core.step.ptr.2, align 8
  %.1922 = icmp sgt i64 %loopcount, 0
  br i1 %.1922, label %for.body, label %common.ret

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %entry, %.continue
  %loop.index23 = phi i64 [ %.178, %.continue ], [ 0, %entry ]
  %.24 = mul i64 %loop.index23, %.12
  %.25 = getelementptr i8, ptr %data.1, i64 %.24
  %.51 = mul i64 %loop.index23, %.14
  %.52 = getelementptr i8, ptr %data.2, i64 %.51
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
  br i1 %lcmp.mod.not.i, label %B212.prol.loopexit.i, label %B212.prol.i

B212.prol.i:                                      ; preds = %B212.preheader.i, %B212.prol.i
  %lsr.iv12.i = phi i64 [ %lsr.iv.next13.i, %B212.prol.i ], [ %xtraiter.i, %B212.preheader.i ]
  %s_2.0158.prol.i = phi double [ %.409.prol.i, %B212.prol.i ], [ %.109.i, %B212.preheader.i ]
  %.332154156.prol.i = phi i64 [ %.339.prol.i, %B212.prol.i ], [ %.149.i, %B212.preheader.i ]
  %.339.prol.i = add i64 %.332154156.prol.i, 1
  %1 = shl i64 %.332154156.prol.i, 3
  %scevgep11.i = getelementptr i8, ptr %.52, i64 %1
  %.401.prol.i = load double, ptr %scevgep11.i, align 8, !alias.scope !3, !noalias !11
  %.409.prol.i = fadd double %s_2.0158.prol.i, %.401.prol.i
  %lsr.iv.next13.i = add nsw i64 %lsr.iv12.i, -1
  %prol.iter.cmp.not.i = icmp eq i64 %lsr.iv.next13.i, 0
  br i1 %prol.iter.cmp.not.i, label %B212.prol.loopexit.loopexit.i, label %B212.prol.i, !llvm.loop !12

B212.prol.loopexit.loopexit.i:                    ; preds = %B212.prol.i
  %2 = add i64 %xtraiter.i, %.149.i
  %.neg2 = add i64 %.188.i, 1
  %3 = sub i64 %.neg2, %2
  br label %B212.prol.loopexit.i

B212.prol.loopexit.i:                             ; preds = %B212.prol.loopexit.loopexit.i, %B212.preheader.i
  %s_2.0158.unr.i = phi double [ %.109.i, %B212.preheader.i ], [ %.409.prol.i, %B212.prol.loopexit.loopexit.i ]
  %.325153157.unr.i = phi i64 [ %.279.i, %B212.preheader.i ], [ %3, %B212.prol.loopexit.loopexit.i ]
  %.332154156.unr.i = phi i64 [ %.149.i, %B212.preheader.i ], [ %2, %B212.prol.loopexit.loopexit.i ]
  %.409.lcssa.unr.i = phi double [ poison, %B212.preheader.i ], [ %.409.prol.i, %B212.prol.loopexit.loopexit.i ]
  %4 = icmp samesign ult i64 %reass.sub.i, 7
  br i1 %4, label %.continue, label %B212.preheader1.i

B212.preheader1.i:                                ; preds = %B212.prol.loopexit.i
  %5 = add i64 %.325153157.unr.i, 8
  %6 = shl i64 %.332154156.unr.i, 3
  %7 = getelementptr i8, ptr %.52, i64 %6
  %scevgep.i = getelementptr i8, ptr %7, i64 56
  br label %B212.i

B212.i:                                           ; preds = %B212.i, %B212.preheader1.i
  %lsr.iv2.i = phi ptr [ %scevgep.i, %B212.preheader1.i ], [ %scevgep3.i, %B212.i ]
  %lsr.iv.i = phi i64 [ %5, %B212.preheader1.i ], [ %lsr.iv.next.i, %B212.i ]
  %s_2.0158.i = phi double [ %s_2.0158.unr.i, %B212.preheader1.i ], [ %.409.7.i, %B212.i ]
  %scevgep10.i = getelementptr i8, ptr %lsr.iv2.i, i64 -56
  %.401.i = load double, ptr %scevgep10.i, align 8, !alias.scope !3, !noalias !11
  %.409.i = fadd double %s_2.0158.i, %.401.i
  %scevgep9.i = getelementptr i8, ptr %lsr.iv2.i, i64 -48
  %.401.1.i = load double, ptr %scevgep9.i, align 8, !alias.scope !3, !noalias !11
  %.409.1.i = fadd double %.409.i, %.401.1.i
  %scevgep8.i = getelementptr i8, ptr %lsr.iv2.i, i64 -40
  %.401.2.i = load double, ptr %scevgep8.i, align 8, !alias.scope !3, !noalias !11
  %.409.2.i = fadd double %.409.1.i, %.401.2.i
  %scevgep7.i = getelementptr i8, ptr %lsr.iv2.i, i64 -32
  %.401.3.i = load double, ptr %scevgep7.i, align 8, !alias.scope !3, !noalias !11
  %.409.3.i = fadd double %.409.2.i, %.401.3.i
  %scevgep6.i = getelementptr i8, ptr %lsr.iv2.i, i64 -24
  %.401.4.i = load double, ptr %scevgep6.i, align 8, !alias.scope !3, !noalias !11
  %.409.4.i = fadd double %.409.3.i, %.401.4.i
  %scevgep5.i = getelementptr i8, ptr %lsr.iv2.i, i64 -16
  %.401.5.i = load double, ptr %scevgep5.i, align 8, !alias.scope !3, !noalias !11
  %.409.5.i = fadd double %.409.4.i, %.401.5.i
  %scevgep4.i = getelementptr i8, ptr %lsr.iv2.i, i64 -8
  %.401.6.i = load double, ptr %scevgep4.i, align 8, !alias.scope !3, !noalias !11
  %.409.6.i = fadd double %.409.5.i, %.401.6.i
  %.401.7.i = load double, ptr %lsr.iv2.i, align 8, !alias.scope !3, !noalias !11
  %.409.7.i = fadd double %.409.6.i, %.401.7.i
  %lsr.iv.next.i = add i64 %lsr.iv.i, -8
  %scevgep3.i = getelementptr i8, ptr %lsr.iv2.i, i64 64
  %.326.7.i = icmp sgt i64 %lsr.iv.next.i, 8
  br i1 %.326.7.i, label %B212.i, label %.continue

.continue:                                        ; preds = %B212.i, %B212.prol.loopexit.i, %for.body
  %s_2.0.lcssa.i = phi double [ %.109.i, %for.body ], [ %.409.lcssa.unr.i, %B212.prol.loopexit.i ], [ %.409.7.i, %B212.i ]
  %sunkaddr.i = shl i64 %.94.i, 3
  %sunkaddr14.i = getelementptr inbounds i8, ptr %0, i64 %sunkaddr.i
  store double %s_2.0.lcssa.i, ptr %sunkaddr14.i, align 8, !alias.scope !5, !noalias !9
  %.178 = add nuw nsw i64 %loop.index23, 1
  %exitcond.not = icmp eq i64 %.178, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

declare i64 @get_thread_id() local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #0

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

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
