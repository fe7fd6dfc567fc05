; ModuleID = 'impl_getitem.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex = common local_unnamed_addr global i8* null
@.const.pickledata.139999299341440 = internal constant [129 x i8] c"\80\04\95v\00\00\00\00\00\00\00\8C\08builtins\94\8C\08KeyError\94\93\94)\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\0A\03\87\94\87\94."
@.const.pickledata.139999299341440.sha1 = internal constant [20 x i8] c"\DF\CE\ED\F2\07\82{r\00Yd-h'\BB\FC\CC\DE\CC\89"
@.const.picklebuf.139999299341440 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([129 x i8], [129 x i8]* @.const.pickledata.139999299341440, i32 0, i32 0), i32 129, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999299341440.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999301082432 = internal constant [172 x i8] c"\80\04\95\A1\00\00\00\00\00\00\00\8C\08builtins\94\8C\0EAssertionError\94\93\94\8C!internal dict error during lookup\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\0C\03\87\94\87\94."
@.const.pickledata.139999301082432.sha1 = internal constant [20 x i8] c"\CB\C1c\D7\C4\8A\A1\C9\A1\87\C7\18\08=\D0\FB\A7Z,D"
@.const.picklebuf.139999301082432 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([172 x i8], [172 x i8]* @.const.pickledata.139999301082432, i32 0, i32 0), i32 172, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999301082432.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_StopIteration = external global i8
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f542048a310>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f542048a310>\00"
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

define i32 @_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(i64* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* nocapture readnone %arg.d.0, i8* %arg.d.1, i64 %arg.key) local_unnamed_addr {
entry:
  %.34 = alloca i64, align 8
  %.42 = alloca i64, align 8
  store i64 0, i64* %.42, align 8
  %0 = tail call i64 @llvm.abs.i64(i64 %arg.key, i1 false) #1
  %.12.i.i.i = sitofp i64 %0 to double
  %.14.i.i.i = fcmp olt double %.12.i.i.i, 0x43C0000000000000
  br i1 %.14.i.i.i, label %B80.i.i.i, label %B174.i.i.i

B80.i.i.i:                                        ; preds = %entry
  switch i64 %arg.key, label %B240.i.i.i [
    i64 0, label %B0.endif
    i64 -9223372036854775808, label %common.ret.fold.split.i.i.i
  ]

B174.i.i.i:                                       ; preds = %entry
  %1 = icmp slt i64 %arg.key, 0
  %2 = ashr i64 %0, 30
  %.187.2.i.i.i.i = and i64 %0, 2305843008139952128
  %.186.1.i.i.i.i = lshr i64 %2, 31
  %.190.2.i.i.i.i = and i64 %.186.1.i.i.i.i, 536870911
  %.193.2.i.i.i.i = or i64 %.190.2.i.i.i.i, %.187.2.i.i.i.i
  %.199.2.i.i.i.i = and i64 %0, 1073741823
  %.201.2.i.i.i.i = add nuw nsw i64 %.193.2.i.i.i.i, %.199.2.i.i.i.i
  %.210.2.i.i.i.i = icmp ugt i64 %.201.2.i.i.i.i, 2305843009213693950
  %.213.2.i.i.i.i = add nsw i64 %.201.2.i.i.i.i, -2305843009213693951
  %spec.select.2.i.i.i.i = select i1 %.210.2.i.i.i.i, i64 %.213.2.i.i.i.i, i64 %.201.2.i.i.i.i
  br i1 %1, label %B234.i.i.i, label %B0.endif

B234.i.i.i:                                       ; preds = %B174.i.i.i
  %.100.i.i.i = sub i64 0, %spec.select.2.i.i.i.i
  br label %B240.i.i.i

B240.i.i.i:                                       ; preds = %B234.i.i.i, %B80.i.i.i
  %ret.5.0.i.i.i = phi i64 [ %.100.i.i.i, %B234.i.i.i ], [ %arg.key, %B80.i.i.i ]
  %ret.5.0.fr.i.i.i = freeze i64 %ret.5.0.i.i.i
  %.8.i.i.i.i = icmp eq i64 %ret.5.0.fr.i.i.i, -1
  %spec.select4.i.i.i = select i1 %.8.i.i.i.i, i64 -2, i64 %ret.5.0.fr.i.i.i
  br label %B0.endif

common.ret.fold.split.i.i.i:                      ; preds = %B80.i.i.i
  br label %B0.endif

common.ret:                                       ; preds = %B226.endif, %B196, %B136
  %common.ret.op = phi i32 [ 1, %B136 ], [ 1, %B196 ], [ 0, %B226.endif ]
  ret i32 %common.ret.op

B136:                                             ; preds = %B0.endif.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999299341440, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B196:                                             ; preds = %B0.endif.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999301082432, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B0.endif:                                         ; preds = %common.ret.fold.split.i.i.i, %B240.i.i.i, %B174.i.i.i, %B80.i.i.i
  %3 = phi i64 [ %arg.key, %B80.i.i.i ], [ %spec.select.2.i.i.i.i, %B174.i.i.i ], [ -4, %common.ret.fold.split.i.i.i ], [ %spec.select4.i.i.i, %B240.i.i.i ]
  %.39 = bitcast i64* %.34 to i8*
  store i64 %arg.key, i64* %.34, align 8
  %.51 = bitcast i64* %.42 to i8*
  %.52 = call i64 @numba_dict_lookup(i8* %arg.d.1, i8* nonnull %.39, i64 %3, i8* nonnull %.51)
  %.53 = icmp sgt i64 %.52, -1
  br i1 %.53, label %B226.endif, label %B0.endif.endif

B0.endif.endif:                                   ; preds = %B0.endif
  %.95 = icmp eq i64 %.52, -1
  br i1 %.95, label %B136, label %B196

B226.endif:                                       ; preds = %B0.endif
  %.64 = load i64, i64* %.42, align 8
  store i64 %.64, i64* %retptr, align 8
  br label %common.ret
}

declare i64 @numba_dict_lookup(i8*, i8*, i64, i8*) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex({ i8*, i8* } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, i64* %.4, align 8
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.data = extractvalue { i8*, i8* } %.1, 1
  %.8 = call i32 @_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(i64* nonnull %.4, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* undef, i8* %extracted.data, i64 %.2) #2
  %.9 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.10.not = icmp eq i32 %.8, 0
  %.16 = icmp sgt i32 %.8, 0
  %.17 = select i1 %.16, { i8*, i32, i8*, i8*, i32 }* %.9, { i8*, i32, i8*, i8*, i32 }* undef
  %.18 = load i64, i64* %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, i32* %.20, align 4
  br i1 %.10.not, label %common.ret, label %entry.if, !prof !2

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.20)
  br i1 %.16, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i64 [ 0, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret i64 %common.ret.op

.23:                                              ; preds = %entry.if.endif, %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.71 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f542048a310>", i64 0, i64 0))
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
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !3

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { i8*, i32, i8*, i8*, i32 } %.26, 2
  %.56 = call i8* @numba_unpickle(i8* %.31, i32 %.33, i8* %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi i8* [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq i8* %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !3

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
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
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %.23
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyUnicode_FromString(i8*) local_unnamed_addr

declare void @PyErr_WriteUnraisable(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

declare void @PyErr_SetNone(i8*) local_unnamed_addr

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.abs.i64(i64, i1 immarg) #0

attributes #0 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { nounwind }
attributes #2 = { noinline }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 (i64*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i64)* @_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v38B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex}
!1 = !{i1 true}
!2 = !{!"branch_weights", i32 99, i32 1}
!3 = !{!"branch_weights", i32 1, i32 99}
