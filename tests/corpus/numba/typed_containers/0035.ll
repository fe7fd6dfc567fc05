; ModuleID = '_iter'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._iter = internal constant [6 x i8] c"_iter\00"
@_ZN08NumbaEnv5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e" = internal constant [154 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e\00"
@.const.pickledata.546737520 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typeddict\94\8C\04Dict\94\93\94."
@.const.pickledata.546737520.sha1 = internal constant [20 x i8] c"\D7;\99\D1X\E8\928\09\ACK2\AF\F3\B7\EFS5\EB\EE"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@_Py_NoneStruct = external global i8
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_StopIteration = external global i8
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f54205912d0>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f54205912d0>\00"
@_ZN08NumbaEnv5numba5typed10dictobject9impl_keys12_3clocals_3e4implB3v34B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null
@.const.pickledata.139999298581760 = internal constant [67 x i8] c"\80\04\958\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\14cannot allocate list\94\85\94N\87\94."
@.const.pickledata.139999298581760.sha1 = internal constant [20 x i8] c"+\98\F4\13f\88\DD\D3\C0)\127\06\86\F1\A0\011(\0C"
@.const.picklebuf.139999298581760 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([67 x i8], [67 x i8]* @.const.pickledata.139999298581760, i32 0, i32 0), i32 67, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999298581760.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null
@.const.pickledata.139999300946944 = internal constant [65 x i8] c"\80\04\956\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\12cannot resize list\94\85\94N\87\94."
@.const.pickledata.139999300946944.sha1 = internal constant [20 x i8] c"Y!\BA\A11\08M\FF\170\15\C3\9F\DA\DD^8\B9\F4\1E"
@.const.picklebuf.139999300946944 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([65 x i8], [65 x i8]* @.const.pickledata.139999300946944, i32 0, i32 0), i32 65, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300946944.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.d.0, i8* %arg.d.1) local_unnamed_addr {
B0.endif:
  %.40 = alloca { i8*, i8* }, align 8
  %excinfo.2 = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo.2, align 8
  tail call void @NRT_incref(i8* %arg.d.0)
  %0 = bitcast { i8*, i8* }* %.40 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %0, i8 0, i64 16, i1 false)
  %.44 = call i32 @_ZN5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d({ i8*, i8* }* nonnull %.40, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo.2, i8* %arg.d.0, i8* %arg.d.1, i8* null)
  switch i32 %.44, label %B0.endif.if [
    i32 -2, label %B0.endif.endif
    i32 0, label %B0.endif.endif
  ]

common.ret:                                       ; preds = %B0.endif.if, %B0.endif.endif
  %common.ret.op = phi i32 [ 0, %B0.endif.endif ], [ %.44, %B0.endif.if ]
  ret i32 %common.ret.op

B0.endif.if:                                      ; preds = %B0.endif
  %.52 = icmp sgt i32 %.44, 0
  %.45 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo.2, align 8
  %.53 = select i1 %.52, { i8*, i32, i8*, i8*, i32 }* %.45, { i8*, i32, i8*, i8*, i32 }* undef
  store { i8*, i32, i8*, i8*, i32 }* %.53, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B0.endif, %B0.endif
  %.fca.0.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.40, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.40, i64 0, i32 1
  %.54.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %.54.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.54.fca.0.load, i8** %retptr.repack, align 8
  %retptr.repack1 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* %.54.fca.1.load, i8** %retptr.repack1, align 8
  tail call void @NRT_decref(i8* %arg.d.0)
  br label %common.ret
}

