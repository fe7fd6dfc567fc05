; ModuleID = '<numba.np.ufunc.wrappers._GufuncWrapper object at 0x7f2d3e134c10>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(ptr %args, ptr %dims, ptr %steps, ptr %data) local_unnamed_addr {
entry:
  %loopcount = load i64, ptr %dims, align 8
  %data.1 = load ptr, ptr %args, align 8
  %.10 = load i64, ptr %steps, align 8
  %data.ptr.1 = getelementptr i8, ptr %args, i64 8
  %data.2 = load ptr, ptr %data.ptr.1, align 8
  %core.step.ptr.1 = getelementptr i8, ptr %steps, i64 8
  %.12 = load i64, ptr %core.step.ptr.1, align 8
  %data.ptr.2 = getelementptr i8, ptr %args, i64 16
  %data.3 = load ptr, ptr %data.ptr.2, align 8
  %core.step.ptr.2 = getelementptr i8, ptr %steps, i64 16
  %.14 = load i64, ptr %core.step.ptr.2, align 8
  %data.ptr.3 = getelementptr i8, ptr %args, i64 24
  %data.4 = load ptr, ptr %data.ptr.3, align 8
  %core.step.ptr.3 = getelementptr i8, ptr %steps, i64 24
  %.15 = load i64, ptr %core.step.ptr.3, align 8
  %.1822 = icmp sgt i64 %loopcount, 0
  br i1 %.1822, label %for.body, label %common.ret

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %entry, %.continue
  %loop.index23 = phi i64 [ %.181, %.continue ], [ 0, %entry ]
  %.23 = mul i64 %loop.index23, %.10
  %.24 = getelementptr i8, ptr %data.1, i64 %.23
  %.50 = mul i64 %loop.index23, %.12
  %.51 = getelementptr i8, ptr %data.2, i64 %.50
  %.74 = mul i64 %loop.index23, %.14
  %.75 = getelementptr i8, ptr %data.3, i64 %.74
  %.77 = load double, ptr %.75, align 8
  %.81 = mul i64 %loop.index23, %.15
  %.82 = getelementptr i8, ptr %data.4, i64 %.81
  tail call void @llvm.experimental.noalias.scope.decl(metadata !0)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  %.85.i = load i64, ptr %.24, align 8, !alias.scope !0, !noalias !7
  %.123.i = getelementptr i8, ptr %.24, i64 8
  %.124.i = load i64, ptr %.123.i, align 8, !alias.scope !0, !noalias !7
  %reass.sub.i = sub i64 %.124.i, %.85.i
  %.262140144.i = icmp ult i64 %reass.sub.i, 9223372036854775807
  br i1 %.262140144.i, label %iter.check.i, label %.continue

iter.check.i:                                     ; preds = %for.body
  %.215.i = add nuw nsw i64 %reass.sub.i, 1
  %min.iters.check.i = icmp samesign ult i64 %reass.sub.i, 3
  br i1 %min.iters.check.i, label %B116.preheader.i, label %vector.main.loop.iter.check.i

vector.main.loop.iter.check.i:                    ; preds = %iter.check.i
  %min.iters.check1.i = icmp samesign ult i64 %reass.sub.i, 31
  br i1 %min.iters.check1.i, label %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i, label %vector.ph.i

vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i: ; preds = %vector.main.loop.iter.check.i
  %.pre.i = shl i64 %.85.i, 3
  br label %vec.epilog.ph.i

vector.ph.i:                                      ; preds = %vector.main.loop.iter.check.i
  %n.vec.i = and i64 %.215.i, 9223372036854775776
  %broadcast.splatinsert.i = insertelement <8 x double> poison, double %.77, i64 0
  %broadcast.splat.i = shufflevector <8 x double> %broadcast.splatinsert.i, <8 x double> poison, <8 x i32> zeroinitializer
  %0 = shl i64 %.85.i, 3
  %1 = add i64 %0, 192
  %scevgep22.i = getelementptr i8, ptr %.82, i64 %1
  %scevgep30.i = getelementptr i8, ptr %.51, i64 %1
  br label %vector.body.i

