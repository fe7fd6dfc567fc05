; ModuleID = 'histogram'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.31d131bfc4f42a0fc28005bde8241ec1cbb0ce5f = internal constant [81 x i8] c"\80\04\95F\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C!list was mutated during iteration\94\85\94N\87\94."
@.const.pickledata.31d131bfc4f42a0fc28005bde8241ec1cbb0ce5f.sha1 = internal constant [20 x i8] c"1\D11\BF\C4\F4*\0F\C2\80\05\BD\E8$\1E\C1\CB\B0\CE_"
@.const.picklebuf.31d131bfc4f42a0fc28005bde8241ec1cbb0ce5f = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.31d131bfc4f42a0fc28005bde8241ec1cbb0ce5f, i32 81, ptr @.const.pickledata.31d131bfc4f42a0fc28005bde8241ec1cbb0ce5f.sha1, ptr null, i32 0 }
@.const.histogram = internal constant [10 x i8] c"histogram\00"
@_ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d" = internal constant [122 x i8] c"missing Environment: _ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d\00"
@.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typedlist\94\8C\04List\94\93\94."
@.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783.sha1 = internal constant [20 x i8] c"\11[H\F34\CF\147\1A\B2o\F5cd\0F\09K'\E7\83"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@.const.numba.typed.typeddict = internal constant [22 x i8] c"numba.typed.typeddict\00"
@.const._from_meminfo_ptr = internal constant [18 x i8] c"_from_meminfo_ptr\00"
@.const.pickledata.d37892cecf90918fdd9aec7f0627700d88610fb5 = internal constant [453 x i8] c"\80\04\95\BA\01\00\00\00\00\00\00\8C\19numba.core.types.abstract\94\8C\13_type_reconstructor\94\93\94\8C\07copyreg\94\8C\0E_reconstructor\94\93\94\8C\1Bnumba.core.types.containers\94\8C\08DictType\94\93\94\8C\08builtins\94\8C\06object\94\93\94N\87\94}\94(\8C\08key_type\94h\02h\05\8C\18numba.core.types.scalars\94\8C\07Integer\94\93\94h\0BN\87\94}\94(\8C\04name\94\8C\05int64\94\8C\08bitwidth\94K@\8C\06signed\94\88\8C\05_code\94K\1Au\87\94R\94\8C\0Avalue_type\94h\1A\8C\0Dkeyvalue_type\94h\02h\05h\06\8C\08UniTuple\94\93\94h\0BN\87\94}\94(\8C\05dtype\94h\1A\8C\05count\94K\02h\14\8C\13UniTuple(int64 x 2)\94h\18K\FAu\87\94R\94h\14\8C\1EDictType[int64,int64]<iv=None>\94\8C\0E_initial_value\94Nh\18MC\08u\87\94R\94."
@.const.pickledata.d37892cecf90918fdd9aec7f0627700d88610fb5.sha1 = internal constant [20 x i8] c"\D3x\92\CE\CF\90\91\8F\DD\9A\EC\7F\06'p\0D\88a\0F\B5"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v30B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29 = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x = common local_unnamed_addr global ptr null
@.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1DFailed to allocate dictionary\94\85\94N\87\94."
@.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2.sha1 = internal constant [20 x i8] c"\10\D7X\E3\F8J\93\06\AC8\AA\E9=\\\A1}\B6Wt\B2"
@.const.picklebuf.10d758e3f84a9306ac38aae93d5ca17db65774b2 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2, i32 77, ptr @.const.pickledata.10d758e3f84a9306ac38aae93d5ca17db65774b2.sha1, ptr null, i32 0 }
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global ptr null
@.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7 = internal constant [161 x i8] c"\80\04\95\96\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\15key comparison failed\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\D5\02\87\94\87\94."
@.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7.sha1 = internal constant [20 x i8] c"6\1A\83\EE\0B\D6~\F5l@g\A7\B6\1EG\9AKw\90\F7"
@.const.picklebuf.361a83ee0bd67ef56c4067a7b61e479a4b7790f7 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7, i32 161, ptr @.const.pickledata.361a83ee0bd67ef56c4067a7b61e479a4b7790f7.sha1, ptr null, i32 0 }
@.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011 = internal constant [178 x i8] c"\80\04\95\A7\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C$dict.__setitem__ failed unexpectedly\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\D7\02\87\94\87\94."
@.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011.sha1 = internal constant [20 x i8] c"k{9_\07%Y\C7\D8\E11$@\19i$\C3&\E0\11"
@.const.picklebuf.6b7b395f072559c7d8e1312440196924c326e011 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011, i32 178, ptr @.const.pickledata.6b7b395f072559c7d8e1312440196924c326e011.sha1, ptr null, i32 0 }
@PyExc_RuntimeError = external global i8
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba7cpython8builtins6ol_int12_3clocals_3e4implB3v27B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx = common local_unnamed_addr global ptr null

