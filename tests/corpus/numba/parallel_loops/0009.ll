; ModuleID = 'parallel_sum'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@printf_format = internal constant [17 x i8] c"num_threads: %d\0A\00"
@.const.pickledata.139898002438848 = internal constant [112 x i8] c"\80\04\95e\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C@Invalid number of threads. This likely indicates a bug in Numba.\94\85\94N\87\94."
@.const.pickledata.139898002438848.sha1 = internal constant [20 x i8] c"\9D\8B\D6\D5A\B3\E36\FDy\17\99I@x\1B\C6\8A:\8A"
@.const.picklebuf.139898002438848 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([112 x i8], [112 x i8]* @.const.pickledata.139898002438848, i32 0, i32 0), i32 112, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898002438848.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.parallel_sum = internal constant [13 x i8] c"parallel_sum\00"
@_ZN08NumbaEnv8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE" = internal constant [187 x i8] c"missing Environment: _ZN08NumbaEnv8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE\00"
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_StopIteration = external global i8
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f3c8bd1d050>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f3c8bd1d050>\00"
@_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE8UniTupleIxLi1EE18dtype_28float64_29 = common local_unnamed_addr global i8* null
@.const.pickledata.139898021352576 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fnegative dimensions not allowed\94\85\94N\87\94."
@.const.pickledata.139898021352576.sha1 = internal constant [20 x i8] c"3\1B\85c\BD\B9\DA\C8\1B8B\22s\05,Ho\C1pk"
@.const.picklebuf.139898021352576 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([77 x i8], [77 x i8]* @.const.pickledata.139898021352576, i32 0, i32 0), i32 77, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898021352576.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139898022322304 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.139898022322304.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.139898022322304 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([137 x i8], [137 x i8]* @.const.pickledata.139898022322304, i32 0, i32 0), i32 137, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898022322304.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_SystemError = external global i8
@_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global i8* null
@.const.pickledata.139898003262144 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139898003262144.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139898003262144 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139898003262144, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898003262144.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@PyExc_TypeError = external global i8
@PyExc_RuntimeError = external global i8
@_ZN08NumbaEnv5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd = common local_unnamed_addr global i8* null

define i32 @_ZN8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE(double* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.a.0, i8* nocapture readnone %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, double* %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) local_unnamed_addr {
entry:
  %.7.i = alloca i32, align 4
  %dim_starts = alloca i64, align 8
  %dim_stops = alloca i64, align 8
  %pargs3 = alloca [3 x i8*], align 8
  %pshape4 = alloca [4 x i64], align 8
  %pshape4.sub = getelementptr inbounds [4 x i64], [4 x i64]* %pshape4, i64 0, i64 0
  %psteps5 = alloca [6 x i64], align 8
  %psteps5.sub = getelementptr inbounds [6 x i64], [6 x i64]* %psteps5, i64 0, i64 0
  tail call void @NRT_incref(i8* %arg.a.0)
  %.56 = tail call i64 @get_num_threads()
  %.18.i = icmp slt i64 %.56, 0
  br i1 %.18.i, label %B0.if, label %B0.endif.endif.i, !prof !0

B0.endif.endif.i:                                 ; preds = %entry
  %.32.i = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %.56, i64 8)
  %.34.i = extractvalue { i64, i1 } %.32.i, 1
  br i1 %.34.i, label %B0.if, label %B0.endif.endif.endif.i, !prof !0

B0.endif.endif.endif.i:                           ; preds = %B0.endif.endif.i
  %.33.i = extractvalue { i64, i1 } %.32.i, 0
  %.7.i.i.i = tail call i8* @NRT_MemInfo_alloc_aligned(i64 %.33.i, i32 32), !noalias !1
  %.8.i.i.i = icmp eq i8* %.7.i.i.i, null
  br i1 %.8.i.i.i, label %B0.if, label %B0.endif, !prof !0

B0.if:                                            ; preds = %B0.endif.endif.endif.i, %B0.endif.endif.i, %entry
  %excinfo.1.0 = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139898021352576, %entry ], [ @.const.picklebuf.139898022322304, %B0.endif.endif.i ], [ @.const.picklebuf.139898003262144, %B0.endif.endif.endif.i ]
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.1.0, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B0.endif:                                         ; preds = %B0.endif.endif.endif.i
  %.5.i.i = getelementptr i8, i8* %.7.i.i.i, i64 24
  %0 = bitcast i8* %.5.i.i to double**
  %.6.i1.i = load double*, double** %0, align 8, !noalias !11
  %.1261.not = icmp eq i64 %.56, 0
  br i1 %.1261.not, label %for.end, label %for.body.preheader