vector.body.i:                                    ; preds = %vector.body.i, %vector.ph.i
  %index.i = phi i64 [ 0, %vector.ph.i ], [ %index.next.i, %vector.body.i ]
  %2 = shl i64 %index.i, 3
  %scevgep36.i = getelementptr i8, ptr %scevgep30.i, i64 %2
  %scevgep37.i = getelementptr i8, ptr %scevgep36.i, i64 -192
  %scevgep35.i = getelementptr i8, ptr %scevgep36.i, i64 -128
  %scevgep33.i = getelementptr i8, ptr %scevgep36.i, i64 -64
  %wide.load.i = load <8 x double>, ptr %scevgep37.i, align 8, !alias.scope !3, !noalias !9
  %wide.load2.i = load <8 x double>, ptr %scevgep35.i, align 8, !alias.scope !3, !noalias !9
  %wide.load3.i = load <8 x double>, ptr %scevgep33.i, align 8, !alias.scope !3, !noalias !9
  %wide.load4.i = load <8 x double>, ptr %scevgep36.i, align 8, !alias.scope !3, !noalias !9
  %3 = fmul <8 x double> %broadcast.splat.i, %wide.load.i
  %4 = fmul <8 x double> %broadcast.splat.i, %wide.load2.i
  %5 = fmul <8 x double> %broadcast.splat.i, %wide.load3.i
  %6 = fmul <8 x double> %broadcast.splat.i, %wide.load4.i
  %scevgep28.i = getelementptr i8, ptr %scevgep22.i, i64 %2
  %scevgep29.i = getelementptr i8, ptr %scevgep28.i, i64 -192
  %scevgep27.i = getelementptr i8, ptr %scevgep28.i, i64 -128
  %scevgep25.i = getelementptr i8, ptr %scevgep28.i, i64 -64
  store <8 x double> %3, ptr %scevgep29.i, align 8, !alias.scope !5, !noalias !10
  store <8 x double> %4, ptr %scevgep27.i, align 8, !alias.scope !5, !noalias !10
  store <8 x double> %5, ptr %scevgep25.i, align 8, !alias.scope !5, !noalias !10
  store <8 x double> %6, ptr %scevgep28.i, align 8, !alias.scope !5, !noalias !10
  %index.next.i = add nuw nsw i64 %index.i, 32
  %7 = icmp eq i64 %n.vec.i, %index.next.i
  br i1 %7, label %middle.block.i, label %vector.body.i, !llvm.loop !11

middle.block.i:                                   ; preds = %vector.body.i
  %cmp.n.i = icmp eq i64 %.215.i, %n.vec.i
  br i1 %cmp.n.i, label %.continue, label %vec.epilog.iter.check.i

vec.epilog.iter.check.i:                          ; preds = %middle.block.i
  %ind.end.i = and i64 %.215.i, 31
  %ind.end14.i = add i64 %n.vec.i, %.85.i
  %8 = and i64 %.215.i, 28
  %min.epilog.iters.check.i = icmp eq i64 %8, 0
  br i1 %min.epilog.iters.check.i, label %B116.preheader.i, label %vec.epilog.ph.i, !prof !14

vec.epilog.ph.i:                                  ; preds = %vec.epilog.iter.check.i, %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i
  %.pre-phi.i = phi i64 [ %.pre.i, %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i ], [ %0, %vec.epilog.iter.check.i ]
  %vec.epilog.resume.val.i = phi i64 [ 0, %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i ], [ %n.vec.i, %vec.epilog.iter.check.i ]
  %n.vec6.i = and i64 %.215.i, 9223372036854775804
  %broadcast.splatinsert7.i = insertelement <4 x double> poison, double %.77, i64 0
  %broadcast.splat8.i = shufflevector <4 x double> %broadcast.splatinsert7.i, <4 x double> poison, <4 x i32> zeroinitializer
  %scevgep18.i = getelementptr i8, ptr %.82, i64 %.pre-phi.i
  %scevgep20.i = getelementptr i8, ptr %.51, i64 %.pre-phi.i
  br label %vec.epilog.vector.body.i

