; ModuleID = '<numba.np.ufunc.wrappers._GufuncWrapper object at 0x7f3c8abcf4d0>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8** %args, i64* %dims, i64* %steps, i8* %data) local_unnamed_addr {
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
  %.24 = ptrtoint i8* %data.1 to i64
  %.53 = ptrtoint i8* %data.2 to i64
  %.86 = ptrtoint i8* %data.4 to i64
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %for.body.preheader, %.continue
  %loop.index2 = phi i64 [ %.187, %.continue ], [ 0, %for.body.preheader ]
  %.23 = mul i64 %loop.index2, %.10
  %.25 = add i64 %.23, %.24
  %.31 = inttoptr i64 %.25 to i64*
  %.52 = mul i64 %loop.index2, %.12
  %.54 = add i64 %.52, %.53
  %.55 = inttoptr i64 %.54 to i8*
  %.60 = inttoptr i64 %.54 to double*
  %.78 = mul i64 %loop.index2, %.14
  %.79 = getelementptr i8, i8* %data.3, i64 %.78
  %.80 = bitcast i8* %.79 to double*
  %.81 = load double, double* %.80, align 8
  %.85 = mul i64 %loop.index2, %.15
  %.87 = add i64 %.85, %.86
  %.88 = inttoptr i64 %.87 to i8*
  %.93 = inttoptr i64 %.87 to double*
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
  %0 = add nsw i64 %n.vec.i, -8
  %1 = lshr exact i64 %0, 3
  %2 = add nuw nsw i64 %1, 1
  %xtraiter.i = and i64 %2, 3
  %3 = icmp ult i64 %0, 24
  br i1 %3, label %middle.block.unr-lcssa.i, label %vector.ph.new.i

vector.ph.new.i:                                  ; preds = %vector.ph.i
  %unroll_iter.i = and i64 %2, 4611686018427387900
  %4 = add i64 %.85.i, 28
  %scevgep34.i = getelementptr double, double* %.93, i64 %4
  %scevgep58.i = getelementptr double, double* %.60, i64 %4
  %scevgep76.i = getelementptr double, double* %.60, i64 %.85.i
  %scevgep79.i = getelementptr double, double* %scevgep58.i, i64 -24
  %scevgep52.i = getelementptr double, double* %.93, i64 %.85.i
  %scevgep55.i = getelementptr double, double* %scevgep34.i, i64 -24
  %scevgep68.i = getelementptr double, double* %scevgep58.i, i64 -20
  %scevgep65.i = getelementptr double, double* %scevgep58.i, i64 -16
  %scevgep44.i = getelementptr double, double* %scevgep34.i, i64 -20
  %scevgep41.i = getelementptr double, double* %scevgep34.i, i64 -16
  %scevgep62.i = getelementptr double, double* %scevgep58.i, i64 -12
  %scevgep59.i = getelementptr double, double* %scevgep58.i, i64 -8
  %scevgep38.i = getelementptr double, double* %scevgep34.i, i64 -12
  %scevgep35.i = getelementptr double, double* %scevgep34.i, i64 -8
  %scevgep73.i = getelementptr double, double* %scevgep58.i, i64 -4
  %scevgep49.i = getelementptr double, double* %scevgep34.i, i64 -4
  br label %vector.body.i

