; ModuleID = '__numba_parfor_gufunc_0x7f3c8aa16b90'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.__numba_parfor_gufunc_0x7f3c8aa16b90 = internal constant [37 x i8] c"__numba_parfor_gufunc_0x7f3c8aa16b90\00"
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE" = internal constant [297 x i8] c"missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@_Py_NoneStruct = external global i8
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree norecurse nosync nounwind
define i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8** noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* noalias nocapture readnone %arg.sched.0, i8* noalias nocapture readnone %arg.sched.1, i64 %arg.sched.2, i64 %arg.sched.3, i64* noalias nocapture readonly %arg.sched.4, i64 %arg.sched.5.0, i64 %arg.sched.6.0, i8* noalias nocapture readnone %arg.a.0, i8* noalias nocapture readnone %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, double* noalias nocapture readonly %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, double %arg.k, i8* noalias nocapture readnone %arg.out.0, i8* noalias nocapture readnone %arg.out.1, i64 %arg.out.2, i64 %arg.out.3, double* noalias nocapture writeonly %arg.out.4, i64 %arg.out.5.0, i64 %arg.out.6.0) local_unnamed_addr #0 {
B0.endif:
  %.85 = load i64, i64* %arg.sched.4, align 8
  %.123 = getelementptr i64, i64* %arg.sched.4, i64 1
  %.124 = load i64, i64* %.123, align 8
  %.159 = sub i64 1, %.85
  %.215 = add i64 %.159, %.124
  %.216.inv = icmp sgt i64 %.215, 0
  br i1 %.216.inv, label %B116.preheader, label %common.ret

B116.preheader:                                   ; preds = %B0.endif
  %min.iters.check = icmp ult i64 %.215, 8
  br i1 %min.iters.check, label %B116.preheader11, label %vector.ph

vector.ph:                                        ; preds = %B116.preheader
  %n.vec = and i64 %.215, -8
  %ind.end = and i64 %.215, 7
  %ind.end6 = add i64 %.85, %n.vec
  %broadcast.splatinsert = insertelement <4 x double> poison, double %arg.k, i64 0
  %broadcast.splat = shufflevector <4 x double> %broadcast.splatinsert, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert9 = insertelement <4 x double> poison, double %arg.k, i64 0
  %broadcast.splat10 = shufflevector <4 x double> %broadcast.splatinsert9, <4 x double> poison, <4 x i32> zeroinitializer
  %0 = add i64 %n.vec, -8
  %1 = lshr exact i64 %0, 3
  %2 = add nuw nsw i64 %1, 1
  %xtraiter = and i64 %2, 3
  %3 = icmp ult i64 %0, 24
  br i1 %3, label %middle.block.unr-lcssa, label %vector.ph.new

