; ModuleID = 'scale'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@printf_format = internal constant [17 x i8] c"num_threads: %d\0A\00"
@.const.pickledata.9d8bd6d541b3e336fd7917994940781bc68a3a8a = internal constant [112 x i8] c"\80\04\95e\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C@Invalid number of threads. This likely indicates a bug in Numba.\94\85\94N\87\94."
@.const.pickledata.9d8bd6d541b3e336fd7917994940781bc68a3a8a.sha1 = internal constant [20 x i8] c"\9D\8B\D6\D5A\B3\E36\FDy\17\99I@x\1B\C6\8A:\8A"
@.const.picklebuf.9d8bd6d541b3e336fd7917994940781bc68a3a8a = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.9d8bd6d541b3e336fd7917994940781bc68a3a8a, i32 112, ptr @.const.pickledata.9d8bd6d541b3e336fd7917994940781bc68a3a8a.sha1, ptr null, i32 0 }
@.const.scale = internal constant [6 x i8] c"scale\00"
@_ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd" = internal constant [180 x i8] c"missing Environment: _ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd\00"
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@".const.`env.consts` is NULL in `read_const`" = internal constant [37 x i8] c"`env.consts` is NULL in `read_const`\00"
@.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3 = internal constant [32 x i8] c"\80\04\95\15\00\00\00\00\00\00\00\8C\05numpy\94\8C\07ndarray\94\93\94."
@.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1 = internal constant [20 x i8] c"\DF\BC\FD\D3\9F\CB&\F4\D0\C6\80\95D\87\B8\C0\B5;\B8\A3"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29 = common local_unnamed_addr global ptr null
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, i32 137, ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global ptr null
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null
@PyExc_TypeError = external global i8
@PyExc_RuntimeError = external global i8

define range(i32 0, 2) i32 @_ZN8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.a.0, ptr readnone captures(none) %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, double %arg.k) local_unnamed_addr {
B0:
  %.7.i = alloca i32, align 4
  %dim_starts = alloca i64, align 8
  %dim_stops = alloca i64, align 8
  %pargs112 = alloca [4 x ptr], align 8
  %.152 = alloca double, align 8
  %pshape113 = alloca [3 x i64], align 8
  %psteps114 = alloca [7 x i64], align 8
  tail call void @NRT_incref(ptr %arg.a.0)
  tail call void @NRT_incref(ptr %arg.a.0), !noalias !0
  %0 = add i64 %arg.a.5.0, -1152921504606846976
  %.34.i = icmp ult i64 %0, -2305843009213693952
  br i1 %.34.i, label %B0.if.if, label %B0.endif.i, !prof !4

B0.endif.i:                                       ; preds = %B0
  %.33.i = shl nsw i64 %arg.a.5.0, 3
  %.7.i.i.i = tail call ptr @NRT_MemInfo_alloc_aligned(i64 %.33.i, i32 32), !noalias !5
  %.8.i.i.i = icmp eq ptr %.7.i.i.i, null
  br i1 %.8.i.i.i, label %B0.if.if, label %B0.endif, !prof !4

B0.endif:                                         ; preds = %B0.endif.i
  %.5.i.i = getelementptr i8, ptr %.7.i.i.i, i64 24
  %.6.i.i = load ptr, ptr %.5.i.i, align 8, !noalias !0
  tail call void @NRT_decref(ptr %arg.a.0), !noalias !0
  %.107 = add nsw i64 %arg.a.5.0, -1
  store i64 0, ptr %dim_starts, align 8
  store i64 %.107, ptr %dim_stops, align 8
  %.112 = tail call i64 @get_num_threads()
  %.113 = tail call i64 @get_parallel_chunksize()
  %.114 = icmp slt i64 %.112, 1
  br i1 %.114, label %B0.endif.if, label %B0.endif.endif, !prof !4

common.ret:                                       ; preds = %B0.endif.endif, %B0.endif.if, %B0.if.if
  %common.ret.op = phi i32 [ 1, %B0.if.if ], [ 1, %B0.endif.if ], [ 0, %B0.endif.endif ]
  ret i32 %common.ret.op

B0.if.if:                                         ; preds = %B0, %B0.endif.i
  %excinfo.1.0.ph = phi ptr [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B0.endif.i ], [ @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, %B0 ]
  store ptr %excinfo.1.0.ph, ptr %excinfo, align 8
  br label %common.ret

B0.endif.if:                                      ; preds = %B0.endif
  %.117 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @printf_format, i64 %.112)
  store ptr @.const.picklebuf.9d8bd6d541b3e336fd7917994940781bc68a3a8a, ptr %excinfo, align 8, !numba_exception_output !12
  br label %common.ret

