; ModuleID = 'dot'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.dot = internal constant [4 x i8] c"dot\00"
@_ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE" = internal constant [156 x i8] c"missing Environment: _ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define noundef i32 @_ZN8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias writeonly captures(none) %retptr, ptr noalias readnone captures(none) %excinfo, ptr readnone captures(none) %arg.a.0, ptr readnone captures(none) %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr readonly captures(none) %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, ptr readnone captures(none) %arg.b.0, ptr readnone captures(none) %arg.b.1, i64 %arg.b.2, i64 %arg.b.3, ptr readonly captures(none) %arg.b.4, i64 %arg.b.5.0, i64 %arg.b.6.0) local_unnamed_addr #0 {
B0.endif:
  %.12791.not = icmp slt i64 %arg.a.5.0, 1
  br i1 %.12791.not, label %B106, label %B62.preheader

B62.preheader:                                    ; preds = %B0.endif
  %xtraiter = and i64 %arg.a.5.0, 7
  %0 = icmp ult i64 %arg.a.5.0, 8
  br i1 %0, label %B62.epil.preheader, label %B62.preheader.new

B62.preheader.new:                                ; preds = %B62.preheader
  %unroll_iter = and i64 %arg.a.5.0, 9223372036854775800
  br label %B62

B62:                                              ; preds = %B62, %B62.preheader.new
  %s.2.094 = phi double [ 0.000000e+00, %B62.preheader.new ], [ %.227.7, %B62 ]
  %.1339092 = phi i64 [ 0, %B62.preheader.new ], [ %.140.7, %B62 ]
  %niter = phi i64 [ 0, %B62.preheader.new ], [ %niter.next.7, %B62 ]
  %.140 = or disjoint i64 %.1339092, 1
  %1 = getelementptr double, ptr %arg.a.4, i64 %.1339092
  %.194 = load double, ptr %1, align 8
  %2 = getelementptr double, ptr %arg.b.4, i64 %.1339092
  %.224 = load double, ptr %2, align 8
  %.225 = fmul double %.194, %.224
  %.227 = fadd double %s.2.094, %.225
  %.140.1 = or disjoint i64 %.1339092, 2
  %3 = getelementptr double, ptr %arg.a.4, i64 %.140
  %.194.1 = load double, ptr %3, align 8
  %4 = getelementptr double, ptr %arg.b.4, i64 %.140
  %.224.1 = load double, ptr %4, align 8
  %.225.1 = fmul double %.194.1, %.224.1
  %.227.1 = fadd double %.227, %.225.1
  %.140.2 = or disjoint i64 %.1339092, 3
  %5 = getelementptr double, ptr %arg.a.4, i64 %.140.1
  %.194.2 = load double, ptr %5, align 8
  %6 = getelementptr double, ptr %arg.b.4, i64 %.140.1
  %.224.2 = load double, ptr %6, align 8
  %.225.2 = fmul double %.194.2, %.224.2
  %.227.2 = fadd double %.227.1, %.225.2
  %.140.3 = or disjoint i64 %.1339092, 4
  %7 = getelementptr double, ptr %arg.a.4, i64 %.140.2
  %.194.3 = load double, ptr %7, align 8
  %8 = getelementptr double, ptr %arg.b.4, i64 %.140.2
  %.224.3 = load double, ptr %8, align 8
  %.225.3 = fmul double %.194.3, %.224.3
  %.227.3 = fadd double %.227.2, %.225.3
  %.140.4 = or disjoint i64 %.1339092, 5
  %9 = getelementptr double, ptr %arg.a.4, i64 %.140.3
  %.194.4 = load double, ptr %9, align 8
  %10 = getelementptr double, ptr %arg.b.4, i64 %.140.3
  %.224.4 = load double, ptr %10, align 8
  %.225.4 = fmul double %.194.4, %.224.4
  %.227.4 = fadd double %.227.3, %.225.4
  %.140.5 = or disjoint i64 %.1339092, 6
  %11 = getelementptr double, ptr %arg.a.4, i64 %.140.4
  %.194.5 = load double, ptr %11, align 8
  %12 = getelementptr double, ptr %arg.b.4, i64 %.140.4
  %.224.5 = load double, ptr %12, align 8
  %.225.5 = fmul double %.194.5, %.224.5
  %.227.5 = fadd double %.227.4, %.225.5
  %.140.6 = or disjoint i64 %.1339092, 7
  %13 = getelementptr double, ptr %arg.a.4, i64 %.140.5
  %.194.6 = load double, ptr %13, align 8
  %14 = getelementptr double, ptr %arg.b.4, i64 %.140.5
  %.224.6 = load double, ptr %14, align 8
  %.225.6 = fmul double %.194.6, %.224.6
  %.227.6 = fadd double %.227.5, %.225.6
  %.140.7 = add nuw nsw i64 %.1339092, 8
  %15 = getelementptr double, ptr %arg.a.4, i64 %.140.6
  %.194.7 = load double, ptr %15, align 8
  %16 = getelementptr double, ptr %arg.b.4, i64 %.140.6
  %.224.7 = load double, ptr %16, align 8
  %.225.7 = fmul double %.194.7, %.224.7
  %.227.7 = fadd double %.227.6, %.225.7
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %B106.loopexit.unr-lcssa, label %B62

B106.loopexit.unr-lcssa:                          ; preds = %B62
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B106, label %B62.epil.preheader