vector.ph.new:                                    ; preds = %vector.ph
  %unroll_iter = and i64 %2, 4611686018427387900
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph.new
  %index = phi i64 [ 0, %vector.ph.new ], [ %index.next.3, %vector.body ]
  %niter = phi i64 [ 0, %vector.ph.new ], [ %niter.next.3, %vector.body ]
  %offset.idx7 = add i64 %.85, %index
  %4 = getelementptr double, double* %arg.a.4, i64 %offset.idx7
  %5 = bitcast double* %4 to <4 x double>*
  %wide.load = load <4 x double>, <4 x double>* %5, align 8
  %6 = getelementptr double, double* %4, i64 4
  %7 = bitcast double* %6 to <4 x double>*
  %wide.load8 = load <4 x double>, <4 x double>* %7, align 8
  %8 = fmul <4 x double> %wide.load, %broadcast.splat
  %9 = fmul <4 x double> %wide.load8, %broadcast.splat10
  %10 = getelementptr double, double* %arg.out.4, i64 %offset.idx7
  %11 = bitcast double* %10 to <4 x double>*
  store <4 x double> %8, <4 x double>* %11, align 8
  %12 = getelementptr double, double* %10, i64 4
  %13 = bitcast double* %12 to <4 x double>*
  store <4 x double> %9, <4 x double>* %13, align 8
  %index.next = or i64 %index, 8
  %offset.idx7.1 = add i64 %.85, %index.next
  %14 = getelementptr double, double* %arg.a.4, i64 %offset.idx7.1
  %15 = bitcast double* %14 to <4 x double>*
  %wide.load.1 = load <4 x double>, <4 x double>* %15, align 8
  %16 = getelementptr double, double* %14, i64 4
  %17 = bitcast double* %16 to <4 x double>*
  %wide.load8.1 = load <4 x double>, <4 x double>* %17, align 8
  %18 = fmul <4 x double> %wide.load.1, %broadcast.splat
  %19 = fmul <4 x double> %wide.load8.1, %broadcast.splat10
  %20 = getelementptr double, double* %arg.out.4, i64 %offset.idx7.1
  %21 = bitcast double* %20 to <4 x double>*
  store <4 x double> %18, <4 x double>* %21, align 8
  %22 = getelementptr double, double* %20, i64 4
  %23 = bitcast double* %22 to <4 x double>*
  store <4 x double> %19, <4 x double>* %23, align 8
  %index.next.1 = or i64 %index, 16
  %offset.idx7.2 = add i64 %.85, %index.next.1
  %24 = getelementptr double, double* %arg.a.4, i64 %offset.idx7.2
  %25 = bitcast double* %24 to <4 x double>*
  %wide.load.2 = load <4 x double>, <4 x double>* %25, align 8
  %26 = getelementptr double, double* %24, i64 4
  %27 = bitcast double* %26 to <4 x double>*
  %wide.load8.2 = load <4 x double>, <4 x double>* %27, align 8
  %28 = fmul <4 x double> %wide.load.2, %broadcast.splat
  %29 = fmul <4 x double> %wide.load8.2, %broadcast.splat10
  %30 = getelementptr double, double* %arg.out.4, i64 %offset.idx7.2
  %31 = bitcast double* %30 to <4 x double>*
  store <4 x double> %28, <4 x double>* %31, align 8
  %32 = getelementptr double, double* %30, i64 4
  %33 = bitcast double* %32 to <4 x double>*
  store <4 x double> %29, <4 x double>* %33, align 8
  %index.next.2 = or i64 %index, 24
  %offset.idx7.3 = add i64 %.85, %index.next.2
  %34 = getelementptr double, double* %arg.a.4, i64 %offset.idx7.3
  %35 = bitcast double* %34 to <4 x double>*
  %wide.load.3 = load <4 x double>, <4 x double>* %35, align 8
  %36 = getelementptr double, double* %34, i64 4
  %37 = bitcast double* %36 to <4 x double>*
  %wide.load8.3 = load <4 x double>, <4 x double>* %37, align 8
  %38 = fmul <4 x double> %wide.load.3, %broadcast.splat
  %39 = fmul <4 x double> %wide.load8.3, %broadcast.splat10
  %40 = getelementptr double, double* %arg.out.4, i64 %offset.idx7.3
  %41 = bitcast double* %40 to <4 x double>*
  store <4 x double> %38, <4 x double>* %41, align 8
  %42 = getelementptr double, double* %40, i64 4
  %43 = bitcast double* %42 to <4 x double>*
  store <4 x double> %39, <4 x double>* %43, align 8
  %index.next.3 = add nuw i64 %index, 32
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !0

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.3, %vector.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa, %vector.body.epil
  %index.epil = phi i64 [ %index.next.epil, %vector.body.epil ], [ %index.unr, %middle.block.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %vector.body.epil ], [ 0, %middle.block.unr-lcssa ]
  %offset.idx7.epil = add i64 %.85, %index.epil
  %44 = getelementptr double, double* %arg.a.4, i64 %offset.idx7.epil
  %45 = bitcast double* %44 to <4 x double>*
  %wide.load.epil = load <4 x double>, <4 x double>* %45, align 8
  %46 = getelementptr double, double* %44, i64 4
  %47 = bitcast double* %46 to <4 x double>*
  %wide.load8.epil = load <4 x double>, <4 x double>* %47, align 8
  %48 = fmul <4 x double> %wide.load.epil, %broadcast.splat
  %49 = fmul <4 x double> %wide.load8.epil, %broadcast.splat10
  %50 = getelementptr double, double* %arg.out.4, i64 %offset.idx7.epil
  %51 = bitcast double* %50 to <4 x double>*
  store <4 x double> %48, <4 x double>* %51, align 8
  %52 = getelementptr double, double* %50, i64 4
  %53 = bitcast double* %52 to <4 x double>*
  store <4 x double> %49, <4 x double>* %53, align 8
  %index.next.epil = add nuw i64 %index.epil, 8
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %middle.block, label %vector.body.epil, !llvm.loop !2

