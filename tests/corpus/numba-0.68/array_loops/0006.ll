; ModuleID = 'prefix_sum'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.prefix_sum = internal constant [11 x i8] c"prefix_sum\00"
@_ZN08NumbaEnv8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE" = internal constant [133 x i8] c"missing Environment: _ZN08NumbaEnv8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@".const.`env.consts` is NULL in `read_const`" = internal constant [37 x i8] c"`env.consts` is NULL in `read_const`\00"
@.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3 = internal constant [32 x i8] c"\80\04\95\15\00\00\00\00\00\00\00\8C\05numpy\94\8C\07ndarray\94\93\94."
@.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1 = internal constant [20 x i8] c"\DF\BC\FD\D3\9F\CB&\F4\D0\C6\80\95D\87\B8\C0\B5;\B8\A3"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedE27omitted_28default_3dNone_29 = common local_unnamed_addr global ptr null
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, i32 137, ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global ptr null
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.a.0, ptr readnone captures(none) %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr readonly captures(none) %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) local_unnamed_addr {
B0:
  tail call void @NRT_incref(ptr %arg.a.0)
  tail call void @NRT_incref(ptr %arg.a.0), !noalias !0
  %0 = add i64 %arg.a.5.0, -1152921504606846976
  %.34.i = icmp ult i64 %0, -2305843009213693952
  br i1 %.34.i, label %B0.if.if, label %B0.endif.i, !prof !4

B0.endif.i:                                       ; preds = %B0
  %.33.i = shl nsw i64 %arg.a.5.0, 3
  %.7.i.i.i = tail call ptr @NRT_MemInfo_alloc_aligned(i64 %.33.i, i32 32), !noalias !5
  %.8.i.i.i = icmp eq ptr %.7.i.i.i, null
  br i1 %.8.i.i.i, label %B0.if.if, label %B0.endif.endif, !prof !4

B102:                                             ; preds = %B102, %B102.preheader.new
  %acc.2.0136 = phi i64 [ 0, %B102.preheader.new ], [ %.226.7, %B102 ]
  %.163132134 = phi i64 [ 0, %B102.preheader.new ], [ %.170.7, %B102 ]
  %niter = phi i64 [ 0, %B102.preheader.new ], [ %niter.next.7, %B102 ]
  %.170 = or disjoint i64 %.163132134, 1
  %1 = getelementptr i64, ptr %arg.a.4, i64 %.163132134
  %.224 = load i64, ptr %1, align 8
  %.226 = add nsw i64 %.224, %acc.2.0136
  %2 = getelementptr i64, ptr %.6.i.i, i64 %.163132134
  store i64 %.226, ptr %2, align 8
  %.170.1 = or disjoint i64 %.163132134, 2
  %3 = getelementptr i64, ptr %arg.a.4, i64 %.170
  %.224.1 = load i64, ptr %3, align 8
  %.226.1 = add nsw i64 %.224.1, %.226
  %4 = getelementptr i64, ptr %.6.i.i, i64 %.170
  store i64 %.226.1, ptr %4, align 8
  %.170.2 = or disjoint i64 %.163132134, 3
  %5 = getelementptr i64, ptr %arg.a.4, i64 %.170.1
  %.224.2 = load i64, ptr %5, align 8
  %.226.2 = add nsw i64 %.224.2, %.226.1
  %6 = getelementptr i64, ptr %.6.i.i, i64 %.170.1
  store i64 %.226.2, ptr %6, align 8
  %.170.3 = or disjoint i64 %.163132134, 4
  %7 = getelementptr i64, ptr %arg.a.4, i64 %.170.2
  %.224.3 = load i64, ptr %7, align 8
  %.226.3 = add nsw i64 %.224.3, %.226.2
  %8 = getelementptr i64, ptr %.6.i.i, i64 %.170.2
  store i64 %.226.3, ptr %8, align 8
  %.170.4 = or disjoint i64 %.163132134, 5
  %9 = getelementptr i64, ptr %arg.a.4, i64 %.170.3
  %.224.4 = load i64, ptr %9, align 8
  %.226.4 = add nsw i64 %.224.4, %.226.3
  %10 = getelementptr i64, ptr %.6.i.i, i64 %.170.3
  store i64 %.226.4, ptr %10, align 8
  %.170.5 = or disjoint i64 %.163132134, 6
  %11 = getelementptr i64, ptr %arg.a.4, i64 %.170.4
  %.224.5 = load i64, ptr %11, align 8
  %.226.5 = add nsw i64 %.224.5, %.226.4
  %12 = getelementptr i64, ptr %.6.i.i, i64 %.170.4
  store i64 %.226.5, ptr %12, align 8
  %.170.6 = or disjoint i64 %.163132134, 7
  %13 = getelementptr i64, ptr %arg.a.4, i64 %.170.5
  %.224.6 = load i64, ptr %13, align 8
  %.226.6 = add nsw i64 %.224.6, %.226.5
  %14 = getelementptr i64, ptr %.6.i.i, i64 %.170.5
  store i64 %.226.6, ptr %14, align 8
  %.170.7 = add nuw nsw i64 %.163132134, 8
  %15 = getelementptr i64, ptr %arg.a.4, i64 %.170.6
  %.224.7 = load i64, ptr %15, align 8
  %.226.7 = add nsw i64 %.224.7, %.226.6
  %16 = getelementptr i64, ptr %.6.i.i, i64 %.170.6
  store i64 %.226.7, ptr %16, align 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %B138.loopexit.unr-lcssa, label %B102

common.ret:                                       ; preds = %B0.if.if, %B138
  %common.ret.op = phi i32 [ 0, %B138 ], [ 1, %B0.if.if ]
  ret i32 %common.ret.op

B138.loopexit.unr-lcssa:                          ; preds = %B102
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B138, label %B102.epil.preheader

B102.epil.preheader:                              ; preds = %B138.loopexit.unr-lcssa, %B102.preheader
  %acc.2.0136.epil.init = phi i64 [ 0, %B102.preheader ], [ %.226.7, %B138.loopexit.unr-lcssa ]
  %.163132134.epil.init = phi i64 [ 0, %B102.preheader ], [ %.170.7, %B138.loopexit.unr-lcssa ]
  %lcmp.mod11 = icmp ne i64 %xtraiter, 0
  tail call void @llvm.assume(i1 %lcmp.mod11)
  br label %B102.epil

B102.epil:                                        ; preds = %B102.epil, %B102.epil.preheader
  %acc.2.0136.epil = phi i64 [ %.226.epil, %B102.epil ], [ %acc.2.0136.epil.init, %B102.epil.preheader ]
  %.163132134.epil = phi i64 [ %.170.epil, %B102.epil ], [ %.163132134.epil.init, %B102.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %B102.epil ], [ 0, %B102.epil.preheader ]
  %.170.epil = add nuw nsw i64 %.163132134.epil, 1
  %17 = getelementptr i64, ptr %arg.a.4, i64 %.163132134.epil
  %.224.epil = load i64, ptr %17, align 8
  %.226.epil = add nsw i64 %.224.epil, %acc.2.0136.epil
  %18 = getelementptr i64, ptr %.6.i.i, i64 %.163132134.epil
  store i64 %.226.epil, ptr %18, align 8
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %B138, label %B102.epil, !llvm.loop !12

B138:                                             ; preds = %B138.loopexit.unr-lcssa, %B102.epil, %B0.endif.endif
  store ptr %.7.i.i.i, ptr %retptr, align 8
  %retptr.repack119 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr null, ptr %retptr.repack119, align 8
  %retptr.repack121 = getelementptr inbounds nuw i8, ptr %retptr, i64 16
  store i64 %arg.a.5.0, ptr %retptr.repack121, align 8
  %retptr.repack123 = getelementptr inbounds nuw i8, ptr %retptr, i64 24
  store i64 8, ptr %retptr.repack123, align 8
  %retptr.repack125 = getelementptr inbounds nuw i8, ptr %retptr, i64 32
  store ptr %.6.i.i, ptr %retptr.repack125, align 8
  %retptr.repack127 = getelementptr inbounds nuw i8, ptr %retptr, i64 40
  store i64 %arg.a.5.0, ptr %retptr.repack127, align 8
  %retptr.repack129 = getelementptr inbounds nuw i8, ptr %retptr, i64 48
  store i64 8, ptr %retptr.repack129, align 8
  tail call void @NRT_decref(ptr %arg.a.0)
  br label %common.ret

B0.if.if:                                         ; preds = %B0, %B0.endif.i
  %excinfo.1.0.ph = phi ptr [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B0.endif.i ], [ @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, %B0 ]
  store ptr %excinfo.1.0.ph, ptr %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B0.endif.i
  %.5.i.i = getelementptr i8, ptr %.7.i.i.i, i64 24
  %.6.i.i = load ptr, ptr %.5.i.i, align 8, !noalias !0
  tail call void @NRT_decref(ptr %arg.a.0), !noalias !0
  %.157133.not = icmp slt i64 %arg.a.5.0, 1
  br i1 %.157133.not, label %B138, label %B102.preheader

B102.preheader:                                   ; preds = %B0.endif.endif
  %xtraiter = and i64 %arg.a.5.0, 7
  %19 = icmp ult i64 %arg.a.5.0, 8
  br i1 %19, label %B102.epil.preheader, label %B102.preheader.new

B102.preheader.new:                               ; preds = %B102.preheader
  %unroll_iter = and i64 %arg.a.5.0, 9223372036854775800
  br label %B102
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

define ptr @_ZN7cpython8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.prefix_sum, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.19 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep46 = getelementptr inbounds nuw i8, ptr %.19, i64 24
  %.fca.4.gep47 = getelementptr inbounds nuw i8, ptr %.19, i64 32
  %.fca.5.0.gep48 = getelementptr inbounds nuw i8, ptr %.19, i64 40
  %.41 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep30 = getelementptr inbounds nuw i8, ptr %.41, i64 8
  %.fca.2.gep31 = getelementptr inbounds nuw i8, ptr %.41, i64 16
  %.fca.3.gep32 = getelementptr inbounds nuw i8, ptr %.41, i64 24
  %.fca.4.gep33 = getelementptr inbounds nuw i8, ptr %.41, i64 32
  %.fca.5.0.gep34 = getelementptr inbounds nuw i8, ptr %.41, i64 40
  %.fca.6.0.gep35 = getelementptr inbounds nuw i8, ptr %.41, i64 48
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %.100 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.100, i64 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %.100, i64 16
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.100, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.100, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.100, i64 40
  %.fca.6.0.gep = getelementptr inbounds nuw i8, ptr %.100, i64 48
  br i1 %.7, label %common.ret, label %entry.endif, !prof !4

common.ret:                                       ; preds = %entry.endif.endif.if, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.if.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ %.104, %entry.endif.endif.endif.endif.if.endif.endif ], [ null, %entry.endif.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !4

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.19, i8 0, i64 56, i1 false)
  %.23 = call i32 @NRT_adapt_ndarray_from_python(ptr %.18, ptr nonnull %.19)
  %.27 = load i64, ptr %.fca.3.gep46, align 8
  %.28 = icmp ne i64 %.27, 8
  %.29 = icmp ne i32 %.23, 0
  %.30 = or i1 %.29, %.28
  br i1 %.30, label %entry.endif.endif.if, label %entry.endif.endif.endif.endif, !prof !4

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.34.fca.0.load = load ptr, ptr %.19, align 8
  %.34.fca.4.load = load ptr, ptr %.fca.4.gep47, align 8
  %.34.fca.5.0.load = load i64, ptr %.fca.5.0.gep48, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.41, i8 0, i64 56, i1 false)
  %.47 = call i32 @_ZN8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE(ptr nonnull %.41, ptr nonnull %excinfo, ptr %.34.fca.0.load, ptr poison, i64 poison, i64 poison, ptr %.34.fca.4.load, i64 %.34.fca.5.0.load, i64 poison) #2
  %.48 = load ptr, ptr %excinfo, align 8
  %.57.fca.0.load = load ptr, ptr %.41, align 8
  %.57.fca.1.load = load ptr, ptr %.fca.1.gep30, align 8
  %.57.fca.2.load = load i64, ptr %.fca.2.gep31, align 8
  %.57.fca.3.load = load i64, ptr %.fca.3.gep32, align 8
  %.57.fca.4.load = load ptr, ptr %.fca.4.gep33, align 8
  %.57.fca.5.0.load = load i64, ptr %.fca.5.0.gep34, align 8
  %.57.fca.6.0.load = load i64, ptr %.fca.6.0.gep35, align 8
  call void @NRT_decref(ptr %.34.fca.0.load)
  %cond = icmp eq i32 %.47, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !14

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif
  %.80 = getelementptr i8, ptr %.11, i64 24
  %.81 = load ptr, ptr %.80, align 8
  %.85.not = icmp eq ptr %.81, null
  br i1 %.85.not, label %entry.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  %.87 = call ptr @PyList_GetItem(ptr nonnull %.81, i64 0)
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.else:      ; preds = %entry.endif.endif.endif.endif.if.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.`env.consts` is NULL in `read_const`")
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.endif:     ; preds = %entry.endif.endif.endif.endif.if.endif.else, %entry.endif.endif.endif.endif.if.endif.if
  %.82.0 = phi ptr [ %.87, %entry.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.if.endif.else ]
  %.99 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3, i32 32, ptr nonnull @.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1)
  store ptr %.57.fca.0.load, ptr %.100, align 8
  store ptr %.57.fca.1.load, ptr %.fca.1.gep, align 8
  store i64 %.57.fca.2.load, ptr %.fca.2.gep, align 8
  store i64 %.57.fca.3.load, ptr %.fca.3.gep, align 8
  store ptr %.57.fca.4.load, ptr %.fca.4.gep, align 8
  store i64 %.57.fca.5.0.load, ptr %.fca.5.0.gep, align 8
  store i64 %.57.fca.6.0.load, ptr %.fca.6.0.gep, align 8
  %.104 = call ptr @NRT_adapt_ndarray_to_python_acqref(ptr nonnull %.100, ptr %.99, i32 1, i32 1, ptr %.82.0)
  call void @NRT_decref(ptr %.57.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.112 = load { ptr, i32, ptr, ptr, i32 }, ptr %.48, align 8
  %.113 = extractvalue { ptr, i32, ptr, ptr, i32 } %.112, 4
  %.114 = icmp sgt i32 %.113, 0
  %.117 = extractvalue { ptr, i32, ptr, ptr, i32 } %.112, 0
  %.119 = extractvalue { ptr, i32, ptr, ptr, i32 } %.112, 1
  br i1 %.114, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.120 = sext i32 %.119 to i64
  %.121 = call ptr @PyBytes_FromStringAndSize(ptr %.117, i64 %.120)
  %.122 = load { ptr, i32, ptr, ptr, i32 }, ptr %.48, align 8
  %.123 = extractvalue { ptr, i32, ptr, ptr, i32 } %.122, 2
  %.125 = extractvalue { ptr, i32, ptr, ptr, i32 } %.122, 3
  %.127 = call ptr %.125(ptr %.123)
  %.128 = icmp eq ptr %.127, null
  br i1 %.128, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !4

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.141 = extractvalue { ptr, i32, ptr, ptr, i32 } %.112, 2
  %.142 = call ptr @numba_unpickle(ptr %.117, i32 %.119, ptr %.141)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.144 = phi ptr [ %.132, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.142, %entry.endif.endif.endif.endif.endif.if.else ]
  %.145.not = icmp eq ptr %.144, null
  br i1 %.145.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !4

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.132 = call ptr @numba_runtime_build_excinfo_struct(ptr %.121, ptr nonnull %.127)
  call void @NRT_Free(ptr nonnull %.48)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.144)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(ptr captures(none), ptr captures(none)) local_unnamed_addr