B0.endif.endif:                                   ; preds = %B0.endif
  %.123 = call i64 @get_sched_size(i64 %.112, i64 1, ptr nonnull %dim_starts, ptr nonnull %dim_stops)
  call void @set_parallel_chunksize(i64 0)
  %.125 = shl i64 %.123, 1
  %.126 = call ptr @allocate_sched(i64 %.125)
  %.131 = call ptr @do_scheduling_unsigned(i64 1, ptr nonnull %dim_starts, ptr nonnull %dim_stops, i64 %.123, ptr %.126, i64 0)
  store ptr %.126, ptr %pargs112, align 8
  %.139 = getelementptr inbounds nuw i8, ptr %pargs112, i64 8
  store ptr %arg.a.4, ptr %.139, align 8
  %.151 = getelementptr inbounds nuw i8, ptr %pargs112, i64 16
  store double %arg.k, ptr %.152, align 8
  store ptr %.152, ptr %.151, align 8
  %.157 = getelementptr inbounds nuw i8, ptr %pargs112, i64 24
  store ptr %.6.i.i, ptr %.157, align 8
  store i64 %.123, ptr %pshape113, align 8
  %.189 = getelementptr inbounds nuw i8, ptr %pshape113, i64 8
  store i64 2, ptr %.189, align 8
  %.191 = getelementptr inbounds nuw i8, ptr %pshape113, i64 16
  store i64 %arg.a.5.0, ptr %.191, align 8
  store i64 16, ptr %psteps114, align 8
  %.195 = getelementptr inbounds nuw i8, ptr %psteps114, i64 8
  %.201 = getelementptr inbounds nuw i8, ptr %psteps114, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %.195, i8 0, i64 24, i1 false)
  store i64 8, ptr %.201, align 8
  %.203 = getelementptr inbounds nuw i8, ptr %psteps114, i64 40
  store i64 %arg.a.6.0, ptr %.203, align 8
  %.205 = getelementptr inbounds nuw i8, ptr %psteps114, i64 48
  store i64 8, ptr %.205, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %.7.i)
  store i32 0, ptr %.7.i, align 4
  call void @numba_gil_ensure(ptr nonnull %.7.i)
  %.10.i = call ptr @PyEval_SaveThread()
  %.11.i = call i64 @get_num_threads()
  call void @numba_parallel_for(ptr nonnull @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE, ptr nonnull %pargs112, ptr nonnull %pshape113, ptr nonnull %psteps114, ptr null, i64 2, i64 4, i64 %.11.i)
  call void @PyEval_RestoreThread(ptr %.10.i)
  call void @numba_gil_release(ptr nonnull %.7.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %.7.i)
  call void @set_parallel_chunksize(i64 %.113)
  call void @deallocate_sched(ptr %.126)
  store ptr %.7.i.i.i, ptr %retptr, align 8
  %retptr.repack115 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr null, ptr %retptr.repack115, align 8
  %retptr.repack117 = getelementptr inbounds nuw i8, ptr %retptr, i64 16
  store i64 %arg.a.5.0, ptr %retptr.repack117, align 8
  %retptr.repack119 = getelementptr inbounds nuw i8, ptr %retptr, i64 24
  store i64 8, ptr %retptr.repack119, align 8
  %retptr.repack121 = getelementptr inbounds nuw i8, ptr %retptr, i64 32
  store ptr %.6.i.i, ptr %retptr.repack121, align 8
  %retptr.repack123 = getelementptr inbounds nuw i8, ptr %retptr, i64 40
  store i64 %arg.a.5.0, ptr %retptr.repack123, align 8
  %retptr.repack125 = getelementptr inbounds nuw i8, ptr %retptr, i64 48
  store i64 8, ptr %retptr.repack125, align 8
  call void @NRT_decref(ptr %arg.a.0)
  br label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

declare i64 @get_num_threads() local_unnamed_addr

declare i64 @get_parallel_chunksize() local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

declare i64 @get_sched_size(i64, i64, ptr, ptr) local_unnamed_addr

