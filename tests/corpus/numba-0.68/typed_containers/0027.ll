; ModuleID = 'impl_setitem.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global ptr null
@.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7 = internal constant [161 x i8] c"\80\04\95\96\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\15key comparison failed\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\D5\02\87\94\87\94."
@.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7.sha1 = internal constant [20 x i8] c"6\1A\83\EE\0B\D6~\F5l@g\A7\B6\1EG\9AKw\90\F7"
@.const.picklebuf.361a83ee0bd67ef56c4067a7b61e479a4b7790f7 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7, i32 161, ptr @.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7.sha1, ptr null, i32 0 }
@.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011 = internal constant [178 x i8] c"\80\04\95\A7\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C$dict.__setitem__ failed unexpectedly\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\D7\02\87\94\87\94."
@.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011.sha1 = internal constant [20 x i8] c"k{9_\07%Y\C7\D8\E11$@\19i$\C3&\E0\11"
@.const.picklebuf.6b7b395f072559c7d8e1312440196924c326e011 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011, i32 178, ptr @.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011.sha1, ptr null, i32 0 }
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB3v27B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null

define range(i32 0, 2) i32 @_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.d.0, ptr %arg.d.1, i64 %arg.key, i64 %arg.value) local_unnamed_addr {
B0:
  %.35 = alloca i64, align 8
  %.43 = alloca i64, align 8
  %.46 = alloca i64, align 8
  store i64 0, ptr %.46, align 8
  %.11.i.i.i = tail call i64 @llvm.abs.i64(i64 %arg.key, i1 false)
  %.12.i.i.i = sitofp i64 %.11.i.i.i to double
  %.14.i.i.i = fcmp olt double %.12.i.i.i, 0x43C0000000000000
  br i1 %.14.i.i.i, label %B80.i.i.i, label %B200.endif.i.i.i

B80.i.i.i:                                        ; preds = %B0
  %cond.i.i.i = icmp eq i64 %arg.key, -9223372036854775808
  %spec.select.i.i.i = select i1 %cond.i.i.i, i64 -4, i64 %arg.key
  br label %B0.endif

B200.endif.i.i.i:                                 ; preds = %B0
  %.9.i.i.i = icmp slt i64 %arg.key, 0
  %.199.2.i.i.i.i = and i64 %.11.i.i.i, 1073741823
  %.187.2.i.i.i.i = and i64 %.11.i.i.i, 2305843008139952128
  %0 = ashr i64 %.11.i.i.i, 30
  %.186.1.i.i.i.i = lshr i64 %0, 31
  %.190.2.i.i.i.i = and i64 %.186.1.i.i.i.i, 536870911
  %.193.2.i.i.i.i = or disjoint i64 %.190.2.i.i.i.i, %.187.2.i.i.i.i
  %.201.2.i.i.i.i = add nuw nsw i64 %.193.2.i.i.i.i, %.199.2.i.i.i.i
  %.210.2.i.i.i.i = icmp samesign ugt i64 %.201.2.i.i.i.i, 2305843009213693950
  %.213.2.i.i.i.i = add nsw i64 %.201.2.i.i.i.i, -2305843009213693951
  %spec.select.2.i.i.i.i = select i1 %.210.2.i.i.i.i, i64 %.213.2.i.i.i.i, i64 %.201.2.i.i.i.i
  %.100.i.i.i = sub nsw i64 0, %spec.select.2.i.i.i.i
  %spec.select28.i.i.i = select i1 %.9.i.i.i, i64 %.100.i.i.i, i64 %spec.select.2.i.i.i.i
  br label %B0.endif

common.ret:                                       ; preds = %B266, %B236, %B200, %B164
  %common.ret.op = phi i32 [ 0, %B164 ], [ 0, %B200 ], [ 1, %B236 ], [ 1, %B266 ]
  ret i32 %common.ret.op

B164:                                             ; preds = %B0.endif
  store ptr null, ptr %retptr, align 8
  br label %common.ret

B200:                                             ; preds = %B0.endif
  store ptr null, ptr %retptr, align 8
  br label %common.ret

B236:                                             ; preds = %B0.endif
  store ptr @.const.picklebuf.361a83ee0bd67ef56c4067a7b61e479a4b7790f7, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B266:                                             ; preds = %B0.endif
  store ptr @.const.picklebuf.6b7b395f072559c7d8e1312440196924c326e011, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B0.endif:                                         ; preds = %B200.endif.i.i.i, %B80.i.i.i
  %ret.5.0.i.i.i = phi i64 [ %spec.select28.i.i.i, %B200.endif.i.i.i ], [ %spec.select.i.i.i, %B80.i.i.i ]
  %spec.select.i.i.i.i = tail call i64 @llvm.umin.i64(i64 %ret.5.0.i.i.i, i64 -2)
  store i64 %arg.key, ptr %.35, align 8
  store i64 %arg.value, ptr %.43, align 8
  %.57 = call i32 @numba_dict_insert(ptr %arg.d.1, ptr nonnull %.35, i64 %spec.select.i.i.i.i, ptr nonnull %.43, ptr nonnull %.46)
  switch i32 %.57, label %B266 [
    i32 0, label %B164
    i32 1, label %B200
    i32 -5, label %B236
  ]
}