define i8* @_ZN7cpython5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.const._iter, i64 0, i64 0), i64 1, i64 1, i8** nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.125 = alloca { i8*, i8* }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.125, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.125, i64 0, i32 1
  %excinfo.1 = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !5

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.endif.endif, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.endif.if, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.if.endif.endif, %entry.endif.endif.endif.endif.if.if, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ @_Py_NoneStruct, %entry.endif.endif.endif.endif.if.if ], [ %.153.0, %entry.endif.endif.endif.endif.if.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.endif.endif.endif ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load i8*, i8** @_ZN08NumbaEnv5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e, align 8
  %.16 = icmp eq i8* %.11, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !5

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([154 x i8], [154 x i8]* @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.20 = load i8*, i8** %.5, align 8
  %.27 = call i8* @numba_unpickle(i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.const.pickledata.546737520, i64 0, i64 0), i32 45, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.546737520.sha1, i64 0, i64 0))
  %.28 = call i8* @PyObject_Type(i8* %.20)
  %.29 = icmp eq i8* %.28, %.27
  br i1 %.29, label %entry.endif.endif.if.endif, label %entry.endif.endif.else, !prof !6

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (i8*, i8*, ...) @PyErr_Format(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([25 x i8], [25 x i8]* @".const.can't unbox a %S as a %S", i64 0, i64 0), i8* %.28, i8* %.27)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.if.endif, %entry.endif.endif.else
  %.117 = phi { i8*, i8* } [ %.111.fca.1.insert, %entry.endif.endif.if.endif ], [ zeroinitializer, %entry.endif.endif.else ]
  call void @Py_DecRef(i8* %.27)
  call void @Py_DecRef(i8* %.28)
  br i1 %.29, label %entry.endif.endif.endif.endif, label %common.ret, !prof !7

entry.endif.endif.if.endif:                       ; preds = %entry.endif.endif
  %.31 = call i8* @PyObject_GetAttrString(i8* %.20, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.const._opaque, i64 0, i64 0))
  %.32 = call i8* @NRT_meminfo_from_pyobject(i8* %.31)
  %.5.i.i = getelementptr i8, i8* %.32, i64 24
  %0 = bitcast i8* %.5.i.i to i8***
  %.6.i1.i = load i8**, i8*** %0, align 8, !noalias !8
  %.12.i = load i8*, i8** %.6.i1.i, align 8, !noalias !8
  %.111.fca.0.insert = insertvalue { i8*, i8* } poison, i8* %.32, 0
  %.111.fca.1.insert = insertvalue { i8*, i8* } %.111.fca.0.insert, i8* %.12.i, 1
  call void @Py_DecRef(i8* %.31)
  br label %entry.endif.endif.endif

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  %extracted.meminfo.2 = extractvalue { i8*, i8* } %.117, 0
  %extracted.data.2 = extractvalue { i8*, i8* } %.117, 1
  %1 = bitcast { i8*, i8* }* %.125 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %1, i8 0, i64 16, i1 false)
  %.129 = call i32 @_ZN5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ i8*, i8* }* nonnull %.125, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo.1, i8* %extracted.meminfo.2, i8* %extracted.data.2) #1
  %.130 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  %.137 = icmp sgt i32 %.129, 0
  %.138 = select i1 %.137, { i8*, i32, i8*, i8*, i32 }* %.130, { i8*, i32, i8*, i8*, i32 }* undef
  %.139.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.139.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  call void @NRT_decref(i8* %extracted.meminfo.2)
  switch i32 %.129, label %entry.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.if.if
    i32 0, label %entry.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif
  br i1 %.137, label %entry.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.if.if:              ; preds = %entry.endif.endif.endif.endif
  call void @Py_IncRef(i8* nonnull @_Py_NoneStruct)
  br label %common.ret

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif
  %.156.not = icmp eq i8* %.139.fca.1.load, null
  br i1 %.156.not, label %entry.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  call void @Py_IncRef(i8* nonnull %.139.fca.1.load)
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.else:      ; preds = %entry.endif.endif.endif.endif.if.endif
  %.5.i = getelementptr i8, i8* %.139.fca.0.load, i64 24
  %2 = bitcast i8* %.5.i to { i64, i64, i8, i64 }**
  %.6.i5 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %2, align 8
  %.164 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i5, i64 0, i32 0
  %.165 = load i64, i64* %.164, align 8
  %.166 = call i8* @PyList_New(i64 %.165)
  %.167.not = icmp eq i8* %.166, null
  br i1 %.167.not, label %entry.endif.endif.endif.endif.if.endif.endif, label %for.cond.preheader, !prof !5