declare void @set_parallel_chunksize(i64) local_unnamed_addr

declare ptr @allocate_sched(i64) local_unnamed_addr

declare ptr @do_scheduling_unsigned(i64, ptr, ptr, i64, ptr, i64) local_unnamed_addr

declare void @deallocate_sched(ptr) local_unnamed_addr

define ptr @_ZN7cpython8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.scale, i64 2, i64 2, ptr nonnull %.5, ptr nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.20 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep46 = getelementptr inbounds nuw i8, ptr %.20, i64 24
  %.fca.4.gep47 = getelementptr inbounds nuw i8, ptr %.20, i64 32
  %.fca.5.0.gep48 = getelementptr inbounds nuw i8, ptr %.20, i64 40
  %.fca.6.0.gep49 = getelementptr inbounds nuw i8, ptr %.20, i64 48
  %.51 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep30 = getelementptr inbounds nuw i8, ptr %.51, i64 8
  %.fca.2.gep31 = getelementptr inbounds nuw i8, ptr %.51, i64 16
  %.fca.3.gep32 = getelementptr inbounds nuw i8, ptr %.51, i64 24
  %.fca.4.gep33 = getelementptr inbounds nuw i8, ptr %.51, i64 32
  %.fca.5.0.gep34 = getelementptr inbounds nuw i8, ptr %.51, i64 40
  %.fca.6.0.gep35 = getelementptr inbounds nuw i8, ptr %.51, i64 48
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %.110 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.110, i64 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %.110, i64 16
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.110, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.110, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.110, i64 40
  %.fca.6.0.gep = getelementptr inbounds nuw i8, ptr %.110, i64 48
  br i1 %.8, label %common.ret, label %entry.endif, !prof !4

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.endif.if.endif, %arg0.err, %entry, %entry.endif.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.endif.if.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.endif.if.endif ], [ %.114, %entry.endif.endif.endif.endif.endif.if.endif.endif ], [ null, %arg0.err ], [ null, %entry.endif.endif.endif.thread ], [ null, %entry.endif.endif.endif.endif.endif.endif.if.endif.if ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load ptr, ptr @_ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd, align 8
  %.15 = icmp eq ptr %.12, null
  br i1 %.15, label %entry.endif.if, label %entry.endif.endif, !prof !4

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.19 = load ptr, ptr %.5, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.20, i8 0, i64 56, i1 false)
  %.24 = call i32 @NRT_adapt_ndarray_from_python(ptr %.19, ptr nonnull %.20)
  %.28 = load i64, ptr %.fca.3.gep46, align 8
  %.29 = icmp ne i64 %.28, 8
  %.30 = icmp ne i32 %.24, 0
  %.31 = or i1 %.30, %.29
  br i1 %.31, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !4

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.35.fca.0.load = load ptr, ptr %.20, align 8
  %.35.fca.4.load = load ptr, ptr %.fca.4.gep47, align 8
  %.35.fca.5.0.load = load i64, ptr %.fca.5.0.gep48, align 8
  %.35.fca.6.0.load = load i64, ptr %.fca.6.0.gep49, align 8
  %.42 = load ptr, ptr %.6, align 8
  %.43 = call ptr @PyNumber_Float(ptr %.42)
  %.44 = call double @PyFloat_AsDouble(ptr %.43)
  call void @Py_DecRef(ptr %.43)
  %.46 = call ptr @PyErr_Occurred()
  %.47.not = icmp eq ptr %.46, null
  br i1 %.47.not, label %entry.endif.endif.endif.endif.endif, label %arg0.err, !prof !13

