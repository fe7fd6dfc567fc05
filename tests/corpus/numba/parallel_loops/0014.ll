; ModuleID = 'scale'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@printf_format = internal constant [17 x i8] c"num_threads: %d\0A\00"
@.const.pickledata.139898000830144 = internal constant [112 x i8] c"\80\04\95e\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C@Invalid number of threads. This likely indicates a bug in Numba.\94\85\94N\87\94."
@.const.pickledata.139898000830144.sha1 = internal constant [20 x i8] c"\9D\8B\D6\D5A\B3\E36\FDy\17\99I@x\1B\C6\8A:\8A"
@.const.picklebuf.139898000830144 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([112 x i8], [112 x i8]* @.const.pickledata.139898000830144, i32 0, i32 0), i32 112, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898000830144.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.scale = internal constant [6 x i8] c"scale\00"
@_ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd" = internal constant [180 x i8] c"missing Environment: _ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd\00"
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@".const.`env.consts` is NULL in `read_const`" = internal constant [37 x i8] c"`env.consts` is NULL in `read_const`\00"
@.const.pickledata.139898143685856 = internal constant [32 x i8] c"\80\04\95\15\00\00\00\00\00\00\00\8C\05numpy\94\8C\07ndarray\94\93\94."
@.const.pickledata.139898143685856.sha1 = internal constant [20 x i8] c"\DF\BC\FD\D3\9F\CB&\F4\D0\C6\80\95D\87\B8\C0\B5;\B8\A3"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f3c8aa1f550>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f3c8aa1f550>\00"
@_ZN08NumbaEnv5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29 = common local_unnamed_addr global i8* null
@.const.pickledata.139898000597248 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.139898000597248.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.139898000597248 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([137 x i8], [137 x i8]* @.const.pickledata.139898000597248, i32 0, i32 0), i32 137, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898000597248.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global i8* null
@.const.pickledata.139898003262144 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139898003262144.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139898003262144 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139898003262144, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898003262144.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@PyExc_TypeError = external global i8
@PyExc_RuntimeError = external global i8

define i32 @_ZN8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.a.0, i8* nocapture readnone %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, double* %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, double %arg.k) local_unnamed_addr {
entry:
  %.7.i = alloca i32, align 4
  %dim_starts = alloca i64, align 8
  %dim_stops = alloca i64, align 8
  %pargs1 = alloca [4 x i8*], align 8
  %.152 = alloca double, align 8
  %pshape2 = alloca [3 x i64], align 8
  %pshape2.sub = getelementptr inbounds [3 x i64], [3 x i64]* %pshape2, i64 0, i64 0
  %psteps3 = alloca [7 x i64], align 8
  %psteps3.sub = getelementptr inbounds [7 x i64], [7 x i64]* %psteps3, i64 0, i64 0
  tail call void @NRT_incref(i8* %arg.a.0)
  tail call void @NRT_incref(i8* %arg.a.0), !noalias !0
  %.32.i = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %arg.a.5.0, i64 8)
  %.34.i = extractvalue { i64, i1 } %.32.i, 1
  br i1 %.34.i, label %B0.if, label %B0.endif.i, !prof !4

B0.endif.i:                                       ; preds = %entry
  %.33.i = extractvalue { i64, i1 } %.32.i, 0
  %.7.i.i.i = tail call i8* @NRT_MemInfo_alloc_aligned(i64 %.33.i, i32 32), !noalias !5
  %.8.i.i.i = icmp eq i8* %.7.i.i.i, null
  br i1 %.8.i.i.i, label %B0.if, label %B0.endif, !prof !4

B0.if:                                            ; preds = %entry, %B0.endif.i
  %excinfo.1.0.ph = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139898003262144, %B0.endif.i ], [ @.const.picklebuf.139898000597248, %entry ]
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.1.0.ph, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B0.endif:                                         ; preds = %B0.endif.i
  %.5.i.i = getelementptr i8, i8* %.7.i.i.i, i64 24
  %0 = bitcast i8* %.5.i.i to double**
  %.6.i1.i = load double*, double** %0, align 8, !noalias !0
  tail call void @NRT_decref(i8* %arg.a.0), !noalias !0
  %.107 = add nsw i64 %arg.a.5.0, -1
  store i64 0, i64* %dim_starts, align 8
  store i64 %.107, i64* %dim_stops, align 8
  %.112 = tail call i64 @get_num_threads()
  %.113 = tail call i64 @get_parallel_chunksize()
  %.114 = icmp slt i64 %.112, 1
  br i1 %.114, label %B0.endif.if, label %B0.endif.endif, !prof !4

common.ret:                                       ; preds = %B0.if, %B0.endif.endif, %B0.endif.if
  %common.ret.op = phi i32 [ 1, %B0.endif.if ], [ 0, %B0.endif.endif ], [ 1, %B0.if ]
  ret i32 %common.ret.op

