; ModuleID = '_iter'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._iter = internal constant [6 x i8] c"_iter\00"
@_ZN08NumbaEnv5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e" = internal constant [154 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e\00"
@.const.pickledata.d73b99d158e8923809ac4b32aff3b7ef5335ebee = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typeddict\94\8C\04Dict\94\93\94."
@.const.pickledata.d73b99d158e8923809ac4b32aff3b7ef5335ebee.sha1 = internal constant [20 x i8] c"\D7;\99\D1X\E8\928\09\ACK2\AF\F3\B7\EFS5\EB\EE"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v35B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7listobj25list_constructor_iterable12_3clocals_3e9list_implB3v36B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global ptr null
@.const.pickledata.2b98f4136688ddd3c02912370686f1a00131280c = internal constant [67 x i8] c"\80\04\958\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\14cannot allocate list\94\85\94N\87\94."
@.const.pickledata.2b98f4136688ddd3c02912370686f1a00131280c.sha1 = internal constant [20 x i8] c"+\98\F4\13f\88\DD\D3\C0)\127\06\86\F1\A0\011(\0C"
@.const.picklebuf.2b98f4136688ddd3c02912370686f1a00131280c = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.2b98f4136688ddd3c02912370686f1a00131280c, i32 67, ptr @.const.pickledata.2b98f4136688ddd3c02912370686f1a00131280c.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v37B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global ptr null
@.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e = internal constant [65 x i8] c"\80\04\956\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\12cannot resize list\94\85\94N\87\94."
@.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e.sha1 = internal constant [20 x i8] c"Y!\BA\A11\08M\FF\170\15\C3\9F\DA\DD^8\B9\F4\1E"
@.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e, i32 65, ptr @.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v33B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global ptr null

define range(i32 0, 2) i32 @_ZN5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.d.0, ptr %arg.d.1) local_unnamed_addr {
B0.endif:
  %.40 = alloca { ptr, ptr }, align 8
  %excinfo.2 = alloca ptr, align 8
  store ptr null, ptr %excinfo.2, align 8
  tail call void @NRT_incref(ptr %arg.d.0)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.40, i8 0, i64 16, i1 false)
  %.44 = call i32 @_ZN5numba7cpython7listobj25list_constructor_iterable12_3clocals_3e9list_implB3v36B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(ptr nonnull %.40, ptr nonnull %excinfo.2, ptr %arg.d.0, ptr %arg.d.1, ptr null)
  %cond = icmp eq i32 %.44, 0
  br i1 %cond, label %B0.endif.endif, label %B0.endif.if.if, !prof !0

common.ret:                                       ; preds = %B0.endif.if.if, %B0.endif.endif
  %common.ret.op = phi i32 [ 1, %B0.endif.if.if ], [ 0, %B0.endif.endif ]
  ret i32 %common.ret.op

B0.endif.endif:                                   ; preds = %B0.endif
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.40, i64 8
  %.54.fca.0.load = load ptr, ptr %.40, align 8
  %.54.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  store ptr %.54.fca.0.load, ptr %retptr, align 8
  %retptr.repack8 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr %.54.fca.1.load, ptr %retptr.repack8, align 8
  tail call void @NRT_decref(ptr %arg.d.0)
  br label %common.ret

B0.endif.if.if:                                   ; preds = %B0.endif
  %.45 = load ptr, ptr %excinfo.2, align 8
  store ptr %.45, ptr %excinfo, align 8
  br label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