middle.block:                                     ; preds = %vector.body.epil, %middle.block.unr-lcssa
  %cmp.n = icmp eq i64 %.215, %n.vec
  br i1 %cmp.n, label %common.ret, label %B116.preheader11

B116.preheader11:                                 ; preds = %B116.preheader, %middle.block
  %.2614.ph = phi i64 [ %.215, %B116.preheader ], [ %ind.end, %middle.block ]
  %.202.03.ph = phi i64 [ %.85, %B116.preheader ], [ %ind.end6, %middle.block ]
  br label %B116

B116:                                             ; preds = %B116.preheader11, %B116
  %.2614 = phi i64 [ %.271, %B116 ], [ %.2614.ph, %B116.preheader11 ]
  %.202.03 = phi i64 [ %.275, %B116 ], [ %.202.03.ph, %B116.preheader11 ]
  %.271 = add nsw i64 %.2614, -1
  %.275 = add i64 %.202.03, 1
  %.336 = getelementptr double, double* %arg.a.4, i64 %.202.03
  %.337 = load double, double* %.336, align 8
  %.343 = fmul double %.337, %arg.k
  %.376 = getelementptr double, double* %arg.out.4, i64 %.202.03
  store double %.343, double* %.376, align 8
  %.262 = icmp ugt i64 %.2614, 1
  br i1 %.262, label %B116, label %common.ret, !llvm.loop !4

common.ret:                                       ; preds = %B116, %middle.block, %B0.endif
  store i8* null, i8** %retptr, align 8
  ret i32 0
}

