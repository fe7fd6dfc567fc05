; ModuleID = '_getitem'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._getitem = internal constant [9 x i8] c"_getitem\00"
@_ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx" = internal constant [135 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx\00"
@.const.pickledata.547124464 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typedlist\94\8C\04List\94\93\94."
@.const.pickledata.547124464.sha1 = internal constant [20 x i8] c"\11[H\F34\CF\147\1A\B2o\F5cd\0F\09K'\E7\83"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@_Py_NoneStruct = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_StopIteration = external global i8
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f54207a3250>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f54207a3250>\00"
@_ZN08NumbaEnv5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global i8* null
@.const.pickledata.139999298301440 = internal constant [166 x i8] c"\80\04\95\9B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AIndexError\94\93\94\8C\17list index out of range\94\85\94\8C\0Chandle_index\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/listobject.py\94M\96\02\87\94\87\94."
@.const.pickledata.139999298301440.sha1 = internal constant [20 x i8] c".\12\D0\B6Fz:X\F2\\\CA\BE\B9\C4\FA\BB\A2\9F\1E["
@.const.picklebuf.139999298301440 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([166 x i8], [166 x i8]* @.const.pickledata.139999298301440, i32 0, i32 0), i32 166, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999298301440.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@PyExc_SystemError = external global i8
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.l.0, i8* %arg.l.1, i64 %arg.i) local_unnamed_addr {
entry:
  %.8 = alloca i64, align 8
  %excinfo.1 = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  tail call void @NRT_incref(i8* %arg.l.0)
  store i64 0, i64* %.8, align 8
  %.12 = call i32 @_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx(i64* nonnull %.8, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo.1, i8* %arg.l.0, i8* %arg.l.1, i64 %arg.i)
  switch i32 %.12, label %B0.if [
    i32 -2, label %B0.endif
    i32 0, label %B0.endif
  ]

B0.if:                                            ; preds = %entry
  %.20 = icmp sgt i32 %.12, 0
  %.13 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  %.21 = select i1 %.20, { i8*, i32, i8*, i8*, i32 }* %.13, { i8*, i32, i8*, i8*, i32 }* undef
  store { i8*, i32, i8*, i8*, i32 }* %.21, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

common.ret:                                       ; preds = %B0.if, %B0.endif
  %common.ret.op = phi i32 [ 0, %B0.endif ], [ %.12, %B0.if ]
  ret i32 %common.ret.op

B0.endif:                                         ; preds = %entry, %entry
  %.22 = load i64, i64* %.8, align 8
  tail call void @NRT_decref(i8* %arg.l.0)
  store i64 %.22, i64* %retptr, align 8
  br label %common.ret
}

define i8* @_ZN7cpython5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = alloca i8*, align 8
  %.7 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.const._getitem, i64 0, i64 0), i64 2, i64 2, i8** nonnull %.5, i8** nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.74 = alloca i64, align 8
  store i64 0, i64* %.74, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !4

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry.endif.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.e...if.1, %entry.endif.endif.endif.e...if.2, %entry.endif.endif.endif.e...endif.2.endif, %entry.endif.endif.endif, %entry.endif.endif.endif.endif.endif.if, %entry, %entry.endif.endif.endif.e...if, %entry.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.endif.endif.if.if, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ @_Py_NoneStruct, %entry.endif.endif.endif.endif.endif.endif.if.if ], [ %.96, %entry.endif.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.e...if ], [ null, %entry ], [ null, %entry.endif.endif.endif.endif.endif.if ], [ null, %entry.endif.endif.endif ], [ null, %entry.endif.endif.endif.e...endif.2.endif ], [ null, %entry.endif.endif.endif.e...if.2 ], [ null, %entry.endif.endif.endif.e...if.1 ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.endif ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load i8*, i8** @_ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx, align 8
  %.17 = icmp eq i8* %.12, null
  br i1 %.17, label %entry.endif.if, label %entry.endif.endif, !prof !4

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([135 x i8], [135 x i8]* @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.21 = load i8*, i8** %.5, align 8
  %.28 = call i8* @numba_unpickle(i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.const.pickledata.547124464, i64 0, i64 0), i32 45, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.547124464.sha1, i64 0, i64 0))
  %.29 = call i8* @PyObject_Type(i8* %.21)
  %.30 = icmp eq i8* %.29, %.28
  br i1 %.30, label %entry.endif.endif.if, label %entry.endif.endif.else

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.32 = call i8* @PyObject_GetAttrString(i8* %.21, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.const._opaque, i64 0, i64 0))
  %.33 = call i8* @NRT_meminfo_from_pyobject(i8* %.32)
  %.5.i = getelementptr i8, i8* %.33, i64 24
  %0 = bitcast i8* %.5.i to i8***
  %.6.i1 = load i8**, i8*** %0, align 8
  %.40 = load i8*, i8** %.6.i1, align 8
  %.45.fca.0.insert = insertvalue { i8*, i8* } poison, i8* %.33, 0
  %.45.fca.1.insert = insertvalue { i8*, i8* } %.45.fca.0.insert, i8* %.40, 1
  call void @Py_DecRef(i8* %.32)
  br label %entry.endif.endif.endif

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (i8*, i8*, ...) @PyErr_Format(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([25 x i8], [25 x i8]* @".const.can't unbox a %S as a %S", i64 0, i64 0), i8* %.29, i8* %.28)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.else, %entry.endif.endif.if
  %.50 = phi { i8*, i8* } [ %.45.fca.1.insert, %entry.endif.endif.if ], [ zeroinitializer, %entry.endif.endif.else ]
  call void @Py_DecRef(i8* %.28)
  call void @Py_DecRef(i8* %.29)
  br i1 %.30, label %entry.endif.endif.endif.endif, label %common.ret, !prof !5

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  %.58 = load i8*, i8** %.6, align 8
  %.61 = call i8* @PyNumber_Long(i8* %.58)
  %.62.not = icmp eq i8* %.61, null
  br i1 %.62.not, label %entry.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.if, !prof !4