for.body.preheader:                               ; preds = %B0.endif
  %.6.i1.i23 = bitcast double* %.6.i1.i to i8*
  %1 = shl nuw nsw i64 %.56, 3
  call void @llvm.memset.p0i8.i64(i8* align 8 %.6.i1.i23, i8 0, i64 %1, i1 false)
  br label %for.end

common.ret:                                       ; preds = %B0.if, %for.end.endif.endif, %for.end.if
  %common.ret.op = phi i32 [ 1, %for.end.if ], [ 0, %for.end.endif.endif ], [ 1, %B0.if ]
  ret i32 %common.ret.op

for.end:                                          ; preds = %for.body.preheader, %B0.endif
  %.166 = add i64 %arg.a.5.0, -1
  store i64 0, i64* %dim_starts, align 8
  store i64 %.166, i64* %dim_stops, align 8
  %.171 = tail call i64 @get_num_threads()
  %.172 = tail call i64 @get_parallel_chunksize()
  %.173 = icmp slt i64 %.171, 1
  br i1 %.173, label %for.end.if, label %for.end.endif, !prof !0

for.end.if:                                       ; preds = %for.end
  %.176 = tail call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([17 x i8], [17 x i8]* @printf_format, i64 0, i64 0), i64 %.171)
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139898002438848, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !12
  br label %common.ret

for.end.endif:                                    ; preds = %for.end
  %.182 = call i64 @get_sched_size(i64 %.171, i64 1, i64* nonnull %dim_starts, i64* nonnull %dim_stops)
  call void @set_parallel_chunksize(i64 0)
  %.184 = shl i64 %.182, 1
  %.185 = call i64* @allocate_sched(i64 %.184)
  %.190 = call i64* @do_scheduling_unsigned(i64 1, i64* nonnull %dim_starts, i64* nonnull %dim_stops, i64 %.182, i64* %.185, i64 0)
  %2 = bitcast [3 x i8*]* %pargs3 to i64**
  store i64* %.185, i64** %2, align 8
  %.197 = getelementptr inbounds [3 x i8*], [3 x i8*]* %pargs3, i64 0, i64 1
  %3 = bitcast i8** %.197 to double**
  store double* %arg.a.4, double** %3, align 8
  %.209 = getelementptr inbounds [3 x i8*], [3 x i8*]* %pargs3, i64 0, i64 2
  %4 = bitcast i8** %.209 to double**
  store double* %.6.i1.i, double** %4, align 8
  store i64 %.182, i64* %pshape4.sub, align 8
  %.241 = getelementptr inbounds [4 x i64], [4 x i64]* %pshape4, i64 0, i64 1
  store i64 2, i64* %.241, align 8
  %.243 = getelementptr inbounds [4 x i64], [4 x i64]* %pshape4, i64 0, i64 2
  store i64 %arg.a.5.0, i64* %.243, align 8
  %.245 = getelementptr inbounds [4 x i64], [4 x i64]* %pshape4, i64 0, i64 3
  store i64 %.56, i64* %.245, align 8
  store i64 16, i64* %psteps5.sub, align 8
  %.249 = getelementptr inbounds [6 x i64], [6 x i64]* %psteps5, i64 0, i64 1
  %.253 = getelementptr inbounds [6 x i64], [6 x i64]* %psteps5, i64 0, i64 3
  %5 = bitcast i64* %.249 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %5, i8 0, i64 16, i1 false)
  store i64 8, i64* %.253, align 8
  %.255 = getelementptr inbounds [6 x i64], [6 x i64]* %psteps5, i64 0, i64 4
  store i64 %arg.a.6.0, i64* %.255, align 8
  %.257 = getelementptr inbounds [6 x i64], [6 x i64]* %psteps5, i64 0, i64 5
  store i64 8, i64* %.257, align 8
  %6 = bitcast i32* %.7.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %6)
  store i32 0, i32* %.7.i, align 4
  call void @numba_gil_ensure(i32* nonnull %.7.i)
  %.10.i = call i8* @PyEval_SaveThread()
  %.11.i = call i64 @get_num_threads()
  %.13.i = bitcast [3 x i8*]* %pargs3 to i8*
  %.14.i = bitcast [4 x i64]* %pshape4 to i8*
  %.15.i = bitcast [6 x i64]* %psteps5 to i8*
  call void @numba_parallel_for(i8* bitcast (void (i8**, i64*, i64*, i8*)* @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE to i8*), i8* nonnull %.13.i, i8* nonnull %.14.i, i8* nonnull %.15.i, i8* null, i64 3, i64 3, i64 %.11.i)
  call void @PyEval_RestoreThread(i8* %.10.i)
  call void @numba_gil_release(i32* nonnull %.7.i)
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %6)
  call void @set_parallel_chunksize(i64 %.172)
  call void @deallocate_sched(i64* %.185)
  br i1 %.1261.not, label %for.end.endif.endif, label %B40.preheader.i