for.cond.preheader:                               ; preds = %entry.endif.endif.endif.endif.if.endif.else
  %.1703 = icmp sgt i64 %.165, 0
  br i1 %.1703, label %for.body, label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.endif:     ; preds = %for.body, %entry.endif.endif.endif.endif.if.endif.else, %for.cond.preheader, %entry.endif.endif.endif.endif.if.endif.if
  %.153.0 = phi i8* [ %.139.fca.1.load, %entry.endif.endif.endif.endif.if.endif.if ], [ %.166, %for.cond.preheader ], [ null, %entry.endif.endif.endif.endif.if.endif.else ], [ %.166, %for.body ]
  call void @NRT_decref(i8* %.139.fca.0.load)
  br label %common.ret

for.body:                                         ; preds = %for.cond.preheader, %for.body
  %loop.index4 = phi i64 [ %.185, %for.body ], [ 0, %for.cond.preheader ]
  %.6.i26 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %2, align 8
  %.176 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i26, i64 0, i32 3
  %.177 = getelementptr i64, i64* %.176, i64 %loop.index4
  %.178 = load i64, i64* %.177, align 8
  %.181 = call i8* @PyLong_FromLongLong(i64 %.178)
  %.184 = call i32 @PyList_SetItem(i8* nonnull %.166, i64 %loop.index4, i8* %.181)
  %.185 = add nuw nsw i64 %loop.index4, 1
  %exitcond.not = icmp eq i64 %.185, %.165
  br i1 %exitcond.not, label %entry.endif.endif.endif.endif.if.endif.endif, label %for.body

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.196 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.138, align 8
  %.197 = extractvalue { i8*, i32, i8*, i8*, i32 } %.196, 4
  %.198 = icmp sgt i32 %.197, 0
  %.201 = extractvalue { i8*, i32, i8*, i8*, i32 } %.196, 0
  %.203 = extractvalue { i8*, i32, i8*, i8*, i32 } %.196, 1
  br i1 %.198, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  switch i32 %.129, label %entry.endif.endif.endif.endif.endif.endif.endif.endif [
    i32 -3, label %entry.endif.endif.endif.endif.endif.endif.if
    i32 -1, label %common.ret
  ]

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.204 = sext i32 %.203 to i64
  %.205 = call i8* @PyBytes_FromStringAndSize(i8* %.201, i64 %.204)
  %.206 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.138, align 8
  %.207 = extractvalue { i8*, i32, i8*, i8*, i32 } %.206, 2
  %.209 = extractvalue { i8*, i32, i8*, i8*, i32 } %.206, 3
  %.210 = bitcast i8* %.209 to i8* (i8*)*
  %.211 = call i8* %.210(i8* %.207)
  %.212 = icmp eq i8* %.211, null
  br i1 %.212, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !5

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.225 = extractvalue { i8*, i32, i8*, i8*, i32 } %.196, 2
  %.226 = call i8* @numba_unpickle(i8* %.201, i32 %.203, i8* %.225)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.228 = phi i8* [ %.216, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.226, %entry.endif.endif.endif.endif.endif.if.else ]
  %.229.not = icmp eq i8* %.228, null
  br i1 %.229.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !5

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.216 = call i8* @numba_runtime_build_excinfo_struct(i8* %.205, i8* nonnull %.211)
  %.217 = bitcast { i8*, i32, i8*, i8*, i32 }* %.138 to i8*
  call void @NRT_Free(i8* nonnull %.217)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.228)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.if:     ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetNone(i8* nonnull @PyExc_StopIteration)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare i8* @PyObject_Type(i8*) local_unnamed_addr