declare ptr @PyList_GetItem(ptr, i64) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @NRT_adapt_ndarray_to_python_acqref(ptr captures(none), ptr, i32, i32, ptr) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

define { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } @cfunc._ZN8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE({ ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1) local_unnamed_addr {
entry:
  %.3 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %.3, i64 16
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.3, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.3, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.3, i64 40
  %.fca.6.0.gep = getelementptr inbounds nuw i8, ptr %.3, i64 48
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.3, i8 0, i64 56, i1 false)
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 0
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 5
  %.7 = extractvalue [1 x i64] %extracted.shape, 0
  %.9 = call i32 @_ZN8__main__10prefix_sumB2v2B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIxLi1E1C7mutable7alignedE(ptr nonnull %.3, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr poison, i64 poison, i64 poison, ptr %extracted.data, i64 %.7, i64 poison) #2
  %.10 = load ptr, ptr %excinfo, align 8
  %.19.fca.0.load = load ptr, ptr %.3, align 8
  %.19.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %.19.fca.2.load = load i64, ptr %.fca.2.gep, align 8
  %.19.fca.3.load = load i64, ptr %.fca.3.gep, align 8
  %.19.fca.4.load = load ptr, ptr %.fca.4.gep, align 8
  %.19.fca.5.0.load = load i64, ptr %.fca.5.0.gep, align 8
  %.19.fca.6.0.load = load i64, ptr %.fca.6.0.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %.19.fca.0.load, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %.19.fca.1.load, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %.19.fca.2.load, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %.19.fca.3.load, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %.19.fca.4.load, 4
  %.28 = insertvalue [1 x i64] undef, i64 %.19.fca.5.0.load, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.28, 5
  %.30 = insertvalue [1 x i64] undef, i64 %.19.fca.6.0.load, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.30, 6
  %.32 = alloca i32, align 4
  store i32 0, ptr %.32, align 4
  %cond = icmp eq i32 %.9, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !14

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.32)
  call void @PyErr_Clear()
  %.38 = load { ptr, i32, ptr, ptr, i32 }, ptr %.10, align 8
  %.39 = extractvalue { ptr, i32, ptr, ptr, i32 } %.38, 4
  %.40 = icmp sgt i32 %.39, 0
  %.43 = extractvalue { ptr, i32, ptr, ptr, i32 } %.38, 0
  %.45 = extractvalue { ptr, i32, ptr, ptr, i32 } %.38, 1
  br i1 %.40, label %entry.if.if.if, label %entry.if.if.else