B40.preheader.i:                                  ; preds = %for.end.endif
  %7 = add nsw i64 %.56, -1
  %xtraiter.i = and i64 %.56, 7
  %8 = icmp ult i64 %7, 7
  br i1 %8, label %common.ret.loopexit.unr-lcssa.i, label %B40.preheader.new.i

B40.preheader.new.i:                              ; preds = %B40.preheader.i
  %unroll_iter.i = and i64 %.56, 9223372036854775800
  %sunkaddr262.i = getelementptr double, double* %.6.i1.i, i64 1
  %sunkaddr294.i = getelementptr double, double* %.6.i1.i, i64 2
  %sunkaddr326.i = getelementptr double, double* %.6.i1.i, i64 3
  %sunkaddr358.i = getelementptr double, double* %.6.i1.i, i64 4
  %sunkaddr3810.i = getelementptr double, double* %.6.i1.i, i64 5
  %sunkaddr4112.i = getelementptr double, double* %.6.i1.i, i64 6
  %sunkaddr4414.i = getelementptr double, double* %.6.i1.i, i64 7
  %9 = add nsw i64 %unroll_iter.i, -8
  %10 = lshr exact i64 %9, 3
  %11 = add nuw nsw i64 %10, 1
  %xtraiter = and i64 %11, 1
  %12 = icmp eq i64 %9, 0
  br i1 %12, label %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa, label %B40.preheader.new.i.new

B40.preheader.new.i.new:                          ; preds = %B40.preheader.new.i
  %unroll_iter = and i64 %11, 4611686018427387902
  br label %B40.i

B40.i:                                            ; preds = %B40.i, %B40.preheader.new.i.new
  %c.2.05.i = phi double [ 0.000000e+00, %B40.preheader.new.i.new ], [ %.170.7.i.1, %B40.i ]
  %.46.03.i = phi i64 [ 0, %B40.preheader.new.i.new ], [ %.117.7.i.1, %B40.i ]
  %niter = phi i64 [ 0, %B40.preheader.new.i.new ], [ %niter.next.1, %B40.i ]
  %sunkaddr241.i = getelementptr double, double* %.6.i1.i, i64 %.46.03.i
  %.168.i = load double, double* %sunkaddr241.i, align 8, !noalias !13
  %.170.i = fadd double %c.2.05.i, %.168.i
  %sunkaddr273.i = getelementptr double, double* %sunkaddr262.i, i64 %.46.03.i
  %.168.1.i = load double, double* %sunkaddr273.i, align 8, !noalias !13
  %.170.1.i = fadd double %.170.i, %.168.1.i
  %sunkaddr305.i = getelementptr double, double* %sunkaddr294.i, i64 %.46.03.i
  %.168.2.i = load double, double* %sunkaddr305.i, align 8, !noalias !13
  %.170.2.i = fadd double %.170.1.i, %.168.2.i
  %sunkaddr337.i = getelementptr double, double* %sunkaddr326.i, i64 %.46.03.i
  %.168.3.i = load double, double* %sunkaddr337.i, align 8, !noalias !13
  %.170.3.i = fadd double %.170.2.i, %.168.3.i
  %sunkaddr369.i = getelementptr double, double* %sunkaddr358.i, i64 %.46.03.i
  %.168.4.i = load double, double* %sunkaddr369.i, align 8, !noalias !13
  %.170.4.i = fadd double %.170.3.i, %.168.4.i
  %sunkaddr3911.i = getelementptr double, double* %sunkaddr3810.i, i64 %.46.03.i
  %.168.5.i = load double, double* %sunkaddr3911.i, align 8, !noalias !13
  %.170.5.i = fadd double %.170.4.i, %.168.5.i
  %sunkaddr4213.i = getelementptr double, double* %sunkaddr4112.i, i64 %.46.03.i
  %.168.6.i = load double, double* %sunkaddr4213.i, align 8, !noalias !13
  %.170.6.i = fadd double %.170.5.i, %.168.6.i
  %.117.7.i = or i64 %.46.03.i, 8
  %sunkaddr4515.i = getelementptr double, double* %sunkaddr4414.i, i64 %.46.03.i
  %.168.7.i = load double, double* %sunkaddr4515.i, align 8, !noalias !13
  %.170.7.i = fadd double %.170.6.i, %.168.7.i
  %sunkaddr241.i.1 = getelementptr double, double* %.6.i1.i, i64 %.117.7.i
  %.168.i.1 = load double, double* %sunkaddr241.i.1, align 8, !noalias !13
  %.170.i.1 = fadd double %.170.7.i, %.168.i.1
  %sunkaddr273.i.1 = getelementptr double, double* %sunkaddr262.i, i64 %.117.7.i
  %.168.1.i.1 = load double, double* %sunkaddr273.i.1, align 8, !noalias !13
  %.170.1.i.1 = fadd double %.170.i.1, %.168.1.i.1
  %sunkaddr305.i.1 = getelementptr double, double* %sunkaddr294.i, i64 %.117.7.i
  %.168.2.i.1 = load double, double* %sunkaddr305.i.1, align 8, !noalias !13
  %.170.2.i.1 = fadd double %.170.1.i.1, %.168.2.i.1
  %sunkaddr337.i.1 = getelementptr double, double* %sunkaddr326.i, i64 %.117.7.i
  %.168.3.i.1 = load double, double* %sunkaddr337.i.1, align 8, !noalias !13
  %.170.3.i.1 = fadd double %.170.2.i.1, %.168.3.i.1
  %sunkaddr369.i.1 = getelementptr double, double* %sunkaddr358.i, i64 %.117.7.i
  %.168.4.i.1 = load double, double* %sunkaddr369.i.1, align 8, !noalias !13
  %.170.4.i.1 = fadd double %.170.3.i.1, %.168.4.i.1
  %sunkaddr3911.i.1 = getelementptr double, double* %sunkaddr3810.i, i64 %.117.7.i
  %.168.5.i.1 = load double, double* %sunkaddr3911.i.1, align 8, !noalias !13
  %.170.5.i.1 = fadd double %.170.4.i.1, %.168.5.i.1
  %sunkaddr4213.i.1 = getelementptr double, double* %sunkaddr4112.i, i64 %.117.7.i
  %.168.6.i.1 = load double, double* %sunkaddr4213.i.1, align 8, !noalias !13
  %.170.6.i.1 = fadd double %.170.5.i.1, %.168.6.i.1
  %.117.7.i.1 = add nuw i64 %.46.03.i, 16
  %sunkaddr4515.i.1 = getelementptr double, double* %sunkaddr4414.i, i64 %.117.7.i
  %.168.7.i.1 = load double, double* %sunkaddr4515.i.1, align 8, !noalias !13
  %.170.7.i.1 = fadd double %.170.6.i.1, %.168.7.i.1
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa, label %B40.i