define range(i32 0, 2) i32 @_ZN8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.values.0, ptr %arg.values.1) local_unnamed_addr {
B0:
  %.35.i = alloca i64, align 8
  %.43.i = alloca i64, align 8
  %.46.i = alloca i64, align 8
  %.37.i = alloca i64, align 8
  %.45.i = alloca i64, align 8
  %.22.i.i = alloca ptr, align 8
  %.36.i.i = alloca { ptr, ptr, ptr, ptr, ptr }, align 8
  tail call void @NRT_incref(ptr %arg.values.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %.22.i.i), !noalias !0
  call void @llvm.lifetime.start.p0(ptr nonnull %.36.i.i), !noalias !0
  store ptr null, ptr %.22.i.i, align 8, !noalias !4
  %.25.i.i = call i32 @numba_dict_new_sized(ptr nonnull %.22.i.i, i64 0, i64 8, i64 8), !noalias !4
  %.26.not.i.i = icmp eq i32 %.25.i.i, 0
  br i1 %.26.not.i.i, label %B48.endif.i.i, label %B0.if.if

B48.endif.i.i:                                    ; preds = %B0
  %.33.i.i = load ptr, ptr %.22.i.i, align 8, !noalias !4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %.36.i.i, i8 0, i64 40, i1 false), !noalias !4
  call void @numba_dict_set_method_table(ptr %.33.i.i, ptr nonnull %.36.i.i), !noalias !4
  %.51.i.i = call ptr @NRT_MemInfo_alloc_dtor(i64 8, ptr nonnull @_numba_dict_dtor), !noalias !4
  %.52.i.i = icmp eq ptr %.51.i.i, null
  br i1 %.52.i.i, label %B0.if.if, label %B0.endif.endif, !prof !8

common.ret:                                       ; preds = %B94.endif.endif.endif.endif.endif.if.if, %B92.endif.if, %B0.if.if, %B166
  %common.ret.op = phi i32 [ 0, %B166 ], [ 1, %B0.if.if ], [ 1, %B94.endif.endif.endif.endif.endif.if.if ], [ 1, %B92.endif.if ]
  ret i32 %common.ret.op

B166:                                             ; preds = %B92.endif.endif
  store ptr %.51.i.i, ptr %retptr, align 8
  %retptr.repack58 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr %.33.i.i, ptr %retptr.repack58, align 8
  tail call void @NRT_decref(ptr %arg.values.0)
  br label %common.ret