declare i8* @PyObject_GetAttrString(i8*, i8*) local_unnamed_addr

declare noalias i8* @NRT_meminfo_from_pyobject(i8*) local_unnamed_addr

declare void @PyErr_Format(i8*, i8*, ...) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

declare void @PyErr_SetNone(i8*) local_unnamed_addr

declare void @Py_IncRef(i8*) local_unnamed_addr

declare i8* @PyList_New(i64) local_unnamed_addr

declare i8* @PyLong_FromLongLong(i64) local_unnamed_addr

declare i32 @PyList_SetItem(i8*, i64, i8*) local_unnamed_addr

define { i8*, i8* } @cfunc._ZN5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ i8*, i8* } %.1) local_unnamed_addr {
entry:
  %.3 = alloca { i8*, i8* }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.3, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.3, i64 0, i32 1
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  %0 = bitcast { i8*, i8* }* %.3 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %0, i8 0, i64 16, i1 false)
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8* } %.1, 0
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.7 = call i32 @_ZN5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e({ i8*, i8* }* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* %extracted.data) #1
  %.8 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.15 = icmp sgt i32 %.7, 0
  %.16 = select i1 %.15, { i8*, i32, i8*, i8*, i32 }* %.8, { i8*, i32, i8*, i8*, i32 }* undef
  %.17.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.17.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { i8*, i8* } undef, i8* %.17.fca.0.load, 0
  %inserted.parent = insertvalue { i8*, i8* } %inserted.meminfo, i8* %.17.fca.1.load, 1
  %.21 = alloca i32, align 4
  store i32 0, i32* %.21, align 4
  switch i32 %.7, label %entry.if [
    i32 -2, label %common.ret
    i32 0, label %common.ret
  ]

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.21)
  br i1 %.15, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi { i8*, i8* } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.parent, %.24 ], [ %inserted.parent, %entry ], [ %inserted.parent, %entry ]
  ret { i8*, i8* } %common.ret.op

.24:                                              ; preds = %entry.if.endif, %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.72 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f54205912d0>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.72)
  call void @Py_DecRef(i8* %.72)
  call void @numba_gil_release(i32* nonnull %.21)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.27 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.16, align 8
  %.28 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 4
  %.29 = icmp sgt i32 %.28, 0
  %.32 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 0
  %.34 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 1
  br i1 %.29, label %entry.if.if.if, label %entry.if.if.else

entry.if.endif:                                   ; preds = %entry.if
  switch i32 %.7, label %entry.if.endif.endif.endif [
    i32 -3, label %entry.if.endif.if
    i32 -1, label %.24
  ]

entry.if.if.if:                                   ; preds = %entry.if.if
  %.35 = sext i32 %.34 to i64
  %.36 = call i8* @PyBytes_FromStringAndSize(i8* %.32, i64 %.35)
  %.37 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.16, align 8
  %.38 = extractvalue { i8*, i32, i8*, i8*, i32 } %.37, 2
  %.40 = extractvalue { i8*, i32, i8*, i8*, i32 } %.37, 3
  %.41 = bitcast i8* %.40 to i8* (i8*)*
  %.42 = call i8* %.41(i8* %.38)
  %.43 = icmp eq i8* %.42, null
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !5