common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa: ; preds = %B40.i, %B40.preheader.new.i
  %.170.7.i.lcssa.ph = phi double [ undef, %B40.preheader.new.i ], [ %.170.7.i.1, %B40.i ]
  %c.2.05.i.unr = phi double [ 0.000000e+00, %B40.preheader.new.i ], [ %.170.7.i.1, %B40.i ]
  %.46.03.i.unr = phi i64 [ 0, %B40.preheader.new.i ], [ %.117.7.i.1, %B40.i ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %common.ret.loopexit.unr-lcssa.i, label %B40.i.epil

B40.i.epil:                                       ; preds = %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa
  %sunkaddr241.i.epil = getelementptr double, double* %.6.i1.i, i64 %.46.03.i.unr
  %.168.i.epil = load double, double* %sunkaddr241.i.epil, align 8, !noalias !13
  %.170.i.epil = fadd double %c.2.05.i.unr, %.168.i.epil
  %sunkaddr273.i.epil = getelementptr double, double* %sunkaddr262.i, i64 %.46.03.i.unr
  %.168.1.i.epil = load double, double* %sunkaddr273.i.epil, align 8, !noalias !13
  %.170.1.i.epil = fadd double %.170.i.epil, %.168.1.i.epil
  %sunkaddr305.i.epil = getelementptr double, double* %sunkaddr294.i, i64 %.46.03.i.unr
  %.168.2.i.epil = load double, double* %sunkaddr305.i.epil, align 8, !noalias !13
  %.170.2.i.epil = fadd double %.170.1.i.epil, %.168.2.i.epil
  %sunkaddr337.i.epil = getelementptr double, double* %sunkaddr326.i, i64 %.46.03.i.unr
  %.168.3.i.epil = load double, double* %sunkaddr337.i.epil, align 8, !noalias !13
  %.170.3.i.epil = fadd double %.170.2.i.epil, %.168.3.i.epil
  %sunkaddr369.i.epil = getelementptr double, double* %sunkaddr358.i, i64 %.46.03.i.unr
  %.168.4.i.epil = load double, double* %sunkaddr369.i.epil, align 8, !noalias !13
  %.170.4.i.epil = fadd double %.170.3.i.epil, %.168.4.i.epil
  %sunkaddr3911.i.epil = getelementptr double, double* %sunkaddr3810.i, i64 %.46.03.i.unr
  %.168.5.i.epil = load double, double* %sunkaddr3911.i.epil, align 8, !noalias !13
  %.170.5.i.epil = fadd double %.170.4.i.epil, %.168.5.i.epil
  %sunkaddr4213.i.epil = getelementptr double, double* %sunkaddr4112.i, i64 %.46.03.i.unr
  %.168.6.i.epil = load double, double* %sunkaddr4213.i.epil, align 8, !noalias !13
  %.170.6.i.epil = fadd double %.170.5.i.epil, %.168.6.i.epil
  %sunkaddr4515.i.epil = getelementptr double, double* %sunkaddr4414.i, i64 %.46.03.i.unr
  %.168.7.i.epil = load double, double* %sunkaddr4515.i.epil, align 8, !noalias !13
  %.170.7.i.epil = fadd double %.170.6.i.epil, %.168.7.i.epil
  br label %common.ret.loopexit.unr-lcssa.i

common.ret.loopexit.unr-lcssa.i:                  ; preds = %B40.i.epil, %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa, %B40.preheader.i
  %.170.lcssa.ph.i = phi double [ undef, %B40.preheader.i ], [ %.170.7.i.lcssa.ph, %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa ], [ %.170.7.i.epil, %B40.i.epil ]
  %c.2.05.unr.i = phi double [ 0.000000e+00, %B40.preheader.i ], [ %.170.7.i.lcssa.ph, %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa ], [ %.170.7.i.epil, %B40.i.epil ]
  %.46.03.unr.i = phi i64 [ 0, %B40.preheader.i ], [ %unroll_iter.i, %common.ret.loopexit.unr-lcssa.i.loopexit.unr-lcssa ], [ %unroll_iter.i, %B40.i.epil ]
  %lcmp.mod.not.i = icmp eq i64 %xtraiter.i, 0
  br i1 %lcmp.mod.not.i, label %for.end.endif.endif, label %B40.epil.preheader.i

B40.epil.preheader.i:                             ; preds = %common.ret.loopexit.unr-lcssa.i
  %scevgep.i = getelementptr double, double* %.6.i1.i, i64 %.46.03.unr.i
  br label %B40.epil.i

B40.epil.i:                                       ; preds = %B40.epil.i, %B40.epil.preheader.i
  %c.2.05.epil.i = phi double [ %.170.epil.i, %B40.epil.i ], [ %c.2.05.unr.i, %B40.epil.preheader.i ]
  %epil.iter.i = phi i64 [ %epil.iter.next.i, %B40.epil.i ], [ 0, %B40.epil.preheader.i ]
  %scevgep7.i = getelementptr double, double* %scevgep.i, i64 %epil.iter.i
  %.168.epil.i = load double, double* %scevgep7.i, align 8, !noalias !13
  %.170.epil.i = fadd double %c.2.05.epil.i, %.168.epil.i
  %epil.iter.next.i = add nuw nsw i64 %epil.iter.i, 1
  %epil.iter.cmp.not.i = icmp eq i64 %xtraiter.i, %epil.iter.next.i
  br i1 %epil.iter.cmp.not.i, label %for.end.endif.endif, label %B40.epil.i, !llvm.loop !16

for.end.endif.endif:                              ; preds = %B40.epil.i, %common.ret.loopexit.unr-lcssa.i, %for.end.endif
  %c.2.0.lcssa.i = phi double [ 0.000000e+00, %for.end.endif ], [ %.170.lcssa.ph.i, %common.ret.loopexit.unr-lcssa.i ], [ %.170.epil.i, %B40.epil.i ]
  call void @NRT_decref(i8* nonnull %.7.i.i.i)
  call void @NRT_decref(i8* %arg.a.0)
  store double %c.2.0.lcssa.i, double* %retptr, align 8
  br label %common.ret
}