B0.if.if:                                         ; preds = %B48.endif.i.i, %B0
  %excinfo.1.0.ph.i = phi ptr [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B48.endif.i.i ], [ @.const.picklebuf.10d758e3f84a9306ac38aae93d5ca17db65774b2, %B0 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %.22.i.i), !noalias !0
  call void @llvm.lifetime.end.p0(ptr nonnull %.36.i.i), !noalias !0
  store ptr %excinfo.1.0.ph.i, ptr %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B48.endif.i.i
  %.5.i.i.i = getelementptr i8, ptr %.51.i.i, i64 24
  %.6.i.i.i = load ptr, ptr %.5.i.i.i, align 8, !noalias !4
  store ptr %.33.i.i, ptr %.6.i.i.i, align 8, !noalias !4
  call void @llvm.lifetime.end.p0(ptr nonnull %.22.i.i), !noalias !0
  call void @llvm.lifetime.end.p0(ptr nonnull %.36.i.i), !noalias !0
  %.13.i9 = call i64 @numba_list_size_address(ptr %arg.values.1), !noalias !9
  %.14.i10 = inttoptr i64 %.13.i9 to ptr
  %.15.i11 = load i64, ptr %.14.i10, align 8, !noalias !9
  %.13.i45 = call i64 @numba_list_size_address(ptr %arg.values.1), !noalias !12
  %.14.i46 = inttoptr i64 %.13.i45 to ptr
  %.15.i47 = load i64, ptr %.14.i46, align 8, !noalias !12
  %.126.not48 = icmp eq i64 %.15.i11, %.15.i47
  br i1 %.126.not48, label %B92.endif.endif.preheader, label %B92.endif.if, !prof !15

B92.endif.endif.preheader:                        ; preds = %B0.endif.endif
  %smax = call i64 @llvm.smax.i64(i64 %.15.i11, i64 0)
  br label %B92.endif.endif

B92.endif.if:                                     ; preds = %_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx.exit, %B0.endif.endif
  store ptr @.const.picklebuf.31d131bfc4f42a0fc28005bde8241ec1cbb0ce5f, ptr %excinfo, align 8, !numba_exception_output !16
  br label %common.ret

B92.endif.endif:                                  ; preds = %B92.endif.endif.preheader, %_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx.exit
  %.976749 = phi i64 [ %.190, %_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx.exit ], [ 0, %B92.endif.endif.preheader ]
  %exitcond.not = icmp eq i64 %.976749, %smax
  br i1 %exitcond.not, label %B166, label %B94.else.if

B94.else.if:                                      ; preds = %B92.endif.endif
  %.145 = tail call ptr @numba_list_base_ptr(ptr %arg.values.1)
  %.147 = getelementptr i64, ptr %.145, i64 %.976749
  %.157 = load i64, ptr %.147, align 8
  %.238 = srem i64 %.157, 3
  %.240 = icmp slt i64 %.238, 0
  %.249 = add nsw i64 %.238, 3
  %.229.1 = select i1 %.240, i64 %.249, i64 %.238
  call void @llvm.lifetime.start.p0(ptr nonnull %.37.i)
  call void @llvm.lifetime.start.p0(ptr nonnull %.45.i)
  store i64 0, ptr %.45.i, align 8, !noalias !17
  %.11.i.i.i.i = call i64 @llvm.abs.i64(i64 %.229.1, i1 true)
  %.12.i.i.i.i = uitofp nneg i64 %.11.i.i.i.i to double
  %.14.i.i.i.i = fcmp olt double %.12.i.i.i.i, 0x43C0000000000000
  %.9.i.i.i.i = icmp slt i64 %.229.1, 0
  %.100.i.i.i.i = sub nsw i64 0, %.11.i.i.i.i
  %spec.select28.i.i.i.i = select i1 %.9.i.i.i.i, i64 %.100.i.i.i.i, i64 %.11.i.i.i.i
  %ret.5.0.i.i.i.i = select i1 %.14.i.i.i.i, i64 %.229.1, i64 %spec.select28.i.i.i.i
  %spec.select.i.i.i.i.i = call i64 @llvm.umin.i64(i64 %ret.5.0.i.i.i.i, i64 -2)
  store i64 %.229.1, ptr %.37.i, align 8, !noalias !17
  %.55.i = call i64 @numba_dict_lookup(ptr %.33.i.i, ptr nonnull %.37.i, i64 %spec.select.i.i.i.i.i, ptr nonnull %.45.i), !noalias !17
  %.67.i = load i64, ptr %.45.i, align 8, !noalias !17
  %.561.i = icmp slt i64 %.55.i, 0
  call void @llvm.lifetime.end.p0(ptr nonnull %.37.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %.45.i)
  %0 = add nsw i64 %.67.i, 1
  %.322 = select i1 %.561.i, i64 1, i64 %0
  call void @llvm.lifetime.start.p0(ptr nonnull %.35.i)
  call void @llvm.lifetime.start.p0(ptr nonnull %.43.i)
  call void @llvm.lifetime.start.p0(ptr nonnull %.46.i)
  store i64 0, ptr %.46.i, align 8, !noalias !20
  %.9.i.i.i.i17 = icmp slt i64 %.229.1, 0
  %.100.i.i.i.i27 = sub nsw i64 0, %.11.i.i.i.i
  %spec.select28.i.i.i.i28 = select i1 %.9.i.i.i.i17, i64 %.100.i.i.i.i27, i64 %.11.i.i.i.i
  %ret.5.0.i.i.i.i30 = select i1 %.14.i.i.i.i, i64 %.229.1, i64 %spec.select28.i.i.i.i28
  %spec.select.i.i.i.i.i31 = call i64 @llvm.umin.i64(i64 %ret.5.0.i.i.i.i30, i64 -2)
  store i64 %.229.1, ptr %.35.i, align 8, !noalias !20
  store i64 %.322, ptr %.43.i, align 8, !noalias !20
  %.57.i = call i32 @numba_dict_insert(ptr %.33.i.i, ptr nonnull %.35.i, i64 %spec.select.i.i.i.i.i31, ptr nonnull %.43.i, ptr nonnull %.46.i), !noalias !20
  switch i32 %.57.i, label %B94.endif.endif.endif.endif.endif.if.if [
    i32 0, label %_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx.exit
    i32 1, label %_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx.exit
    i32 -5, label %B94.endif.endif.endif.endif.endif.if.if.loopexit
  ]