vec.epilog.vector.body.i:                         ; preds = %vec.epilog.vector.body.i, %vec.epilog.ph.i
  %index9.i = phi i64 [ %vec.epilog.resume.val.i, %vec.epilog.ph.i ], [ %index.next11.i, %vec.epilog.vector.body.i ]
  %9 = shl i64 %index9.i, 3
  %scevgep21.i = getelementptr i8, ptr %scevgep20.i, i64 %9
  %wide.load10.i = load <4 x double>, ptr %scevgep21.i, align 8, !alias.scope !3, !noalias !9
  %10 = fmul <4 x double> %broadcast.splat8.i, %wide.load10.i
  %scevgep19.i = getelementptr i8, ptr %scevgep18.i, i64 %9
  store <4 x double> %10, ptr %scevgep19.i, align 8, !alias.scope !5, !noalias !10
  %index.next11.i = add nuw i64 %index9.i, 4
  %11 = icmp eq i64 %n.vec6.i, %index.next11.i
  br i1 %11, label %vec.epilog.middle.block.i, label %vec.epilog.vector.body.i, !llvm.loop !15

vec.epilog.middle.block.i:                        ; preds = %vec.epilog.vector.body.i
  %12 = and i64 %.215.i, 3
  %13 = add i64 %n.vec6.i, %.85.i
  %cmp.n12.i = icmp eq i64 %.215.i, %n.vec6.i
  br i1 %cmp.n12.i, label %.continue, label %B116.preheader.i

B116.preheader.i:                                 ; preds = %vec.epilog.middle.block.i, %vec.epilog.iter.check.i, %iter.check.i
  %.261138142.ph.i = phi i64 [ %.215.i, %iter.check.i ], [ %ind.end.i, %vec.epilog.iter.check.i ], [ %12, %vec.epilog.middle.block.i ]
  %.268139141.ph.i = phi i64 [ %.85.i, %iter.check.i ], [ %ind.end14.i, %vec.epilog.iter.check.i ], [ %13, %vec.epilog.middle.block.i ]
  %14 = add nuw nsw i64 %.261138142.ph.i, 1
  %15 = shl i64 %.268139141.ph.i, 3
  br label %B116.i

B116.i:                                           ; preds = %B116.i, %B116.preheader.i
  %lsr.iv15.i = phi i64 [ %15, %B116.preheader.i ], [ %lsr.iv.next16.i, %B116.i ]
  %lsr.iv.i = phi i64 [ %14, %B116.preheader.i ], [ %lsr.iv.next.i, %B116.i ]
  %scevgep.i = getelementptr i8, ptr %.51, i64 %lsr.iv15.i
  %.337.i = load double, ptr %scevgep.i, align 8, !alias.scope !3, !noalias !9
  %.343.i = fmul double %.77, %.337.i
  %scevgep17.i = getelementptr i8, ptr %.82, i64 %lsr.iv15.i
  store double %.343.i, ptr %scevgep17.i, align 8, !alias.scope !5, !noalias !10
  %lsr.iv.next.i = add i64 %lsr.iv.i, -1
  %lsr.iv.next16.i = add i64 %lsr.iv15.i, 8
  %.262.i = icmp samesign ugt i64 %lsr.iv.next.i, 1
  br i1 %.262.i, label %B116.i, label %.continue, !llvm.loop !16

.continue:                                        ; preds = %B116.i, %vec.epilog.middle.block.i, %middle.block.i, %for.body
  %.181 = add nuw nsw i64 %loop.index23, 1
  %exitcond.not = icmp eq i64 %.181, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #0

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!2 = distinct !{!2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!5 = !{!6}
!6 = distinct !{!6, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.out.4"}
!7 = !{!8, !4, !6}
!8 = distinct !{!8, !2, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!9 = !{!8, !1, !6}
!10 = !{!8, !1, !4}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = !{!"branch_weights", i32 4, i32 28}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !13, !12}
