; ModuleID = '__numba_parfor_gufunc_0x7f2d3df45690'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.__numba_parfor_gufunc_0x7f2d3df45690 = internal constant [37 x i8] c"__numba_parfor_gufunc_0x7f2d3df45690\00"
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE" = internal constant [297 x i8] c"missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@_Py_NoneStruct = external global i8
@PyExc_RuntimeError = external global i8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define noundef i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(ptr noalias writeonly captures(none) %retptr, ptr noalias readnone captures(none) %excinfo, ptr noalias readnone captures(none) %arg.sched.0, ptr noalias readnone captures(none) %arg.sched.1, i64 %arg.sched.2, i64 %arg.sched.3, ptr noalias readonly captures(none) %arg.sched.4, i64 %arg.sched.5.0, i64 %arg.sched.6.0, ptr noalias readnone captures(none) %arg.a.0, ptr noalias readnone captures(none) %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr noalias readonly captures(none) %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, double %arg.k, ptr noalias readnone captures(none) %arg.out.0, ptr noalias readnone captures(none) %arg.out.1, i64 %arg.out.2, i64 %arg.out.3, ptr noalias writeonly captures(none) %arg.out.4, i64 %arg.out.5.0, i64 %arg.out.6.0) local_unnamed_addr #0 {
B0.endif:
  %.85 = load i64, ptr %arg.sched.4, align 8
  %.123 = getelementptr i8, ptr %arg.sched.4, i64 8
  %.124 = load i64, ptr %.123, align 8
  %reass.sub = sub i64 %.124, %.85
  %.262140144 = icmp ult i64 %reass.sub, 9223372036854775807
  br i1 %.262140144, label %iter.check, label %B224

iter.check:                                       ; preds = %B0.endif
  %.215 = add nuw nsw i64 %reass.sub, 1
  %min.iters.check = icmp ult i64 %reass.sub, 3
  br i1 %min.iters.check, label %B116.preheader, label %vector.main.loop.iter.check

vector.main.loop.iter.check:                      ; preds = %iter.check
  %min.iters.check1 = icmp ult i64 %reass.sub, 31
  br i1 %min.iters.check1, label %vec.epilog.ph, label %vector.ph

vector.ph:                                        ; preds = %vector.main.loop.iter.check
  %n.mod.vf = and i64 %.215, 28
  %n.vec = and i64 %.215, 9223372036854775776
  %broadcast.splatinsert = insertelement <8 x double> poison, double %arg.k, i64 0
  %broadcast.splat = shufflevector <8 x double> %broadcast.splatinsert, <8 x double> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %.85, %index
  %1 = getelementptr double, ptr %arg.a.4, i64 %0
  %2 = getelementptr i8, ptr %1, i64 64
  %3 = getelementptr i8, ptr %1, i64 128
  %4 = getelementptr i8, ptr %1, i64 192
  %wide.load = load <8 x double>, ptr %1, align 8
  %wide.load2 = load <8 x double>, ptr %2, align 8
  %wide.load3 = load <8 x double>, ptr %3, align 8
  %wide.load4 = load <8 x double>, ptr %4, align 8
  %5 = fmul <8 x double> %broadcast.splat, %wide.load
  %6 = fmul <8 x double> %broadcast.splat, %wide.load2
  %7 = fmul <8 x double> %broadcast.splat, %wide.load3
  %8 = fmul <8 x double> %broadcast.splat, %wide.load4
  %9 = getelementptr double, ptr %arg.out.4, i64 %0
  %10 = getelementptr i8, ptr %9, i64 64
  %11 = getelementptr i8, ptr %9, i64 128
  %12 = getelementptr i8, ptr %9, i64 192
  store <8 x double> %5, ptr %9, align 8
  store <8 x double> %6, ptr %10, align 8
  store <8 x double> %7, ptr %11, align 8
  store <8 x double> %8, ptr %12, align 8
  %index.next = add nuw i64 %index, 32
  %13 = icmp eq i64 %index.next, %n.vec
  br i1 %13, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %.215, %n.vec
  br i1 %cmp.n, label %B224, label %vec.epilog.iter.check

vec.epilog.iter.check:                            ; preds = %middle.block
  %ind.end = and i64 %.215, 31
  %ind.end14 = add i64 %.85, %n.vec
  %min.epilog.iters.check = icmp eq i64 %n.mod.vf, 0
  br i1 %min.epilog.iters.check, label %B116.preheader, label %vec.epilog.ph, !prof !3