B0.endif.if:                                      ; preds = %B0.endif
  %.117 = tail call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([17 x i8], [17 x i8]* @printf_format, i64 0, i64 0), i64 %.112)
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139898000830144, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !12
  br label %common.ret

B0.endif.endif:                                   ; preds = %B0.endif
  %.123 = call i64 @get_sched_size(i64 %.112, i64 1, i64* nonnull %dim_starts, i64* nonnull %dim_stops)
  call void @set_parallel_chunksize(i64 0)
  %.125 = shl i64 %.123, 1
  %.126 = call i64* @allocate_sched(i64 %.125)
  %.131 = call i64* @do_scheduling_unsigned(i64 1, i64* nonnull %dim_starts, i64* nonnull %dim_stops, i64 %.123, i64* %.126, i64 0)
  %1 = bitcast [4 x i8*]* %pargs1 to i64**
  store i64* %.126, i64** %1, align 8
  %.139 = getelementptr inbounds [4 x i8*], [4 x i8*]* %pargs1, i64 0, i64 1
  %2 = bitcast i8** %.139 to double**
  store double* %arg.a.4, double** %2, align 8
  %.151 = getelementptr inbounds [4 x i8*], [4 x i8*]* %pargs1, i64 0, i64 2
  store double %arg.k, double* %.152, align 8
  %3 = bitcast i8** %.151 to double**
  store double* %.152, double** %3, align 8
  %.157 = getelementptr inbounds [4 x i8*], [4 x i8*]* %pargs1, i64 0, i64 3
  %4 = bitcast i8** %.157 to double**
  store double* %.6.i1.i, double** %4, align 8
  store i64 %.123, i64* %pshape2.sub, align 8
  %.189 = getelementptr inbounds [3 x i64], [3 x i64]* %pshape2, i64 0, i64 1
  store i64 2, i64* %.189, align 8
  %.191 = getelementptr inbounds [3 x i64], [3 x i64]* %pshape2, i64 0, i64 2
  store i64 %arg.a.5.0, i64* %.191, align 8
  store i64 16, i64* %psteps3.sub, align 8
  %.195 = getelementptr inbounds [7 x i64], [7 x i64]* %psteps3, i64 0, i64 1
  %.201 = getelementptr inbounds [7 x i64], [7 x i64]* %psteps3, i64 0, i64 4
  %5 = bitcast i64* %.195 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %5, i8 0, i64 24, i1 false)
  store i64 8, i64* %.201, align 8
  %.203 = getelementptr inbounds [7 x i64], [7 x i64]* %psteps3, i64 0, i64 5
  store i64 %arg.a.6.0, i64* %.203, align 8
  %.205 = getelementptr inbounds [7 x i64], [7 x i64]* %psteps3, i64 0, i64 6
  store i64 8, i64* %.205, align 8
  %6 = bitcast i32* %.7.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %6)
  store i32 0, i32* %.7.i, align 4
  call void @numba_gil_ensure(i32* nonnull %.7.i)
  %.10.i = call i8* @PyEval_SaveThread()
  %.11.i = call i64 @get_num_threads()
  %.13.i = bitcast [4 x i8*]* %pargs1 to i8*
  %.14.i = bitcast [3 x i64]* %pshape2 to i8*
  %.15.i = bitcast [7 x i64]* %psteps3 to i8*
  call void @numba_parallel_for(i8* bitcast (void (i8**, i64*, i64*, i8*)* @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE to i8*), i8* nonnull %.13.i, i8* nonnull %.14.i, i8* nonnull %.15.i, i8* null, i64 2, i64 4, i64 %.11.i)
  call void @PyEval_RestoreThread(i8* %.10.i)
  call void @numba_gil_release(i32* nonnull %.7.i)
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %6)
  call void @set_parallel_chunksize(i64 %.113)
  call void @deallocate_sched(i64* %.126)
  %retptr.repack = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 0
  store i8* %.7.i.i.i, i8** %retptr.repack, align 8
  %retptr.repack4 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 1
  store i8* null, i8** %retptr.repack4, align 8
  %retptr.repack6 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 2
  store i64 %arg.a.5.0, i64* %retptr.repack6, align 8
  %retptr.repack8 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 3
  store i64 8, i64* %retptr.repack8, align 8
  %retptr.repack10 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 4
  store double* %.6.i1.i, double** %retptr.repack10, align 8
  %7 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 5, i64 0
  store i64 %arg.a.5.0, i64* %7, align 8
  %8 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 6, i64 0
  store i64 8, i64* %8, align 8
  call void @NRT_decref(i8* %arg.a.0)
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