define ptr @_ZN7cpython5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const._iter, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.123 = alloca { ptr, ptr }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.123, i64 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !1

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.else, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.if.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ %.151.0, %entry.endif.endif.endif.endif.if.endif.endif ], [ null, %entry.endif.endif.else ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !1

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  %.25 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.d73b99d158e8923809ac4b32aff3b7ef5335ebee, i32 45, ptr nonnull @.const.pickledata.d73b99d158e8923809ac4b32aff3b7ef5335ebee.sha1)
  %.26 = call ptr @PyObject_Type(ptr %.18)
  %.27 = icmp eq ptr %.26, %.25
  br i1 %.27, label %entry.endif.endif.if.endif, label %entry.endif.endif.else, !prof !2

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (ptr, ptr, ...) @PyErr_Format(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox a %S as a %S", ptr %.26, ptr %.25)
  call void @Py_DecRef(ptr %.25)
  call void @Py_DecRef(ptr %.26)
  br label %common.ret

entry.endif.endif.if.endif:                       ; preds = %entry.endif.endif
  %.29 = call ptr @PyObject_GetAttrString(ptr %.18, ptr nonnull @.const._opaque)
  %.30 = call ptr @NRT_meminfo_from_pyobject(ptr %.29)
  %.5.i.i = getelementptr i8, ptr %.30, i64 24
  %.6.i.i = load ptr, ptr %.5.i.i, align 8, !noalias !3
  %.12.i = load ptr, ptr %.6.i.i, align 8, !noalias !3
  call void @Py_DecRef(ptr %.29)
  call void @Py_DecRef(ptr %.25)
  call void @Py_DecRef(ptr %.26)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.123, i8 0, i64 16, i1 false)
  %.127 = call i32 @_ZN5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr nonnull %.123, ptr nonnull %excinfo.1, ptr %.30, ptr %.12.i) #2
  %.128 = load ptr, ptr %excinfo.1, align 8
  %.137.fca.0.load = load ptr, ptr %.123, align 8
  %.137.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %cond = icmp eq i32 %.127, 0
  call void @NRT_decref(ptr %.30)
  br i1 %cond, label %entry.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !0

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.if.endif
  %.154.not = icmp eq ptr %.137.fca.1.load, null
  br i1 %.154.not, label %entry.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  call void @Py_IncRef(ptr nonnull %.137.fca.1.load)
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.else:      ; preds = %entry.endif.endif.endif.endif.if.endif
  %.5.i = getelementptr i8, ptr %.137.fca.0.load, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  %.163 = load i64, ptr %.6.i, align 8
  %.164 = call ptr @PyList_New(i64 %.163)
  %.165.not = icmp ne ptr %.164, null
  %.16813 = icmp sgt i64 %.163, 0
  %or.cond = select i1 %.165.not, i1 %.16813, i1 false, !prof !6
  br i1 %or.cond, label %for.body, label %entry.endif.endif.endif.endif.if.endif.endif, !prof !6

entry.endif.endif.endif.endif.if.endif.endif:     ; preds = %for.body, %entry.endif.endif.endif.endif.if.endif.else, %entry.endif.endif.endif.endif.if.endif.if
  %.151.0 = phi ptr [ %.137.fca.1.load, %entry.endif.endif.endif.endif.if.endif.if ], [ %.164, %entry.endif.endif.endif.endif.if.endif.else ], [ %.164, %for.body ]
  call void @NRT_decref(ptr %.137.fca.0.load)
  br label %common.ret