entry.endif.endif.endif.endif.if:                 ; preds = %entry.endif.endif.endif.endif
  %.64 = call i64 @PyLong_AsLongLong(i8* nonnull %.61)
  call void @Py_DecRef(i8* nonnull %.61)
  br label %entry.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif.if, %entry.endif.endif.endif.endif
  %.59.0 = phi i64 [ %.64, %entry.endif.endif.endif.endif.if ], [ 0, %entry.endif.endif.endif.endif ]
  %.69 = call i8* @PyErr_Occurred()
  %.70.not = icmp eq i8* %.69, null
  br i1 %.70.not, label %entry.endif.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !5

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  %extracted.meminfo = extractvalue { i8*, i8* } %.50, 0
  call void @NRT_decref(i8* %extracted.meminfo)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  store i64 0, i64* %.74, align 8
  %extracted.meminfo.1 = extractvalue { i8*, i8* } %.50, 0
  %extracted.data.1 = extractvalue { i8*, i8* } %.50, 1
  %.78 = call i32 @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx(i64* nonnull %.74, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo.1, i8* %extracted.data.1, i64 %.59.0) #2
  %.79 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.86 = icmp sgt i32 %.78, 0
  %.87 = select i1 %.86, { i8*, i32, i8*, i8*, i32 }* %.79, { i8*, i32, i8*, i8*, i32 }* undef
  %.88 = load i64, i64* %.74, align 8
  call void @NRT_decref(i8* %extracted.meminfo.1)
  switch i32 %.78, label %entry.endif.endif.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.endif.endif.if.if
    i32 0, label %entry.endif.endif.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif.endif.endif:  ; preds = %entry.endif.endif.endif.endif.endif.endif
  br i1 %.86, label %entry.endif.endif.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.endif.endif.if.if:  ; preds = %entry.endif.endif.endif.endif.endif.endif
  call void @Py_IncRef(i8* nonnull @_Py_NoneStruct)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif
  %.96 = call i8* @PyLong_FromLongLong(i64 %.88)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.103 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.87, align 8
  %.104 = extractvalue { i8*, i32, i8*, i8*, i32 } %.103, 4
  %.105 = icmp sgt i32 %.104, 0
  %.108 = extractvalue { i8*, i32, i8*, i8*, i32 } %.103, 0
  %.110 = extractvalue { i8*, i32, i8*, i8*, i32 } %.103, 1
  br i1 %.105, label %entry.endif.endif.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  switch i32 %.78, label %entry.endif.endif.endif.e...endif.2.endif [
    i32 -3, label %entry.endif.endif.endif.e...if.2
    i32 -1, label %common.ret
  ]

entry.endif.endif.endif.endif.endif.endif.endif.if.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if
  %.111 = sext i32 %.110 to i64
  %.112 = call i8* @PyBytes_FromStringAndSize(i8* %.108, i64 %.111)
  %.113 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.87, align 8
  %.114 = extractvalue { i8*, i32, i8*, i8*, i32 } %.113, 2
  %.116 = extractvalue { i8*, i32, i8*, i8*, i32 } %.113, 3
  %.117 = bitcast i8* %.116 to i8* (i8*)*
  %.118 = call i8* %.117(i8* %.114)
  %.119 = icmp eq i8* %.118, null
  br i1 %.119, label %entry.endif.endif.endif.e...if, label %entry.endif.endif.endif.e...endif, !prof !4