arg0.err:                                         ; preds = %entry.endif.endif.endif.endif
  call void @NRT_decref(ptr %.35.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.51, i8 0, i64 56, i1 false)
  %.57 = call i32 @_ZN8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd(ptr nonnull %.51, ptr nonnull %excinfo, ptr %.35.fca.0.load, ptr poison, i64 poison, i64 poison, ptr %.35.fca.4.load, i64 %.35.fca.5.0.load, i64 %.35.fca.6.0.load, double %.44) #3
  %.58 = load ptr, ptr %excinfo, align 8
  %.67.fca.0.load = load ptr, ptr %.51, align 8
  %.67.fca.1.load = load ptr, ptr %.fca.1.gep30, align 8
  %.67.fca.2.load = load i64, ptr %.fca.2.gep31, align 8
  %.67.fca.3.load = load i64, ptr %.fca.3.gep32, align 8
  %.67.fca.4.load = load ptr, ptr %.fca.4.gep33, align 8
  %.67.fca.5.0.load = load i64, ptr %.fca.5.0.gep34, align 8
  %.67.fca.6.0.load = load i64, ptr %.fca.6.0.gep35, align 8
  call void @NRT_decref(ptr %.35.fca.0.load)
  %cond = icmp eq i32 %.57, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.endif.if, !prof !14

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif
  %.90 = getelementptr i8, ptr %.12, i64 24
  %.91 = load ptr, ptr %.90, align 8
  %.95.not = icmp eq ptr %.91, null
  br i1 %.95.not, label %entry.endif.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  %.97 = call ptr @PyList_GetItem(ptr nonnull %.91, i64 0)
  br label %entry.endif.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.endif.if.endif.else: ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.`env.consts` is NULL in `read_const`")
  br label %entry.endif.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.endif.if.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.if.endif.else, %entry.endif.endif.endif.endif.endif.if.endif.if
  %.92.0 = phi ptr [ %.97, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.else ]
  %.109 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3, i32 32, ptr nonnull @.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1)
  store ptr %.67.fca.0.load, ptr %.110, align 8
  store ptr %.67.fca.1.load, ptr %.fca.1.gep, align 8
  store i64 %.67.fca.2.load, ptr %.fca.2.gep, align 8
  store i64 %.67.fca.3.load, ptr %.fca.3.gep, align 8
  store ptr %.67.fca.4.load, ptr %.fca.4.gep, align 8
  store i64 %.67.fca.5.0.load, ptr %.fca.5.0.gep, align 8
  store i64 %.67.fca.6.0.load, ptr %.fca.6.0.gep, align 8
  %.114 = call ptr @NRT_adapt_ndarray_to_python_acqref(ptr nonnull %.110, ptr %.109, i32 1, i32 1, ptr %.92.0)
  call void @NRT_decref(ptr %.67.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.if:     ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.122 = load { ptr, i32, ptr, ptr, i32 }, ptr %.58, align 8
  %.123 = extractvalue { ptr, i32, ptr, ptr, i32 } %.122, 4
  %.124 = icmp sgt i32 %.123, 0
  %.127 = extractvalue { ptr, i32, ptr, ptr, i32 } %.122, 0
  %.129 = extractvalue { ptr, i32, ptr, ptr, i32 } %.122, 1
  br i1 %.124, label %entry.endif.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.endif.if.if:  ; preds = %entry.endif.endif.endif.endif.endif.endif.if
  %.130 = sext i32 %.129 to i64
  %.131 = call ptr @PyBytes_FromStringAndSize(ptr %.127, i64 %.130)
  %.132 = load { ptr, i32, ptr, ptr, i32 }, ptr %.58, align 8
  %.133 = extractvalue { ptr, i32, ptr, ptr, i32 } %.132, 2
  %.135 = extractvalue { ptr, i32, ptr, ptr, i32 } %.132, 3
  %.137 = call ptr %.135(ptr %.133)
  %.138 = icmp eq ptr %.137, null
  br i1 %.138, label %entry.endif.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.endif.if.if.endif, !prof !4

entry.endif.endif.endif.endif.endif.endif.if.else: ; preds = %entry.endif.endif.endif.endif.endif.endif.if
  %.151 = extractvalue { ptr, i32, ptr, ptr, i32 } %.122, 2
  %.152 = call ptr @numba_unpickle(ptr %.127, i32 %.129, ptr %.151)
  br label %entry.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.endif.if.else
  %.154 = phi ptr [ %.142, %entry.endif.endif.endif.endif.endif.endif.if.if.endif ], [ %.152, %entry.endif.endif.endif.endif.endif.endif.if.else ]
  %.155.not = icmp eq ptr %.154, null
  br i1 %.155.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.endif.if.endif.if, !prof !4

entry.endif.endif.endif.endif.endif.endif.if.if.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.if.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.if
  %.142 = call ptr @numba_runtime_build_excinfo_struct(ptr %.131, ptr nonnull %.137)
  call void @NRT_Free(ptr nonnull %.58)
  br label %entry.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.if.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.154)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(ptr captures(none), ptr captures(none)) local_unnamed_addr