_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx.exit: ; preds = %B94.else.if, %B94.else.if
  %.190 = add nuw i64 %.976749, 1
  call void @llvm.lifetime.end.p0(ptr nonnull %.35.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %.43.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %.46.i)
  %.13.i = call i64 @numba_list_size_address(ptr %arg.values.1), !noalias !12
  %.14.i = inttoptr i64 %.13.i to ptr
  %.15.i = load i64, ptr %.14.i, align 8, !noalias !12
  %.126.not = icmp eq i64 %.15.i11, %.15.i
  br i1 %.126.not, label %B92.endif.endif, label %B92.endif.if, !prof !24

B94.endif.endif.endif.endif.endif.if.if.loopexit: ; preds = %B94.else.if
  br label %B94.endif.endif.endif.endif.endif.if.if

B94.endif.endif.endif.endif.endif.if.if:          ; preds = %B94.else.if, %B94.endif.endif.endif.endif.endif.if.if.loopexit
  %excinfo.5.1.ph = phi ptr [ @.const.picklebuf.361a83ee0bd67ef56c4067a7b61e479a4b7790f7, %B94.endif.endif.endif.endif.endif.if.if.loopexit ], [ @.const.picklebuf.6b7b395f072559c7d8e1312440196924c326e011, %B94.else.if ]
  call void @llvm.lifetime.end.p0(ptr nonnull %.35.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %.43.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %.46.i)
  store ptr %excinfo.5.1.ph, ptr %excinfo, align 8
  br label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare ptr @numba_list_base_ptr(ptr) local_unnamed_addr #1

