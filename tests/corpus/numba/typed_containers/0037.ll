; ModuleID = '_getitem'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._getitem = internal constant [9 x i8] c"_getitem\00"
@_ZN08NumbaEnv5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex" = internal constant [158 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex\00"
@.const.pickledata.546737520 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typeddict\94\8C\04Dict\94\93\94."
@.const.pickledata.546737520.sha1 = internal constant [20 x i8] c"\D7;\99\D1X\E8\928\09\ACK2\AF\F3\B7\EFS5\EB\EE"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f542049cad0>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f542049cad0>\00"
@_ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex = common local_unnamed_addr global i8* null
@.const.pickledata.139999299341440 = internal constant [129 x i8] c"\80\04\95v\00\00\00\00\00\00\00\8C\08builtins\94\8C\08KeyError\94\93\94)\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\0A\03\87\94\87\94."
@.const.pickledata.139999299341440.sha1 = internal constant [20 x i8] c"\DF\CE\ED\F2\07\82{r\00Yd-h'\BB\FC\CC\DE\CC\89"
@.const.picklebuf.139999299341440 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([129 x i8], [129 x i8]* @.const.pickledata.139999299341440, i32 0, i32 0), i32 129, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999299341440.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999301082432 = internal constant [172 x i8] c"\80\04\95\A1\00\00\00\00\00\00\00\8C\08builtins\94\8C\0EAssertionError\94\93\94\8C!internal dict error during lookup\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\0C\03\87\94\87\94."
@.const.pickledata.139999301082432.sha1 = internal constant [20 x i8] c"\CB\C1c\D7\C4\8A\A1\C9\A1\87\C7\18\08=\D0\FB\A7Z,D"
@.const.picklebuf.139999301082432 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([172 x i8], [172 x i8]* @.const.pickledata.139999301082432, i32 0, i32 0), i32 172, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999301082432.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@PyExc_StopIteration = external global i8
@PyExc_SystemError = external global i8
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.d.0, i8* %arg.d.1, i64 %arg.key) local_unnamed_addr {
entry:
  %.34.i = alloca i64, align 8
  %.42.i = alloca i64, align 8
  tail call void @NRT_incref(i8* %arg.d.0)
  %0 = bitcast i64* %.34.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %0)
  %1 = bitcast i64* %.42.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %1)
  store i64 0, i64* %.42.i, align 8, !noalias !3
  %2 = tail call i64 @llvm.abs.i64(i64 %arg.key, i1 false) #4
  %.12.i.i.i.i = sitofp i64 %2 to double
  %.14.i.i.i.i = fcmp olt double %.12.i.i.i.i, 0x43C0000000000000
  br i1 %.14.i.i.i.i, label %B80.i.i.i.i, label %B174.i.i.i.i

B80.i.i.i.i:                                      ; preds = %entry
  switch i64 %arg.key, label %B240.i.i.i.i [
    i64 0, label %B0.endif.i
    i64 -9223372036854775808, label %common.ret.fold.split.i.i.i.i
  ]

B174.i.i.i.i:                                     ; preds = %entry
  %3 = icmp slt i64 %arg.key, 0
  %4 = ashr i64 %2, 30
  %.187.2.i.i.i.i.i = and i64 %2, 2305843008139952128
  %.186.1.i.i.i.i.i = lshr i64 %4, 31
  %.190.2.i.i.i.i.i = and i64 %.186.1.i.i.i.i.i, 536870911
  %.193.2.i.i.i.i.i = or i64 %.190.2.i.i.i.i.i, %.187.2.i.i.i.i.i
  %.199.2.i.i.i.i.i = and i64 %2, 1073741823
  %.201.2.i.i.i.i.i = add nuw nsw i64 %.193.2.i.i.i.i.i, %.199.2.i.i.i.i.i
  %.210.2.i.i.i.i.i = icmp ugt i64 %.201.2.i.i.i.i.i, 2305843009213693950
  %.213.2.i.i.i.i.i = add nsw i64 %.201.2.i.i.i.i.i, -2305843009213693951
  %spec.select.2.i.i.i.i.i = select i1 %.210.2.i.i.i.i.i, i64 %.213.2.i.i.i.i.i, i64 %.201.2.i.i.i.i.i
  br i1 %3, label %B234.i.i.i.i, label %B0.endif.i

B234.i.i.i.i:                                     ; preds = %B174.i.i.i.i
  %.100.i.i.i.i = sub i64 0, %spec.select.2.i.i.i.i.i
  br label %B240.i.i.i.i