declare ptr @PyNumber_Float(ptr) local_unnamed_addr

declare double @PyFloat_AsDouble(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare ptr @PyErr_Occurred() local_unnamed_addr

declare ptr @PyList_GetItem(ptr, i64) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @NRT_adapt_ndarray_to_python_acqref(ptr captures(none), ptr, i32, i32, ptr) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

define { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } @cfunc._ZN8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd({ ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, double %.2) local_unnamed_addr {
entry:
  %.4 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.4, i64 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %.4, i64 16
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.4, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.4, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.4, i64 40
  %.fca.6.0.gep = getelementptr inbounds nuw i8, ptr %.4, i64 48
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.4, i8 0, i64 56, i1 false)
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 0
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 5
  %.8 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 6
  %.9 = extractvalue [1 x i64] %extracted.strides, 0
  %.10 = call i32 @_ZN8__main__5scaleB2v7B90c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwm4ogLE0AE5ArrayIdLi1E1C7mutable7alignedEd(ptr nonnull %.4, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr poison, i64 poison, i64 poison, ptr %extracted.data, i64 %.8, i64 %.9, double %.2) #3
  %.11 = load ptr, ptr %excinfo, align 8
  %.20.fca.0.load = load ptr, ptr %.4, align 8
  %.20.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %.20.fca.2.load = load i64, ptr %.fca.2.gep, align 8
  %.20.fca.3.load = load i64, ptr %.fca.3.gep, align 8
  %.20.fca.4.load = load ptr, ptr %.fca.4.gep, align 8
  %.20.fca.5.0.load = load i64, ptr %.fca.5.0.gep, align 8
  %.20.fca.6.0.load = load i64, ptr %.fca.6.0.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %.20.fca.0.load, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %.20.fca.1.load, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %.20.fca.2.load, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %.20.fca.3.load, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %.20.fca.4.load, 4
  %.29 = insertvalue [1 x i64] undef, i64 %.20.fca.5.0.load, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.29, 5
  %.31 = insertvalue [1 x i64] undef, i64 %.20.fca.6.0.load, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.31, 6
  %.33 = alloca i32, align 4
  store i32 0, ptr %.33, align 4
  %cond = icmp eq i32 %.10, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !14

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.33)
  call void @PyErr_Clear()
  %.39 = load { ptr, i32, ptr, ptr, i32 }, ptr %.11, align 8
  %.40 = extractvalue { ptr, i32, ptr, ptr, i32 } %.39, 4
  %.41 = icmp sgt i32 %.40, 0
  %.44 = extractvalue { ptr, i32, ptr, ptr, i32 } %.39, 0
  %.46 = extractvalue { ptr, i32, ptr, ptr, i32 } %.39, 1
  br i1 %.41, label %entry.if.if.if, label %entry.if.if.else

common.ret:                                       ; preds = %entry, %.36, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.strides, %.36 ], [ %inserted.strides, %entry ]
  ret { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %common.ret.op

.36:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.84 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.84)
  call void @Py_DecRef(ptr %.84)
  call void @numba_gil_release(ptr nonnull %.33)
  br label %common.ret

entry.if.if.if:                                   ; preds = %entry.if
  %.47 = sext i32 %.46 to i64
  %.48 = call ptr @PyBytes_FromStringAndSize(ptr %.44, i64 %.47)
  %.49 = load { ptr, i32, ptr, ptr, i32 }, ptr %.11, align 8
  %.50 = extractvalue { ptr, i32, ptr, ptr, i32 } %.49, 2
  %.52 = extractvalue { ptr, i32, ptr, ptr, i32 } %.49, 3
  %.54 = call ptr %.52(ptr %.50)
  %.55 = icmp eq ptr %.54, null
  br i1 %.55, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !4

entry.if.if.else:                                 ; preds = %entry.if
  %.68 = extractvalue { ptr, i32, ptr, ptr, i32 } %.39, 2
  %.69 = call ptr @numba_unpickle(ptr %.44, i32 %.46, ptr %.68)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.71 = phi ptr [ %.59, %entry.if.if.if.endif ], [ %.69, %entry.if.if.else ]
  %.72.not = icmp eq ptr %.71, null
  br i1 %.72.not, label %.36, label %entry.if.if.endif.if, !prof !4

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments.1")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.59 = call ptr @numba_runtime_build_excinfo_struct(ptr %.48, ptr nonnull %.54)
  call void @NRT_Free(ptr nonnull %.11)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.71)
  br label %.36
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #2 {
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
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #3 {
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
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #4

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