vec.epilog.ph:                                    ; preds = %vector.main.loop.iter.check, %vec.epilog.iter.check
  %vec.epilog.resume.val = phi i64 [ %n.vec, %vec.epilog.iter.check ], [ 0, %vector.main.loop.iter.check ]
  %n.vec6 = and i64 %.215, 9223372036854775804
  %14 = and i64 %.215, 3
  %15 = add i64 %.85, %n.vec6
  %broadcast.splatinsert7 = insertelement <4 x double> poison, double %arg.k, i64 0
  %broadcast.splat8 = shufflevector <4 x double> %broadcast.splatinsert7, <4 x double> poison, <4 x i32> zeroinitializer
  br label %vec.epilog.vector.body

vec.epilog.vector.body:                           ; preds = %vec.epilog.vector.body, %vec.epilog.ph
  %index9 = phi i64 [ %vec.epilog.resume.val, %vec.epilog.ph ], [ %index.next11, %vec.epilog.vector.body ]
  %offset.idx = add i64 %.85, %index9
  %16 = getelementptr double, ptr %arg.a.4, i64 %offset.idx
  %wide.load10 = load <4 x double>, ptr %16, align 8
  %17 = fmul <4 x double> %broadcast.splat8, %wide.load10
  %18 = getelementptr double, ptr %arg.out.4, i64 %offset.idx
  store <4 x double> %17, ptr %18, align 8
  %index.next11 = add nuw i64 %index9, 4
  %19 = icmp eq i64 %index.next11, %n.vec6
  br i1 %19, label %vec.epilog.middle.block, label %vec.epilog.vector.body, !llvm.loop !4

vec.epilog.middle.block:                          ; preds = %vec.epilog.vector.body
  %cmp.n12 = icmp eq i64 %.215, %n.vec6
  br i1 %cmp.n12, label %B224, label %B116.preheader

B116.preheader:                                   ; preds = %iter.check, %vec.epilog.iter.check, %vec.epilog.middle.block
  %.261138142.ph = phi i64 [ %.215, %iter.check ], [ %ind.end, %vec.epilog.iter.check ], [ %14, %vec.epilog.middle.block ]
  %.268139141.ph = phi i64 [ %.85, %iter.check ], [ %ind.end14, %vec.epilog.iter.check ], [ %15, %vec.epilog.middle.block ]
  br label %B116

B116:                                             ; preds = %B116.preheader, %B116
  %.261138142 = phi i64 [ %.271, %B116 ], [ %.261138142.ph, %B116.preheader ]
  %.268139141 = phi i64 [ %.275, %B116 ], [ %.268139141.ph, %B116.preheader ]
  %.271 = add nsw i64 %.261138142, -1
  %.275 = add i64 %.268139141, 1
  %.336 = getelementptr double, ptr %arg.a.4, i64 %.268139141
  %.337 = load double, ptr %.336, align 8
  %.343 = fmul double %arg.k, %.337
  %.376 = getelementptr double, ptr %arg.out.4, i64 %.268139141
  store double %.343, ptr %.376, align 8
  %.262 = icmp samesign ugt i64 %.261138142, 1
  br i1 %.262, label %B116, label %B224, !llvm.loop !5

B224:                                             ; preds = %B116, %middle.block, %vec.epilog.middle.block, %B0.endif
  store ptr null, ptr %retptr, align 8
  ret i32 0
}

define noundef ptr @_ZN7cpython13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = alloca ptr, align 8
  %.7 = alloca ptr, align 8
  %.8 = alloca ptr, align 8
  %.9 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.__numba_parfor_gufunc_0x7f2d3df45690, i64 4, i64 4, ptr nonnull %.5, ptr nonnull %.6, ptr nonnull %.7, ptr nonnull %.8)
  %.10 = icmp eq i32 %.9, 0
  %.22 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep25 = getelementptr inbounds nuw i8, ptr %.22, i64 24
  %.fca.4.gep26 = getelementptr inbounds nuw i8, ptr %.22, i64 32
  %.45 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep11 = getelementptr inbounds nuw i8, ptr %.45, i64 24
  %.fca.4.gep12 = getelementptr inbounds nuw i8, ptr %.45, i64 32
  %.77 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.77, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.77, i64 32
  %.99 = alloca ptr, align 8
  br i1 %.10, label %common.ret, label %entry.endif, !prof !6

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %arg0.err, %entry, %entry.endif.endif.endif.e...endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %arg0.err ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.thread ], [ @_Py_NoneStruct, %entry.endif.endif.endif.e...endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.14 = load ptr, ptr @_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.17 = icmp eq ptr %.14, null
  br i1 %.17, label %entry.endif.if, label %entry.endif.endif, !prof !6

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.21 = load ptr, ptr %.5, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.22, i8 0, i64 56, i1 false)
  %.26 = call i32 @NRT_adapt_ndarray_from_python(ptr %.21, ptr nonnull %.22)
  %.30 = load i64, ptr %.fca.3.gep25, align 8
  %.31 = icmp ne i64 %.30, 8
  %.32 = icmp ne i32 %.26, 0
  %.33 = or i1 %.32, %.31
  br i1 %.33, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !6

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.37.fca.0.load = load ptr, ptr %.22, align 8
  %.37.fca.4.load = load ptr, ptr %.fca.4.gep26, align 8
  %.44 = load ptr, ptr %.6, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.45, i8 0, i64 56, i1 false)
  %.49 = call i32 @NRT_adapt_ndarray_from_python(ptr %.44, ptr nonnull %.45)
  %.53 = load i64, ptr %.fca.3.gep11, align 8
  %.54 = icmp ne i64 %.53, 8
  %.55 = icmp ne i32 %.49, 0
  %.56 = or i1 %.55, %.54
  br i1 %.56, label %entry.endif.endif.endif.endif.endif.thread, label %entry.endif.endif.endif.endif.endif.endif, !prof !6