B62.epil.preheader:                               ; preds = %B106.loopexit.unr-lcssa, %B62.preheader
  %s.2.094.epil.init = phi double [ 0.000000e+00, %B62.preheader ], [ %.227.7, %B106.loopexit.unr-lcssa ]
  %.1339092.epil.init = phi i64 [ 0, %B62.preheader ], [ %.140.7, %B106.loopexit.unr-lcssa ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0
  tail call void @llvm.assume(i1 %lcmp.mod2)
  br label %B62.epil

B62.epil:                                         ; preds = %B62.epil, %B62.epil.preheader
  %s.2.094.epil = phi double [ %.227.epil, %B62.epil ], [ %s.2.094.epil.init, %B62.epil.preheader ]
  %.1339092.epil = phi i64 [ %.140.epil, %B62.epil ], [ %.1339092.epil.init, %B62.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %B62.epil ], [ 0, %B62.epil.preheader ]
  %.140.epil = add nuw nsw i64 %.1339092.epil, 1
  %17 = getelementptr double, ptr %arg.a.4, i64 %.1339092.epil
  %.194.epil = load double, ptr %17, align 8
  %18 = getelementptr double, ptr %arg.b.4, i64 %.1339092.epil
  %.224.epil = load double, ptr %18, align 8
  %.225.epil = fmul double %.194.epil, %.224.epil
  %.227.epil = fadd double %s.2.094.epil, %.225.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %B106, label %B62.epil, !llvm.loop !0

B106:                                             ; preds = %B106.loopexit.unr-lcssa, %B62.epil, %B0.endif
  %s.2.0.lcssa = phi double [ 0.000000e+00, %B0.endif ], [ %.227.7, %B106.loopexit.unr-lcssa ], [ %.227.epil, %B62.epil ]
  store double %s.2.0.lcssa, ptr %retptr, align 8
  ret i32 0
}

define ptr @_ZN7cpython8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.dot, i64 2, i64 2, ptr nonnull %.5, ptr nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.20 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep11 = getelementptr inbounds nuw i8, ptr %.20, i64 24
  %.fca.4.gep12 = getelementptr inbounds nuw i8, ptr %.20, i64 32
  %.fca.5.0.gep13 = getelementptr inbounds nuw i8, ptr %.20, i64 40
  %.43 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.43, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.43, i64 32
  %.65 = alloca double, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !2

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %entry.endif.endif.endif.endif.if, %entry, %entry.endif.endif.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.thread ], [ %.94, %entry.endif.endif.endif.endif.endif.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load ptr, ptr @_ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.15 = icmp eq ptr %.12, null
  br i1 %.15, label %entry.endif.if, label %entry.endif.endif, !prof !2

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.19 = load ptr, ptr %.5, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.20, i8 0, i64 56, i1 false)
  %.24 = call i32 @NRT_adapt_ndarray_from_python(ptr %.19, ptr nonnull %.20)
  %.28 = load i64, ptr %.fca.3.gep11, align 8
  %.29 = icmp ne i64 %.28, 8
  %.30 = icmp ne i32 %.24, 0
  %.31 = or i1 %.30, %.29
  br i1 %.31, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.35.fca.0.load = load ptr, ptr %.20, align 8
  %.35.fca.4.load = load ptr, ptr %.fca.4.gep12, align 8
  %.35.fca.5.0.load = load i64, ptr %.fca.5.0.gep13, align 8
  %.42 = load ptr, ptr %.6, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.43, i8 0, i64 56, i1 false)
  %.47 = call i32 @NRT_adapt_ndarray_from_python(ptr %.42, ptr nonnull %.43)
  %.51 = load i64, ptr %.fca.3.gep, align 8
  %.52 = icmp ne i64 %.51, 8
  %.53 = icmp ne i32 %.47, 0
  %.54 = or i1 %.53, %.52
  br i1 %.54, label %entry.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.endif.if:                 ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  call void @NRT_decref(ptr %.35.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif
  %.58.fca.0.load = load ptr, ptr %.43, align 8
  %.58.fca.4.load = load ptr, ptr %.fca.4.gep, align 8
  store double 0.000000e+00, ptr %.65, align 8
  %.73 = call i32 @_ZN8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr nonnull %.65, ptr nonnull poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.35.fca.4.load, i64 %.35.fca.5.0.load, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.58.fca.4.load, i64 poison, i64 poison) #3
  %.83 = load double, ptr %.65, align 8
  call void @NRT_decref(ptr %.35.fca.0.load)
  call void @NRT_decref(ptr %.58.fca.0.load)
  %.94 = call ptr @PyFloat_FromDouble(double %.83)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @NRT_adapt_ndarray_from_python(ptr captures(none), ptr captures(none)) local_unnamed_addr

declare ptr @PyFloat_FromDouble(double) local_unnamed_addr

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define double @cfunc._ZN8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE({ ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.2) local_unnamed_addr #2 {
entry:
  %.4 = alloca double, align 8
  store double 0.000000e+00, ptr %.4, align 8
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 5
  %.8 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.2, 4
  %.12 = call i32 @_ZN8__main__3dotB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr nonnull %.4, ptr nonnull poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data, i64 %.8, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data.1, i64 poison, i64 poison) #3
  %.22 = load double, ptr %.4, align 8
  ret double %.22
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !2

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !2

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #4

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #5

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) }
attributes #3 = { noinline }
attributes #4 = { nounwind }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = !{!"branch_weights", i32 1, i32 99}
