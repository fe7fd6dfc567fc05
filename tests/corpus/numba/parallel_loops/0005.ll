; ModuleID = '__numba_parfor_gufunc_0x7f3c8bf06c50'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.__numba_parfor_gufunc_0x7f3c8bf06c50 = internal constant [37 x i8] c"__numba_parfor_gufunc_0x7f3c8bf06c50\00"
@_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE" = internal constant [296 x i8] c"missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@_Py_NoneStruct = external global i8
@PyExc_RuntimeError = external global i8

define i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8** noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* noalias nocapture readnone %arg.sched.0, i8* noalias nocapture readnone %arg.sched.1, i64 %arg.sched.2, i64 %arg.sched.3, i64* noalias nocapture readonly %arg.sched.4, i64 %arg.sched.5.0, i64 %arg.sched.6.0, i8* noalias nocapture readnone %arg.a.0, i8* noalias nocapture readnone %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, double* noalias nocapture readonly %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, i8* noalias nocapture readnone %arg.s_2__arr.0, i8* noalias nocapture readnone %arg.s_2__arr.1, i64 %arg.s_2__arr.2, i64 %arg.s_2__arr.3, double* noalias nocapture %arg.s_2__arr.4, i64 %arg.s_2__arr.5.0, i64 %arg.s_2__arr.6.0) local_unnamed_addr {
B0.endif:
  %.73 = tail call i64 @get_thread_id()
  %.93 = icmp slt i64 %.73, 0
  %.94 = select i1 %.93, i64 %arg.s_2__arr.5.0, i64 0
  %.95 = add i64 %.94, %.73
  %.108 = getelementptr double, double* %arg.s_2__arr.4, i64 %.95
  %.109 = load double, double* %.108, align 8
  %.149 = load i64, i64* %arg.sched.4, align 8
  %.187 = getelementptr i64, i64* %arg.sched.4, i64 1
  %.188 = load i64, i64* %.187, align 8
  %.223 = sub i64 1, %.149
  %.279 = add i64 %.223, %.188
  %.280.inv = icmp sgt i64 %.279, 0
  br i1 %.280.inv, label %B212.preheader, label %common.ret

B212.preheader:                                   ; preds = %B0.endif
  %0 = sub i64 %.188, %.149
  %xtraiter = and i64 %.279, 7
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %B212.prol.loopexit, label %B212.prol

B212.prol:                                        ; preds = %B212.preheader, %B212.prol
  %s_2.05.prol = phi double [ %.409.prol, %B212.prol ], [ %.109, %B212.preheader ]
  %.3254.prol = phi i64 [ %.335.prol, %B212.prol ], [ %.279, %B212.preheader ]
  %.266.03.prol = phi i64 [ %.339.prol, %B212.prol ], [ %.149, %B212.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %B212.prol ], [ 0, %B212.preheader ]
  %.335.prol = add nsw i64 %.3254.prol, -1
  %.339.prol = add i64 %.266.03.prol, 1
  %.400.prol = getelementptr double, double* %arg.a.4, i64 %.266.03.prol
  %.401.prol = load double, double* %.400.prol, align 8
  %.409.prol = fadd double %s_2.05.prol, %.401.prol
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %B212.prol.loopexit, label %B212.prol, !llvm.loop !0

B212.prol.loopexit:                               ; preds = %B212.prol, %B212.preheader
  %s_2.05.unr = phi double [ %.109, %B212.preheader ], [ %.409.prol, %B212.prol ]
  %.3254.unr = phi i64 [ %.279, %B212.preheader ], [ %.335.prol, %B212.prol ]
  %.266.03.unr = phi i64 [ %.149, %B212.preheader ], [ %.339.prol, %B212.prol ]
  %.409.lcssa.unr = phi double [ undef, %B212.preheader ], [ %.409.prol, %B212.prol ]
  %1 = icmp ult i64 %0, 7
  br i1 %1, label %common.ret, label %B212

B212:                                             ; preds = %B212.prol.loopexit, %B212
  %s_2.05 = phi double [ %.409.7, %B212 ], [ %s_2.05.unr, %B212.prol.loopexit ]
  %.3254 = phi i64 [ %.335.7, %B212 ], [ %.3254.unr, %B212.prol.loopexit ]
  %.266.03 = phi i64 [ %.339.7, %B212 ], [ %.266.03.unr, %B212.prol.loopexit ]
  %.339 = add i64 %.266.03, 1
  %.400 = getelementptr double, double* %arg.a.4, i64 %.266.03
  %.401 = load double, double* %.400, align 8
  %.409 = fadd double %s_2.05, %.401
  %.339.1 = add i64 %.266.03, 2
  %.400.1 = getelementptr double, double* %arg.a.4, i64 %.339
  %.401.1 = load double, double* %.400.1, align 8
  %.409.1 = fadd double %.409, %.401.1
  %.339.2 = add i64 %.266.03, 3
  %.400.2 = getelementptr double, double* %arg.a.4, i64 %.339.1
  %.401.2 = load double, double* %.400.2, align 8
  %.409.2 = fadd double %.409.1, %.401.2
  %.339.3 = add i64 %.266.03, 4
  %.400.3 = getelementptr double, double* %arg.a.4, i64 %.339.2
  %.401.3 = load double, double* %.400.3, align 8
  %.409.3 = fadd double %.409.2, %.401.3
  %.339.4 = add i64 %.266.03, 5
  %.400.4 = getelementptr double, double* %arg.a.4, i64 %.339.3
  %.401.4 = load double, double* %.400.4, align 8
  %.409.4 = fadd double %.409.3, %.401.4
  %.339.5 = add i64 %.266.03, 6
  %.400.5 = getelementptr double, double* %arg.a.4, i64 %.339.4
  %.401.5 = load double, double* %.400.5, align 8
  %.409.5 = fadd double %.409.4, %.401.5
  %.339.6 = add i64 %.266.03, 7
  %.400.6 = getelementptr double, double* %arg.a.4, i64 %.339.5
  %.401.6 = load double, double* %.400.6, align 8
  %.409.6 = fadd double %.409.5, %.401.6
  %.335.7 = add nsw i64 %.3254, -8
  %.339.7 = add i64 %.266.03, 8
  %.400.7 = getelementptr double, double* %arg.a.4, i64 %.339.6
  %.401.7 = load double, double* %.400.7, align 8
  %.409.7 = fadd double %.409.6, %.401.7
  %2 = add i64 %.3254, -9
  %.326.7 = icmp ult i64 %2, -2
  br i1 %.326.7, label %B212, label %common.ret

common.ret:                                       ; preds = %B212.prol.loopexit, %B212, %B0.endif
  %s_2.0.lcssa = phi double [ %.109, %B0.endif ], [ %.409.lcssa.unr, %B212.prol.loopexit ], [ %.409.7, %B212 ]
  store double %s_2.0.lcssa, double* %.108, align 8
  store i8* null, i8** %retptr, align 8
  ret i32 0
}

