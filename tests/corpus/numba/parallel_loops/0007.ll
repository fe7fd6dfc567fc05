; ModuleID = 'parallelgufuncwrapper'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null

define void @.kernel.139898003643072___gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8** %.1, i64* %.2, i64* %.3, i8* %.4) local_unnamed_addr {
.6:
  %.7 = alloca i32, align 4
  store i32 0, i32* %.7, align 4
  call void @numba_gil_ensure(i32* nonnull %.7)
  %.10 = call i8* @PyEval_SaveThread()
  %.11 = call i64 @get_num_threads()
  %.13 = bitcast i8** %.1 to i8*
  %.14 = bitcast i64* %.2 to i8*
  %.15 = bitcast i64* %.3 to i8*
  call void @numba_parallel_for(i8* bitcast (void (i8**, i64*, i64*, i8*)* @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE to i8*), i8* %.13, i8* %.14, i8* %.15, i8* %.4, i64 3, i64 3, i64 %.11)
  call void @PyEval_RestoreThread(i8* %.10)
  call void @numba_gil_release(i32* nonnull %.7)
  ret void
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyEval_SaveThread() local_unnamed_addr

declare i64 @get_num_threads() local_unnamed_addr

declare void @numba_parallel_for(i8*, i8*, i8*, i8*, i8*, i64, i64, i64) local_unnamed_addr

declare void @PyEval_RestoreThread(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8** %args, i64* %dims, i64* %steps, i8* %data) {
entry:
  %loopcount = load i64, i64* %dims, align 8
  %.10 = getelementptr i64, i64* %dims, i64 3
  %.11 = load i64, i64* %.10, align 8
  %.12 = load i64, i64* %steps, align 8
  %core.step.ptr.1 = getelementptr i64, i64* %steps, i64 1
  %.14 = load i64, i64* %core.step.ptr.1, align 8
  %core.step.ptr.2 = getelementptr i64, i64* %steps, i64 2
  %.16 = load i64, i64* %core.step.ptr.2, align 8
  %.191 = icmp sgt i64 %loopcount, 0
  br i1 %.191, label %for.body.preheader, label %common.ret

for.body.preheader:                               ; preds = %entry
  %data.ptr.2 = getelementptr i8*, i8** %args, i64 2
  %data.3 = load i8*, i8** %data.ptr.2, align 8
  %data.ptr.1 = getelementptr i8*, i8** %args, i64 1
  %data.2 = load i8*, i8** %data.ptr.1, align 8
  %data.1 = load i8*, i8** %args, align 8
  %0 = ptrtoint i8* %data.3 to i64
  %1 = ptrtoint i8* %data.2 to i64
  %2 = ptrtoint i8* %data.1 to i64
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %.continue, %for.body.preheader
  %loop.index2 = phi i64 [ %.184, %.continue ], [ 0, %for.body.preheader ]
  %.24 = mul i64 %loop.index2, %.12
  %.26 = add i64 %.24, %2
  %.32 = inttoptr i64 %.26 to i64*
  %.53 = mul i64 %loop.index2, %.14
  %.55 = add i64 %.53, %1
  %.82 = mul i64 %loop.index2, %.16
  %.84 = add i64 %.82, %0
  %.90 = inttoptr i64 %.84 to double*
  tail call void @llvm.experimental.noalias.scope.decl(metadata !0)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  %.73.i = tail call i64 @get_thread_id(), !noalias !7
  %.93.i = icmp slt i64 %.73.i, 0
  %.94.i = select i1 %.93.i, i64 %.11, i64 0
  %.95.i = add i64 %.94.i, %.73.i
  %.108.i = getelementptr double, double* %.90, i64 %.95.i
  %.109.i = load double, double* %.108.i, align 8, !alias.scope !5, !noalias !9
  %.149.i = load i64, i64* %.32, align 8, !alias.scope !0, !noalias !10
  %.187.i = getelementptr i64, i64* %.32, i64 1
  %.188.i = load i64, i64* %.187.i, align 8, !alias.scope !0, !noalias !10
  %.223.i = sub i64 1, %.149.i
  %.279.i = add i64 %.223.i, %.188.i
  %.280.inv.i = icmp sgt i64 %.279.i, 0
  br i1 %.280.inv.i, label %B212.preheader.i, label %.continue

B212.preheader.i:                                 ; preds = %for.body
  %3 = sub i64 %.188.i, %.149.i
  %xtraiter.i = and i64 %.279.i, 7
  %lcmp.mod.not.i = icmp eq i64 %xtraiter.i, 0
  br i1 %lcmp.mod.not.i, label %B212.prol.loopexit.i, label %B212.prol.i.preheader

B212.prol.i.preheader:                            ; preds = %B212.preheader.i
  %4 = inttoptr i64 %.55 to double*
  %scevgep = getelementptr double, double* %4, i64 %.149.i
  br label %B212.prol.i

B212.prol.i:                                      ; preds = %B212.prol.i, %B212.prol.i.preheader
  %lsr.iv = phi i64 [ 0, %B212.prol.i.preheader ], [ %lsr.iv.next, %B212.prol.i ]
  %s_2.05.prol.i = phi double [ %.109.i, %B212.prol.i.preheader ], [ %.409.prol.i, %B212.prol.i ]
  %scevgep3 = getelementptr double, double* %scevgep, i64 %lsr.iv
  %.401.prol.i = load double, double* %scevgep3, align 8, !alias.scope !3, !noalias !11
  %.409.prol.i = fadd double %s_2.05.prol.i, %.401.prol.i
  %lsr.iv.next = add nuw nsw i64 %lsr.iv, 1
  %prol.iter.cmp.not.i = icmp eq i64 %xtraiter.i, %lsr.iv.next
  br i1 %prol.iter.cmp.not.i, label %B212.prol.loopexit.loopexit.i, label %B212.prol.i, !llvm.loop !12

B212.prol.loopexit.loopexit.i:                    ; preds = %B212.prol.i
  %5 = add i64 %xtraiter.i, %.149.i
  %6 = add i64 %.188.i, 1
  %7 = sub i64 %6, %5
  br label %B212.prol.loopexit.i

B212.prol.loopexit.i:                             ; preds = %B212.prol.loopexit.loopexit.i, %B212.preheader.i
  %s_2.05.unr.i = phi double [ %.109.i, %B212.preheader.i ], [ %.409.prol.i, %B212.prol.loopexit.loopexit.i ]
  %.3254.unr.i = phi i64 [ %.279.i, %B212.preheader.i ], [ %7, %B212.prol.loopexit.loopexit.i ]
  %.266.03.unr.i = phi i64 [ %.149.i, %B212.preheader.i ], [ %5, %B212.prol.loopexit.loopexit.i ]
  %.409.lcssa.unr.i = phi double [ undef, %B212.preheader.i ], [ %.409.prol.i, %B212.prol.loopexit.loopexit.i ]
  %8 = icmp ult i64 %3, 7
  br i1 %8, label %.continue, label %B212.preheader6.i

B212.preheader6.i:                                ; preds = %B212.prol.loopexit.i
  %9 = inttoptr i64 %.55 to double*
  %10 = add i64 %.3254.unr.i, -1
  %11 = add i64 %.266.03.unr.i, 7
  %scevgep.i = getelementptr double, double* %9, i64 %11
  br label %B212.i

B212.i:                                           ; preds = %B212.i, %B212.preheader6.i
  %lsr.iv7.i = phi double* [ %scevgep.i, %B212.preheader6.i ], [ %scevgep8.i, %B212.i ]
  %lsr.iv.i = phi i64 [ %10, %B212.preheader6.i ], [ %lsr.iv.next.i, %B212.i ]
  %s_2.05.i = phi double [ %s_2.05.unr.i, %B212.preheader6.i ], [ %.409.7.i, %B212.i ]
  %scevgep10 = getelementptr double, double* %lsr.iv7.i, i64 -7
  %.401.i = load double, double* %scevgep10, align 8, !alias.scope !3, !noalias !11
  %.409.i = fadd double %s_2.05.i, %.401.i
  %scevgep9 = getelementptr double, double* %lsr.iv7.i, i64 -6
  %.401.1.i = load double, double* %scevgep9, align 8, !alias.scope !3, !noalias !11
  %.409.1.i = fadd double %.409.i, %.401.1.i
  %scevgep8 = getelementptr double, double* %lsr.iv7.i, i64 -5
  %.401.2.i = load double, double* %scevgep8, align 8, !alias.scope !3, !noalias !11
  %.409.2.i = fadd double %.409.1.i, %.401.2.i
  %scevgep7 = getelementptr double, double* %lsr.iv7.i, i64 -4
  %.401.3.i = load double, double* %scevgep7, align 8, !alias.scope !3, !noalias !11
  %.409.3.i = fadd double %.409.2.i, %.401.3.i
  %scevgep6 = getelementptr double, double* %lsr.iv7.i, i64 -3
  %.401.4.i = load double, double* %scevgep6, align 8, !alias.scope !3, !noalias !11
  %.409.4.i = fadd double %.409.3.i, %.401.4.i
  %scevgep5 = getelementptr double, double* %lsr.iv7.i, i64 -2
  %.401.5.i = load double, double* %scevgep5, align 8, !alias.scope !3, !noalias !11
  %.409.5.i = fadd double %.409.4.i, %.401.5.i
  %scevgep4 = getelementptr double, double* %lsr.iv7.i, i64 -1
  %.401.6.i = load double, double* %scevgep4, align 8, !alias.scope !3, !noalias !11
  %.409.6.i = fadd double %.409.5.i, %.401.6.i
  %.401.7.i = load double, double* %lsr.iv7.i, align 8, !alias.scope !3, !noalias !11
  %.409.7.i = fadd double %.409.6.i, %.401.7.i
  %lsr.iv.next.i = add i64 %lsr.iv.i, -8
  %scevgep8.i = getelementptr double, double* %lsr.iv7.i, i64 8
  %.326.7.i = icmp ult i64 %lsr.iv.next.i, -2
  br i1 %.326.7.i, label %B212.i, label %.continue

.continue:                                        ; preds = %B212.i, %B212.prol.loopexit.i, %for.body
  %s_2.0.lcssa.i = phi double [ %.109.i, %for.body ], [ %.409.lcssa.unr.i, %B212.prol.loopexit.i ], [ %.409.7.i, %B212.i ]
  %sunkaddr = shl i64 %.95.i, 3
  %12 = inttoptr i64 %.84 to i8*
  %sunkaddr11 = getelementptr inbounds i8, i8* %12, i64 %sunkaddr
  %13 = bitcast i8* %sunkaddr11 to double*
  store double %s_2.0.lcssa.i, double* %13, align 8, !alias.scope !5, !noalias !9
  %.184 = add nuw nsw i64 %loop.index2, 1
  %exitcond.not = icmp eq i64 %.184, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

; Function Attrs: inaccessiblememonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.experimental.noalias.scope.decl(metadata) #0

declare i64 @get_thread_id() local_unnamed_addr

attributes #0 = { inaccessiblememonly mustprogress nofree nosync nounwind willreturn }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!2 = distinct !{!2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!5 = !{!6}
!6 = distinct !{!6, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.s_2__arr.4"}
!7 = !{!8, !1, !4, !6}
!8 = distinct !{!8, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!9 = !{!8, !1, !4}
!10 = !{!8, !4, !6}
!11 = !{!8, !1, !6}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.unroll.disable"}