for.body:                                         ; preds = %entry.endif.endif.endif.endif.if.endif.else, %for.body
  %loop.index14 = phi i64 [ %.183, %for.body ], [ 0, %entry.endif.endif.endif.endif.if.endif.else ]
  %.6.i2 = load ptr, ptr %.5.i, align 8
  %.174 = getelementptr inbounds nuw i8, ptr %.6.i2, i64 24
  %.175 = getelementptr i64, ptr %.174, i64 %loop.index14
  %.176 = load i64, ptr %.175, align 8
  %.179 = call ptr @PyLong_FromLongLong(i64 %.176)
  %.182 = call i32 @PyList_SetItem(ptr nonnull %.164, i64 %loop.index14, ptr %.179)
  %.183 = add nuw nsw i64 %loop.index14, 1
  %exitcond.not = icmp eq i64 %.183, %.163
  br i1 %exitcond.not, label %entry.endif.endif.endif.endif.if.endif.endif, label %for.body

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.if.endif
  call void @PyErr_Clear()
  %.194 = load { ptr, i32, ptr, ptr, i32 }, ptr %.128, align 8
  %.195 = extractvalue { ptr, i32, ptr, ptr, i32 } %.194, 4
  %.196 = icmp sgt i32 %.195, 0
  %.199 = extractvalue { ptr, i32, ptr, ptr, i32 } %.194, 0
  %.201 = extractvalue { ptr, i32, ptr, ptr, i32 } %.194, 1
  br i1 %.196, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.202 = sext i32 %.201 to i64
  %.203 = call ptr @PyBytes_FromStringAndSize(ptr %.199, i64 %.202)
  %.204 = load { ptr, i32, ptr, ptr, i32 }, ptr %.128, align 8
  %.205 = extractvalue { ptr, i32, ptr, ptr, i32 } %.204, 2
  %.207 = extractvalue { ptr, i32, ptr, ptr, i32 } %.204, 3
  %.209 = call ptr %.207(ptr %.205)
  %.210 = icmp eq ptr %.209, null
  br i1 %.210, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !1

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.223 = extractvalue { ptr, i32, ptr, ptr, i32 } %.194, 2
  %.224 = call ptr @numba_unpickle(ptr %.199, i32 %.201, ptr %.223)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.226 = phi ptr [ %.214, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.224, %entry.endif.endif.endif.endif.endif.if.else ]
  %.227.not = icmp eq ptr %.226, null
  br i1 %.227.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !1

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.214 = call ptr @numba_runtime_build_excinfo_struct(ptr %.203, ptr nonnull %.209)
  call void @NRT_Free(ptr nonnull %.128)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.226)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @PyObject_Type(ptr) local_unnamed_addr

declare ptr @PyObject_GetAttrString(ptr, ptr) local_unnamed_addr

declare noalias ptr @NRT_meminfo_from_pyobject(ptr) local_unnamed_addr

declare void @PyErr_Format(ptr, ptr, ...) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

declare void @Py_IncRef(ptr) local_unnamed_addr

declare ptr @PyList_New(i64) local_unnamed_addr

declare ptr @PyLong_FromLongLong(i64) local_unnamed_addr

declare i32 @PyList_SetItem(ptr, i64, ptr) local_unnamed_addr

define { ptr, ptr } @cfunc._ZN5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ ptr, ptr } %.1) local_unnamed_addr {
entry:
  %.3 = alloca { ptr, ptr }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 8
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.3, i8 0, i64 16, i1 false)
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.7 = call i32 @_ZN5numba5typed9typeddict5_iterB3v34B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(ptr nonnull %.3, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr %extracted.data) #2
  %.8 = load ptr, ptr %excinfo, align 8
  %.17.fca.0.load = load ptr, ptr %.3, align 8
  %.17.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr } undef, ptr %.17.fca.0.load, 0
  %inserted.parent = insertvalue { ptr, ptr } %inserted.meminfo, ptr %.17.fca.1.load, 1
  %.21 = alloca i32, align 4
  store i32 0, ptr %.21, align 4
  %cond = icmp eq i32 %.7, 0
  br i1 %cond, label %common.ret, label %entry.if.if, !prof !0

common.ret:                                       ; preds = %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.parent, %.24 ], [ %inserted.parent, %entry ]
  ret { ptr, ptr } %common.ret.op

.24:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.72 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.72)
  call void @Py_DecRef(ptr %.72)
  call void @numba_gil_release(ptr nonnull %.21)
  br label %common.ret