define i8* @_ZN7cpython8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = alloca i8*, align 8
  %.7 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.const.scale, i64 0, i64 0), i64 2, i64 2, i8** nonnull %.5, i8** nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.22 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep43 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 0
  %.fca.3.gep46 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 3
  %.fca.4.gep47 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 4
  %.fca.5.0.gep48 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 5, i64 0
  %.fca.6.0.gep49 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22, i64 0, i32 6, i64 0
  %.53 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep29 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 0
  %.fca.1.gep30 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 1
  %.fca.2.gep31 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 2
  %.fca.3.gep32 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 3
  %.fca.4.gep33 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 4
  %.fca.5.0.gep34 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 5, i64 0
  %.fca.6.0.gep35 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53, i64 0, i32 6, i64 0
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.112 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 1
  %.fca.2.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 2
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 5, i64 0
  %.fca.6.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112, i64 0, i32 6, i64 0
  br i1 %.8, label %common.ret, label %entry.endif, !prof !4

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.e...endif, %entry.endif.endif.endif.endif.if, %entry, %entry.endif.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.endif.if.endif.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.116, %entry.endif.endif.endif.endif.endif.if.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.endif.endif.endif.if ], [ null, %entry.endif.endif.endif.e...endif ], [ null, %entry.endif.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.thread ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load i8*, i8** @_ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd, align 8
  %.13 = ptrtoint i8* %.12 to i64
  %.14 = add i64 %.13, 16
  %.16 = inttoptr i64 %.14 to { i8*, i8* }*
  %.17 = icmp eq i8* %.12, null
  br i1 %.17, label %entry.endif.if, label %entry.endif.endif, !prof !4

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([180 x i8], [180 x i8]* @".const.missing Environment: _ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.21 = load i8*, i8** %.5, align 8
  %.25 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22 to i8*
  %0 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.22 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  %.26 = call i32 @NRT_adapt_ndarray_from_python(i8* %.21, i8* nonnull %.25)
  %.30 = load i64, i64* %.fca.3.gep46, align 8
  %.31 = icmp ne i64 %.30, 8
  %.32 = icmp ne i32 %.26, 0
  %.33 = or i1 %.32, %.31
  br i1 %.33, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !4

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.37.fca.0.load = load i8*, i8** %.fca.0.gep43, align 8
  %.37.fca.4.load = load double*, double** %.fca.4.gep47, align 8
  %.37.fca.5.0.load = load i64, i64* %.fca.5.0.gep48, align 8
  %.37.fca.6.0.load = load i64, i64* %.fca.6.0.gep49, align 8
  %.44 = load i8*, i8** %.6, align 8
  %.45 = call i8* @PyNumber_Float(i8* %.44)
  %.46 = call double @PyFloat_AsDouble(i8* %.45)
  call void @Py_DecRef(i8* %.45)
  %.48 = call i8* @PyErr_Occurred()
  %.49.not = icmp eq i8* %.48, null
  br i1 %.49.not, label %entry.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.if, !prof !13

entry.endif.endif.endif.endif.if:                 ; preds = %entry.endif.endif.endif.endif
  call void @NRT_decref(i8* %.37.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif
  %1 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.53 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %.59 = call i32 @_ZN8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* nonnull %.53, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %.37.fca.0.load, i8* undef, i64 undef, i64 undef, double* %.37.fca.4.load, i64 %.37.fca.5.0.load, i64 %.37.fca.6.0.load, double %.46) #3
  %.60 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.67 = icmp sgt i32 %.59, 0
  %.68 = select i1 %.67, { i8*, i32, i8*, i8*, i32 }* %.60, { i8*, i32, i8*, i8*, i32 }* undef
  %.69.fca.0.load = load i8*, i8** %.fca.0.gep29, align 8
  %.69.fca.1.load = load i8*, i8** %.fca.1.gep30, align 8
  %.69.fca.2.load = load i64, i64* %.fca.2.gep31, align 8
  %.69.fca.3.load = load i64, i64* %.fca.3.gep32, align 8
  %.69.fca.4.load = load double*, double** %.fca.4.gep33, align 8
  %.69.fca.5.0.load = load i64, i64* %.fca.5.0.gep34, align 8
  %.69.fca.6.0.load = load i64, i64* %.fca.6.0.gep35, align 8
  call void @NRT_decref(i8* %.37.fca.0.load)
  switch i32 %.59, label %entry.endif.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.endif.if.endif
    i32 0, label %entry.endif.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  br i1 %.67, label %entry.endif.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.e...endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif, %entry.endif.endif.endif.endif.endif
  %.92 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.16, i64 0, i32 1
  %.93 = load i8*, i8** %.92, align 8
  %.97.not = icmp eq i8* %.93, null
  br i1 %.97.not, label %entry.endif.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  %.99 = call i8* @PyList_GetItem(i8* nonnull %.93, i64 0)
  br label %entry.endif.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.endif.if.endif.else: ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([37 x i8], [37 x i8]* @".const.`env.consts` is NULL in `read_const`", i64 0, i64 0))
  br label %entry.endif.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.endif.if.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.if.endif.else, %entry.endif.endif.endif.endif.endif.if.endif.if
  %.94.0 = phi i8* [ %.99, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.else ]
  %.111 = call i8* @numba_unpickle(i8* getelementptr inbounds ([32 x i8], [32 x i8]* @.const.pickledata.139898143685856, i64 0, i64 0), i32 32, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139898143685856.sha1, i64 0, i64 0))
  store i8* %.69.fca.0.load, i8** %.fca.0.gep, align 8
  store i8* %.69.fca.1.load, i8** %.fca.1.gep, align 8
  store i64 %.69.fca.2.load, i64* %.fca.2.gep, align 8
  store i64 %.69.fca.3.load, i64* %.fca.3.gep, align 8
  store double* %.69.fca.4.load, double** %.fca.4.gep, align 8
  store i64 %.69.fca.5.0.load, i64* %.fca.5.0.gep, align 8
  store i64 %.69.fca.6.0.load, i64* %.fca.6.0.gep, align 8
  %.115 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.112 to i8*
  %.116 = call i8* @NRT_adapt_ndarray_to_python_acqref(i8* nonnull %.115, i8* %.111, i32 1, i32 1, i8* %.94.0)
  call void @NRT_decref(i8* %.69.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.if:     ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.124 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.68, align 8
  %.125 = extractvalue { i8*, i32, i8*, i8*, i32 } %.124, 4
  %.126 = icmp sgt i32 %.125, 0
  %.129 = extractvalue { i8*, i32, i8*, i8*, i32 } %.124, 0
  %.131 = extractvalue { i8*, i32, i8*, i8*, i32 } %.124, 1
  br i1 %.126, label %entry.endif.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.endif.if.if:  ; preds = %entry.endif.endif.endif.endif.endif.endif.if
  %.132 = sext i32 %.131 to i64
  %.133 = call i8* @PyBytes_FromStringAndSize(i8* %.129, i64 %.132)
  %.134 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.68, align 8
  %.135 = extractvalue { i8*, i32, i8*, i8*, i32 } %.134, 2
  %.137 = extractvalue { i8*, i32, i8*, i8*, i32 } %.134, 3
  %.138 = bitcast i8* %.137 to i8* (i8*)*
  %.139 = call i8* %.138(i8* %.135)
  %.140 = icmp eq i8* %.139, null
  br i1 %.140, label %entry.endif.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.endif.if.if.endif, !prof !4

entry.endif.endif.endif.endif.endif.endif.if.else: ; preds = %entry.endif.endif.endif.endif.endif.endif.if
  %.153 = extractvalue { i8*, i32, i8*, i8*, i32 } %.124, 2
  %.154 = call i8* @numba_unpickle(i8* %.129, i32 %.131, i8* %.153)
  br label %entry.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.endif.if.else
  %.156 = phi i8* [ %.144, %entry.endif.endif.endif.endif.endif.endif.if.if.endif ], [ %.154, %entry.endif.endif.endif.endif.endif.endif.if.else ]
  %.157.not = icmp eq i8* %.156, null
  br i1 %.157.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.endif.if.endif.if, !prof !4

entry.endif.endif.endif.endif.endif.endif.if.if.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.if.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.if
  %.144 = call i8* @numba_runtime_build_excinfo_struct(i8* %.133, i8* nonnull %.139)
  %.145 = bitcast { i8*, i32, i8*, i8*, i32 }* %.68 to i8*
  call void @NRT_Free(i8* nonnull %.145)
  br label %entry.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.if.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.156)
  br label %common.ret