declare i64 @get_num_threads() local_unnamed_addr

declare i64 @get_parallel_chunksize() local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #0

declare i64 @get_sched_size(i64, i64, i64*, i64*) local_unnamed_addr

declare void @set_parallel_chunksize(i64) local_unnamed_addr

declare i64* @allocate_sched(i64) local_unnamed_addr

declare i64* @do_scheduling_unsigned(i64, i64*, i64*, i64, i64*, i64) local_unnamed_addr

declare void @deallocate_sched(i64*) local_unnamed_addr

define i8* @_ZN7cpython8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.const.parallel_sum, i64 0, i64 0), i64 1, i64 1, i8** nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.21 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21, i64 0, i32 0
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21, i64 0, i32 5, i64 0
  %.fca.6.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21, i64 0, i32 6, i64 0
  %.43 = alloca double, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !0

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.if.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.67, %entry.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.thread ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load i8*, i8** @_ZN08NumbaEnv8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.16 = icmp eq i8* %.11, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !0

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([187 x i8], [187 x i8]* @".const.missing Environment: _ZN08NumbaEnv8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.20 = load i8*, i8** %.5, align 8
  %.24 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21 to i8*
  %0 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.21 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  %.25 = call i32 @NRT_adapt_ndarray_from_python(i8* %.20, i8* nonnull %.24)
  %.29 = load i64, i64* %.fca.3.gep, align 8
  %.30 = icmp ne i64 %.29, 8
  %.31 = icmp ne i32 %.25, 0
  %.32 = or i1 %.31, %.30
  br i1 %.32, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !0

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.36.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.36.fca.4.load = load double*, double** %.fca.4.gep, align 8
  %.36.fca.5.0.load = load i64, i64* %.fca.5.0.gep, align 8
  %.36.fca.6.0.load = load i64, i64* %.fca.6.0.gep, align 8
  store double 0.000000e+00, double* %.43, align 8
  %.49 = call i32 @_ZN8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE(double* nonnull %.43, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %.36.fca.0.load, i8* undef, i64 undef, i64 undef, double* %.36.fca.4.load, i64 %.36.fca.5.0.load, i64 %.36.fca.6.0.load) #3
  %.50 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.57 = icmp sgt i32 %.49, 0
  %.58 = select i1 %.57, { i8*, i32, i8*, i8*, i32 }* %.50, { i8*, i32, i8*, i8*, i32 }* undef
  %.59 = load double, double* %.43, align 8
  call void @NRT_decref(i8* %.36.fca.0.load)
  switch i32 %.49, label %entry.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.if.endif
    i32 0, label %entry.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif
  br i1 %.57, label %entry.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif, %entry.endif.endif.endif.endif
  %.67 = call i8* @PyFloat_FromDouble(double %.59)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.72 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.58, align 8
  %.73 = extractvalue { i8*, i32, i8*, i8*, i32 } %.72, 4
  %.74 = icmp sgt i32 %.73, 0
  %.77 = extractvalue { i8*, i32, i8*, i8*, i32 } %.72, 0
  %.79 = extractvalue { i8*, i32, i8*, i8*, i32 } %.72, 1
  br i1 %.74, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.80 = sext i32 %.79 to i64
  %.81 = call i8* @PyBytes_FromStringAndSize(i8* %.77, i64 %.80)
  %.82 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.58, align 8
  %.83 = extractvalue { i8*, i32, i8*, i8*, i32 } %.82, 2
  %.85 = extractvalue { i8*, i32, i8*, i8*, i32 } %.82, 3
  %.86 = bitcast i8* %.85 to i8* (i8*)*
  %.87 = call i8* %.86(i8* %.83)
  %.88 = icmp eq i8* %.87, null
  br i1 %.88, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !0

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.101 = extractvalue { i8*, i32, i8*, i8*, i32 } %.72, 2
  %.102 = call i8* @numba_unpickle(i8* %.77, i32 %.79, i8* %.101)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.104 = phi i8* [ %.92, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.102, %entry.endif.endif.endif.endif.endif.if.else ]
  %.105.not = icmp eq i8* %.104, null
  br i1 %.105.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !0

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.92 = call i8* @numba_runtime_build_excinfo_struct(i8* %.81, i8* nonnull %.87)
  %.93 = bitcast { i8*, i32, i8*, i8*, i32 }* %.58 to i8*
  call void @NRT_Free(i8* nonnull %.93)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.104)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(i8* nocapture, i8* nocapture) local_unnamed_addr