entry.if.if.else:                                 ; preds = %entry.if.if
  %.56 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 2
  %.57 = call i8* @numba_unpickle(i8* %.32, i32 %.34, i8* %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi i8* [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq i8* %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !5

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments.1", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.47 = call i8* @numba_runtime_build_excinfo_struct(i8* %.36, i8* nonnull %.42)
  %.48 = bitcast { i8*, i32, i8*, i8*, i32 }* %.16 to i8*
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

declare void @numba_gil_release(i32*) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #0 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !5

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

define linkonce_odr i32 @_ZN5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.iterable.0.0, i8* %arg.iterable.0.1, i8* nocapture readnone %arg.iterable.1) local_unnamed_addr {
B0.endif.if:
  %.98 = alloca i8*, align 8
  %excinfo.1 = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  tail call void @NRT_incref(i8* %arg.iterable.0.0)
  %.27 = tail call i8* @NRT_MemInfo_new_varsize_dtor(i64 24, i8* bitcast (void (i8*)* @.dtor.list.int64 to i8*))
  %.28 = icmp eq i8* %.27, null
  br i1 %.28, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !5

common.ret:                                       ; preds = %B0.endif.endif.endif.endif, %B0.endif.endif.endif.if, %B0.endif.endif.if
  %common.ret.op = phi i32 [ 1, %B0.endif.endif.if ], [ 0, %B0.endif.endif.endif.endif ], [ %.102, %B0.endif.endif.endif.if ]
  ret i32 %common.ret.op

B0.endif.endif.if:                                ; preds = %B0.endif.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999298581760, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !11
  br label %common.ret

B0.endif.endif.endif:                             ; preds = %B0.endif.if
  %.5.i = getelementptr i8, i8* %.27, i64 24
  %0 = bitcast i8* %.5.i to { i64, i64, i8, i64 }**
  %.6.i16 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %0, align 8
  %.40 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i16, i64 0, i32 1
  store i64 0, i64* %.40, align 8
  %1 = bitcast i8* %.5.i to i64**
  %.6.i2171 = load i64*, i64** %1, align 8
  store i64 0, i64* %.6.i2171, align 8
  %.6.i418 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %0, align 8
  %.52 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i418, i64 0, i32 2
  store i8 0, i8* %.52, align 1
  %.6.i10132 = load i64*, i64** %1, align 8
  store i64 0, i64* %.6.i10132, align 8
  tail call void @NRT_incref(i8* nonnull %.27)
  store i8* null, i8** %.98, align 8
  %.102 = call i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(i8** nonnull %.98, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo.1, i8* nonnull %.27, i8* null, i8* %arg.iterable.0.0, i8* %arg.iterable.0.1, i8* %arg.iterable.1)
  switch i32 %.102, label %B0.endif.endif.endif.if [
    i32 -2, label %B0.endif.endif.endif.endif
    i32 0, label %B0.endif.endif.endif.endif
  ]

B0.endif.endif.endif.if:                          ; preds = %B0.endif.endif.endif
  %.110 = icmp sgt i32 %.102, 0
  %.103 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  %.111 = select i1 %.110, { i8*, i32, i8*, i8*, i32 }* %.103, { i8*, i32, i8*, i8*, i32 }* undef
  store { i8*, i32, i8*, i8*, i32 }* %.111, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B0.endif.endif.endif.endif:                       ; preds = %B0.endif.endif.endif, %B0.endif.endif.endif
  %retptr.repack25 = getelementptr { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.27, i8** %retptr.repack25, align 8
  %retptr.repack14 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* null, i8** %retptr.repack14, align 8
  tail call void @NRT_decref(i8* %arg.iterable.0.0)
  tail call void @NRT_decref(i8* nonnull %.27)
  br label %common.ret
}

define linkonce_odr void @.dtor.list.int64(i8* %.1) {
.3:
  ret void
}

declare i8* @NRT_MemInfo_new_varsize_dtor(i64, i8*) local_unnamed_addr

define linkonce_odr i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(i8** noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.lst.0, i8* nocapture readnone %arg.lst.1, i8* nocapture readnone %arg.iterable.0.0, i8* %arg.iterable.0.1, i8* nocapture readnone %arg.iterable.1) local_unnamed_addr {
entry:
  %.21 = alloca [32 x i8], align 1
  %.fca.0.gep332 = getelementptr inbounds [32 x i8], [32 x i8]* %.21, i64 0, i64 0
  %.56 = alloca i8*, align 8
  store i8* null, i8** %.56, align 8
  %.58 = alloca i8*, align 8
  store i8* null, i8** %.58, align 8
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(32) %.fca.0.gep332, i8 0, i64 32, i1 false)
  call void @numba_dict_iter(i8* nonnull %.fca.0.gep332, i8* %arg.iterable.0.1)
  %.6231 = call i32 @numba_dict_iter_next(i8* nonnull %.fca.0.gep332, i8** nonnull %.56, i8** nonnull %.58)
  %.6332 = icmp eq i32 %.6231, 0
  br i1 %.6332, label %B24.preheader, label %B50

B24.preheader:                                    ; preds = %entry
  %0 = bitcast i8** %.56 to i64**
  %sunkaddr3 = getelementptr i8, i8* %arg.lst.0, i64 24
  %1 = bitcast i8* %sunkaddr3 to { i64, i64, i8, i64 }**
  %2 = bitcast i8* %sunkaddr3 to i64**
  br label %B24

B24:                                              ; preds = %B24.preheader, %B24.endif.endif
  %.6728 = load i64*, i64** %0, align 8
  %.71 = load i64, i64* %.6728, align 8
  %.6.i19 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.105344 = getelementptr { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i19, i64 0, i32 0
  %.106 = load i64, i64* %.105344, align 8
  %.107 = add i64 %.106, 1
  %.112 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i19, i64 0, i32 1
  %.113 = load i64, i64* %.112, align 8
  %.115 = ashr i64 %.113, 2
  %.116 = icmp sgt i64 %.115, %.107
  br i1 %.116, label %B24.if, label %B24.endif, !prof !5

common.ret:                                       ; preds = %B24.endif.if.endif.if, %B24.endif.if.if, %B24.if.endif.if, %B24.if.if, %B50
  %common.ret.op = phi i32 [ 0, %B50 ], [ 1, %B24.if.if ], [ 1, %B24.if.endif.if ], [ 1, %B24.endif.if.if ], [ 1, %B24.endif.if.endif.if ]
  ret i32 %common.ret.op

B50:                                              ; preds = %B24.endif.endif, %entry
  store i8* null, i8** %retptr, align 8
  br label %common.ret

B24.if:                                           ; preds = %B24
  %.118 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %.107, i64 8)
  %.119 = extractvalue { i64, i1 } %.118, 0
  %.120 = extractvalue { i64, i1 } %.118, 1
  %.121 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %.119, i64 24)
  %.123 = extractvalue { i64, i1 } %.121, 1
  %.124 = or i1 %.120, %.123
  br i1 %.124, label %B24.if.if, label %B24.if.endif, !prof !5

B24.endif:                                        ; preds = %B24.if.endif.endif, %B24
  %3 = icmp slt i64 %.113, %.107
  br i1 %3, label %B24.endif.if, label %B24.endif.endif, !prof !5

B24.if.if:                                        ; preds = %B24.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !11
  br label %common.ret

B24.if.endif:                                     ; preds = %B24.if
  %.122 = extractvalue { i64, i1 } %.121, 0
  %.135 = call i8* @NRT_MemInfo_varsize_realloc(i8* nonnull %arg.lst.0, i64 %.122)
  %.136 = icmp eq i8* %.135, null
  br i1 %.136, label %B24.if.endif.if, label %B24.if.endif.endif, !prof !5

B24.if.endif.if:                                  ; preds = %B24.if.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !11
  br label %common.ret

B24.if.endif.endif:                               ; preds = %B24.if.endif
  %.6.i1627 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.147 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i1627, i64 0, i32 1
  store i64 %.107, i64* %.147, align 8
  br label %B24.endif

B24.endif.if:                                     ; preds = %B24.endif
  %.151 = ashr i64 %.107, 2
  %.152 = add i64 %.106, 9
  %.153 = add i64 %.152, %.151
  %.154 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %.153, i64 8)
  %.155 = extractvalue { i64, i1 } %.154, 0
  %.156 = extractvalue { i64, i1 } %.154, 1
  %.157 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %.155, i64 24)
  %.159 = extractvalue { i64, i1 } %.157, 1
  %.160 = or i1 %.156, %.159
  br i1 %.160, label %B24.endif.if.if, label %B24.endif.if.endif, !prof !5