B240.i.i.i.i:                                     ; preds = %B234.i.i.i.i, %B80.i.i.i.i
  %ret.5.0.i.i.i.i = phi i64 [ %.100.i.i.i.i, %B234.i.i.i.i ], [ %arg.key, %B80.i.i.i.i ]
  %ret.5.0.fr.i.i.i.i = freeze i64 %ret.5.0.i.i.i.i
  %.8.i.i.i.i.i = icmp eq i64 %ret.5.0.fr.i.i.i.i, -1
  %spec.select4.i.i.i.i = select i1 %.8.i.i.i.i.i, i64 -2, i64 %ret.5.0.fr.i.i.i.i
  br label %B0.endif.i

common.ret.fold.split.i.i.i.i:                    ; preds = %B80.i.i.i.i
  br label %B0.endif.i

B0.endif.i:                                       ; preds = %common.ret.fold.split.i.i.i.i, %B240.i.i.i.i, %B174.i.i.i.i, %B80.i.i.i.i
  %5 = phi i64 [ %arg.key, %B80.i.i.i.i ], [ %spec.select.2.i.i.i.i.i, %B174.i.i.i.i ], [ -4, %common.ret.fold.split.i.i.i.i ], [ %spec.select4.i.i.i.i, %B240.i.i.i.i ]
  store i64 %arg.key, i64* %.34.i, align 8, !noalias !3
  %.52.i = call i64 @numba_dict_lookup(i8* %arg.d.1, i8* nonnull %0, i64 %5, i8* nonnull %1), !noalias !3
  %.53.i = icmp sgt i64 %.52.i, -1
  br i1 %.53.i, label %B0.endif, label %B0.endif.endif.i

B0.endif.endif.i:                                 ; preds = %B0.endif.i
  %.95.i = icmp eq i64 %.52.i, -1
  %spec.select = select i1 %.95.i, { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999299341440, { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999301082432, !prof !7
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %1)
  store { i8*, i32, i8*, i8*, i32 }* %spec.select, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

common.ret:                                       ; preds = %B0.endif.endif.i, %B0.endif
  %common.ret.op = phi i32 [ 0, %B0.endif ], [ 1, %B0.endif.endif.i ]
  ret i32 %common.ret.op

B0.endif:                                         ; preds = %B0.endif.i
  %.64.i = load i64, i64* %.42.i, align 8, !noalias !3
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %1)
  call void @NRT_decref(i8* %arg.d.0)
  store i64 %.64.i, i64* %retptr, align 8
  br label %common.ret
}

define i8* @_ZN7cpython5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = alloca i8*, align 8
  %.7 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.const._getitem, i64 0, i64 0), i64 2, i64 2, i8** nonnull %.5, i8** nonnull %.6)
  %.8 = icmp eq i32 %.7, 0
  %.142 = alloca i64, align 8
  store i64 0, i64* %.142, align 8
  %excinfo.1 = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  br i1 %.8, label %common.ret, label %entry.endif, !prof !8

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.e...if.1, %entry.endif.endif.endif.e...endif.2.endif, %entry.endif.endif.endif, %entry.endif.endif.endif.endif.endif.if, %entry, %entry.endif.endif.endif.e...if, %entry.endif.endif.endif.endif.endif.endif.if.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.164, %entry.endif.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.e...if ], [ null, %entry ], [ null, %entry.endif.endif.endif.endif.endif.if ], [ null, %entry.endif.endif.endif ], [ null, %entry.endif.endif.endif.e...endif.2.endif ], [ null, %entry.endif.endif.endif.e...if.1 ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.if.endif ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.12 = load i8*, i8** @_ZN08NumbaEnv5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex, align 8
  %.17 = icmp eq i8* %.12, null
  br i1 %.17, label %entry.endif.if, label %entry.endif.endif, !prof !8

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([158 x i8], [158 x i8]* @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.21 = load i8*, i8** %.5, align 8
  %.28 = call i8* @numba_unpickle(i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.const.pickledata.546737520, i64 0, i64 0), i32 45, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.546737520.sha1, i64 0, i64 0))
  %.29 = call i8* @PyObject_Type(i8* %.21)
  %.30 = icmp eq i8* %.29, %.28
  br i1 %.30, label %entry.endif.endif.if.endif, label %entry.endif.endif.else, !prof !9

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (i8*, i8*, ...) @PyErr_Format(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([25 x i8], [25 x i8]* @".const.can't unbox a %S as a %S", i64 0, i64 0), i8* %.29, i8* %.28)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.if.endif, %entry.endif.endif.else
  %.118 = phi { i8*, i8* } [ %.112.fca.1.insert, %entry.endif.endif.if.endif ], [ zeroinitializer, %entry.endif.endif.else ]
  call void @Py_DecRef(i8* %.28)
  call void @Py_DecRef(i8* %.29)
  br i1 %.30, label %entry.endif.endif.endif.endif, label %common.ret, !prof !10

