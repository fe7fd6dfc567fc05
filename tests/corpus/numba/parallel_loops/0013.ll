; ModuleID = 'parallelgufuncwrapper'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null

define void @.kernel.139898002400768___gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8** %.1, i64* %.2, i64* %.3, i8* %.4) local_unnamed_addr {
.6:
  %.7 = alloca i32, align 4
  store i32 0, i32* %.7, align 4
  call void @numba_gil_ensure(i32* nonnull %.7)
  %.10 = call i8* @PyEval_SaveThread()
  %.11 = call i64 @get_num_threads()
  %.13 = bitcast i8** %.1 to i8*
  %.14 = bitcast i64* %.2 to i8*
  %.15 = bitcast i64* %.3 to i8*
  call void @numba_parallel_for(i8* bitcast (void (i8**, i64*, i64*, i8*)* @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE to i8*), i8* %.13, i8* %.14, i8* %.15, i8* %.4, i64 2, i64 4, i64 %.11)
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

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8** %args, i64* %dims, i64* %steps, i8* %data) {
entry:
  %loopcount = load i64, i64* %dims, align 8
  %.10 = load i64, i64* %steps, align 8
  %core.step.ptr.1 = getelementptr i64, i64* %steps, i64 1
  %.12 = load i64, i64* %core.step.ptr.1, align 8
  %data.ptr.2 = getelementptr i8*, i8** %args, i64 2
  %data.3 = load i8*, i8** %data.ptr.2, align 8
  %core.step.ptr.2 = getelementptr i64, i64* %steps, i64 2
  %.14 = load i64, i64* %core.step.ptr.2, align 8
  %core.step.ptr.3 = getelementptr i64, i64* %steps, i64 3
  %.15 = load i64, i64* %core.step.ptr.3, align 8
  %.181 = icmp sgt i64 %loopcount, 0
  br i1 %.181, label %for.body.preheader, label %common.ret

for.body.preheader:                               ; preds = %entry
  %data.ptr.3 = getelementptr i8*, i8** %args, i64 3
  %data.4 = load i8*, i8** %data.ptr.3, align 8
  %data.ptr.1 = getelementptr i8*, i8** %args, i64 1
  %data.2 = load i8*, i8** %data.ptr.1, align 8
  %data.1 = load i8*, i8** %args, align 8
  %0 = ptrtoint i8* %data.4 to i64
  %1 = ptrtoint i8* %data.2 to i64
  %2 = ptrtoint i8* %data.1 to i64
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %.continue, %for.body.preheader
  %loop.index2 = phi i64 [ %.187, %.continue ], [ 0, %for.body.preheader ]
  %.23 = mul i64 %loop.index2, %.10
  %.25 = add i64 %.23, %2
  %.31 = inttoptr i64 %.25 to i64*
  %.52 = mul i64 %loop.index2, %.12
  %.54 = add i64 %.52, %1
  %.78 = mul i64 %loop.index2, %.14
  %.79 = getelementptr i8, i8* %data.3, i64 %.78
  %.80 = bitcast i8* %.79 to double*
  %.81 = load double, double* %.80, align 8
  %.85 = mul i64 %loop.index2, %.15
  %.87 = add i64 %.85, %0
  tail call void @llvm.experimental.noalias.scope.decl(metadata !0)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  %.85.i = load i64, i64* %.31, align 8, !alias.scope !0, !noalias !7
  %.123.i = getelementptr i64, i64* %.31, i64 1
  %.124.i = load i64, i64* %.123.i, align 8, !alias.scope !0, !noalias !7
  %.159.i = sub i64 1, %.85.i
  %.215.i = add i64 %.159.i, %.124.i
  %.216.inv.i = icmp sgt i64 %.215.i, 0
  br i1 %.216.inv.i, label %B116.preheader.i, label %.continue

B116.preheader.i:                                 ; preds = %for.body
  %min.iters.check.i = icmp ult i64 %.215.i, 8
  br i1 %min.iters.check.i, label %B116.preheader11.i, label %vector.ph.i

vector.ph.i:                                      ; preds = %B116.preheader.i
  %n.vec.i = and i64 %.215.i, -8
  %ind.end.i = and i64 %.215.i, 7
  %ind.end6.i = add i64 %n.vec.i, %.85.i
  %broadcast.splatinsert.i = insertelement <4 x double> poison, double %.81, i64 0
  %broadcast.splat.i = shufflevector <4 x double> %broadcast.splatinsert.i, <4 x double> poison, <4 x i32> zeroinitializer
  %3 = add nsw i64 %n.vec.i, -8
  %4 = lshr exact i64 %3, 3
  %5 = add nuw nsw i64 %4, 1
  %xtraiter.i = and i64 %5, 3
  %6 = icmp ult i64 %3, 24
  br i1 %6, label %middle.block.unr-lcssa.i, label %vector.ph.new.i

vector.ph.new.i:                                  ; preds = %vector.ph.i
  %7 = inttoptr i64 %.87 to double*
  %8 = inttoptr i64 %.54 to double*
  %9 = add i64 %.85.i, 28
  %scevgep34.i = getelementptr double, double* %7, i64 %9
  %scevgep58.i = getelementptr double, double* %8, i64 %9
  %10 = lshr i64 %5, 2
  %11 = mul nsw i64 %10, -4
  %scevgep46 = getelementptr double, double* %8, i64 %.85.i
  %scevgep42 = getelementptr double, double* %scevgep58.i, i64 -24
  %scevgep22 = getelementptr double, double* %7, i64 %.85.i
  %scevgep19 = getelementptr double, double* %scevgep34.i, i64 -24
  %scevgep39 = getelementptr double, double* %scevgep58.i, i64 -20
  %scevgep36 = getelementptr double, double* %scevgep58.i, i64 -16
  %scevgep16 = getelementptr double, double* %scevgep34.i, i64 -20
  %scevgep13 = getelementptr double, double* %scevgep34.i, i64 -16
  %scevgep33 = getelementptr double, double* %scevgep58.i, i64 -12
  %scevgep30 = getelementptr double, double* %scevgep58.i, i64 -8
  %scevgep10 = getelementptr double, double* %scevgep34.i, i64 -12
  %scevgep7 = getelementptr double, double* %scevgep34.i, i64 -8
  %scevgep27 = getelementptr double, double* %scevgep58.i, i64 -4
  %scevgep4 = getelementptr double, double* %scevgep34.i, i64 -4
  br label %vector.body.i

vector.body.i:                                    ; preds = %vector.body.i, %vector.ph.new.i
  %lsr.iv = phi i64 [ %lsr.iv.next, %vector.body.i ], [ %11, %vector.ph.new.i ]
  %index.i = phi i64 [ %index.next.3.i, %vector.body.i ], [ 0, %vector.ph.new.i ]
  %scevgep48 = getelementptr double, double* %scevgep46, i64 %index.i
  %12 = bitcast double* %scevgep48 to <4 x double>*
  %wide.load.i = load <4 x double>, <4 x double>* %12, align 8, !alias.scope !3, !noalias !9
  %scevgep44 = getelementptr double, double* %scevgep42, i64 %index.i
  %13 = bitcast double* %scevgep44 to <4 x double>*
  %wide.load8.i = load <4 x double>, <4 x double>* %13, align 8, !alias.scope !3, !noalias !9
  %14 = fmul <4 x double> %broadcast.splat.i, %wide.load.i
  %15 = fmul <4 x double> %broadcast.splat.i, %wide.load8.i
  %scevgep24 = getelementptr double, double* %scevgep22, i64 %index.i
  %16 = bitcast double* %scevgep24 to <4 x double>*
  store <4 x double> %14, <4 x double>* %16, align 8, !alias.scope !5, !noalias !10
  %scevgep21 = getelementptr double, double* %scevgep19, i64 %index.i
  %17 = bitcast double* %scevgep21 to <4 x double>*
  store <4 x double> %15, <4 x double>* %17, align 8, !alias.scope !5, !noalias !10
  %scevgep41 = getelementptr double, double* %scevgep39, i64 %index.i
  %18 = bitcast double* %scevgep41 to <4 x double>*
  %wide.load.1.i = load <4 x double>, <4 x double>* %18, align 8, !alias.scope !3, !noalias !9
  %scevgep38 = getelementptr double, double* %scevgep36, i64 %index.i
  %19 = bitcast double* %scevgep38 to <4 x double>*
  %wide.load8.1.i = load <4 x double>, <4 x double>* %19, align 8, !alias.scope !3, !noalias !9
  %20 = fmul <4 x double> %broadcast.splat.i, %wide.load.1.i
  %21 = fmul <4 x double> %broadcast.splat.i, %wide.load8.1.i
  %scevgep18 = getelementptr double, double* %scevgep16, i64 %index.i
  %22 = bitcast double* %scevgep18 to <4 x double>*
  store <4 x double> %20, <4 x double>* %22, align 8, !alias.scope !5, !noalias !10
  %scevgep15 = getelementptr double, double* %scevgep13, i64 %index.i
  %23 = bitcast double* %scevgep15 to <4 x double>*
  store <4 x double> %21, <4 x double>* %23, align 8, !alias.scope !5, !noalias !10
  %scevgep35 = getelementptr double, double* %scevgep33, i64 %index.i
  %24 = bitcast double* %scevgep35 to <4 x double>*
  %wide.load.2.i = load <4 x double>, <4 x double>* %24, align 8, !alias.scope !3, !noalias !9
  %scevgep32 = getelementptr double, double* %scevgep30, i64 %index.i
  %25 = bitcast double* %scevgep32 to <4 x double>*
  %wide.load8.2.i = load <4 x double>, <4 x double>* %25, align 8, !alias.scope !3, !noalias !9
  %26 = fmul <4 x double> %broadcast.splat.i, %wide.load.2.i
  %27 = fmul <4 x double> %broadcast.splat.i, %wide.load8.2.i
  %scevgep12 = getelementptr double, double* %scevgep10, i64 %index.i
  %28 = bitcast double* %scevgep12 to <4 x double>*
  store <4 x double> %26, <4 x double>* %28, align 8, !alias.scope !5, !noalias !10
  %scevgep9 = getelementptr double, double* %scevgep7, i64 %index.i
  %29 = bitcast double* %scevgep9 to <4 x double>*
  store <4 x double> %27, <4 x double>* %29, align 8, !alias.scope !5, !noalias !10
  %scevgep29 = getelementptr double, double* %scevgep27, i64 %index.i
  %30 = bitcast double* %scevgep29 to <4 x double>*
  %wide.load.3.i = load <4 x double>, <4 x double>* %30, align 8, !alias.scope !3, !noalias !9
  %scevgep25 = getelementptr double, double* %scevgep58.i, i64 %index.i
  %scevgep2526 = bitcast double* %scevgep25 to <4 x double>*
  %wide.load8.3.i = load <4 x double>, <4 x double>* %scevgep2526, align 8, !alias.scope !3, !noalias !9
  %31 = fmul <4 x double> %broadcast.splat.i, %wide.load.3.i
  %32 = fmul <4 x double> %broadcast.splat.i, %wide.load8.3.i
  %scevgep6 = getelementptr double, double* %scevgep4, i64 %index.i
  %33 = bitcast double* %scevgep6 to <4 x double>*
  store <4 x double> %31, <4 x double>* %33, align 8, !alias.scope !5, !noalias !10
  %scevgep = getelementptr double, double* %scevgep34.i, i64 %index.i
  %scevgep3 = bitcast double* %scevgep to <4 x double>*
  store <4 x double> %32, <4 x double>* %scevgep3, align 8, !alias.scope !5, !noalias !10
  %index.next.3.i = add i64 %index.i, 32
  %lsr.iv.next = add i64 %lsr.iv, 4
  %niter.ncmp.3.i = icmp eq i64 %lsr.iv.next, 0
  br i1 %niter.ncmp.3.i, label %middle.block.unr-lcssa.i, label %vector.body.i, !llvm.loop !11

middle.block.unr-lcssa.i:                         ; preds = %vector.body.i, %vector.ph.i
  %index.unr.i = phi i64 [ 0, %vector.ph.i ], [ %index.next.3.i, %vector.body.i ]
  %lcmp.mod.not.i = icmp eq i64 %xtraiter.i, 0
  br i1 %lcmp.mod.not.i, label %middle.block.i, label %vector.body.epil.preheader.i

vector.body.epil.preheader.i:                     ; preds = %middle.block.unr-lcssa.i
  %34 = inttoptr i64 %.87 to double*
  %35 = inttoptr i64 %.54 to double*
  %36 = add i64 %index.unr.i, %.85.i
  %37 = add i64 %36, 4
  %scevgep.i = getelementptr double, double* %34, i64 %37
  %scevgep27.i = getelementptr double, double* %35, i64 %37
  %38 = shl nuw nsw i64 %xtraiter.i, 6
  %39 = bitcast double* %scevgep27.i to i8*
  %40 = bitcast double* %scevgep.i to i8*
  %uglygep571 = getelementptr double, double* %35, i64 %36
  %uglygep57 = bitcast double* %uglygep571 to i8*
  %uglygep512 = getelementptr double, double* %34, i64 %36
  %uglygep51 = bitcast double* %uglygep512 to i8*
  br label %vector.body.epil.i

vector.body.epil.i:                               ; preds = %vector.body.epil.i, %vector.body.epil.preheader.i
  %lsr.iv19.i = phi i64 [ 0, %vector.body.epil.preheader.i ], [ %lsr.iv.next20.i, %vector.body.epil.i ]
  %scevgep59 = getelementptr i8, i8* %uglygep57, i64 %lsr.iv19.i
  %41 = bitcast i8* %scevgep59 to <4 x double>*
  %wide.load.epil.i = load <4 x double>, <4 x double>* %41, align 8, !alias.scope !3, !noalias !9
  %uglygep55 = getelementptr i8, i8* %39, i64 %lsr.iv19.i
  %uglygep5556 = bitcast i8* %uglygep55 to <4 x double>*
  %wide.load8.epil.i = load <4 x double>, <4 x double>* %uglygep5556, align 8, !alias.scope !3, !noalias !9
  %42 = fmul <4 x double> %broadcast.splat.i, %wide.load.epil.i
  %43 = fmul <4 x double> %broadcast.splat.i, %wide.load8.epil.i
  %scevgep53 = getelementptr i8, i8* %uglygep51, i64 %lsr.iv19.i
  %44 = bitcast i8* %scevgep53 to <4 x double>*
  store <4 x double> %42, <4 x double>* %44, align 8, !alias.scope !5, !noalias !10
  %uglygep = getelementptr i8, i8* %40, i64 %lsr.iv19.i
  %uglygep50 = bitcast i8* %uglygep to <4 x double>*
  store <4 x double> %43, <4 x double>* %uglygep50, align 8, !alias.scope !5, !noalias !10
  %lsr.iv.next20.i = add nuw nsw i64 %lsr.iv19.i, 64
  %epil.iter.cmp.not.i = icmp eq i64 %38, %lsr.iv.next20.i
  br i1 %epil.iter.cmp.not.i, label %middle.block.i, label %vector.body.epil.i, !llvm.loop !13

middle.block.i:                                   ; preds = %vector.body.epil.i, %middle.block.unr-lcssa.i
  %cmp.n.i = icmp eq i64 %.215.i, %n.vec.i
  br i1 %cmp.n.i, label %.continue, label %B116.preheader11.i

B116.preheader11.i:                               ; preds = %middle.block.i, %B116.preheader.i
  %.2614.ph.i = phi i64 [ %.215.i, %B116.preheader.i ], [ %ind.end.i, %middle.block.i ]
  %.202.03.ph.i = phi i64 [ %.85.i, %B116.preheader.i ], [ %ind.end6.i, %middle.block.i ]
  %45 = add i64 %.2614.ph.i, 1
  %46 = shl i64 %.202.03.ph.i, 3
  %47 = inttoptr i64 %.87 to i8*
  %48 = inttoptr i64 %.54 to i8*
  br label %B116.i

B116.i:                                           ; preds = %B116.i, %B116.preheader11.i
  %lsr.iv12.i = phi i64 [ %46, %B116.preheader11.i ], [ %lsr.iv.next13.i, %B116.i ]
  %lsr.iv.i = phi i64 [ %45, %B116.preheader11.i ], [ %lsr.iv.next.i, %B116.i ]
  %scevgep62 = getelementptr i8, i8* %48, i64 %lsr.iv12.i
  %scevgep6263 = bitcast i8* %scevgep62 to double*
  %.337.i = load double, double* %scevgep6263, align 8, !alias.scope !3, !noalias !9
  %.343.i = fmul double %.81, %.337.i
  %scevgep60 = getelementptr i8, i8* %47, i64 %lsr.iv12.i
  %scevgep6061 = bitcast i8* %scevgep60 to double*
  store double %.343.i, double* %scevgep6061, align 8, !alias.scope !5, !noalias !10
  %lsr.iv.next.i = add i64 %lsr.iv.i, -1
  %lsr.iv.next13.i = add i64 %lsr.iv12.i, 8
  %.262.i = icmp ugt i64 %lsr.iv.next.i, 1
  br i1 %.262.i, label %B116.i, label %.continue, !llvm.loop !15

.continue:                                        ; preds = %B116.i, %middle.block.i, %for.body
  %.187 = add nuw nsw i64 %loop.index2, 1
  %exitcond.not = icmp eq i64 %.187, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

; Function Attrs: inaccessiblememonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.experimental.noalias.scope.decl(metadata) #0

attributes #0 = { inaccessiblememonly mustprogress nofree nosync nounwind willreturn }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!2 = distinct !{!2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!5 = !{!6}
!6 = distinct !{!6, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.out.4"}
!7 = !{!8, !4, !6}
!8 = distinct !{!8, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!9 = !{!8, !1, !6}
!10 = !{!8, !1, !4}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !16, !12}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