declare ptr @PyEval_SaveThread() local_unnamed_addr

define weak_odr void @__gufunc__._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(ptr %args, ptr %dims, ptr %steps, ptr %data) {
entry:
  %loopcount = load i64, ptr %dims, align 8
  %data.1 = load ptr, ptr %args, align 8
  %.10 = load i64, ptr %steps, align 8
  %core.step.ptr.1 = getelementptr i8, ptr %steps, i64 8
  %.12 = load i64, ptr %core.step.ptr.1, align 8
  %data.ptr.2 = getelementptr i8, ptr %args, i64 16
  %data.3 = load ptr, ptr %data.ptr.2, align 8
  %core.step.ptr.2 = getelementptr i8, ptr %steps, i64 16
  %.14 = load i64, ptr %core.step.ptr.2, align 8
  %core.step.ptr.3 = getelementptr i8, ptr %steps, i64 24
  %.15 = load i64, ptr %core.step.ptr.3, align 8
  %.1822 = icmp sgt i64 %loopcount, 0
  br i1 %.1822, label %for.body.preheader, label %common.ret

for.body.preheader:                               ; preds = %entry
  %data.ptr.3 = getelementptr i8, ptr %args, i64 24
  %data.4 = load ptr, ptr %data.ptr.3, align 8
  %data.ptr.1 = getelementptr i8, ptr %args, i64 8
  %data.2 = load ptr, ptr %data.ptr.1, align 8
  %scevgep1 = getelementptr i8, ptr %data.2, i64 128
  br label %for.body

common.ret:                                       ; preds = %.continue, %entry
  ret void

for.body:                                         ; preds = %.continue, %for.body.preheader
  %lsr.iv2 = phi ptr [ %scevgep7, %.continue ], [ %scevgep1, %for.body.preheader ]
  %lsr.iv19 = phi ptr [ %scevgep20, %.continue ], [ %data.2, %for.body.preheader ]
  %lsr.iv9 = phi ptr [ %scevgep10, %.continue ], [ %data.4, %for.body.preheader ]
  %loop.index23 = phi i64 [ %.181, %.continue ], [ 0, %for.body.preheader ]
  %.23 = mul i64 %loop.index23, %.10
  %.24 = getelementptr i8, ptr %data.1, i64 %.23
  %.74 = mul i64 %loop.index23, %.14
  %.75 = getelementptr i8, ptr %data.3, i64 %.74
  %.77 = load double, ptr %.75, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !15)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !18)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !20)
  %.85.i = load i64, ptr %.24, align 8, !alias.scope !15, !noalias !22
  %.123.i = getelementptr i8, ptr %.24, i64 8
  %.124.i = load i64, ptr %.123.i, align 8, !alias.scope !15, !noalias !22
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
  %scevgep11 = getelementptr i8, ptr %lsr.iv9, i64 %0
  %scevgep9 = getelementptr i8, ptr %lsr.iv2, i64 %0
  br label %vector.body.i