vector.body.i:                                    ; preds = %vector.body.i, %vector.ph.new.i
  %lsr.iv82.i = phi i64 [ %lsr.iv.next83.i, %vector.body.i ], [ %unroll_iter.i, %vector.ph.new.i ]
  %index.i = phi i64 [ %index.next.3.i, %vector.body.i ], [ 0, %vector.ph.new.i ]
  %scevgep78.i = getelementptr double, double* %scevgep76.i, i64 %index.i
  %5 = bitcast double* %scevgep78.i to <4 x double>*
  %wide.load.i = load <4 x double>, <4 x double>* %5, align 8, !alias.scope !3, !noalias !9
  %scevgep81.i = getelementptr double, double* %scevgep79.i, i64 %index.i
  %6 = bitcast double* %scevgep81.i to <4 x double>*
  %wide.load8.i = load <4 x double>, <4 x double>* %6, align 8, !alias.scope !3, !noalias !9
  %7 = fmul <4 x double> %broadcast.splat.i, %wide.load.i
  %8 = fmul <4 x double> %broadcast.splat.i, %wide.load8.i
  %scevgep54.i = getelementptr double, double* %scevgep52.i, i64 %index.i
  %9 = bitcast double* %scevgep54.i to <4 x double>*
  store <4 x double> %7, <4 x double>* %9, align 8, !alias.scope !5, !noalias !10
  %scevgep57.i = getelementptr double, double* %scevgep55.i, i64 %index.i
  %10 = bitcast double* %scevgep57.i to <4 x double>*
  store <4 x double> %8, <4 x double>* %10, align 8, !alias.scope !5, !noalias !10
  %scevgep70.i = getelementptr double, double* %scevgep68.i, i64 %index.i
  %11 = bitcast double* %scevgep70.i to <4 x double>*
  %wide.load.1.i = load <4 x double>, <4 x double>* %11, align 8, !alias.scope !3, !noalias !9
  %scevgep67.i = getelementptr double, double* %scevgep65.i, i64 %index.i
  %12 = bitcast double* %scevgep67.i to <4 x double>*
  %wide.load8.1.i = load <4 x double>, <4 x double>* %12, align 8, !alias.scope !3, !noalias !9
  %13 = fmul <4 x double> %broadcast.splat.i, %wide.load.1.i
  %14 = fmul <4 x double> %broadcast.splat.i, %wide.load8.1.i
  %scevgep46.i = getelementptr double, double* %scevgep44.i, i64 %index.i
  %15 = bitcast double* %scevgep46.i to <4 x double>*
  store <4 x double> %13, <4 x double>* %15, align 8, !alias.scope !5, !noalias !10
  %scevgep43.i = getelementptr double, double* %scevgep41.i, i64 %index.i
  %16 = bitcast double* %scevgep43.i to <4 x double>*
  store <4 x double> %14, <4 x double>* %16, align 8, !alias.scope !5, !noalias !10
  %scevgep64.i = getelementptr double, double* %scevgep62.i, i64 %index.i
  %17 = bitcast double* %scevgep64.i to <4 x double>*
  %wide.load.2.i = load <4 x double>, <4 x double>* %17, align 8, !alias.scope !3, !noalias !9
  %scevgep61.i = getelementptr double, double* %scevgep59.i, i64 %index.i
  %18 = bitcast double* %scevgep61.i to <4 x double>*
  %wide.load8.2.i = load <4 x double>, <4 x double>* %18, align 8, !alias.scope !3, !noalias !9
  %19 = fmul <4 x double> %broadcast.splat.i, %wide.load.2.i
  %20 = fmul <4 x double> %broadcast.splat.i, %wide.load8.2.i
  %scevgep40.i = getelementptr double, double* %scevgep38.i, i64 %index.i
  %21 = bitcast double* %scevgep40.i to <4 x double>*
  store <4 x double> %19, <4 x double>* %21, align 8, !alias.scope !5, !noalias !10
  %scevgep37.i = getelementptr double, double* %scevgep35.i, i64 %index.i
  %22 = bitcast double* %scevgep37.i to <4 x double>*
  store <4 x double> %20, <4 x double>* %22, align 8, !alias.scope !5, !noalias !10
  %scevgep75.i = getelementptr double, double* %scevgep73.i, i64 %index.i
  %23 = bitcast double* %scevgep75.i to <4 x double>*
  %wide.load.3.i = load <4 x double>, <4 x double>* %23, align 8, !alias.scope !3, !noalias !9
  %scevgep71.i = getelementptr double, double* %scevgep58.i, i64 %index.i
  %scevgep7172.i = bitcast double* %scevgep71.i to <4 x double>*
  %wide.load8.3.i = load <4 x double>, <4 x double>* %scevgep7172.i, align 8, !alias.scope !3, !noalias !9
  %24 = fmul <4 x double> %broadcast.splat.i, %wide.load.3.i
  %25 = fmul <4 x double> %broadcast.splat.i, %wide.load8.3.i
  %scevgep51.i = getelementptr double, double* %scevgep49.i, i64 %index.i
  %26 = bitcast double* %scevgep51.i to <4 x double>*
  store <4 x double> %24, <4 x double>* %26, align 8, !alias.scope !5, !noalias !10
  %scevgep47.i = getelementptr double, double* %scevgep34.i, i64 %index.i
  %scevgep4748.i = bitcast double* %scevgep47.i to <4 x double>*
  store <4 x double> %25, <4 x double>* %scevgep4748.i, align 8, !alias.scope !5, !noalias !10
  %index.next.3.i = add i64 %index.i, 32
  %lsr.iv.next83.i = add i64 %lsr.iv82.i, -4
  %niter.ncmp.3.i = icmp eq i64 %lsr.iv.next83.i, 0
  br i1 %niter.ncmp.3.i, label %middle.block.unr-lcssa.i, label %vector.body.i, !llvm.loop !11

middle.block.unr-lcssa.i:                         ; preds = %vector.body.i, %vector.ph.i
  %index.unr.i = phi i64 [ 0, %vector.ph.i ], [ %index.next.3.i, %vector.body.i ]
  %lcmp.mod.not.i = icmp eq i64 %xtraiter.i, 0
  br i1 %lcmp.mod.not.i, label %middle.block.i, label %vector.body.epil.preheader.i

