; ModuleID = '__numba_parfor_gufunc_0x7f2d3f379f10'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.__numba_parfor_gufunc_0x7f2d3f379f10 = internal constant [37 x i8] c"__numba_parfor_gufunc_0x7f2d3f379f10\00"
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE" = internal constant [296 x i8] c"missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@_Py_NoneStruct = external global i8
@PyExc_RuntimeError = external global i8

define noundef i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias writeonly captures(none) %retptr, ptr noalias readnone captures(none) %excinfo, ptr noalias readnone captures(none) %arg.sched.0, ptr noalias readnone captures(none) %arg.sched.1, i64 %arg.sched.2, i64 %arg.sched.3, ptr noalias readonly captures(none) %arg.sched.4, i64 %arg.sched.5.0, i64 %arg.sched.6.0, ptr noalias readnone captures(none) %arg.a.0, ptr noalias readnone captures(none) %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr noalias readonly captures(none) %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, ptr noalias readnone captures(none) %arg.s_2__arr.0, ptr noalias readnone captures(none) %arg.s_2__arr.1, i64 %arg.s_2__arr.2, i64 %arg.s_2__arr.3, ptr noalias captures(none) %arg.s_2__arr.4, i64 %arg.s_2__arr.5.0, i64 %arg.s_2__arr.6.0) local_unnamed_addr {
B0.endif:
  %.73 = tail call i64 @get_thread_id()
  %.93 = icmp slt i64 %.73, 0
  %.94 = select i1 %.93, i64 %arg.s_2__arr.5.0, i64 0
  %0 = getelementptr double, ptr %arg.s_2__arr.4, i64 %.73
  %.108 = getelementptr double, ptr %0, i64 %.94
  %.109 = load double, ptr %.108, align 8
  %.149 = load i64, ptr %arg.sched.4, align 8
  %.187 = getelementptr i8, ptr %arg.sched.4, i64 8
  %.188 = load i64, ptr %.187, align 8
  %reass.sub = sub i64 %.188, %.149
  %.326155161 = icmp ult i64 %reass.sub, 9223372036854775807
  br i1 %.326155161, label %B212.preheader, label %B284

B212.preheader:                                   ; preds = %B0.endif
  %.279 = add nuw nsw i64 %reass.sub, 1
  %xtraiter = and i64 %.279, 7
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B212.prol.loopexit, label %B212.prol

B212.prol:                                        ; preds = %B212.preheader, %B212.prol
  %s_2.0158.prol = phi double [ %.409.prol, %B212.prol ], [ %.109, %B212.preheader ]
  %.325153157.prol = phi i64 [ %.335.prol, %B212.prol ], [ %.279, %B212.preheader ]
  %.332154156.prol = phi i64 [ %.339.prol, %B212.prol ], [ %.149, %B212.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %B212.prol ], [ 0, %B212.preheader ]
  %.335.prol = add nsw i64 %.325153157.prol, -1
  %.339.prol = add i64 %.332154156.prol, 1
  %.400.prol = getelementptr double, ptr %arg.a.4, i64 %.332154156.prol
  %.401.prol = load double, ptr %.400.prol, align 8
  %.409.prol = fadd double %s_2.0158.prol, %.401.prol
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %B212.prol.loopexit, label %B212.prol, !llvm.loop !0

B212.prol.loopexit:                               ; preds = %B212.prol, %B212.preheader
  %s_2.0158.unr = phi double [ %.109, %B212.preheader ], [ %.409.prol, %B212.prol ]
  %.325153157.unr = phi i64 [ %.279, %B212.preheader ], [ %.335.prol, %B212.prol ]
  %.332154156.unr = phi i64 [ %.149, %B212.preheader ], [ %.339.prol, %B212.prol ]
  %.409.lcssa.unr = phi double [ poison, %B212.preheader ], [ %.409.prol, %B212.prol ]
  %1 = icmp ult i64 %reass.sub, 7
  br i1 %1, label %B284, label %B212

B212:                                             ; preds = %B212.prol.loopexit, %B212
  %s_2.0158 = phi double [ %.409.7, %B212 ], [ %s_2.0158.unr, %B212.prol.loopexit ]
  %.325153157 = phi i64 [ %.335.7, %B212 ], [ %.325153157.unr, %B212.prol.loopexit ]
  %.332154156 = phi i64 [ %.339.7, %B212 ], [ %.332154156.unr, %B212.prol.loopexit ]
  %.400 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.401 = load double, ptr %.400, align 8
  %.409 = fadd double %s_2.0158, %.401
  %2 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.1 = getelementptr i8, ptr %2, i64 8
  %.401.1 = load double, ptr %.400.1, align 8
  %.409.1 = fadd double %.409, %.401.1
  %3 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.2 = getelementptr i8, ptr %3, i64 16
  %.401.2 = load double, ptr %.400.2, align 8
  %.409.2 = fadd double %.409.1, %.401.2
  %4 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.3 = getelementptr i8, ptr %4, i64 24
  %.401.3 = load double, ptr %.400.3, align 8
  %.409.3 = fadd double %.409.2, %.401.3
  %5 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.4 = getelementptr i8, ptr %5, i64 32
  %.401.4 = load double, ptr %.400.4, align 8
  %.409.4 = fadd double %.409.3, %.401.4
  %6 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.5 = getelementptr i8, ptr %6, i64 40
  %.401.5 = load double, ptr %.400.5, align 8
  %.409.5 = fadd double %.409.4, %.401.5
  %7 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.6 = getelementptr i8, ptr %7, i64 48
  %.401.6 = load double, ptr %.400.6, align 8
  %.409.6 = fadd double %.409.5, %.401.6
  %.335.7 = add nsw i64 %.325153157, -8
  %.339.7 = add i64 %.332154156, 8
  %8 = getelementptr double, ptr %arg.a.4, i64 %.332154156
  %.400.7 = getelementptr i8, ptr %8, i64 56
  %.401.7 = load double, ptr %.400.7, align 8
  %.409.7 = fadd double %.409.6, %.401.7
  %.326.7 = icmp sgt i64 %.325153157, 8
  br i1 %.326.7, label %B212, label %B284

B284:                                             ; preds = %B212.prol.loopexit, %B212, %B0.endif
  %s_2.0.lcssa = phi double [ %.109, %B0.endif ], [ %.409.lcssa.unr, %B212.prol.loopexit ], [ %.409.7, %B212 ]
  store double %s_2.0.lcssa, ptr %.108, align 8
  store ptr null, ptr %retptr, align 8
  ret i32 0
}