declare i8* @PyFloat_FromDouble(double) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

declare void @PyErr_SetNone(i8*) local_unnamed_addr

define double @cfunc._ZN8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1) local_unnamed_addr {
entry:
  %.3 = alloca double, align 8
  store double 0.000000e+00, double* %.3, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 0
  %extracted.data = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 4
  %extracted.shape = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 5
  %.7 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 6
  %.8 = extractvalue [1 x i64] %extracted.strides, 0
  %.9 = call i32 @_ZN8__main__12parallel_sumB2v1B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedE(double* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* undef, i64 undef, i64 undef, double* %extracted.data, i64 %.7, i64 %.8) #3
  %.10 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.11.not = icmp eq i32 %.9, 0
  %.17 = icmp sgt i32 %.9, 0
  %.18 = select i1 %.17, { i8*, i32, i8*, i8*, i32 }* %.10, { i8*, i32, i8*, i8*, i32 }* undef
  %.19 = load double, double* %.3, align 8
  %.21 = alloca i32, align 4
  store i32 0, i32* %.21, align 4
  br i1 %.11.not, label %common.ret, label %entry.if, !prof !18

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.21)
  br i1 %.17, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi double [ 0.000000e+00, %entry.if.if.if.if ], [ %.19, %.24 ], [ %.19, %entry ]
  ret double %common.ret.op

