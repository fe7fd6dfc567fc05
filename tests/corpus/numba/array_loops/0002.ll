; ModuleID = 'dot'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.dot = internal constant [4 x i8] c"dot\00"
@_ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE" = internal constant [156 x i8] c"missing Environment: _ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree norecurse nosync nounwind
define i32 @_ZN8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(double* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* nocapture readnone %arg.a.0, i8* nocapture readnone %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, double* nocapture readonly %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, i8* nocapture readnone %arg.b.0, i8* nocapture readnone %arg.b.1, i64 %arg.b.2, i64 %arg.b.3, double* nocapture readonly %arg.b.4, i64 %arg.b.5.0, i64 %arg.b.6.0) local_unnamed_addr #0 {
B0.endif:
  %.83.inv = icmp sgt i64 %arg.a.5.0, 0
  %spec.select = select i1 %.83.inv, i64 %arg.a.5.0, i64 0
  br i1 %.83.inv, label %B62.preheader, label %common.ret

B62.preheader:                                    ; preds = %B0.endif
  %0 = add nsw i64 %spec.select, -1
  %xtraiter = and i64 %spec.select, 7
  %1 = icmp ult i64 %0, 7
  br i1 %1, label %common.ret.loopexit.unr-lcssa, label %B62.preheader.new

B62.preheader.new:                                ; preds = %B62.preheader
  %unroll_iter = and i64 %spec.select, 9223372036854775800
  br label %B62

B62:                                              ; preds = %B62, %B62.preheader.new
  %s.2.05 = phi double [ 0.000000e+00, %B62.preheader.new ], [ %.227.7, %B62 ]
  %.69.03 = phi i64 [ 0, %B62.preheader.new ], [ %.140.7, %B62 ]
  %niter = phi i64 [ 0, %B62.preheader.new ], [ %niter.next.7, %B62 ]
  %.140 = or i64 %.69.03, 1
  %.193 = getelementptr double, double* %arg.a.4, i64 %.69.03
  %.194 = load double, double* %.193, align 8
  %.223 = getelementptr double, double* %arg.b.4, i64 %.69.03
  %.224 = load double, double* %.223, align 8
  %.225 = fmul double %.194, %.224
  %.227 = fadd double %s.2.05, %.225
  %.140.1 = or i64 %.69.03, 2
  %.193.1 = getelementptr double, double* %arg.a.4, i64 %.140
  %.194.1 = load double, double* %.193.1, align 8
  %.223.1 = getelementptr double, double* %arg.b.4, i64 %.140
  %.224.1 = load double, double* %.223.1, align 8
  %.225.1 = fmul double %.194.1, %.224.1
  %.227.1 = fadd double %.227, %.225.1
  %.140.2 = or i64 %.69.03, 3
  %.193.2 = getelementptr double, double* %arg.a.4, i64 %.140.1
  %.194.2 = load double, double* %.193.2, align 8
  %.223.2 = getelementptr double, double* %arg.b.4, i64 %.140.1
  %.224.2 = load double, double* %.223.2, align 8
  %.225.2 = fmul double %.194.2, %.224.2
  %.227.2 = fadd double %.227.1, %.225.2
  %.140.3 = or i64 %.69.03, 4
  %.193.3 = getelementptr double, double* %arg.a.4, i64 %.140.2
  %.194.3 = load double, double* %.193.3, align 8
  %.223.3 = getelementptr double, double* %arg.b.4, i64 %.140.2
  %.224.3 = load double, double* %.223.3, align 8
  %.225.3 = fmul double %.194.3, %.224.3
  %.227.3 = fadd double %.227.2, %.225.3
  %.140.4 = or i64 %.69.03, 5
  %.193.4 = getelementptr double, double* %arg.a.4, i64 %.140.3
  %.194.4 = load double, double* %.193.4, align 8
  %.223.4 = getelementptr double, double* %arg.b.4, i64 %.140.3
  %.224.4 = load double, double* %.223.4, align 8
  %.225.4 = fmul double %.194.4, %.224.4
  %.227.4 = fadd double %.227.3, %.225.4
  %.140.5 = or i64 %.69.03, 6
  %.193.5 = getelementptr double, double* %arg.a.4, i64 %.140.4
  %.194.5 = load double, double* %.193.5, align 8
  %.223.5 = getelementptr double, double* %arg.b.4, i64 %.140.4
  %.224.5 = load double, double* %.223.5, align 8
  %.225.5 = fmul double %.194.5, %.224.5
  %.227.5 = fadd double %.227.4, %.225.5
  %.140.6 = or i64 %.69.03, 7
  %.193.6 = getelementptr double, double* %arg.a.4, i64 %.140.5
  %.194.6 = load double, double* %.193.6, align 8
  %.223.6 = getelementptr double, double* %arg.b.4, i64 %.140.5
  %.224.6 = load double, double* %.223.6, align 8
  %.225.6 = fmul double %.194.6, %.224.6
  %.227.6 = fadd double %.227.5, %.225.6
  %.140.7 = add nuw nsw i64 %.69.03, 8
  %.193.7 = getelementptr double, double* %arg.a.4, i64 %.140.6
  %.194.7 = load double, double* %.193.7, align 8
  %.223.7 = getelementptr double, double* %arg.b.4, i64 %.140.6
  %.224.7 = load double, double* %.223.7, align 8
  %.225.7 = fmul double %.194.7, %.224.7
  %.227.7 = fadd double %.227.6, %.225.7
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %common.ret.loopexit.unr-lcssa, label %B62