entry.endif.endif.if.endif:                       ; preds = %entry.endif.endif
  %.32 = call i8* @PyObject_GetAttrString(i8* %.21, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.const._opaque, i64 0, i64 0))
  %.33 = call i8* @NRT_meminfo_from_pyobject(i8* %.32)
  %.5.i.i = getelementptr i8, i8* %.33, i64 24
  %0 = bitcast i8* %.5.i.i to i8***
  %.6.i1.i = load i8**, i8*** %0, align 8, !noalias !11
  %.12.i = load i8*, i8** %.6.i1.i, align 8, !noalias !11
  %.112.fca.0.insert = insertvalue { i8*, i8* } poison, i8* %.33, 0
  %.112.fca.1.insert = insertvalue { i8*, i8* } %.112.fca.0.insert, i8* %.12.i, 1
  call void @Py_DecRef(i8* %.32)
  br label %entry.endif.endif.endif

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  %.126 = load i8*, i8** %.6, align 8
  %.129 = call i8* @PyNumber_Long(i8* %.126)
  %.130.not = icmp eq i8* %.129, null
  br i1 %.130.not, label %entry.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.if, !prof !8

entry.endif.endif.endif.endif.if:                 ; preds = %entry.endif.endif.endif.endif
  %.132 = call i64 @PyLong_AsLongLong(i8* nonnull %.129)
  call void @Py_DecRef(i8* nonnull %.129)
  br label %entry.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif.if, %entry.endif.endif.endif.endif
  %.127.0 = phi i64 [ %.132, %entry.endif.endif.endif.endif.if ], [ 0, %entry.endif.endif.endif.endif ]
  %.137 = call i8* @PyErr_Occurred()
  %.138.not = icmp eq i8* %.137, null
  br i1 %.138.not, label %entry.endif.endif.endif.endif.endif.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !10

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  %extracted.meminfo.1 = extractvalue { i8*, i8* } %.118, 0
  call void @NRT_decref(i8* %extracted.meminfo.1)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif:        ; preds = %entry.endif.endif.endif.endif.endif
  store i64 0, i64* %.142, align 8
  %extracted.meminfo.2 = extractvalue { i8*, i8* } %.118, 0
  %extracted.data.2 = extractvalue { i8*, i8* } %.118, 1
  %.146 = call i32 @_ZN5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(i64* nonnull %.142, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo.1, i8* %extracted.meminfo.2, i8* %extracted.data.2, i64 %.127.0) #2
  %.147 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  %.154 = icmp sgt i32 %.146, 0
  %.155 = select i1 %.154, { i8*, i32, i8*, i8*, i32 }* %.147, { i8*, i32, i8*, i8*, i32 }* undef
  %.156 = load i64, i64* %.142, align 8
  call void @NRT_decref(i8* %extracted.meminfo.2)
  switch i32 %.146, label %entry.endif.endif.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.endif.endif.if.endif
    i32 0, label %entry.endif.endif.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif.endif.endif:  ; preds = %entry.endif.endif.endif.endif.endif.endif
  br i1 %.154, label %entry.endif.endif.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.e...endif.2.endif

entry.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.endif.endif.endif, %entry.endif.endif.endif.endif.endif.endif
  %.164 = call i8* @PyLong_FromLongLong(i64 %.156)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.171 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.155, align 8
  %.172 = extractvalue { i8*, i32, i8*, i8*, i32 } %.171, 4
  %.173 = icmp sgt i32 %.172, 0
  %.176 = extractvalue { i8*, i32, i8*, i8*, i32 } %.171, 0
  %.178 = extractvalue { i8*, i32, i8*, i8*, i32 } %.171, 1
  br i1 %.173, label %entry.endif.endif.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.endif.endif.if.if: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if
  %.179 = sext i32 %.178 to i64
  %.180 = call i8* @PyBytes_FromStringAndSize(i8* %.176, i64 %.179)
  %.181 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.155, align 8
  %.182 = extractvalue { i8*, i32, i8*, i8*, i32 } %.181, 2
  %.184 = extractvalue { i8*, i32, i8*, i8*, i32 } %.181, 3
  %.185 = bitcast i8* %.184 to i8* (i8*)*
  %.186 = call i8* %.185(i8* %.182)
  %.187 = icmp eq i8* %.186, null
  br i1 %.187, label %entry.endif.endif.endif.e...if, label %entry.endif.endif.endif.e...endif, !prof !8