B24.endif.endif:                                  ; preds = %B24.endif.if.endif.endif, %B24.endif
  %.6.i14211 = load i64*, i64** %2, align 8
  store i64 %.107, i64* %.6.i14211, align 8
  %.6.i1022 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.224 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i1022, i64 0, i32 3
  %.225 = getelementptr i64, i64* %.224, i64 %.106
  store i64 %.71, i64* %.225, align 8
  %.62 = call i32 @numba_dict_iter_next(i8* nonnull %.fca.0.gep332, i8** nonnull %.56, i8** nonnull %.58)
  %.63 = icmp eq i32 %.62, 0
  br i1 %.63, label %B24, label %B50

B24.endif.if.if:                                  ; preds = %B24.endif.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !11
  br label %common.ret

B24.endif.if.endif:                               ; preds = %B24.endif.if
  %.158 = extractvalue { i64, i1 } %.157, 0
  %.169 = call i8* @NRT_MemInfo_varsize_realloc(i8* nonnull %arg.lst.0, i64 %.158)
  %.170 = icmp eq i8* %.169, null
  br i1 %.170, label %B24.endif.if.endif.if, label %B24.endif.if.endif.endif, !prof !5

B24.endif.if.endif.if:                            ; preds = %B24.endif.if.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !11
  br label %common.ret