entry.endif.endif.endif.endif.endif.endif.endif.if.else: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if
  %.132 = extractvalue { i8*, i32, i8*, i8*, i32 } %.103, 2
  %.133 = call i8* @numba_unpickle(i8* %.108, i32 %.110, i8* %.132)
  br label %entry.endif.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.e...endif, %entry.endif.endif.endif.endif.endif.endif.endif.if.else
  %.135 = phi i8* [ %.123, %entry.endif.endif.endif.e...endif ], [ %.133, %entry.endif.endif.endif.endif.endif.endif.endif.if.else ]
  %.136.not = icmp eq i8* %.135, null
  br i1 %.136.not, label %common.ret, label %entry.endif.endif.endif.e...if.1, !prof !4

entry.endif.endif.endif.e...if:                   ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.e...endif:                ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.if
  %.123 = call i8* @numba_runtime_build_excinfo_struct(i8* %.112, i8* nonnull %.118)
  %.124 = bitcast { i8*, i32, i8*, i8*, i32 }* %.87 to i8*
  call void @NRT_Free(i8* nonnull %.124)
  br label %entry.endif.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.e...if.1:                 ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.135)
  br label %common.ret

entry.endif.endif.endif.e...if.2:                 ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetNone(i8* nonnull @PyExc_StopIteration)
  br label %common.ret

entry.endif.endif.endif.e...endif.2.endif:        ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare i8* @PyObject_Type(i8*) local_unnamed_addr

declare i8* @PyObject_GetAttrString(i8*, i8*) local_unnamed_addr

declare noalias i8* @NRT_meminfo_from_pyobject(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare void @PyErr_Format(i8*, i8*, ...) local_unnamed_addr

declare i8* @PyNumber_Long(i8*) local_unnamed_addr

declare i64 @PyLong_AsLongLong(i8*) local_unnamed_addr

declare i8* @PyErr_Occurred() local_unnamed_addr

declare void @Py_IncRef(i8*) local_unnamed_addr

declare i8* @PyLong_FromLongLong(i64) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

declare void @PyErr_SetNone(i8*) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx({ i8*, i8* } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, i64* %.4, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8* } %.1, 0
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.8 = call i32 @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx(i64* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* %extracted.data, i64 %.2) #2
  %.9 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.16 = icmp sgt i32 %.8, 0
  %.17 = select i1 %.16, { i8*, i32, i8*, i8*, i32 }* %.9, { i8*, i32, i8*, i8*, i32 }* undef
  %.18 = load i64, i64* %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, i32* %.20, align 4
  switch i32 %.8, label %entry.if [
    i32 -2, label %common.ret
    i32 0, label %common.ret
  ]

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.20)
  br i1 %.16, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i64 [ 0, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ], [ %.18, %entry ]
  ret i64 %common.ret.op

.23:                                              ; preds = %entry.if.endif, %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.71 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f54207a3250>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.71)
  call void @Py_DecRef(i8* %.71)
  call void @numba_gil_release(i32* nonnull %.20)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.26 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.17, align 8
  %.27 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 4
  %.28 = icmp sgt i32 %.27, 0
  %.31 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 0
  %.33 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 1
  br i1 %.28, label %entry.if.if.if, label %entry.if.if.else

entry.if.endif:                                   ; preds = %entry.if
  switch i32 %.8, label %entry.if.endif.endif.endif [
    i32 -3, label %entry.if.endif.if
    i32 -1, label %.23
  ]

