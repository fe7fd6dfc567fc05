; ModuleID = 'impl_getitem.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex = common local_unnamed_addr global ptr null
@.const.pickledata.6cdfa28d716d50ebbd922aecea84174d7400d510 = internal constant [418 x i8] c"\80\04\95\97\01\00\00\00\00\00\00\8C\08builtins\94\8C\08KeyError\94\93\94\8C\12llvmlite.ir.values\94\8C\08Constant\94\93\94)\81\94}\94(\8C\04type\94\8C\11llvmlite.ir.types\94\8C\11_TypedPointerType\94\93\94)\81\94}\94(\8C\09addrspace\94K\00\8C\07pointee\94h\09\8C\07IntType\94\93\94K\08\85\94\81\94}\94(\8C\05width\94K\08\8C\17_StrCaching__cached_str\94\8C\02i8\94ub\8C\09is_opaque\94\89h\16\8C\03i8*\94ub\8C\08constant\94N\8C&_StringReferenceCaching__cached_refstr\94\8C\04null\94h\16\8C\08i8* null\94ub\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\0A\03\87\94\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@".const.missing Environment: _ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex" = internal constant [188 x i8] c"missing Environment: _ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex\00"
@.const.pickledata.fc0b196558cfc72aca47ad60330e557ecf904385 = internal constant [177 x i8] c"\80\04\95\A6\00\00\00\00\00\00\00\8C\08builtins\94\8C\0EAssertionError\94\93\94\8C!internal dict error during lookup\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\0C\03\87\94\87\94."
@.const.pickledata.fc0b196558cfc72aca47ad60330e557ecf904385.sha1 = internal constant [20 x i8] c"\FC\0B\19eX\CF\C7*\CAG\AD`3\0EU~\CF\90C\85"
@.const.picklebuf.fc0b196558cfc72aca47ad60330e557ecf904385 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.fc0b196558cfc72aca47ad60330e557ecf904385, i32 177, ptr @.const.pickledata.fc0b196558cfc72aca47ad60330e557ecf904385.sha1, ptr null, i32 0 }
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

define range(i32 0, 2) i32 @_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.d.0, ptr %arg.d.1, i64 %arg.key) local_unnamed_addr {
B0:
  %.37 = alloca i64, align 8
  %.45 = alloca i64, align 8
  store i64 0, ptr %.45, align 8
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

B136:                                             ; preds = %B0.endif
  %.107 = call ptr @NRT_Allocate(i64 8)
  %.108 = icmp eq ptr %.107, null
  br i1 %.108, label %B136.if, label %B136.endif, !prof !0

B166:                                             ; preds = %B0.endif
  %.146 = icmp slt i64 %.55, -1
  br i1 %.146, label %B198, label %B228.endif

common.ret:                                       ; preds = %B228.endif, %B136.endif.endif, %B136.endif.if, %B136.if, %B198
  %common.ret.op = phi i32 [ 1, %B198 ], [ 0, %B228.endif ], [ 1, %B136.if ], [ 1, %B136.endif.if ], [ 1, %B136.endif.endif ]
  ret i32 %common.ret.op

B198:                                             ; preds = %B166
  store ptr @.const.picklebuf.fc0b196558cfc72aca47ad60330e557ecf904385, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B0.endif:                                         ; preds = %B200.endif.i.i.i, %B80.i.i.i
  %ret.5.0.i.i.i = phi i64 [ %spec.select28.i.i.i, %B200.endif.i.i.i ], [ %spec.select.i.i.i, %B80.i.i.i ]
  %spec.select.i.i.i.i = tail call i64 @llvm.umin.i64(i64 %ret.5.0.i.i.i, i64 -2)
  store i64 %arg.key, ptr %.37, align 8
  %.55 = call i64 @numba_dict_lookup(ptr %arg.d.1, ptr nonnull %.37, i64 %spec.select.i.i.i.i, ptr nonnull %.45)
  %.67 = load i64, ptr %.45, align 8
  %.98 = icmp eq i64 %.55, -1
  br i1 %.98, label %B136, label %B166

B136.if:                                          ; preds = %B136
  store ptr @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B136.endif:                                       ; preds = %B136
  store i64 %arg.key, ptr %.107, align 8
  %.118 = call ptr @NRT_Allocate(i64 40)
  %.119 = icmp eq ptr %.118, null
  br i1 %.119, label %B136.endif.if, label %B136.endif.endif, !prof !0

B136.endif.if:                                    ; preds = %B136.endif
  store ptr @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B136.endif.endif:                                 ; preds = %B136.endif
  store ptr @.const.pickledata.6cdfa28d716d50ebbd922aecea84174d7400d510, ptr %.118, align 8
  %.133 = getelementptr i8, ptr %.118, i64 8
  store i32 418, ptr %.133, align 8
  %.135 = getelementptr i8, ptr %.118, i64 16
  store ptr %.107, ptr %.135, align 8
  %.137 = getelementptr i8, ptr %.118, i64 24
  store ptr @__excinfo_unwrap_argsa2128ba68671e21c610ab0dc02385bdb39d7d9f1, ptr %.137, align 8
  %.139 = getelementptr i8, ptr %.118, i64 32
  store i32 1, ptr %.139, align 8
  store ptr %.118, ptr %excinfo, align 8
  br label %common.ret

B228.endif:                                       ; preds = %B166
  store i64 %.67, ptr %retptr, align 8
  br label %common.ret
}

