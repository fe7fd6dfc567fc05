; ModuleID = '_length'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const._length = internal constant [8 x i8] c"_length\00"
@_ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d" = internal constant [132 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d\00"
@.const.pickledata.547124464 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typedlist\94\8C\04List\94\93\94."
@.const.pickledata.547124464.sha1 = internal constant [20 x i8] c"\11[H\F34\CF\147\1A\B2o\F5cd\0F\09K'\E7\83"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@PyExc_RuntimeError = external global i8
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global i8* null

; Function Attrs: nofree nounwind
define i32 @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture readnone %excinfo, i8* nocapture readnone %arg.l.0, i8* %arg.l.1) local_unnamed_addr #0 {
common.ret:
  %.13.i = tail call i64 @numba_list_size_address(i8* %arg.l.1) #3, !noalias !2
  %.14.i = inttoptr i64 %.13.i to i64*
  %.15.i = load i64, i64* %.14.i, align 8, !noalias !2
  store i64 %.15.i, i64* %retptr, align 8
  ret i32 0
}

define i8* @_ZN7cpython5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.const._length, i64 0, i64 0), i64 1, i64 1, i8** nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.57 = alloca i64, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !5

common.ret:                                       ; preds = %entry.endif.endif.endif, %entry, %entry.endif.endif.endif.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.79, %entry.endif.endif.endif.endif ], [ null, %entry ], [ null, %entry.endif.endif.endif ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load i8*, i8** @_ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d, align 8
  %.16 = icmp eq i8* %.11, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !5

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([132 x i8], [132 x i8]* @".const.missing Environment: _ZN08NumbaEnv5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.20 = load i8*, i8** %.5, align 8
  %.27 = call i8* @numba_unpickle(i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.const.pickledata.547124464, i64 0, i64 0), i32 45, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.547124464.sha1, i64 0, i64 0))
  %.28 = call i8* @PyObject_Type(i8* %.20)
  %.29 = icmp eq i8* %.28, %.27
  br i1 %.29, label %entry.endif.endif.if, label %entry.endif.endif.else

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.31 = call i8* @PyObject_GetAttrString(i8* %.20, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.const._opaque, i64 0, i64 0))
  %.32 = call i8* @NRT_meminfo_from_pyobject(i8* %.31)
  %.5.i = getelementptr i8, i8* %.32, i64 24
  %0 = bitcast i8* %.5.i to i8***
  %.6.i1 = load i8**, i8*** %0, align 8
  %.39 = load i8*, i8** %.6.i1, align 8
  %.44.fca.0.insert = insertvalue { i8*, i8* } poison, i8* %.32, 0
  %.44.fca.1.insert = insertvalue { i8*, i8* } %.44.fca.0.insert, i8* %.39, 1
  call void @Py_DecRef(i8* %.31)
  br label %entry.endif.endif.endif

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (i8*, i8*, ...) @PyErr_Format(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([25 x i8], [25 x i8]* @".const.can't unbox a %S as a %S", i64 0, i64 0), i8* %.28, i8* %.27)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.else, %entry.endif.endif.if
  %.49 = phi { i8*, i8* } [ %.44.fca.1.insert, %entry.endif.endif.if ], [ zeroinitializer, %entry.endif.endif.else ]
  call void @Py_DecRef(i8* %.27)
  call void @Py_DecRef(i8* %.28)
  br i1 %.29, label %entry.endif.endif.endif.endif, label %common.ret, !prof !6

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  store i64 0, i64* %.57, align 8
  %extracted.meminfo.1 = extractvalue { i8*, i8* } %.49, 0
  %extracted.data.1 = extractvalue { i8*, i8* } %.49, 1
  %.61 = call i32 @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d(i64* nonnull %.57, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* %extracted.data.1) #2
  %.71 = load i64, i64* %.57, align 8
  call void @NRT_decref(i8* %extracted.meminfo.1)
  %.79 = call i8* @PyLong_FromLongLong(i64 %.71)
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

declare i8* @PyLong_FromLongLong(i64) local_unnamed_addr

; Function Attrs: nofree nounwind
define i64 @cfunc._ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d({ i8*, i8* } %.1) local_unnamed_addr #0 {
entry:
  %.3 = alloca i64, align 8
  store i64 0, i64* %.3, align 8
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.7 = call i32 @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d(i64* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull undef, i8* undef, i8* %extracted.data) #2
  %.17 = load i64, i64* %.3, align 8
  ret i64 %.17
}

; Function Attrs: alwaysinline nofree nounwind readonly
declare i64 @numba_list_size_address(i8*) local_unnamed_addr #1

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !5

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !5

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

attributes #0 = { nofree nounwind }
attributes #1 = { alwaysinline nofree nounwind readonly }
attributes #2 = { noinline }
attributes #3 = { nounwind }

!numba_args_may_always_need_nrt = !{!0, !1, !1}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*)* @_ZN5numba5typed9typedlist7_lengthB2v9B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d}
!1 = distinct !{null}
!2 = !{!3}
!3 = distinct !{!3, !4, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!4 = distinct !{!4, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d"}
!5 = !{!"branch_weights", i32 1, i32 99}
!6 = !{!"branch_weights", i32 99, i32 1}