declare i64 @get_thread_id() local_unnamed_addr

define i8* @_ZN7cpython13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = alloca i8*, align 8
  %.7 = alloca i8*, align 8
  %.8 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([37 x i8], [37 x i8]* @.const.__numba_parfor_gufunc_0x7f3c8bf06c50, i64 0, i64 0), i64 3, i64 3, i8** nonnull %.5, i8** nonnull %.6, i8** nonnull %.7)
  %.9 = icmp eq i32 %.8, 0
  %.23 = alloca { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep22 = getelementptr inbounds { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.23, i64 0, i32 0
  %.fca.3.gep25 = getelementptr inbounds { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.23, i64 0, i32 3
  %.fca.4.gep26 = getelementptr inbounds { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.23, i64 0, i32 4
  %.46 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep8 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.46, i64 0, i32 0
  %.fca.3.gep11 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.46, i64 0, i32 3
  %.fca.4.gep12 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.46, i64 0, i32 4
  %.69 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.69, i64 0, i32 0
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.69, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.69, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.69, i64 0, i32 5, i64 0
  %.91 = alloca i8*, align 8
  br i1 %.9, label %common.ret, label %entry.endif, !prof !2

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %arg0.err, %entry, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ @_Py_NoneStruct, %entry.endif.endif.endif.endif.endif.endif.endif.endif ], [ null, %entry ], [ null, %arg0.err ], [ null, %entry.endif.endif.endif.thread ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.13 = load i8*, i8** @_ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE, align 8
  %.18 = icmp eq i8* %.13, null
  br i1 %.18, label %entry.endif.if, label %entry.endif.endif, !prof !2

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([296 x i8], [296 x i8]* @".const.missing Environment: _ZN08NumbaEnv13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.22 = load i8*, i8** %.5, align 8
  %.26 = bitcast { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.23 to i8*
  %0 = bitcast { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] }* %.23 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  %.27 = call i32 @NRT_adapt_ndarray_from_python(i8* %.22, i8* nonnull %.26)
  %.31 = load i64, i64* %.fca.3.gep25, align 8
  %.32 = icmp ne i64 %.31, 8
  %.33 = icmp ne i32 %.27, 0
  %.34 = or i1 %.33, %.32
  br i1 %.34, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.38.fca.0.load = load i8*, i8** %.fca.0.gep22, align 8
  %.38.fca.4.load = load i64*, i64** %.fca.4.gep26, align 8
  %.45 = load i8*, i8** %.6, align 8
  %.49 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.46 to i8*
  %1 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.46 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %.50 = call i32 @NRT_adapt_ndarray_from_python(i8* %.45, i8* nonnull %.49)
  %.54 = load i64, i64* %.fca.3.gep11, align 8
  %.55 = icmp ne i64 %.54, 8
  %.56 = icmp ne i32 %.50, 0
  %.57 = or i1 %.56, %.55
  br i1 %.57, label %entry.endif.endif.endif.endif.endif.thread, label %entry.endif.endif.endif.endif.endif.endif, !prof !2

arg0.err:                                         ; preds = %entry.endif.endif.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.endif.endif.if
  call void @NRT_decref(i8* %.38.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.thread:       ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif
  %.61.fca.0.load = load i8*, i8** %.fca.0.gep8, align 8
  %.61.fca.4.load = load double*, double** %.fca.4.gep12, align 8
  %.68 = load i8*, i8** %.7, align 8
  %.72 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.69 to i8*
  %2 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.69 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %2, i8 0, i64 56, i1 false)
  %.73 = call i32 @NRT_adapt_ndarray_from_python(i8* %.68, i8* nonnull %.72)
  %.77 = load i64, i64* %.fca.3.gep, align 8
  %.78 = icmp ne i64 %.77, 8
  %.79 = icmp ne i32 %.73, 0
  %.80 = or i1 %.79, %.78
  br i1 %.80, label %entry.endif.endif.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif.endif.endif, !prof !2

entry.endif.endif.endif.endif.endif.endif.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  call void @NRT_decref(i8* %.61.fca.0.load)
  br label %arg0.err

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif
  %.84.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.84.fca.4.load = load double*, double** %.fca.4.gep, align 8
  %.84.fca.5.0.load = load i64, i64* %.fca.5.0.gep, align 8
  store i8* null, i8** %.91, align 8
  %.101 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8** nonnull %.91, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* undef, i64 undef, i64 undef, i64* %.38.fca.4.load, i64 undef, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %.61.fca.4.load, i64 undef, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %.84.fca.4.load, i64 %.84.fca.5.0.load, i64 undef) #0
  call void @NRT_decref(i8* %.38.fca.0.load)
  call void @NRT_decref(i8* %.61.fca.0.load)
  call void @NRT_decref(i8* %.84.fca.0.load)
  call void @Py_IncRef(i8* nonnull @_Py_NoneStruct)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(i8* nocapture, i8* nocapture) local_unnamed_addr

declare void @Py_IncRef(i8*) local_unnamed_addr

define i8* @cfunc._ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE({ i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] } %.1, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.3) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  store i8* null, i8** %.5, align 8
  %extracted.data = extractvalue { i8*, i8*, i64, i64, i64*, [1 x i64], [1 x i64] } %.1, 4
  %extracted.data.1 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.2, 4
  %extracted.data.2 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.3, 4
  %extracted.shape.2 = extractvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %.3, 5
  %.13 = extractvalue [1 x i64] %extracted.shape.2, 0
  %.15 = call i32 @_ZN13_3cdynamic_3e36__numba_parfor_gufunc_0x7f3c8bf06c50B2v5B106c8tJTC_2fWQAlzW1yBDkop6GEOEUMEOYSPGuIQMViAQ3iQ8IbKQIMbwoOGNoQDDWwQR1NHAS3lQ9XgSucwaURU2IJtBVoOCW6YU4ogSjUBE5ArrayIyLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(i8** nonnull %.5, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* undef, i64 undef, i64 undef, i64* %extracted.data, i64 undef, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %extracted.data.1, i64 undef, i64 undef, i8* undef, i8* undef, i64 undef, i64 undef, double* %extracted.data.2, i64 %.13, i64 undef) #0
  %.25 = load i8*, i8** %.5, align 8
  ret i8* %.25
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #0 {
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
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

attributes #0 = { noinline }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = !{!"branch_weights", i32 1, i32 99}