vector.body.epil.preheader.i:                     ; preds = %middle.block.unr-lcssa.i
  %27 = add i64 %index.unr.i, %.85.i
  %28 = add i64 %27, 4
  %scevgep.i = getelementptr double, double* %.93, i64 %28
  %scevgep27.i = getelementptr double, double* %.60, i64 %28
  %29 = shl nuw nsw i64 %xtraiter.i, 6
  %30 = bitcast double* %scevgep27.i to i8*
  %31 = bitcast double* %scevgep.i to i8*
  %uglygep311.i = getelementptr double, double* %.60, i64 %27
  %uglygep31.i = bitcast double* %uglygep311.i to i8*
  %uglygep242.i = getelementptr double, double* %.93, i64 %27
  %uglygep24.i = bitcast double* %uglygep242.i to i8*
  br label %vector.body.epil.i

vector.body.epil.i:                               ; preds = %vector.body.epil.i, %vector.body.epil.preheader.i
  %lsr.iv19.i = phi i64 [ 0, %vector.body.epil.preheader.i ], [ %lsr.iv.next20.i, %vector.body.epil.i ]
  %scevgep33.i = getelementptr i8, i8* %uglygep31.i, i64 %lsr.iv19.i
  %32 = bitcast i8* %scevgep33.i to <4 x double>*
  %wide.load.epil.i = load <4 x double>, <4 x double>* %32, align 8, !alias.scope !3, !noalias !9
  %uglygep29.i = getelementptr i8, i8* %30, i64 %lsr.iv19.i
  %uglygep2930.i = bitcast i8* %uglygep29.i to <4 x double>*
  %wide.load8.epil.i = load <4 x double>, <4 x double>* %uglygep2930.i, align 8, !alias.scope !3, !noalias !9
  %33 = fmul <4 x double> %broadcast.splat.i, %wide.load.epil.i
  %34 = fmul <4 x double> %broadcast.splat.i, %wide.load8.epil.i
  %scevgep26.i = getelementptr i8, i8* %uglygep24.i, i64 %lsr.iv19.i
  %35 = bitcast i8* %scevgep26.i to <4 x double>*
  store <4 x double> %33, <4 x double>* %35, align 8, !alias.scope !5, !noalias !10
  %uglygep22.i = getelementptr i8, i8* %31, i64 %lsr.iv19.i
  %uglygep2223.i = bitcast i8* %uglygep22.i to <4 x double>*
  store <4 x double> %34, <4 x double>* %uglygep2223.i, align 8, !alias.scope !5, !noalias !10
  %lsr.iv.next20.i = add nuw nsw i64 %lsr.iv19.i, 64
  %epil.iter.cmp.not.i = icmp eq i64 %29, %lsr.iv.next20.i
  br i1 %epil.iter.cmp.not.i, label %middle.block.i, label %vector.body.epil.i, !llvm.loop !13

middle.block.i:                                   ; preds = %vector.body.epil.i, %middle.block.unr-lcssa.i
  %cmp.n.i = icmp eq i64 %.215.i, %n.vec.i
  br i1 %cmp.n.i, label %.continue, label %B116.preheader11.i

B116.preheader11.i:                               ; preds = %middle.block.i, %B116.preheader.i
  %.2614.ph.i = phi i64 [ %.215.i, %B116.preheader.i ], [ %ind.end.i, %middle.block.i ]
  %.202.03.ph.i = phi i64 [ %.85.i, %B116.preheader.i ], [ %ind.end6.i, %middle.block.i ]
  %36 = add i64 %.2614.ph.i, 1
  %37 = shl i64 %.202.03.ph.i, 3
  br label %B116.i

B116.i:                                           ; preds = %B116.i, %B116.preheader11.i
  %lsr.iv12.i = phi i64 [ %37, %B116.preheader11.i ], [ %lsr.iv.next13.i, %B116.i ]
  %lsr.iv.i = phi i64 [ %36, %B116.preheader11.i ], [ %lsr.iv.next.i, %B116.i ]
  %uglygep.i = getelementptr i8, i8* %.55, i64 %lsr.iv12.i
  %uglygep15.i = bitcast i8* %uglygep.i to double*
  %.337.i = load double, double* %uglygep15.i, align 8, !alias.scope !3, !noalias !9
  %.343.i = fmul double %.81, %.337.i
  %uglygep17.i = getelementptr i8, i8* %.88, i64 %lsr.iv12.i
  %uglygep1718.i = bitcast i8* %uglygep17.i to double*
  store double %.343.i, double* %uglygep1718.i, align 8, !alias.scope !5, !noalias !10
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