entry.endif.endif.endif.e...endif:                ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(i8* nocapture, i8* nocapture) local_unnamed_addr

declare i8* @PyNumber_Float(i8*) local_unnamed_addr

declare double @PyFloat_AsDouble(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare i8* @PyErr_Occurred() local_unnamed_addr

declare i8* @PyList_GetItem(i8*, i64) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare i8* @NRT_adapt_ndarray_to_python_acqref(i8* nocapture, i8*, i32, i32, i8*) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

define { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } @cfunc._ZN8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, double %.2) local_unnamed_addr {
entry:
  %.4 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 1
  %.fca.2.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 2
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 5, i64 0
  %.fca.6.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4, i64 0, i32 6, i64 0
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  %0 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.4 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 0
  %extracted.data = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 4
  %extracted.shape = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 5
  %.8 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.1, 6
  %.9 = extractvalue [1 x i64] %extracted.strides, 0
  %.10 = call i32 @_ZN8__main__5scaleB2v7B90c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* undef, i64 undef, i64 undef, double* %extracted.data, i64 %.8, i64 %.9, double %.2) #3
  %.11 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.12.not = icmp eq i32 %.10, 0
  %.18 = icmp sgt i32 %.10, 0
  %.19 = select i1 %.18, { i8*, i32, i8*, i8*, i32 }* %.11, { i8*, i32, i8*, i8*, i32 }* undef
  %.20.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.20.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %.20.fca.2.load = load i64, i64* %.fca.2.gep, align 8
  %.20.fca.3.load = load i64, i64* %.fca.3.gep, align 8
  %.20.fca.4.load = load double*, double** %.fca.4.gep, align 8
  %.20.fca.5.0.load = load i64, i64* %.fca.5.0.gep, align 8
  %.20.fca.6.0.load = load i64, i64* %.fca.6.0.gep, align 8
  %.26 = insertvalue [1 x i64] poison, i64 %.20.fca.5.0.load, 0
  %.27 = insertvalue [1 x i64] poison, i64 %.20.fca.6.0.load, 0
  %inserted.meminfo = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } undef, i8* %.20.fca.0.load, 0
  %inserted.parent = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.meminfo, i8* %.20.fca.1.load, 1
  %inserted.nitems = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.parent, i64 %.20.fca.2.load, 2
  %inserted.itemsize = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.nitems, i64 %.20.fca.3.load, 3
  %inserted.data = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.itemsize, double* %.20.fca.4.load, 4
  %inserted.shape = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.26, 5
  %inserted.strides = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.27, 6
  %.33 = alloca i32, align 4
  store i32 0, i32* %.33, align 4
  br i1 %.12.not, label %common.ret, label %entry.if, !prof !13

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.33)
  br i1 %.18, label %entry.if.if, label %entry.if.endif.endif.endif