declare i64 @get_thread_id() local_unnamed_addr

define noundef ptr @_ZN7cpython13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = alloca ptr, align 8
  %.8 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.__numba_parfor_gufunc_0x7f2d3f379f10, i64 3, i64 3, ptr nonnull %.5, ptr nonnull %.6, ptr nonnull %.7)
  %.9 = icmp eq i32 %.8, 0
  %.21 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep25 = getelementptr inbounds nuw i8, ptr %.21, i64 24
  %.fca.4.gep26 = getelementptr inbounds nuw i8, ptr %.21, i64 32
  %.44 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep11 = getelementptr inbounds nuw i8, ptr %.44, i64 24
  %.fca.4.gep12 = getelementptr inbounds nuw i8, ptr %.44, i64 32
  %.67 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.67, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.67, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.67, i64 40
  %.89 = alloca ptr, align 8
  br i1 %.9, label %common.ret, label %entry.endif, !prof !2

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %arg0.err, %entry, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %arg0.err ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.thread ], [ @_Py_NoneStruct, %entry.endif.endif.endif.endif.endif.endif.endif.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.13 = load ptr, ptr @_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.16 = icmp eq ptr %.13, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !2

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.20 = load ptr, ptr %.5, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.21, i8 0, i64 56, i1 false)
  %.25 = call i32 @NRT_adapt_ndarray_from_python(ptr %.20, ptr nonnull %.21)
  %.29 = load i64, ptr %.fca.3.gep25, align 8
  %.30 = icmp ne i64 %.29, 8
  %.31 = icmp ne i32 %.25, 0
  %.32 = or i1 %.31, %.30
  br i1 %.32, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.36.fca.0.load = load ptr, ptr %.21, align 8
  %.36.fca.4.load = load ptr, ptr %.fca.4.gep26, align 8
  %.43 = load ptr, ptr %.6, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.44, i8 0, i64 56, i1 false)
  %.48 = call i32 @NRT_adapt_ndarray_from_python(ptr %.43, ptr nonnull %.44)
  %.52 = load i64, ptr %.fca.3.gep11, align 8
  %.53 = icmp ne i64 %.52, 8
  %.54 = icmp ne i32 %.48, 0
  %.55 = or i1 %.54, %.53
  br i1 %.55, label %entry.endif.endif.endif.endif.endif.thread, label %entry.endif.endif.endif.endif.endif.endif, !prof !2

arg0.err:                                         ; preds = %entry.endif.endif.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.endif.if
  call void @NRT_decref(ptr %.36.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.thread:       ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif
  %.59.fca.0.load = load ptr, ptr %.44, align 8
  %.59.fca.4.load = load ptr, ptr %.fca.4.gep12, align 8
  %.66 = load ptr, ptr %.7, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.67, i8 0, i64 56, i1 false)
  %.71 = call i32 @NRT_adapt_ndarray_from_python(ptr %.66, ptr nonnull %.67)
  %.75 = load i64, ptr %.fca.3.gep, align 8
  %.76 = icmp ne i64 %.75, 8
  %.77 = icmp ne i32 %.71, 0
  %.78 = or i1 %.77, %.76
  br i1 %.78, label %entry.endif.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.endif.endif.endif.if:     ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  call void @NRT_decref(ptr %.59.fca.0.load)
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif
  %.82.fca.0.load = load ptr, ptr %.67, align 8
  %.82.fca.4.load = load ptr, ptr %.fca.4.gep, align 8
  %.82.fca.5.0.load = load i64, ptr %.fca.5.0.gep, align 8
  %.99 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr nonnull %.89, ptr nonnull poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.36.fca.4.load, i64 poison, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.59.fca.4.load, i64 poison, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.82.fca.4.load, i64 %.82.fca.5.0.load, i64 poison) #1
  call void @NRT_decref(ptr %.36.fca.0.load)
  call void @NRT_decref(ptr %.59.fca.0.load)
  call void @NRT_decref(ptr %.82.fca.0.load)
  call void @Py_IncRef(ptr nonnull @_Py_NoneStruct)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

declare i32 @NRT_adapt_ndarray_from_python(ptr captures(none), ptr captures(none)) local_unnamed_addr

declare void @Py_IncRef(ptr) local_unnamed_addr

define ptr @cfunc._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE({ ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.2, { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.3) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  store ptr null, ptr %.5, align 8
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 4
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.2, 4
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.3, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.3, 5
  %.13 = extractvalue [1 x i64] %extracted.shape.2, 0
  %.15 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3f379f10B2v5B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr nonnull %.5, ptr nonnull poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data, i64 poison, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data.1, i64 poison, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data.2, i64 %.13, i64 poison) #1
  %.25 = load ptr, ptr %.5, align 8
  ret ptr %.25
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #1 {
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
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #2

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { noinline }
attributes #2 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = !{!"branch_weights", i32 1, i32 99}