declare i32 @numba_dict_insert(ptr, ptr, i64, ptr, ptr) local_unnamed_addr

define ptr @cfunc._ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx({ ptr, ptr } %.1, i64 %.2, i64 %.3) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  store ptr null, ptr %.5, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.9 = call i32 @_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx(ptr nonnull %.5, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr %extracted.data, i64 %.2, i64 %.3) #3
  %.10 = load ptr, ptr %excinfo, align 8
  %.19 = load ptr, ptr %.5, align 8
  %.21 = alloca i32, align 4
  store i32 0, ptr %.21, align 4
  %cond = icmp eq i32 %.9, 0
  br i1 %cond, label %common.ret, label %entry.if.if, !prof !1

common.ret:                                       ; preds = %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi ptr [ null, %entry.if.if.if.if ], [ %.19, %.24 ], [ %.19, %entry ]
  ret ptr %common.ret.op

.24:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.72 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.72)
  call void @Py_DecRef(ptr %.72)
  call void @numba_gil_release(ptr nonnull %.21)
  br label %common.ret

entry.if.if:                                      ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.21)
  call void @PyErr_Clear()
  %.27 = load { ptr, i32, ptr, ptr, i32 }, ptr %.10, align 8
  %.28 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 4
  %.29 = icmp sgt i32 %.28, 0
  %.32 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 0
  %.34 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 1
  br i1 %.29, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.35 = sext i32 %.34 to i64
  %.36 = call ptr @PyBytes_FromStringAndSize(ptr %.32, i64 %.35)
  %.37 = load { ptr, i32, ptr, ptr, i32 }, ptr %.10, align 8
  %.38 = extractvalue { ptr, i32, ptr, ptr, i32 } %.37, 2
  %.40 = extractvalue { ptr, i32, ptr, ptr, i32 } %.37, 3
  %.42 = call ptr %.40(ptr %.38)
  %.43 = icmp eq ptr %.42, null
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !2

entry.if.if.else:                                 ; preds = %entry.if.if
  %.56 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 2
  %.57 = call ptr @numba_unpickle(ptr %.32, i32 %.34, ptr %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi ptr [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq ptr %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !2

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.47 = call ptr @numba_runtime_build_excinfo_struct(ptr %.36, ptr nonnull %.42)
  call void @NRT_Free(ptr nonnull %.10)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.59)
  br label %.24
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #0

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #1

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !2

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #3 {
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
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #4

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noinline }
attributes #4 = { nounwind }

!0 = !{i1 true}
!1 = !{!"branch_weights", i32 49, i32 1}
!2 = !{!"branch_weights", i32 1, i32 99}