entry.endif.endif.endif.endif.endif.endif.endif.if.else: ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if
  %.200 = extractvalue { i8*, i32, i8*, i8*, i32 } %.171, 2
  %.201 = call i8* @numba_unpickle(i8* %.176, i32 %.178, i8* %.200)
  br label %entry.endif.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.endif.endif.if.endif: ; preds = %entry.endif.endif.endif.e...endif, %entry.endif.endif.endif.endif.endif.endif.endif.if.else
  %.203 = phi i8* [ %.191, %entry.endif.endif.endif.e...endif ], [ %.201, %entry.endif.endif.endif.endif.endif.endif.endif.if.else ]
  %.204.not = icmp eq i8* %.203, null
  br i1 %.204.not, label %common.ret, label %entry.endif.endif.endif.e...if.1, !prof !8

entry.endif.endif.endif.e...if:                   ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.e...endif:                ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.if
  %.191 = call i8* @numba_runtime_build_excinfo_struct(i8* %.180, i8* nonnull %.186)
  %.192 = bitcast { i8*, i32, i8*, i8*, i32 }* %.155 to i8*
  call void @NRT_Free(i8* nonnull %.192)
  br label %entry.endif.endif.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.e...if.1:                 ; preds = %entry.endif.endif.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.203)
  br label %common.ret

entry.endif.endif.endif.e...endif.2.endif:        ; preds = %entry.endif.endif.endif.endif.endif.endif.endif
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

declare i8* @PyNumber_Long(i8*) local_unnamed_addr

declare i64 @PyLong_AsLongLong(i8*) local_unnamed_addr

declare i8* @PyErr_Occurred() local_unnamed_addr

declare i8* @PyLong_FromLongLong(i64) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex({ i8*, i8* } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, i64* %.4, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8* } %.1, 0
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.8 = call i32 @_ZN5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(i64* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* %extracted.data, i64 %.2) #2
  %.9 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.10.not = icmp eq i32 %.8, 0
  %.16 = icmp sgt i32 %.8, 0
  %.17 = select i1 %.16, { i8*, i32, i8*, i8*, i32 }* %.9, { i8*, i32, i8*, i8*, i32 }* undef
  %.18 = load i64, i64* %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, i32* %.20, align 4
  br i1 %.10.not, label %common.ret, label %entry.if, !prof !10

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.20)
  br i1 %.16, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i64 [ 0, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret i64 %common.ret.op

.23:                                              ; preds = %entry.if.endif, %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.71 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f542049cad0>", i64 0, i64 0))
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
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !8

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 2
  %.56 = call i8* @numba_unpickle(i8* %.31, i32 %.33, i8* %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi i8* [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq i8* %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !8

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

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.abs.i64(i64, i1 immarg) #0

declare i64 @numba_dict_lookup(i8*, i8*, i64, i8*) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !8

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !8

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !8

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #3

attributes #0 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #2 = { noinline }
attributes #3 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #4 = { nounwind }

!numba_args_may_always_need_nrt = !{!0, !1, !2, !1, !2}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64)* @_ZN5numba5typed9typeddict8_getitemB3v37B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex}
!1 = distinct !{null}
!2 = distinct !{null}
!3 = !{!4, !6}
!4 = distinct !{!4, !5, !"_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex: %retptr"}
!5 = distinct !{!5, !"_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex"}
!6 = distinct !{!6, !5, !"_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex: %excinfo"}
!7 = !{!"branch_weights", i32 21474836, i32 2126008812}
!8 = !{!"branch_weights", i32 1, i32 99}
!9 = !{!"branch_weights", i32 2126008812, i32 21474836}
!10 = !{!"branch_weights", i32 99, i32 1}
!11 = !{!12}
!12 = distinct !{!12, !13, !"_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d: %retptr"}
!13 = distinct !{!13, !"_ZN5numba5typed9typeddict14unbox_dicttype12_3clocals_3e7convertB3v32B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE29memory_2dmanaged_20_2avoid_2a55typeref_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d"}