entry.if.if:                                      ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.21)
  call void @PyErr_Clear()
  %.27 = load { ptr, i32, ptr, ptr, i32 }, ptr %.8, align 8
  %.28 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 4
  %.29 = icmp sgt i32 %.28, 0
  %.32 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 0
  %.34 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 1
  br i1 %.29, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.35 = sext i32 %.34 to i64
  %.36 = call ptr @PyBytes_FromStringAndSize(ptr %.32, i64 %.35)
  %.37 = load { ptr, i32, ptr, ptr, i32 }, ptr %.8, align 8
  %.38 = extractvalue { ptr, i32, ptr, ptr, i32 } %.37, 2
  %.40 = extractvalue { ptr, i32, ptr, ptr, i32 } %.37, 3
  %.42 = call ptr %.40(ptr %.38)
  %.43 = icmp eq ptr %.42, null
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !1

entry.if.if.else:                                 ; preds = %entry.if.if
  %.56 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 2
  %.57 = call ptr @numba_unpickle(ptr %.32, i32 %.34, ptr %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi ptr [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq ptr %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !1

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments.1")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.47 = call ptr @numba_runtime_build_excinfo_struct(ptr %.36, ptr nonnull %.42)
  call void @NRT_Free(ptr nonnull %.8)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.59)
  br label %.24
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !1

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

define linkonce_odr range(i32 0, 2) i32 @_ZN5numba7cpython7listobj25list_constructor_iterable12_3clocals_3e9list_implB3v36B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.iterable.0.0, ptr %arg.iterable.0.1, ptr readnone captures(none) %arg.iterable.1) local_unnamed_addr {
B0.endif.if:
  %.98 = alloca ptr, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  tail call void @NRT_incref(ptr %arg.iterable.0.0)
  %.27 = tail call ptr @NRT_MemInfo_new_varsize_dtor(i64 24, ptr nonnull @.dtor.list.int64)
  %.28 = icmp eq ptr %.27, null
  br i1 %.28, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !1

common.ret:                                       ; preds = %B0.endif.endif.endif.if.if, %B0.endif.endif.endif.endif, %B0.endif.endif.if
  %common.ret.op = phi i32 [ 1, %B0.endif.endif.if ], [ 0, %B0.endif.endif.endif.endif ], [ 1, %B0.endif.endif.endif.if.if ]
  ret i32 %common.ret.op

B0.endif.endif.if:                                ; preds = %B0.endif.if
  store ptr @.const.picklebuf.2b98f4136688ddd3c02912370686f1a00131280c, ptr %excinfo, align 8, !numba_exception_output !7
  br label %common.ret

B0.endif.endif.endif:                             ; preds = %B0.endif.if
  %.5.i = getelementptr i8, ptr %.27, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  %.40 = getelementptr inbounds nuw i8, ptr %.6.i, i64 8
  store i64 0, ptr %.40, align 8
  %.6.i2 = load ptr, ptr %.5.i, align 8
  store i64 0, ptr %.6.i2, align 8
  %.6.i4 = load ptr, ptr %.5.i, align 8
  %.52 = getelementptr inbounds nuw i8, ptr %.6.i4, i64 16
  store i8 0, ptr %.52, align 1
  %.6.i6 = load ptr, ptr %.5.i, align 8
  store i64 0, ptr %.6.i6, align 8
  tail call void @NRT_incref(ptr nonnull %.27)
  %.102 = call i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v37B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(ptr nonnull %.98, ptr nonnull %excinfo.1, ptr nonnull %.27, ptr null, ptr %arg.iterable.0.0, ptr %arg.iterable.0.1, ptr %arg.iterable.1)
  %cond = icmp eq i32 %.102, 0
  br i1 %cond, label %B0.endif.endif.endif.endif, label %B0.endif.endif.endif.if.if, !prof !0

B0.endif.endif.endif.endif:                       ; preds = %B0.endif.endif.endif
  store ptr %.27, ptr %retptr, align 8
  %retptr.repack7 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr null, ptr %retptr.repack7, align 8
  tail call void @NRT_decref(ptr %arg.iterable.0.0)
  tail call void @NRT_decref(ptr nonnull %.27)
  br label %common.ret

B0.endif.endif.endif.if.if:                       ; preds = %B0.endif.endif.endif
  %.103 = load ptr, ptr %excinfo.1, align 8
  store ptr %.103, ptr %excinfo, align 8
  br label %common.ret
}