define i8* @_ZN7cpython13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = alloca i8*, align 8
  %.7 = alloca i8*, align 8
  %.8 = alloca i8*, align 8
  %.9 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([37 x i8], [37 x i8]* @.const.__numba_parfor_gufunc_0x7f3c8aa16b90, i64 0, i64 0), i64 4, i64 4, i8** nonnull %.5, i8** nonnull %.6, i8** nonnull %.7, i8** nonnull %.8)
  %.10 = icmp eq i32 %.9, 0
  %.24 = alloca { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep22 = getelementptr inbounds { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.24, i64 0, i32 0
  %.fca.3.gep25 = getelementptr inbounds { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.24, i64 0, i32 3
  %.fca.4.gep26 = getelementptr inbounds { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.24, i64 0, i32 4
  %.47 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep8 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.47, i64 0, i32 0
  %.fca.3.gep11 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.47, i64 0, i32 3
  %.fca.4.gep12 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.47, i64 0, i32 4
  %.79 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.79, i64 0, i32 0
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.79, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.79, i64 0, i32 4
  %.101 = alloca i8*, align 8
  br i1 %.10, label %common.ret, label %entry.endif, !prof !6

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %arg0.err, %entry, %entry.endif.endif.endif.e...endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ @_Py_NoneStruct, %entry.endif.endif.endif.e...endif ], [ null, %entry ], [ null, %arg0.err ], [ null, %entry.endif.endif.endif.thread ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.14 = load i8*, i8** @_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.19 = icmp eq i8* %.14, null
  br i1 %.19, label %entry.endif.if, label %entry.endif.endif, !prof !6

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([297 x i8], [297 x i8]* @".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.23 = load i8*, i8** %.5, align 8
  %.27 = bitcast { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.24 to i8*
  %0 = bitcast { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.24 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  %.28 = call i32 @NRT_adapt_ndarray_from_python(i8* %.23, i8* nonnull %.27)
  %.32 = load i64, i64* %.fca.3.gep25, align 8
  %.33 = icmp ne i64 %.32, 8
  %.34 = icmp ne i32 %.28, 0
  %.35 = or i1 %.34, %.33
  br i1 %.35, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !6

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.39.fca.0.load = load i8*, i8** %.fca.0.gep22, align 8
  %.39.fca.4.load = load i64*, i64** %.fca.4.gep26, align 8
  %.46 = load i8*, i8** %.6, align 8
  %.50 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.47 to i8*
  %1 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.47 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %.51 = call i32 @NRT_adapt_ndarray_from_python(i8* %.46, i8* nonnull %.50)
  %.55 = load i64, i64* %.fca.3.gep11, align 8
  %.56 = icmp ne i64 %.55, 8
  %.57 = icmp ne i32 %.51, 0
  %.58 = or i1 %.57, %.56
  br i1 %.58, label %entry.endif.endif.endif.endif.endif.thread, label %entry.endif.endif.endif.endif.endif.endif, !prof !6

arg0.err:                                         ; preds = %entry.endif.endif.endif.endif.endif.thread, %arg1.err
  call void @NRT_decref(i8* %.39.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.thread:       ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif
  %.62.fca.0.load = load i8*, i8** %.fca.0.gep8, align 8
  %.62.fca.4.load = load double*, double** %.fca.4.gep12, align 8
  %.69 = load i8*, i8** %.7, align 8
  %.70 = call i8* @PyNumber_Float(i8* %.69)
  %.71 = call double @PyFloat_AsDouble(i8* %.70)
  call void @Py_DecRef(i8* %.70)
  %.73 = call i8* @PyErr_Occurred()
  %.74.not = icmp eq i8* %.73, null
  br i1 %.74.not, label %entry.endif.endif.endif.endif.endif.endif.endif, label %arg1.err, !prof !7

arg1.err:                                         ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.endif
  call void @NRT_decref(i8* %.62.fca.0.load)
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif.endif:  ; preds = %entry.endif.endif.endif.endif.endif.endif
  %.78 = load i8*, i8** %.8, align 8
  %.82 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.79 to i8*
  %2 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.79 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %2, i8 0, i64 56, i1 false)
  %.83 = call i32 @NRT_adapt_ndarray_from_python(i8* %.78, i8* nonnull %.82)
  %.87 = load i64, i64* %.fca.3.gep, align 8
  %.88 = icmp ne i64 %.87, 8
  %.89 = icmp ne i32 %.83, 0
  %.90 = or i1 %.89, %.88
  br i1 %.90, label %entry.endif.endif.endif.endif.endif.endif.endif.endif.thread, label %entry.endif.endif.endif.e...endif, !prof !6

entry.endif.endif.endif.endif.endif.endif.endif.endif.thread: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %arg1.err

entry.endif.endif.endif.e...endif:                ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  %.94.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.94.fca.4.load = load double*, double** %.fca.4.gep, align 8
  store i8* null, i8** %.101, align 8
  %.111 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8** nonnull %.101, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* undef, i64 undef, i64 undef, i64* %.39.fca.4.load, i64 undef, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %.62.fca.4.load, i64 undef, i64 undef, double %.71, i8* undef, i8* undef, i64 undef, i64 undef, double* %.94.fca.4.load, i64 undef, i64 undef) #1
  call void @NRT_decref(i8* %.39.fca.0.load)
  call void @NRT_decref(i8* %.62.fca.0.load)
  call void @NRT_decref(i8* %.94.fca.0.load)
  call void @Py_IncRef(i8* nonnull @_Py_NoneStruct)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(i8* nocapture, i8* nocapture) local_unnamed_addr

declare i8* @PyNumber_Float(i8*) local_unnamed_addr

declare double @PyFloat_AsDouble(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare i8* @PyErr_Occurred() local_unnamed_addr

declare void @Py_IncRef(i8*) local_unnamed_addr

; Function Attrs: nofree norecurse nosync nounwind
define i8* @cfunc._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE({ i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] } %.1, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2, double %.3, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.4) local_unnamed_addr #0 {
entry:
  %.6 = alloca i8*, align 8
  store i8* null, i8** %.6, align 8
  %extracted.data = extractvalue { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] } %.1, 4
  %extracted.data.1 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2, 4
  %extracted.data.2 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.4, 4
  %.16 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(i8** nonnull %.6, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* undef, i64 undef, i64 undef, i64* %extracted.data, i64 undef, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %extracted.data.1, i64 undef, i64 undef, double %.3, i8* undef, i8* undef, i64 undef, i64 undef, double* %extracted.data.2, i64 undef, i64 undef) #1
  %.26 = load i8*, i8** %.6, align 8
  ret i8* %.26
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !6

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !6

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree norecurse nosync nounwind }
attributes #1 = { noinline }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.unroll.disable"}
!4 = distinct !{!4, !5, !1}
!5 = !{!"llvm.loop.unroll.runtime.disable"}
!6 = !{!"branch_weights", i32 1, i32 99}
!7 = !{!"branch_weights", i32 99, i32 1}