common.ret:                                       ; preds = %entry, %.36, %entry.if.if.if.if
  %common.ret.op = phi { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.strides, %.36 ], [ %inserted.strides, %entry ]
  ret { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %common.ret.op

.36:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif
  %.84 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f3c8aa1f550>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.84)
  call void @Py_DecRef(i8* %.84)
  call void @numba_gil_release(i32* nonnull %.33)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.39 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.19, align 8
  %.40 = extractvalue { i8*, i32, i8*, i8*, i32 } %.39, 4
  %.41 = icmp sgt i32 %.40, 0
  %.44 = extractvalue { i8*, i32, i8*, i8*, i32 } %.39, 0
  %.46 = extractvalue { i8*, i32, i8*, i8*, i32 } %.39, 1
  br i1 %.41, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.47 = sext i32 %.46 to i64
  %.48 = call i8* @PyBytes_FromStringAndSize(i8* %.44, i64 %.47)
  %.49 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.19, align 8
  %.50 = extractvalue { i8*, i32, i8*, i8*, i32 } %.49, 2
  %.52 = extractvalue { i8*, i32, i8*, i8*, i32 } %.49, 3
  %.53 = bitcast i8* %.52 to i8* (i8*)*
  %.54 = call i8* %.53(i8* %.50)
  %.55 = icmp eq i8* %.54, null
  br i1 %.55, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !4

entry.if.if.else:                                 ; preds = %entry.if.if
  %.68 = extractvalue { i8*, i32, i8*, i8*, i32 } %.39, 2
  %.69 = call i8* @numba_unpickle(i8* %.44, i32 %.46, i8* %.68)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.71 = phi i8* [ %.59, %entry.if.if.if.endif ], [ %.69, %entry.if.if.else ]
  %.72.not = icmp eq i8* %.71, null
  br i1 %.72.not, label %.36, label %entry.if.if.endif.if, !prof !4

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments.1", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.59 = call i8* @numba_runtime_build_excinfo_struct(i8* %.48, i8* nonnull %.54)
  %.60 = bitcast { i8*, i32, i8*, i8*, i32 }* %.19 to i8*
  call void @NRT_Free(i8* nonnull %.60)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(i8* nonnull %.71)
  br label %.36

entry.if.endif.endif.endif:                       ; preds = %entry.if
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function.2", i64 0, i64 0))
  br label %.36
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyUnicode_FromString(i8*) local_unnamed_addr