define linkonce_odr void @.dtor.list.int64(ptr %.1) {
.3:
  ret void
}

declare ptr @NRT_MemInfo_new_varsize_dtor(i64, ptr) local_unnamed_addr

define linkonce_odr range(i32 0, 2) i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v37B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.lst.0, ptr readnone captures(none) %arg.lst.1, ptr readnone captures(none) %arg.iterable.0.0, ptr %arg.iterable.0.1, ptr readnone captures(none) %arg.iterable.1) local_unnamed_addr {
B0:
  %.21 = alloca [32 x i8], align 1
  %.56 = alloca ptr, align 8
  store ptr null, ptr %.56, align 8
  %.58 = alloca ptr, align 8
  store ptr null, ptr %.58, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(32) %.21, i8 0, i64 32, i1 false)
  call void @numba_dict_iter(ptr nonnull %.21, ptr %arg.iterable.0.1)
  %.6269 = call i32 @numba_dict_iter_next(ptr nonnull %.21, ptr nonnull %.56, ptr nonnull %.58)
  %.6370 = icmp eq i32 %.6269, 0
  br i1 %.6370, label %B24.preheader, label %B50

B24.preheader:                                    ; preds = %B0
  %sunkaddr4 = getelementptr i8, ptr %arg.lst.0, i64 24
  br label %B24

B24:                                              ; preds = %B24.preheader, %B24.endif.endif
  %.67 = load ptr, ptr %.56, align 8
  %.71 = load i64, ptr %.67, align 8
  %.6.i = load ptr, ptr %sunkaddr4, align 8
  %.106 = load i64, ptr %.6.i, align 8
  %.107 = add i64 %.106, 1
  %.112 = getelementptr inbounds nuw i8, ptr %.6.i, i64 8
  %.113 = load i64, ptr %.112, align 8
  %.115 = ashr i64 %.113, 2
  %.116 = icmp sgt i64 %.115, %.107
  br i1 %.116, label %B24.if, label %B24.endif, !prof !1

common.ret:                                       ; preds = %B24.endif.if.endif.if, %B24.endif.if.if, %B24.if.endif.if, %B24.if.if, %B50
  %common.ret.op = phi i32 [ 0, %B50 ], [ 1, %B24.if.if ], [ 1, %B24.if.endif.if ], [ 1, %B24.endif.if.if ], [ 1, %B24.endif.if.endif.if ]
  ret i32 %common.ret.op

B50:                                              ; preds = %B24.endif.endif, %B0
  store ptr null, ptr %retptr, align 8
  br label %common.ret

B24.if:                                           ; preds = %B24
  %.119 = shl i64 %.107, 3
  %0 = add i64 %.106, -1152921504606846975
  %.120 = icmp ult i64 %0, -2305843009213693952
  %.121 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %.119, i64 24)
  %.123 = extractvalue { i64, i1 } %.121, 1
  %.124 = or i1 %.120, %.123
  br i1 %.124, label %B24.if.if, label %B24.if.endif, !prof !1

B24.endif:                                        ; preds = %B24.if.endif.endif, %B24
  %1 = icmp slt i64 %.113, %.107
  br i1 %1, label %B24.endif.if, label %B24.endif.endif, !prof !1

B24.if.if:                                        ; preds = %B24.if
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !7
  br label %common.ret

B24.if.endif:                                     ; preds = %B24.if
  %.122 = extractvalue { i64, i1 } %.121, 0
  %.135 = call ptr @NRT_MemInfo_varsize_realloc(ptr nonnull %arg.lst.0, i64 %.122)
  %.136 = icmp eq ptr %.135, null
  br i1 %.136, label %B24.if.endif.if, label %B24.if.endif.endif, !prof !1