B24.endif.if.endif.endif:                         ; preds = %B24.endif.if.endif
  %.6.i823 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.181 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i823, i64 0, i32 1
  store i64 %.153, i64* %.181, align 8
  %.6.i624 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.187399 = getelementptr { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i624, i64 0, i32 0
  %.188 = load i64, i64* %.187399, align 8
  %.193 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i624, i64 0, i32 3
  %.194 = getelementptr i64, i64* %.193, i64 %.188
  %.200 = getelementptr i64, i64* %.193, i64 %.153
  %.201 = ptrtoint i64* %.200 to i64
  %.202 = ptrtoint i64* %.194 to i64
  %.203 = sub i64 %.201, %.202
  %.204 = bitcast i64* %.194 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 1 %.204, i8 0, i64 %.203, i1 false)
  br label %B24.endif.endif
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !5

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret, !prof !5

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

declare void @numba_dict_iter(i8*, i8*) local_unnamed_addr

declare i32 @numba_dict_iter_next(i8*, i8**, i8**) local_unnamed_addr

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #3

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #3

declare noalias i8* @NRT_MemInfo_varsize_realloc(i8*, i64) local_unnamed_addr

attributes #0 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #1 = { noinline }
attributes #2 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #3 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!numba_args_may_always_need_nrt = !{!0, !1, !2, !3, !1, !2, !4, !4, !3}

!0 = !{i32 ({ i8*, i8* }*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*)* @_ZN5numba5typed9typeddict5_iterB3v33B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3e}
!1 = distinct !{null}
!2 = !{i32 ({ i8*, i8* }*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i8*)* @_ZN5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d}
!3 = distinct !{null}
!4 = !{i32 (i8**, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i8*, i8*, i8*)* @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d}
!5 = !{!"branch_weights", i32 1, i32 99}
!6 = !{!"branch_weights", i32 2126008812, i32 21474836}
!7 = !{!"branch_weights", i32 99, i32 1}
!8 = !{!9}
!9 = distinct !{!9, !10, !"_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d: %retptr"}
!10 = distinct !{!10, !"_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d"}
!11 = !{i1 true}