entry.if.if.if:                                   ; preds = %entry.if.if
  %.34 = sext i32 %.33 to i64
  %.35 = call i8* @PyBytes_FromStringAndSize(i8* %.31, i64 %.34)
  %.36 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.17, align 8
  %.37 = extractvalue { i8*, i32, i8*, i8*, i32 } %.36, 2
  %.39 = extractvalue { i8*, i32, i8*, i8*, i32 } %.36, 3
  %.40 = bitcast i8* %.39 to i8* (i8*)*
  %.41 = call i8* %.40(i8* %.37)
  %.42 = icmp eq i8* %.41, null
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !4

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 2
  %.56 = call i8* @numba_unpickle(i8* %.31, i32 %.33, i8* %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi i8* [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq i8* %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !4

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments.1", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.46 = call i8* @numba_runtime_build_excinfo_struct(i8* %.35, i8* nonnull %.41)
  %.47 = bitcast { i8*, i32, i8*, i8*, i32 }* %.17 to i8*
  call void @NRT_Free(i8* nonnull %.47)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(i8* nonnull %.58)
  br label %.23

entry.if.endif.if:                                ; preds = %entry.if.endif
  call void @PyErr_SetNone(i8* nonnull @PyExc_StopIteration)
  br label %.23

entry.if.endif.endif.endif:                       ; preds = %entry.if.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function.2", i64 0, i64 0))
  br label %.23
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyUnicode_FromString(i8*) local_unnamed_addr

declare void @PyErr_WriteUnraisable(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

define linkonce_odr i32 @_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.l.0, i8* %arg.l.1, i64 %arg.index) local_unnamed_addr {
entry:
  tail call void @NRT_incref(i8* %arg.l.0)
  tail call void @NRT_incref(i8* %arg.l.0), !noalias !6
  %.11.i = icmp slt i64 %arg.index, 0
  %.18.i = tail call i64 @numba_list_size_address(i8* %arg.l.1), !noalias !6
  %.19.i = inttoptr i64 %.18.i to i64*
  %.20.i = load i64, i64* %.19.i, align 8, !noalias !6
  %.21.i = select i1 %.11.i, i64 %.20.i, i64 0
  %.22.i = add i64 %.21.i, %arg.index
  %.27.i = icmp slt i64 %.22.i, 0
  br i1 %.27.i, label %B0.if, label %B48.endif.i

B48.endif.i:                                      ; preds = %entry
  %.13.i.i = tail call i64 @numba_list_size_address(i8* %arg.l.1) #3, !noalias !10
  %.14.i.i = inttoptr i64 %.13.i.i to i64*
  %.15.i.i = load i64, i64* %.14.i.i, align 8, !noalias !10
  tail call void @NRT_decref(i8* %arg.l.0), !noalias !6
  %.60.not.i = icmp slt i64 %.22.i, %.15.i.i
  br i1 %.60.not.i, label %B140.endif, label %B0.if

common.ret:                                       ; preds = %B140.endif, %B0.if
  %common.ret.op = phi i32 [ 0, %B140.endif ], [ 1, %B0.if ]
  ret i32 %common.ret.op

B0.if:                                            ; preds = %B48.endif.i, %entry
  %l.sroa.0.0.i = phi i8* [ %arg.l.0, %entry ], [ null, %B48.endif.i ]
  tail call void @NRT_decref(i8* %l.sroa.0.0.i), !noalias !6
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999298301440, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B140.endif:                                       ; preds = %B48.endif.i
  %.40 = tail call i8* @numba_list_base_ptr(i8* %arg.l.1)
  %.41 = bitcast i8* %.40 to i64*
  %.42 = getelementptr i64, i64* %.41, i64 %.22.i
  %.52 = load i64, i64* %.42, align 8
  tail call void @NRT_decref(i8* %arg.l.0)
  store i64 %.52, i64* %retptr, align 8
  br label %common.ret
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #0 {
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

; Function Attrs: alwaysinline nofree nounwind readonly
declare i64 @numba_list_size_address(i8*) local_unnamed_addr #1

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !4

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !4

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

; Function Attrs: alwaysinline nofree nounwind readonly
declare i8* @numba_list_base_ptr(i8*) local_unnamed_addr #1

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

attributes #0 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #1 = { alwaysinline nofree nounwind readonly }
attributes #2 = { noinline }
attributes #3 = { nounwind }

!numba_args_may_always_need_nrt = !{!0, !1, !1, !2, !2, !3, !3}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64)* @_ZN5numba5typed9typedlist8_getitemB3v11B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5dx}
!1 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64)* @_ZN5numba5typed10listobject12impl_getitem12_3clocals_3e21integer_non_none_implB3v12B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx}
!2 = distinct !{null}
!3 = distinct !{null}
!4 = !{!"branch_weights", i32 1, i32 99}
!5 = !{!"branch_weights", i32 99, i32 1}
!6 = !{!7, !9}
!7 = distinct !{!7, !8, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx: %retptr"}
!8 = distinct !{!8, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx"}
!9 = distinct !{!9, !8, !"_ZN5numba5typed10listobject12handle_indexB3v13B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5dx: %excinfo"}
!10 = !{!11, !7, !9}
!11 = distinct !{!11, !12, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!12 = distinct !{!12, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v14B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d"}