B24.if.endif.if:                                  ; preds = %B24.if.endif
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !7
  br label %common.ret

B24.if.endif.endif:                               ; preds = %B24.if.endif
  %.6.i2 = load ptr, ptr %sunkaddr4, align 8
  %.147 = getelementptr inbounds nuw i8, ptr %.6.i2, i64 8
  store i64 %.107, ptr %.147, align 8
  br label %B24.endif

B24.endif.if:                                     ; preds = %B24.endif
  %.151 = ashr i64 %.107, 2
  %.152 = add i64 %.151, %.107
  %.153 = add i64 %.152, 8
  %.155 = shl i64 %.153, 3
  %2 = add i64 %.152, -1152921504606846968
  %.156 = icmp ult i64 %2, -2305843009213693952
  %.157 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %.155, i64 24)
  %.159 = extractvalue { i64, i1 } %.157, 1
  %.160 = or i1 %.156, %.159
  br i1 %.160, label %B24.endif.if.if, label %B24.endif.if.endif, !prof !1

B24.endif.endif:                                  ; preds = %B24.endif.if.endif.endif, %B24.endif
  %.6.i4 = load ptr, ptr %sunkaddr4, align 8
  store i64 %.107, ptr %.6.i4, align 8
  %.6.i6 = load ptr, ptr %sunkaddr4, align 8
  %.224 = getelementptr inbounds nuw i8, ptr %.6.i6, i64 24
  %.225 = getelementptr i64, ptr %.224, i64 %.106
  store i64 %.71, ptr %.225, align 8
  %.62 = call i32 @numba_dict_iter_next(ptr nonnull %.21, ptr nonnull %.56, ptr nonnull %.58)
  %.63 = icmp eq i32 %.62, 0
  br i1 %.63, label %B24, label %B50

B24.endif.if.if:                                  ; preds = %B24.endif.if
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !7
  br label %common.ret

B24.endif.if.endif:                               ; preds = %B24.endif.if
  %.158 = extractvalue { i64, i1 } %.157, 0
  %.169 = call ptr @NRT_MemInfo_varsize_realloc(ptr nonnull %arg.lst.0, i64 %.158)
  %.170 = icmp eq ptr %.169, null
  br i1 %.170, label %B24.endif.if.endif.if, label %B24.endif.if.endif.endif, !prof !1

B24.endif.if.endif.if:                            ; preds = %B24.endif.if.endif
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !7
  br label %common.ret

B24.endif.if.endif.endif:                         ; preds = %B24.endif.if.endif
  %.6.i8 = load ptr, ptr %sunkaddr4, align 8
  %.181 = getelementptr inbounds nuw i8, ptr %.6.i8, i64 8
  store i64 %.153, ptr %.181, align 8
  %.6.i10 = load ptr, ptr %sunkaddr4, align 8
  %.188 = load i64, ptr %.6.i10, align 8
  %.193 = getelementptr inbounds nuw i8, ptr %.6.i10, i64 24
  %.194.idx = shl i64 %.188, 3
  %.194 = getelementptr i8, ptr %.193, i64 %.194.idx
  %3 = sub i64 %.153, %.188
  %gepdiff = shl i64 %3, 3
  call void @llvm.memset.p0.i64(ptr align 1 %.194, i8 0, i64 %gepdiff, i1 false)
  br label %B24.endif.endif
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !1

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret, !prof !1

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #3

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

declare void @numba_dict_iter(ptr, ptr) local_unnamed_addr

declare i32 @numba_dict_iter_next(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #4

declare noalias ptr @NRT_MemInfo_varsize_realloc(ptr, i64) local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline }
attributes #3 = { nounwind }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!"branch_weights", i32 49, i32 1}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{!"branch_weights", i32 2126008812, i32 21474836}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v33B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d: %retptr"}
!5 = distinct !{!5, !"_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v33B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d"}
!6 = !{!"branch_weights", i32 99, i32 101}
!7 = !{i1 true}