.24:                                              ; preds = %entry.if.endif, %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.72 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f3c8bd1d050>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.72)
  call void @Py_DecRef(i8* %.72)
  call void @numba_gil_release(i32* nonnull %.21)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.27 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.18, align 8
  %.28 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 4
  %.29 = icmp sgt i32 %.28, 0
  %.32 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 0
  %.34 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 1
  br i1 %.29, label %entry.if.if.if, label %entry.if.if.else

entry.if.endif:                                   ; preds = %entry.if
  switch i32 %.9, label %entry.if.endif.endif.endif [
    i32 -3, label %entry.if.endif.if
    i32 -1, label %.24
  ]

entry.if.if.if:                                   ; preds = %entry.if.if
  %.35 = sext i32 %.34 to i64
  %.36 = call i8* @PyBytes_FromStringAndSize(i8* %.32, i64 %.35)
  %.37 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.18, align 8
  %.38 = extractvalue { i8*, i32, i8*, i8*, i32 } %.37, 2
  %.40 = extractvalue { i8*, i32, i8*, i8*, i32 } %.37, 3
  %.41 = bitcast i8* %.40 to i8* (i8*)*
  %.42 = call i8* %.41(i8* %.38)
  %.43 = icmp eq i8* %.42, null
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !0

entry.if.if.else:                                 ; preds = %entry.if.if
  %.56 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 2
  %.57 = call i8* @numba_unpickle(i8* %.32, i32 %.34, i8* %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi i8* [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq i8* %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !0

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments.1", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.47 = call i8* @numba_runtime_build_excinfo_struct(i8* %.36, i8* nonnull %.42)
  %.48 = bitcast { i8*, i32, i8*, i8*, i32 }* %.18 to i8*
  call void @NRT_Free(i8* nonnull %.48)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(i8* nonnull %.59)
  br label %.24

entry.if.endif.if:                                ; preds = %entry.if.endif
  call void @PyErr_SetNone(i8* nonnull @PyExc_StopIteration)
  br label %.24

entry.if.endif.endif.endif:                       ; preds = %entry.if.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function.2", i64 0, i64 0))
  br label %.24
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyUnicode_FromString(i8*) local_unnamed_addr

declare void @PyErr_WriteUnraisable(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

declare noalias i8* @NRT_MemInfo_alloc_aligned(i64, i32) local_unnamed_addr

declare i8* @PyEval_SaveThread() local_unnamed_addr

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
  %0 = ptrtoint i8* %data.1 to i64
  %1 = ptrtoint i8* %data.2 to i64
  %2 = ptrtoint i8* %data.3 to i64
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %.continue, %for.body.preheader
  %loop.index2 = phi i64 [ %.184, %.continue ], [ 0, %for.body.preheader ]
  %.24 = mul i64 %loop.index2, %.12
  %.26 = add i64 %.24, %0
  %.32 = inttoptr i64 %.26 to i64*
  %.53 = mul i64 %loop.index2, %.14
  %.55 = add i64 %.53, %1
  %.82 = mul i64 %loop.index2, %.16
  %.84 = add i64 %.82, %2
  %.90 = inttoptr i64 %.84 to double*
  tail call void @llvm.experimental.noalias.scope.decl(metadata !19)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !22)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !24)
  %.73.i = tail call i64 @get_thread_id(), !noalias !26
  %.93.i = icmp slt i64 %.73.i, 0
  %.94.i = select i1 %.93.i, i64 %.11, i64 0
  %.95.i = add i64 %.94.i, %.73.i
  %.108.i = getelementptr double, double* %.90, i64 %.95.i
  %.109.i = load double, double* %.108.i, align 8, !alias.scope !24, !noalias !28
  %.149.i = load i64, i64* %.32, align 8, !alias.scope !19, !noalias !29
  %.187.i = getelementptr i64, i64* %.32, i64 1
  %.188.i = load i64, i64* %.187.i, align 8, !alias.scope !19, !noalias !29
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
  %scevgep2 = getelementptr double, double* %scevgep, i64 %lsr.iv
  %.401.prol.i = load double, double* %scevgep2, align 8, !alias.scope !22, !noalias !30
  %.409.prol.i = fadd double %s_2.05.prol.i, %.401.prol.i
  %lsr.iv.next = add nuw nsw i64 %lsr.iv, 1
  %prol.iter.cmp.not.i = icmp eq i64 %xtraiter.i, %lsr.iv.next
  br i1 %prol.iter.cmp.not.i, label %B212.prol.loopexit.loopexit.i, label %B212.prol.i, !llvm.loop !31

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
  %scevgep16 = getelementptr double, double* %lsr.iv7.i, i64 -7
  %.401.i = load double, double* %scevgep16, align 8, !alias.scope !22, !noalias !30
  %.409.i = fadd double %s_2.05.i, %.401.i
  %scevgep15 = getelementptr double, double* %lsr.iv7.i, i64 -6
  %.401.1.i = load double, double* %scevgep15, align 8, !alias.scope !22, !noalias !30
  %.409.1.i = fadd double %.409.i, %.401.1.i
  %scevgep14 = getelementptr double, double* %lsr.iv7.i, i64 -5
  %.401.2.i = load double, double* %scevgep14, align 8, !alias.scope !22, !noalias !30
  %.409.2.i = fadd double %.409.1.i, %.401.2.i
  %scevgep13 = getelementptr double, double* %lsr.iv7.i, i64 -4
  %.401.3.i = load double, double* %scevgep13, align 8, !alias.scope !22, !noalias !30
  %.409.3.i = fadd double %.409.2.i, %.401.3.i
  %scevgep12 = getelementptr double, double* %lsr.iv7.i, i64 -3
  %.401.4.i = load double, double* %scevgep12, align 8, !alias.scope !22, !noalias !30
  %.409.4.i = fadd double %.409.3.i, %.401.4.i
  %scevgep11 = getelementptr double, double* %lsr.iv7.i, i64 -2
  %.401.5.i = load double, double* %scevgep11, align 8, !alias.scope !22, !noalias !30
  %.409.5.i = fadd double %.409.4.i, %.401.5.i
  %scevgep3 = getelementptr double, double* %lsr.iv7.i, i64 -1
  %.401.6.i = load double, double* %scevgep3, align 8, !alias.scope !22, !noalias !30
  %.409.6.i = fadd double %.409.5.i, %.401.6.i
  %.401.7.i = load double, double* %lsr.iv7.i, align 8, !alias.scope !22, !noalias !30
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
  store double %s_2.0.lcssa.i, double* %13, align 8, !alias.scope !24, !noalias !28
  %.184 = add nuw nsw i64 %loop.index2, 1
  %exitcond.not = icmp eq i64 %.184, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

declare void @numba_parallel_for(i8*, i8*, i8*, i8*, i8*, i64, i64, i64) local_unnamed_addr

declare void @PyEval_RestoreThread(i8*) local_unnamed_addr

; Function Attrs: inaccessiblememonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.experimental.noalias.scope.decl(metadata) #2

declare i64 @get_thread_id() local_unnamed_addr

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret, !prof !0

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #4 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { nofree nounwind }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { inaccessiblememonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { noinline }
attributes #4 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #5 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #6 = { argmemonly nofree nounwind willreturn writeonly }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{!2, !4, !5, !7, !8, !10}
!2 = distinct !{!2, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!3 = distinct !{!3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!4 = distinct !{!4, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!5 = distinct !{!5, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!6 = distinct !{!6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!7 = distinct !{!7, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!8 = distinct !{!8, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE8UniTupleIxLi1EE18dtype_28float64_29: %retptr"}
!9 = distinct !{!9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE8UniTupleIxLi1EE18dtype_28float64_29"}
!10 = distinct !{!10, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v2B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE8UniTupleIxLi1EE18dtype_28float64_29: %excinfo"}
!11 = !{!8, !10}
!12 = !{i1 true}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_ZN5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd: %retptr"}
!15 = distinct !{!15, !"_ZN5numba7parfors15parfor_lowering23_emit_binop_reduce_call12_3clocals_3e13reduction_addB2v6B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEy5ArrayIdLi1E1C7mutable7alignedEd"}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = !{!"branch_weights", i32 99, i32 1}
!19 = !{!20}
!20 = distinct !{!20, !21, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!21 = distinct !{!21, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
!22 = !{!23}
!23 = distinct !{!23, !21, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!24 = !{!25}
!25 = distinct !{!25, !21, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %arg.s_2__arr.4"}
!26 = !{!27, !20, !23, !25}
!27 = distinct !{!27, !21, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!28 = !{!27, !20, !23}
!29 = !{!27, !23, !25}
!30 = !{!27, !20, !25}
!31 = distinct !{!31, !17}