declare void @PyErr_WriteUnraisable(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !4

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #2

declare noalias i8* @NRT_MemInfo_alloc_aligned(i64, i32) local_unnamed_addr

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !4

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret, !prof !4

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

declare i8* @PyEval_SaveThread() local_unnamed_addr

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
  %0 = ptrtoint i8* %data.1 to i64
  %1 = ptrtoint i8* %data.2 to i64
  %2 = ptrtoint i8* %data.4 to i64
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %.continue, %for.body.preheader
  %loop.index2 = phi i64 [ %.187, %.continue ], [ 0, %for.body.preheader ]
  %.23 = mul i64 %loop.index2, %.10
  %.25 = add i64 %.23, %0
  %.31 = inttoptr i64 %.25 to i64*
  %.52 = mul i64 %loop.index2, %.12
  %.54 = add i64 %.52, %1
  %.78 = mul i64 %loop.index2, %.14
  %.79 = getelementptr i8, i8* %data.3, i64 %.78
  %.80 = bitcast i8* %.79 to double*
  %.81 = load double, double* %.80, align 8
  %.85 = mul i64 %loop.index2, %.15
  %.87 = add i64 %.85, %2
  tail call void @llvm.experimental.noalias.scope.decl(metadata !14)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !17)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !19)
  %.85.i = load i64, i64* %.31, align 8, !alias.scope !14, !noalias !21
  %.123.i = getelementptr i64, i64* %.31, i64 1
  %.124.i = load i64, i64* %.123.i, align 8, !alias.scope !14, !noalias !21
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
  %10 = and i64 %5, 4611686018427387900
  %scevgep69 = getelementptr double, double* %8, i64 %.85.i
  %scevgep66 = getelementptr double, double* %scevgep58.i, i64 -24
  %scevgep40 = getelementptr double, double* %7, i64 %.85.i
  %scevgep34 = getelementptr double, double* %scevgep34.i, i64 -24
  %scevgep63 = getelementptr double, double* %scevgep58.i, i64 -20
  %scevgep58 = getelementptr double, double* %scevgep58.i, i64 -16
  %scevgep28 = getelementptr double, double* %scevgep34.i, i64 -20
  %scevgep23 = getelementptr double, double* %scevgep34.i, i64 -16
  %scevgep54 = getelementptr double, double* %scevgep58.i, i64 -12
  %scevgep50 = getelementptr double, double* %scevgep58.i, i64 -8
  %scevgep17 = getelementptr double, double* %scevgep34.i, i64 -12
  %scevgep11 = getelementptr double, double* %scevgep34.i, i64 -8
  %scevgep47 = getelementptr double, double* %scevgep58.i, i64 -4
  %scevgep5 = getelementptr double, double* %scevgep34.i, i64 -4
  br label %vector.body.i

vector.body.i:                                    ; preds = %vector.body.i, %vector.ph.new.i
  %lsr.iv3 = phi i64 [ %lsr.iv.next4, %vector.body.i ], [ %10, %vector.ph.new.i ]
  %index.i = phi i64 [ %index.next.3.i, %vector.body.i ], [ 0, %vector.ph.new.i ]
  %scevgep71 = getelementptr double, double* %scevgep69, i64 %index.i
  %11 = bitcast double* %scevgep71 to <4 x double>*
  %wide.load.i = load <4 x double>, <4 x double>* %11, align 8, !alias.scope !17, !noalias !23
  %scevgep68 = getelementptr double, double* %scevgep66, i64 %index.i
  %12 = bitcast double* %scevgep68 to <4 x double>*
  %wide.load8.i = load <4 x double>, <4 x double>* %12, align 8, !alias.scope !17, !noalias !23
  %13 = fmul <4 x double> %broadcast.splat.i, %wide.load.i
  %14 = fmul <4 x double> %broadcast.splat.i, %wide.load8.i
  %scevgep43 = getelementptr double, double* %scevgep40, i64 %index.i
  %15 = bitcast double* %scevgep43 to <4 x double>*
  store <4 x double> %13, <4 x double>* %15, align 8, !alias.scope !19, !noalias !24
  %scevgep37 = getelementptr double, double* %scevgep34, i64 %index.i
  %16 = bitcast double* %scevgep37 to <4 x double>*
  store <4 x double> %14, <4 x double>* %16, align 8, !alias.scope !19, !noalias !24
  %scevgep65 = getelementptr double, double* %scevgep63, i64 %index.i
  %17 = bitcast double* %scevgep65 to <4 x double>*
  %wide.load.1.i = load <4 x double>, <4 x double>* %17, align 8, !alias.scope !17, !noalias !23
  %scevgep61 = getelementptr double, double* %scevgep58, i64 %index.i
  %18 = bitcast double* %scevgep61 to <4 x double>*
  %wide.load8.1.i = load <4 x double>, <4 x double>* %18, align 8, !alias.scope !17, !noalias !23
  %19 = fmul <4 x double> %broadcast.splat.i, %wide.load.1.i
  %20 = fmul <4 x double> %broadcast.splat.i, %wide.load8.1.i
  %scevgep31 = getelementptr double, double* %scevgep28, i64 %index.i
  %21 = bitcast double* %scevgep31 to <4 x double>*
  store <4 x double> %19, <4 x double>* %21, align 8, !alias.scope !19, !noalias !24
  %scevgep26 = getelementptr double, double* %scevgep23, i64 %index.i
  %22 = bitcast double* %scevgep26 to <4 x double>*
  store <4 x double> %20, <4 x double>* %22, align 8, !alias.scope !19, !noalias !24
  %scevgep57 = getelementptr double, double* %scevgep54, i64 %index.i
  %23 = bitcast double* %scevgep57 to <4 x double>*
  %wide.load.2.i = load <4 x double>, <4 x double>* %23, align 8, !alias.scope !17, !noalias !23
  %scevgep52 = getelementptr double, double* %scevgep50, i64 %index.i
  %24 = bitcast double* %scevgep52 to <4 x double>*
  %wide.load8.2.i = load <4 x double>, <4 x double>* %24, align 8, !alias.scope !17, !noalias !23
  %25 = fmul <4 x double> %broadcast.splat.i, %wide.load.2.i
  %26 = fmul <4 x double> %broadcast.splat.i, %wide.load8.2.i
  %scevgep20 = getelementptr double, double* %scevgep17, i64 %index.i
  %27 = bitcast double* %scevgep20 to <4 x double>*
  store <4 x double> %25, <4 x double>* %27, align 8, !alias.scope !19, !noalias !24
  %scevgep14 = getelementptr double, double* %scevgep11, i64 %index.i
  %28 = bitcast double* %scevgep14 to <4 x double>*
  store <4 x double> %26, <4 x double>* %28, align 8, !alias.scope !19, !noalias !24
  %scevgep49 = getelementptr double, double* %scevgep47, i64 %index.i
  %29 = bitcast double* %scevgep49 to <4 x double>*
  %wide.load.3.i = load <4 x double>, <4 x double>* %29, align 8, !alias.scope !17, !noalias !23
  %scevgep72 = getelementptr double, double* %scevgep58.i, i64 %index.i
  %scevgep7273 = bitcast double* %scevgep72 to <4 x double>*
  %wide.load8.3.i = load <4 x double>, <4 x double>* %scevgep7273, align 8, !alias.scope !17, !noalias !23
  %30 = fmul <4 x double> %broadcast.splat.i, %wide.load.3.i
  %31 = fmul <4 x double> %broadcast.splat.i, %wide.load8.3.i
  %scevgep8 = getelementptr double, double* %scevgep5, i64 %index.i
  %32 = bitcast double* %scevgep8 to <4 x double>*
  store <4 x double> %30, <4 x double>* %32, align 8, !alias.scope !19, !noalias !24
  %scevgep45 = getelementptr double, double* %scevgep34.i, i64 %index.i
  %scevgep4546 = bitcast double* %scevgep45 to <4 x double>*
  store <4 x double> %31, <4 x double>* %scevgep4546, align 8, !alias.scope !19, !noalias !24
  %index.next.3.i = add i64 %index.i, 32
  %lsr.iv.next4 = add i64 %lsr.iv3, -4
  %niter.ncmp.3.i = icmp eq i64 %lsr.iv.next4, 0
  br i1 %niter.ncmp.3.i, label %middle.block.unr-lcssa.i, label %vector.body.i, !llvm.loop !25