common.ret.loopexit.unr-lcssa:                    ; preds = %B62, %B62.preheader
  %.227.lcssa.ph = phi double [ undef, %B62.preheader ], [ %.227.7, %B62 ]
  %s.2.05.unr = phi double [ 0.000000e+00, %B62.preheader ], [ %.227.7, %B62 ]
  %.69.03.unr = phi i64 [ 0, %B62.preheader ], [ %.140.7, %B62 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %common.ret, label %B62.epil

B62.epil:                                         ; preds = %common.ret.loopexit.unr-lcssa, %B62.epil
  %s.2.05.epil = phi double [ %.227.epil, %B62.epil ], [ %s.2.05.unr, %common.ret.loopexit.unr-lcssa ]
  %.69.03.epil = phi i64 [ %.140.epil, %B62.epil ], [ %.69.03.unr, %common.ret.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %B62.epil ], [ 0, %common.ret.loopexit.unr-lcssa ]
  %.140.epil = add nuw nsw i64 %.69.03.epil, 1
  %.193.epil = getelementptr double, double* %arg.a.4, i64 %.69.03.epil
  %.194.epil = load double, double* %.193.epil, align 8
  %.223.epil = getelementptr double, double* %arg.b.4, i64 %.69.03.epil
  %.224.epil = load double, double* %.223.epil, align 8
  %.225.epil = fmul double %.194.epil, %.224.epil
  %.227.epil = fadd double %s.2.05.epil, %.225.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %common.ret, label %B62.epil, !llvm.loop !0

common.ret:                                       ; preds = %common.ret.loopexit.unr-lcssa, %B62.epil, %B0.endif
  %s.2.0.lcssa = phi double [ 0.000000e+00, %B0.endif ], [ %.227.lcssa.ph, %common.ret.loopexit.unr-lcssa ], [ %.227.epil, %B62.epil ]
  store double %s.2.0.lcssa, double* %retptr, align 8
  ret i32 0
}

define i8* @_ZN7cpython8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = alloca i8*, align 8
  %.7 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.const.dot, i64 0, i64 0), i64 2, i64 2, i8** nonnull %.5, i8** nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.22 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep8 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 0
  %.fca.3.gep11 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 3
  %.fca.4.gep12 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 4
  %.fca.5.0.gep13 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 5, i64 0
  %.45 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 0
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 5, i64 0
  %.67 = alloca double, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !2

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.if, %entry, %entry.endif.endif.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.96, %entry.endif.endif.endif.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.endif.endif.endif.endif.if ], [ null, %entry.endif.endif.endif.thread ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load i8*, i8** @_ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.17 = icmp eq i8* %.12, null
  br i1 %.17, label %entry.endif.if, label %entry.endif.endif, !prof !2

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([156 x i8], [156 x i8]* @".const.missing Environment: _ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.21 = load i8*, i8** %.5, align 8
  %.25 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22 to i8*
  %0 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  %.26 = call i32 @NRT_adapt_ndarray_from_python(i8* %.21, i8* nonnull %.25)
  %.30 = load i64, i64* %.fca.3.gep11, align 8
  %.31 = icmp ne i64 %.30, 8
  %.32 = icmp ne i32 %.26, 0
  %.33 = or i1 %.32, %.31
  br i1 %.33, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.37.fca.0.load = load i8*, i8** %.fca.0.gep8, align 8
  %.37.fca.4.load = load double*, double** %.fca.4.gep12, align 8
  %.37.fca.5.0.load = load i64, i64* %.fca.5.0.gep13, align 8
  %.44 = load i8*, i8** %.6, align 8
  %.48 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45 to i8*
  %1 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %.49 = call i32 @NRT_adapt_ndarray_from_python(i8* %.44, i8* nonnull %.48)
  %.53 = load i64, i64* %.fca.3.gep, align 8
  %.54 = icmp ne i64 %.53, 8
  %.55 = icmp ne i32 %.49, 0
  %.56 = or i1 %.55, %.54
  br i1 %.56, label %entry.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  call void @NRT_decref(i8* %.37.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif
  %.60.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.60.fca.4.load = load double*, double** %.fca.4.gep, align 8
  %.60.fca.5.0.load = load i64, i64* %.fca.5.0.gep, align 8
  store double 0.000000e+00, double* %.67, align 8
  %.75 = call i32 @_ZN8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(double* nonnull %.67, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %.37.fca.4.load, i64 %.37.fca.5.0.load, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %.60.fca.4.load, i64 %.60.fca.5.0.load, i64 undef) #1
  %.85 = load double, double* %.67, align 8
  call void @NRT_decref(i8* %.37.fca.0.load)
  call void @NRT_decref(i8* %.60.fca.0.load)
  %.96 = call i8* @PyFloat_FromDouble(double %.85)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(i8* nocapture, i8* nocapture) local_unnamed_addr

declare i8* @PyFloat_FromDouble(double) local_unnamed_addr

; Function Attrs: nofree norecurse nosync nounwind
define double @cfunc._ZN8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2) local_unnamed_addr #0 {
entry:
  %.4 = alloca double, align 8
  store double 0.000000e+00, double* %.4, align 8
  %extracted.data = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 4
  %extracted.shape = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 5
  %.8 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.data.1 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2, 4
  %extracted.shape.1 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2, 5
  %.10 = extractvalue [1 x i64] %extracted.shape.1, 0
  %.12 = call i32 @_ZN8__main__3dotB2v1B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(double* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %extracted.data, i64 %.8, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %extracted.data.1, i64 %.10, i64 undef) #1
  %.22 = load double, double* %.4, align 8
  ret double %.22
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !2

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !2

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
!1 = !{!"llvm.loop.unroll.disable"}
!2 = !{!"branch_weights", i32 1, i32 99}