declare noalias ptr @NRT_Allocate(i64) local_unnamed_addr

declare i64 @numba_dict_lookup(ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: noinline nounwind
define ptr @__excinfo_unwrap_argsa2128ba68671e21c610ab0dc02385bdb39d7d9f1(ptr %.1) #0 {
.3:
  %.5 = load ptr, ptr @_ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex, align 8
  %.6 = icmp eq ptr %.5, null
  br i1 %.6, label %.3.if, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3.endif, %.3.if
  %common.ret.op = phi ptr [ null, %.3.if ], [ %.20, %.3.endif ]
  ret ptr %common.ret.op

.3.if:                                            ; preds = %.3
  tail call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex") #5
  br label %common.ret

.3.endif:                                         ; preds = %.3
  %.12.unpack = load i64, ptr %.1, align 8
  %.16 = tail call ptr @PyLong_FromLongLong(i64 %.12.unpack) #5
  tail call void @NRT_Free(ptr nonnull %.1) #5
  %.20 = tail call ptr (i64, ...) @PyTuple_Pack(i64 1, ptr %.16) #5
  br label %common.ret
}

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @PyLong_FromLongLong(i64) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare ptr @PyTuple_Pack(i64, ...) local_unnamed_addr

define i64 @cfunc._ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex({ ptr, ptr } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca i64, align 8
  store i64 0, ptr %.4, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.8 = call i32 @_ZN5numba5typed10dictobject12impl_getitem12_3clocals_3e4implB3v39B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3ex(ptr nonnull %.4, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr %extracted.data, i64 %.2) #4
  %.9 = load ptr, ptr %excinfo, align 8
  %.18 = load i64, ptr %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, ptr %.20, align 4
  %cond = icmp eq i32 %.8, 0
  br i1 %cond, label %common.ret, label %entry.if.if, !prof !2

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi i64 [ 0, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret i64 %common.ret.op

.23:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.71 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.71)
  call void @Py_DecRef(ptr %.71)
  call void @numba_gil_release(ptr nonnull %.20)
  br label %common.ret

entry.if.if:                                      ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.20)
  call void @PyErr_Clear()
  %.26 = load { ptr, i32, ptr, ptr, i32 }, ptr %.9, align 8
  %.27 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 4
  %.28 = icmp sgt i32 %.27, 0
  %.31 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 0
  %.33 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 1
  br i1 %.28, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.34 = sext i32 %.33 to i64
  %.35 = call ptr @PyBytes_FromStringAndSize(ptr %.31, i64 %.34)
  %.36 = load { ptr, i32, ptr, ptr, i32 }, ptr %.9, align 8
  %.37 = extractvalue { ptr, i32, ptr, ptr, i32 } %.36, 2
  %.39 = extractvalue { ptr, i32, ptr, ptr, i32 } %.36, 3
  %.41 = call ptr %.39(ptr %.37)
  %.42 = icmp eq ptr %.41, null
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !0

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 2
  %.56 = call ptr @numba_unpickle(ptr %.31, i32 %.33, ptr %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi ptr [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq ptr %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !0

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.46 = call ptr @numba_runtime_build_excinfo_struct(ptr %.35, ptr nonnull %.41)
  call void @NRT_Free(ptr nonnull %.9)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.58)
  br label %.23
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #2

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #4 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !0

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !0

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #5

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { noinline nounwind }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { noinline }
attributes #5 = { nounwind }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
!2 = !{!"branch_weights", i32 49, i32 1}