vector.body.i:                                    ; preds = %vector.body.i, %vector.ph.i
  %index.i = phi i64 [ 0, %vector.ph.i ], [ %index.next.i, %vector.body.i ]
  %1 = shl i64 %index.i, 3
  %scevgep19 = getelementptr i8, ptr %scevgep9, i64 %1
  %scevgep25 = getelementptr i8, ptr %scevgep19, i64 64
  %scevgep26 = getelementptr i8, ptr %scevgep19, i64 -128
  %scevgep28 = getelementptr i8, ptr %scevgep19, i64 -64
  %wide.load.i = load <8 x double>, ptr %scevgep26, align 8, !alias.scope !18, !noalias !24
  %wide.load2.i = load <8 x double>, ptr %scevgep28, align 8, !alias.scope !18, !noalias !24
  %wide.load3.i = load <8 x double>, ptr %scevgep19, align 8, !alias.scope !18, !noalias !24
  %wide.load4.i = load <8 x double>, ptr %scevgep25, align 8, !alias.scope !18, !noalias !24
  %2 = fmul <8 x double> %broadcast.splat.i, %wide.load.i
  %3 = fmul <8 x double> %broadcast.splat.i, %wide.load2.i
  %4 = fmul <8 x double> %broadcast.splat.i, %wide.load3.i
  %5 = fmul <8 x double> %broadcast.splat.i, %wide.load4.i
  %scevgep29 = getelementptr i8, ptr %scevgep11, i64 %1
  %scevgep32 = getelementptr i8, ptr %scevgep29, i64 192
  %scevgep30 = getelementptr i8, ptr %scevgep29, i64 64
  %scevgep31 = getelementptr i8, ptr %scevgep29, i64 128
  store <8 x double> %2, ptr %scevgep29, align 8, !alias.scope !20, !noalias !25
  store <8 x double> %3, ptr %scevgep30, align 8, !alias.scope !20, !noalias !25
  store <8 x double> %4, ptr %scevgep31, align 8, !alias.scope !20, !noalias !25
  store <8 x double> %5, ptr %scevgep32, align 8, !alias.scope !20, !noalias !25
  %index.next.i = add nuw nsw i64 %index.i, 32
  %6 = icmp eq i64 %n.vec.i, %index.next.i
  br i1 %6, label %middle.block.i, label %vector.body.i, !llvm.loop !26

middle.block.i:                                   ; preds = %vector.body.i
  %cmp.n.i = icmp eq i64 %.215.i, %n.vec.i
  br i1 %cmp.n.i, label %.continue, label %vec.epilog.iter.check.i

vec.epilog.iter.check.i:                          ; preds = %middle.block.i
  %ind.end.i = and i64 %.215.i, 31
  %ind.end14.i = add i64 %n.vec.i, %.85.i
  %7 = and i64 %.215.i, 28
  %min.epilog.iters.check.i = icmp eq i64 %7, 0
  br i1 %min.epilog.iters.check.i, label %B116.preheader.i, label %vec.epilog.ph.i, !prof !29

vec.epilog.ph.i:                                  ; preds = %vec.epilog.iter.check.i, %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i
  %.pre-phi.i = phi i64 [ %.pre.i, %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i ], [ %0, %vec.epilog.iter.check.i ]
  %vec.epilog.resume.val.i = phi i64 [ 0, %vector.main.loop.iter.check.vec.epilog.ph_crit_edge.i ], [ %n.vec.i, %vec.epilog.iter.check.i ]
  %n.vec6.i = and i64 %.215.i, 9223372036854775804
  %broadcast.splatinsert7.i = insertelement <4 x double> poison, double %.77, i64 0
  %broadcast.splat8.i = shufflevector <4 x double> %broadcast.splatinsert7.i, <4 x double> poison, <4 x i32> zeroinitializer
  %scevgep17 = getelementptr i8, ptr %lsr.iv9, i64 %.pre-phi.i
  %scevgep21 = getelementptr i8, ptr %lsr.iv19, i64 %.pre-phi.i
  br label %vec.epilog.vector.body.i

vec.epilog.vector.body.i:                         ; preds = %vec.epilog.vector.body.i, %vec.epilog.ph.i
  %index9.i = phi i64 [ %vec.epilog.resume.val.i, %vec.epilog.ph.i ], [ %index.next11.i, %vec.epilog.vector.body.i ]
  %8 = shl i64 %index9.i, 3
  %scevgep22 = getelementptr i8, ptr %scevgep21, i64 %8
  %wide.load10.i = load <4 x double>, ptr %scevgep22, align 8, !alias.scope !18, !noalias !24
  %9 = fmul <4 x double> %broadcast.splat8.i, %wide.load10.i
  %scevgep18 = getelementptr i8, ptr %scevgep17, i64 %8
  store <4 x double> %9, ptr %scevgep18, align 8, !alias.scope !20, !noalias !25
  %index.next11.i = add nuw i64 %index9.i, 4
  %10 = icmp eq i64 %n.vec6.i, %index.next11.i
  br i1 %10, label %vec.epilog.middle.block.i, label %vec.epilog.vector.body.i, !llvm.loop !30

vec.epilog.middle.block.i:                        ; preds = %vec.epilog.vector.body.i
  %11 = and i64 %.215.i, 3
  %12 = add i64 %n.vec6.i, %.85.i
  %cmp.n12.i = icmp eq i64 %.215.i, %n.vec6.i
  br i1 %cmp.n12.i, label %.continue, label %B116.preheader.i