arg0.err:                                         ; preds = %entry.endif.endif.endif.endif.endif.thread, %arg1.err
  call void @NRT_decref(ptr %.37.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.thread:       ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif
  %.60.fca.0.load = load ptr, ptr %.45, align 8
  %.60.fca.4.load = load ptr, ptr %.fca.4.gep12, align 8
  %.67 = load ptr, ptr %.7, align 8
  %.68 = call ptr @PyNumber_Float(ptr %.67)
  %.69 = call double @PyFloat_AsDouble(ptr %.68)
  call void @Py_DecRef(ptr %.68)
  %.71 = call ptr @PyErr_Occurred()
  %.72.not = icmp eq ptr %.71, null
  br i1 %.72.not, label %entry.endif.endif.endif.endif.endif.endif.endif, label %arg1.err, !prof !7

arg1.err:                                         ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if, %entry.endif.endif.endif.endif.endif.endif
  call void @NRT_decref(ptr %.60.fca.0.load)
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif.endif:  ; preds = %entry.endif.endif.endif.endif.endif.endif
  %.76 = load ptr, ptr %.8, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.77, i8 0, i64 56, i1 false)
  %.81 = call i32 @NRT_adapt_ndarray_from_python(ptr %.76, ptr nonnull %.77)
  %.85 = load i64, ptr %.fca.3.gep, align 8
  %.86 = icmp ne i64 %.85, 8
  %.87 = icmp ne i32 %.81, 0
  %.88 = or i1 %.87, %.86
  br i1 %.88, label %entry.endif.endif.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.e...endif, !prof !6

entry.endif.endif.endif.endif.endif.endif.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %arg1.err

entry.endif.endif.endif.e...endif:                ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  %.92.fca.0.load = load ptr, ptr %.77, align 8
  %.92.fca.4.load = load ptr, ptr %.fca.4.gep, align 8
  %.109 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(ptr nonnull %.99, ptr nonnull poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.37.fca.4.load, i64 poison, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.60.fca.4.load, i64 poison, i64 poison, double %.69, ptr poison, ptr poison, i64 poison, i64 poison, ptr %.92.fca.4.load, i64 poison, i64 poison) #3
  call void @NRT_decref(ptr %.37.fca.0.load)
  call void @NRT_decref(ptr %.60.fca.0.load)
  call void @NRT_decref(ptr %.92.fca.0.load)
  call void @Py_IncRef(ptr nonnull @_Py_NoneStruct)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @NRT_adapt_ndarray_from_python(ptr captures(none), ptr captures(none)) local_unnamed_addr

declare ptr @PyNumber_Float(ptr) local_unnamed_addr

declare double @PyFloat_AsDouble(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare ptr @PyErr_Occurred() local_unnamed_addr

declare void @Py_IncRef(ptr) local_unnamed_addr

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define ptr @cfunc._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE({ ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.2, double %.3, { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.4) local_unnamed_addr #2 {
entry:
  %.6 = alloca ptr, align 8
  store ptr null, ptr %.6, align 8
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.1, 4
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.2, 4
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.4, 4
  %.16 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f2d3df45690B2v9B106c8tJTC_2fWQAliW1xhDEoY6EEMEUOEMISPGsAQMVj4QniQ4IXKQEMXwoMGLoQDDVsQR1NHAS2hQ9XgStYwaUTI24JtBVoOCV2YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedEd5ArrayIdLi1E1C7mutable7alignedE(ptr nonnull %.6, ptr nonnull poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data, i64 poison, i64 poison, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data.1, i64 poison, i64 poison, double %.3, ptr poison, ptr poison, i64 poison, i64 poison, ptr %extracted.data.2, i64 poison, i64 poison) #3
  %.26 = load ptr, ptr %.6, align 8
  ret ptr %.26
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !6

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !6

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #4

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) }
attributes #3 = { noinline }
attributes #4 = { nounwind }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = !{!"branch_weights", i32 4, i32 28}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2, !1}
!6 = !{!"branch_weights", i32 1, i32 99}
!7 = !{!"branch_weights", i32 99, i32 1}