middle.block.unr-lcssa.i:                         ; preds = %vector.body.i, %vector.ph.i
  %index.unr.i = phi i64 [ 0, %vector.ph.i ], [ %index.next.3.i, %vector.body.i ]
  %lcmp.mod.not.i = icmp eq i64 %xtraiter.i, 0
  br i1 %lcmp.mod.not.i, label %middle.block.i, label %vector.body.epil.preheader.i

vector.body.epil.preheader.i:                     ; preds = %middle.block.unr-lcssa.i
  %33 = inttoptr i64 %.87 to double*
  %34 = inttoptr i64 %.54 to double*
  %35 = add i64 %.85.i, 4
  %36 = add i64 %35, %index.unr.i
  %scevgep.i = getelementptr double, double* %33, i64 %36
  %scevgep27.i = getelementptr double, double* %34, i64 %36
  %37 = shl nuw nsw i64 %xtraiter.i, 6
  %38 = bitcast double* %scevgep27.i to i8*
  %39 = bitcast double* %scevgep.i to i8*
  br label %vector.body.epil.i

vector.body.epil.i:                               ; preds = %vector.body.epil.i, %vector.body.epil.preheader.i
  %lsr.iv19.i = phi i64 [ 0, %vector.body.epil.preheader.i ], [ %lsr.iv.next20.i, %vector.body.epil.i ]
  %uglygep78 = getelementptr i8, i8* %38, i64 %lsr.iv19.i
  %uglygep7879 = bitcast i8* %uglygep78 to <4 x double>*
  %scevgep80 = getelementptr i8, i8* %uglygep78, i64 -32
  %40 = bitcast i8* %scevgep80 to <4 x double>*
  %wide.load.epil.i = load <4 x double>, <4 x double>* %40, align 8, !alias.scope !17, !noalias !23
  %wide.load8.epil.i = load <4 x double>, <4 x double>* %uglygep7879, align 8, !alias.scope !17, !noalias !23
  %41 = fmul <4 x double> %broadcast.splat.i, %wide.load.epil.i
  %42 = fmul <4 x double> %broadcast.splat.i, %wide.load8.epil.i
  %uglygep75 = getelementptr i8, i8* %39, i64 %lsr.iv19.i
  %uglygep7576 = bitcast i8* %uglygep75 to <4 x double>*
  %scevgep = getelementptr i8, i8* %uglygep75, i64 -32
  %43 = bitcast i8* %scevgep to <4 x double>*
  store <4 x double> %41, <4 x double>* %43, align 8, !alias.scope !19, !noalias !24
  store <4 x double> %42, <4 x double>* %uglygep7576, align 8, !alias.scope !19, !noalias !24
  %lsr.iv.next20.i = add nuw nsw i64 %lsr.iv19.i, 64
  %epil.iter.cmp.not.i = icmp eq i64 %37, %lsr.iv.next20.i
  br i1 %epil.iter.cmp.not.i, label %middle.block.i, label %vector.body.epil.i, !llvm.loop !27