define ptr @_ZN7cpython8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.histogram, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.55 = alloca { ptr, ptr }, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !8

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.else, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ %.97, %entry.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.else ], [ null, %entry.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !8

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  %.25 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783, i32 45, ptr nonnull @.const.pickledata.115b48f334cf14371ab26ff563640f094b27e783.sha1)
  %.26 = call ptr @PyObject_Type(ptr %.18)
  %.27 = icmp eq ptr %.26, %.25
  br i1 %.27, label %entry.endif.endif.if, label %entry.endif.endif.else, !prof !25

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.29 = call ptr @PyObject_GetAttrString(ptr %.18, ptr nonnull @.const._opaque)
  %.30 = call ptr @NRT_meminfo_from_pyobject(ptr %.29)
  %.5.i = getelementptr i8, ptr %.30, i64 24
  %.6.i = load ptr, ptr %.5.i, align 8
  %.37 = load ptr, ptr %.6.i, align 8
  call void @Py_DecRef(ptr %.29)
  call void @Py_DecRef(ptr %.25)
  call void @Py_DecRef(ptr %.26)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.55, i8 0, i64 16, i1 false)
  %.59 = call i32 @_ZN8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr nonnull %.55, ptr nonnull %excinfo, ptr %.30, ptr %.37) #6
  %.60 = load ptr, ptr %excinfo, align 8
  %.69.fca.0.load = load ptr, ptr %.55, align 8
  call void @NRT_decref(ptr %.30)
  %cond = icmp eq i32 %.59, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !26

entry.endif.endif.else:                           ; preds = %entry.endif.endif
  call void (ptr, ptr, ...) @PyErr_Format(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox a %S as a %S", ptr %.26, ptr %.25)
  call void @Py_DecRef(ptr %.25)
  call void @Py_DecRef(ptr %.26)
  br label %common.ret

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.if
  %.83 = call ptr @NRT_meminfo_as_pyobject(ptr %.69.fca.0.load)
  %.84 = call ptr @PyImport_ImportModule(ptr nonnull @.const.numba.typed.typeddict)
  %.85 = call ptr @PyObject_GetAttrString(ptr %.84, ptr nonnull @.const._from_meminfo_ptr)
  %.92 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.d37892cecf90918fdd9aec7f0627700d88610fb5, i32 453, ptr nonnull @.const.pickledata.d37892cecf90918fdd9aec7f0627700d88610fb5.sha1)
  %.95.not = icmp eq ptr %.92, null
  br i1 %.95.not, label %common.ret, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  %.97 = call ptr (ptr, ...) @PyObject_CallFunctionObjArgs(ptr %.85, ptr %.83, ptr nonnull %.92, ptr null)
  call void @Py_DecRef(ptr %.85)
  call void @Py_DecRef(ptr %.84)
  call void @Py_DecRef(ptr %.83)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.if
  call void @PyErr_Clear()
  %.108 = load { ptr, i32, ptr, ptr, i32 }, ptr %.60, align 8
  %.109 = extractvalue { ptr, i32, ptr, ptr, i32 } %.108, 4
  %.110 = icmp sgt i32 %.109, 0
  %.113 = extractvalue { ptr, i32, ptr, ptr, i32 } %.108, 0
  %.115 = extractvalue { ptr, i32, ptr, ptr, i32 } %.108, 1
  br i1 %.110, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.116 = sext i32 %.115 to i64
  %.117 = call ptr @PyBytes_FromStringAndSize(ptr %.113, i64 %.116)
  %.118 = load { ptr, i32, ptr, ptr, i32 }, ptr %.60, align 8
  %.119 = extractvalue { ptr, i32, ptr, ptr, i32 } %.118, 2
  %.121 = extractvalue { ptr, i32, ptr, ptr, i32 } %.118, 3
  %.123 = call ptr %.121(ptr %.119)
  %.124 = icmp eq ptr %.123, null
  br i1 %.124, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !8

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.137 = extractvalue { ptr, i32, ptr, ptr, i32 } %.108, 2
  %.138 = call ptr @numba_unpickle(ptr %.113, i32 %.115, ptr %.137)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.140 = phi ptr [ %.128, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.138, %entry.endif.endif.endif.endif.endif.if.else ]
  %.141.not = icmp eq ptr %.140, null
  br i1 %.141.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !8

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.128 = call ptr @numba_runtime_build_excinfo_struct(ptr %.117, ptr nonnull %.123)
  call void @NRT_Free(ptr nonnull %.60)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.140)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @PyObject_Type(ptr) local_unnamed_addr

declare ptr @PyObject_GetAttrString(ptr, ptr) local_unnamed_addr