B116.preheader.i:                                 ; preds = %vec.epilog.middle.block.i, %vec.epilog.iter.check.i, %iter.check.i
  %.261138142.ph.i = phi i64 [ %.215.i, %iter.check.i ], [ %ind.end.i, %vec.epilog.iter.check.i ], [ %11, %vec.epilog.middle.block.i ]
  %.268139141.ph.i = phi i64 [ %.85.i, %iter.check.i ], [ %ind.end14.i, %vec.epilog.iter.check.i ], [ %12, %vec.epilog.middle.block.i ]
  %13 = add nuw nsw i64 %.261138142.ph.i, 1
  %14 = shl i64 %.268139141.ph.i, 3
  br label %B116.i

B116.i:                                           ; preds = %B116.i, %B116.preheader.i
  %lsr.iv15.i = phi i64 [ %14, %B116.preheader.i ], [ %lsr.iv.next16.i, %B116.i ]
  %lsr.iv.i = phi i64 [ %13, %B116.preheader.i ], [ %lsr.iv.next.i, %B116.i ]
  %scevgep24 = getelementptr i8, ptr %lsr.iv19, i64 %lsr.iv15.i
  %.337.i = load double, ptr %scevgep24, align 8, !alias.scope !18, !noalias !24
  %.343.i = fmul double %.77, %.337.i
  %scevgep23 = getelementptr i8, ptr %lsr.iv9, i64 %lsr.iv15.i
  store double %.343.i, ptr %scevgep23, align 8, !alias.scope !20, !noalias !25
  %lsr.iv.next.i = add i64 %lsr.iv.i, -1
  %lsr.iv.next16.i = add i64 %lsr.iv15.i, 8
  %.262.i = icmp samesign ugt i64 %lsr.iv.next.i, 1
  br i1 %.262.i, label %B116.i, label %.continue, !llvm.loop !31

.continue:                                        ; preds = %B116.i, %vec.epilog.middle.block.i, %middle.block.i, %for.body
  %.181 = add nuw nsw i64 %loop.index23, 1
  %scevgep10 = getelementptr i8, ptr %lsr.iv9, i64 %.15
  %scevgep20 = getelementptr i8, ptr %lsr.iv19, i64 %.12
  %scevgep7 = getelementptr i8, ptr %lsr.iv2, i64 %.12
  %exitcond.not = icmp eq i64 %.181, %loopcount
  br i1 %exitcond.not, label %common.ret, label %for.body
}

declare void @numba_parallel_for(ptr, ptr, ptr, ptr, ptr, i64, i64, i64) local_unnamed_addr

declare void @PyEval_RestoreThread(ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { nofree nounwind }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noinline }
attributes #4 = { nounwind }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29: %retptr"}
!2 = distinct !{!2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29"}
!3 = distinct !{!3, !2, !"_ZN5numba2np8arrayobj16ol_np_empty_like12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_29: %excinfo"}
!4 = !{!"branch_weights", i32 1, i32 99}
!5 = !{!6, !8, !9, !11, !1, !3}
!6 = distinct !{!6, !7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!7 = distinct !{!7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!8 = distinct !{!8, !7, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v4B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!9 = distinct !{!9, !10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!10 = distinct !{!10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!11 = distinct !{!11, !10, !"_ZN5numba2np8arrayobj15_call_allocatorB2v3B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!12 = !{i1 true}
!13 = !{!"branch_weights", i32 99, i32 1}
!14 = !{!"branch_weights", i32 49, i32 1}
!15 = !{!16}
!16 = distinct !{!16, !17, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.sched.4"}
!17 = distinct !{!17, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE"}
!18 = !{!19}
!19 = distinct !{!19, !17, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.a.4"}
!20 = !{!21}
!21 = distinct !{!21, !17, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %arg.out.4"}
!22 = !{!23, !19, !21}
!23 = distinct !{!23, !17, !"_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!24 = !{!23, !16, !21}
!25 = !{!23, !16, !19}
!26 = distinct !{!26, !27, !28}
!27 = !{!"llvm.loop.isvectorized", i32 1}
!28 = !{!"llvm.loop.unroll.runtime.disable"}
!29 = !{!"branch_weights", i32 4, i32 28}
!30 = distinct !{!30, !27, !28}
!31 = distinct !{!31, !28, !27}