middle.block.i:                                   ; preds = %vector.body.epil.i, %middle.block.unr-lcssa.i
  %cmp.n.i = icmp eq i64 %.215.i, %n.vec.i
  br i1 %cmp.n.i, label %.continue, label %B116.preheader11.i

B116.preheader11.i:                               ; preds = %middle.block.i, %B116.preheader.i
  %.2614.ph.i = phi i64 [ %.215.i, %B116.preheader.i ], [ %ind.end.i, %middle.block.i ]
  %.202.03.ph.i = phi i64 [ %.85.i, %B116.preheader.i ], [ %ind.end6.i, %middle.block.i ]
  %44 = add i64 %.2614.ph.i, 1
  %45 = shl i64 %.202.03.ph.i, 3
  %46 = inttoptr i64 %.54 to i8*
  %47 = inttoptr i64 %.87 to i8*
  br label %B116.i

B116.i:                                           ; preds = %B116.i, %B116.preheader11.i
  %lsr.iv12.i = phi i64 [ %45, %B116.preheader11.i ], [ %lsr.iv.next13.i, %B116.i ]
  %lsr.iv.i = phi i64 [ %44, %B116.preheader11.i ], [ %lsr.iv.next.i, %B116.i ]
  %scevgep83 = getelementptr i8, i8* %46, i64 %lsr.iv12.i
  %scevgep8384 = bitcast i8* %scevgep83 to double*
  %.337.i = load double, double* %scevgep8384, align 8, !alias.scope !17, !noalias !23
  %.343.i = fmul double %.81, %.337.i
  %scevgep81 = getelementptr i8, i8* %47, i64 %lsr.iv12.i
  %scevgep8182 = bitcast i8* %scevgep81 to double*
  store double %.343.i, double* %scevgep8182, align 8, !alias.scope !19, !noalias !24
  %lsr.iv.next.i = add i64 %lsr.iv.i, -1
  %lsr.iv.next13.i = add i64 %lsr.iv12.i, 8
  %.262.i = icmp ugt i64 %lsr.iv.next.i, 1
  br i1 %.262.i, label %B116.i, label %.continue, !llvm.loop !29

.continue:                                        ; preds = %B116.i, %middle.block.i, %for.body
  %.187 = add nuw nsw i64 %loop.index2, 1
  %exitcond.not = icmp eq i64 %.187, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

declare void @numba_parallel_for(i8*, i8*, i8*, i8*, i8*, i64, i64, i64) local_unnamed_addr

declare void @PyEval_RestoreThread(i8*) local_unnamed_addr

; Function Attrs: inaccessiblememonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.experimental.noalias.scope.decl(metadata) #4

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { nofree nounwind }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { noinline }
attributes #4 = { inaccessiblememonly mustprogress nofree nosync nounwind willreturn }
attributes #5 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #6 = { argmemonly nofree nounwind willreturn writeonly }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29: %retptr"}
!2 = distinct !{!2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29"}
!3 = distinct !{!3, !2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29: %excinfo"}
!4 = !{!"branch_weights", i32 1, i32 99}
!5 = !{!6, !8, !9, !11, !1, !3}
!6 = distinct !{!6, !7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!7 = distinct !{!7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!8 = distinct !{!8, !7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!9 = distinct !{!9, !10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!10 = distinct !{!10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!11 = distinct !{!11, !10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!12 = !{i1 true}
!13 = !{!"branch_weights", i32 99, i32 1}
!14 = !{!15}
!15 = distinct !{!15, !16, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!16 = distinct !{!16, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE"}
!17 = !{!18}
!18 = distinct !{!18, !16, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!19 = !{!20}
!20 = distinct !{!20, !16, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.out.4"}
!21 = !{!22, !18, !20}
!22 = distinct !{!22, !16, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8aa16b90B2v9B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!23 = !{!22, !15, !20}
!24 = !{!22, !15, !18}
!25 = distinct !{!25, !26}
!26 = !{!"llvm.loop.isvectorized", i32 1}
!27 = distinct !{!27, !28}
!28 = !{!"llvm.loop.unroll.disable"}
!29 = distinct !{!29, !30, !26}
!30 = !{!"llvm.loop.unroll.runtime.disable"}