declare noalias ptr @NRT_meminfo_from_pyobject(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @PyErr_Format(ptr, ptr, ...) local_unnamed_addr

declare noalias ptr @NRT_meminfo_as_pyobject(ptr) local_unnamed_addr

declare ptr @PyImport_ImportModule(ptr) local_unnamed_addr

declare ptr @PyObject_CallFunctionObjArgs(ptr, ...) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

define { ptr, ptr } @cfunc._ZN8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d({ ptr, ptr } %.1) local_unnamed_addr {
entry:
  %.3 = alloca { ptr, ptr }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 8
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.3, i8 0, i64 16, i1 false)
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr } %.1, 0
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.7 = call i32 @_ZN8__main__9histogramB3v15B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE19ListType_5bint64_5d(ptr nonnull %.3, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr %extracted.data) #6
  %.8 = load ptr, ptr %excinfo, align 8
  %.17.fca.0.load = load ptr, ptr %.3, align 8
  %.17.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr } undef, ptr %.17.fca.0.load, 0
  %inserted.data = insertvalue { ptr, ptr } %inserted.meminfo, ptr %.17.fca.1.load, 1
  %.21 = alloca i32, align 4
  store i32 0, ptr %.21, align 4
  %cond = icmp eq i32 %.7, 0
  br i1 %cond, label %common.ret, label %entry.if.if, !prof !26

common.ret:                                       ; preds = %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.data, %.24 ], [ %inserted.data, %entry ]
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
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !8

entry.if.if.else:                                 ; preds = %entry.if.if
  %.56 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 2
  %.57 = call ptr @numba_unpickle(ptr %.32, i32 %.34, ptr %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi ptr [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq ptr %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !8

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

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

declare i32 @numba_dict_new_sized(ptr, i64, i64, i64) local_unnamed_addr

declare void @numba_dict_set_method_table(ptr, ptr) local_unnamed_addr

define linkonce_odr void @_numba_dict_dtor(ptr %.1, i64 %.2, ptr %.3) {
.5:
  %.7 = load ptr, ptr %.1, align 8
  tail call void @numba_dict_free(ptr %.7)
  ret void
}

declare noalias ptr @NRT_MemInfo_alloc_dtor(i64, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

declare void @numba_dict_free(ptr) local_unnamed_addr

; Function Attrs: alwaysinline nofree nounwind memory(read)
declare i64 @numba_list_size_address(ptr) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #4

declare i64 @numba_dict_lookup(ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #5 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !8

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.4.i = atomicrmw add ptr %.1, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #6 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !8

common.ret:                                       ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret, !prof !8

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #7

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

declare i32 @numba_dict_insert(ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #8

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { alwaysinline nofree nounwind memory(read) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { noinline }
attributes #7 = { nounwind }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v30B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v30B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29"}
!3 = distinct !{!3, !2, !"_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v30B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29: %excinfo"}
!4 = !{!5, !7, !1, !3}
!5 = distinct !{!5, !6, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x: %retptr"}
!6 = distinct !{!6, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x"}
!7 = distinct !{!7, !6, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE16class_28int64_2916class_28int64_29x: %excinfo"}
!8 = !{!"branch_weights", i32 1, i32 99}
!9 = !{!10}
!10 = distinct !{!10, !11, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!11 = distinct !{!11, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d"}
!12 = !{!13}
!13 = distinct !{!13, !14, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!14 = distinct !{!14, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5d"}
!15 = !{!"branch_weights", i32 127, i32 1}
!16 = !{i1 true}
!17 = !{!18}
!18 = distinct !{!18, !19, !"_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx: %retptr"}
!19 = distinct !{!19, !"_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx"}
!20 = !{!21, !23}
!21 = distinct !{!21, !22, !"_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx: %retptr"}
!22 = distinct !{!22, !"_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx"}
!23 = distinct !{!23, !22, !"_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v29B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx: %excinfo"}
!24 = !{!"branch_weights", i32 12545, i32 127}
!25 = !{!"branch_weights", i32 2126008812, i32 21474836}
!26 = !{!"branch_weights", i32 49, i32 1}