common.ret:                                       ; preds = %entry, %.35, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.strides, %.35 ], [ %inserted.strides, %entry ]
  ret { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %common.ret.op

.35:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.83 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.83)
  call void @Py_DecRef(ptr %.83)
  call void @numba_gil_release(ptr nonnull %.32)
  br label %common.ret

entry.if.if.if:                                   ; preds = %entry.if
  %.46 = sext i32 %.45 to i64
  %.47 = call ptr @PyBytes_FromStringAndSize(ptr %.43, i64 %.46)
  %.48 = load { ptr, i32, ptr, ptr, i32 }, ptr %.10, align 8
  %.49 = extractvalue { ptr, i32, ptr, ptr, i32 } %.48, 2
  %.51 = extractvalue { ptr, i32, ptr, ptr, i32 } %.48, 3
  %.53 = call ptr %.51(ptr %.49)
  %.54 = icmp eq ptr %.53, null
  br i1 %.54, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !4

entry.if.if.else:                                 ; preds = %entry.if
  %.67 = extractvalue { ptr, i32, ptr, ptr, i32 } %.38, 2
  %.68 = call ptr @numba_unpickle(ptr %.43, i32 %.45, ptr %.67)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.70 = phi ptr [ %.58, %entry.if.if.if.endif ], [ %.68, %entry.if.if.else ]
  %.71.not = icmp eq ptr %.70, null
  br i1 %.71.not, label %.35, label %entry.if.if.endif.if, !prof !4

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments.1")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.58 = call ptr @numba_runtime_build_excinfo_struct(ptr %.47, ptr nonnull %.53)
  call void @NRT_Free(ptr nonnull %.10)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.70)
  br label %.35
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !4

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

declare noalias ptr @NRT_MemInfo_alloc_aligned(i64, i32) local_unnamed_addr

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !4

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret, !prof !4

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #3

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline }
attributes #3 = { nounwind }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedE27omitted_28default_3dNone_29: %retptr"}
!2 = distinct !{!2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedE27omitted_28default_3dNone_29"}
!3 = distinct !{!3, !2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIxLi1E1C7mutable7alignedE27omitted_28default_3dNone_29: %excinfo"}
!4 = !{!"branch_weights", i32 1, i32 99}
!5 = !{!6, !8, !9, !11, !1, !3}
!6 = distinct !{!6, !7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!7 = distinct !{!7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!8 = distinct !{!8, !7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!9 = distinct !{!9, !10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!10 = distinct !{!10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!11 = distinct !{!11, !10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!"branch_weights", i32 49, i32 1}
