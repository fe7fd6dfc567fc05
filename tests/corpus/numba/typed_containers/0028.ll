; ModuleID = 'histogram'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.139999298378816 = internal constant [81 x i8] c"\80\04\95F\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C!list was mutated during iteration\94\85\94N\87\94."
@.const.pickledata.139999298378816.sha1 = internal constant [20 x i8] c"1\D11\BF\C4\F4*\0F\C2\80\05\BD\E8$\1E\C1\CB\B0\CE_"
@.const.picklebuf.139999298378816 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([81 x i8], [81 x i8]* @.const.pickledata.139999298378816, i32 0, i32 0), i32 81, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999298378816.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.histogram = internal constant [10 x i8] c"histogram\00"
@_ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d" = internal constant [122 x i8] c"missing Environment: _ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d\00"
@.const.pickledata.547124464 = internal constant [45 x i8] c"\80\04\95\22\00\00\00\00\00\00\00\8C\15numba.typed.typedlist\94\8C\04List\94\93\94."
@.const.pickledata.547124464.sha1 = internal constant [20 x i8] c"\11[H\F34\CF\147\1A\B2o\F5cd\0F\09K'\E7\83"
@.const._opaque = internal constant [8 x i8] c"_opaque\00"
@PyExc_TypeError = external global i8
@".const.can't unbox a %S as a %S" = internal constant [25 x i8] c"can't unbox a %S as a %S\00"
@.const.numba.typed.typeddict = internal constant [22 x i8] c"numba.typed.typeddict\00"
@.const._from_meminfo_ptr = internal constant [18 x i8] c"_from_meminfo_ptr\00"
@.const.pickledata.139999300059984 = internal constant [453 x i8] c"\80\04\95\BA\01\00\00\00\00\00\00\8C\19numba.core.types.abstract\94\8C\13_type_reconstructor\94\93\94\8C\07copyreg\94\8C\0E_reconstructor\94\93\94\8C\1Bnumba.core.types.containers\94\8C\08DictType\94\93\94\8C\08builtins\94\8C\06object\94\93\94N\87\94}\94(\8C\08key_type\94h\02h\05\8C\18numba.core.types.scalars\94\8C\07Integer\94\93\94h\0BN\87\94}\94(\8C\04name\94\8C\05int64\94\8C\08bitwidth\94K@\8C\06signed\94\88\8C\05_code\94K\18u\87\94R\94\8C\0Avalue_type\94h\1A\8C\0Dkeyvalue_type\94h\02h\05h\06\8C\08UniTuple\94\93\94h\0BN\87\94}\94(\8C\05dtype\94h\1A\8C\05count\94K\02h\14\8C\13UniTuple(int64 x 2)\94h\18K\D7u\87\94R\94h\14\8C\1EDictType[int64,int64]<iv=None>\94\8C\0E_initial_value\94Nh\18M\F5\07u\87\94R\94."
@.const.pickledata.139999300059984.sha1 = internal constant [20 x i8] c"\B6\AF\B8\12\94v*F\1D\B0\EE\FA\F5\AC\D7:\1E\C5\E8\CE"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f5420705750>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f5420705750>\00"
@_ZN08NumbaEnv5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v29B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x = common local_unnamed_addr global i8* null
@.const.pickledata.139999300070848 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1DFailed to allocate dictionary\94\85\94N\87\94."
@.const.pickledata.139999300070848.sha1 = internal constant [20 x i8] c"\10\D7X\E3\F8J\93\06\AC8\AA\E9=\\\A1}\B6Wt\B2"
@.const.picklebuf.139999300070848 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([77 x i8], [77 x i8]* @.const.pickledata.139999300070848, i32 0, i32 0), i32 77, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300070848.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999301280960 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139999301280960.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139999301280960 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139999301280960, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999301280960.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v28B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx = common local_unnamed_addr global i8* null
@.const.pickledata.139999300956928 = internal constant [156 x i8] c"\80\04\95\91\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\15key comparison failed\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\D5\02\87\94\87\94."
@.const.pickledata.139999300956928.sha1 = internal constant [20 x i8] c"\12j\9D\E3\F1-b\0Ds\16S'\F0\C7b\A3*\00\ABX"
@.const.picklebuf.139999300956928 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([156 x i8], [156 x i8]* @.const.pickledata.139999300956928, i32 0, i32 0), i32 156, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300956928.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139999300954240 = internal constant [173 x i8] c"\80\04\95\A2\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C$dict.__setitem__ failed unexpectedly\94\85\94\8C\04impl\94\8CK/opt/jitharness/venv/lib/python3.11/site-packages/numba/typed/dictobject.py\94M\D7\02\87\94\87\94."
@.const.pickledata.139999300954240.sha1 = internal constant [20 x i8] c"\84\A9\9E\CB\9E0YkaB.\01\88l\CC\1F\DF5\D8\A6"
@.const.picklebuf.139999300954240 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([173 x i8], [173 x i8]* @.const.pickledata.139999300954240, i32 0, i32 0), i32 173, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300954240.sha1, i32 0, i32 0), i8* null, i32 0 }
@PyExc_RuntimeError = external global i8
@PyExc_StopIteration = external global i8
@PyExc_SystemError = external global i8
@_ZN08NumbaEnv5numba7cpython7hashing13hash_overload12_3clocals_3e4implB3v19B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython8builtins12ol_getattr_212_3clocals_3e4implB3v22B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx30Literal_5bstr_5d_28__hash___29 = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing13ol_defer_hash12_3clocals_3e4implB3v23B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dExN38BoundFunction_28_28_3cclass_20_27numba4core5types7scalars53Integer_27_3e_2c_20_27__hash___27_29_20for_20int64_29E = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing8int_hash12_3clocals_3e4implB3v24B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing10_long_implB3v25B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba7cpython7hashing14process_returnB3v26B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx = common local_unnamed_addr global i8* null

define i32 @_ZN8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.values.0, i8* %arg.values.1) local_unnamed_addr {
entry:
  %.35.i = alloca i64, align 8
  %.43.i = alloca i64, align 8
  %.46.i = alloca i64, align 8
  %.37.i = alloca i64, align 8
  %.45.i = alloca i64, align 8
  %.22.i.i = alloca i8*, align 8
  %.36.i.i = alloca { i8*, i8*, i8*, i8*, i8* }, align 8
  tail call void @NRT_incref(i8* %arg.values.0)
  %0 = bitcast i8** %.22.i.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %0), !noalias !4
  %1 = bitcast { i8*, i8*, i8*, i8*, i8* }* %.36.i.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 40, i8* nonnull %1), !noalias !4
  store i8* null, i8** %.22.i.i, align 8, !noalias !8
  %.25.i.i = call i32 @numba_dict_new_sized(i8** nonnull %.22.i.i, i64 0, i64 8, i64 8), !noalias !8
  %.26.not.i.i = icmp eq i32 %.25.i.i, 0
  br i1 %.26.not.i.i, label %B48.endif.i.i, label %B0.if, !prof !12

B48.endif.i.i:                                    ; preds = %entry
  %.33.i.i = load i8*, i8** %.22.i.i, align 8, !noalias !8
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 40, i1 false), !noalias !8
  call void @numba_dict_set_method_table(i8* %.33.i.i, { i8*, i8*, i8*, i8*, i8* }* nonnull %.36.i.i), !noalias !8
  %.51.i.i = call i8* @NRT_MemInfo_alloc_dtor(i64 8, i8* bitcast (void (i8*, i64, i8*)* @_numba_dict_dtor to i8*)), !noalias !8
  %.52.i.i = icmp eq i8* %.51.i.i, null
  br i1 %.52.i.i, label %B0.if, label %B0.endif.endif, !prof !13

common.ret:                                       ; preds = %B94.endif.endif.endif.endif.endif.if, %B0.if, %B92.endif.if, %B166
  %common.ret.op = phi i32 [ 0, %B166 ], [ 1, %B92.endif.if ], [ 1, %B0.if ], [ 1, %B94.endif.endif.endif.endif.endif.if ]
  ret i32 %common.ret.op

B166:                                             ; preds = %B92.endif.endif
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.51.i.i, i8** %retptr.repack, align 8
  %retptr.repack29 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 1
  store i8* %.33.i.i, i8** %retptr.repack29, align 8
  call void @NRT_decref(i8* %arg.values.0)
  br label %common.ret

B0.if:                                            ; preds = %entry, %B48.endif.i.i
  %excinfo.1.0.i = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139999300070848, %entry ], [ @.const.picklebuf.139999301280960, %B48.endif.i.i ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0), !noalias !4
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %1), !noalias !4
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.1.0.i, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B48.endif.i.i
  %.5.i.i.i = getelementptr i8, i8* %.51.i.i, i64 24
  %2 = bitcast i8* %.5.i.i.i to i8***
  %.6.i1.i.i = load i8**, i8*** %2, align 8, !noalias !8
  store i8* %.33.i.i, i8** %.6.i1.i.i, align 8, !noalias !8
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %0), !noalias !4
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %1), !noalias !4
  %.13.i1 = call i64 @numba_list_size_address(i8* %arg.values.1) #5, !noalias !14
  %.14.i2 = inttoptr i64 %.13.i1 to i64*
  %.15.i3 = load i64, i64* %.14.i2, align 8, !noalias !14
  %.13.i54 = call i64 @numba_list_size_address(i8* %arg.values.1) #5, !noalias !17
  %.14.i55 = inttoptr i64 %.13.i54 to i64*
  %.15.i56 = load i64, i64* %.14.i55, align 8, !noalias !17
  %.126.not57 = icmp eq i64 %.15.i3, %.15.i56
  br i1 %.126.not57, label %B92.endif.endif.lr.ph, label %B92.endif.if, !prof !20

B92.endif.endif.lr.ph:                            ; preds = %B0.endif.endif
  %3 = bitcast i64* %.37.i to i8*
  %4 = bitcast i64* %.45.i to i8*
  %5 = bitcast i64* %.35.i to i8*
  %6 = bitcast i64* %.43.i to i8*
  %7 = bitcast i64* %.46.i to i8*
  br label %B92.endif.endif

B92.endif.if:                                     ; preds = %B94.endif.endif.endif.endif.endif.endif, %B0.endif.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999298378816, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !21
  br label %common.ret

B92.endif.endif:                                  ; preds = %B92.endif.endif.lr.ph, %B94.endif.endif.endif.endif.endif.endif
  %.42.058 = phi i64 [ 0, %B92.endif.endif.lr.ph ], [ %.190, %B94.endif.endif.endif.endif.endif.endif ]
  %.133 = icmp slt i64 %.42.058, %.15.i3
  br i1 %.133, label %B94.else.if, label %B166

B94.else.if:                                      ; preds = %B92.endif.endif
  %.145 = call i8* @numba_list_base_ptr(i8* %arg.values.1)
  %.146 = bitcast i8* %.145 to i64*
  %.147 = getelementptr i64, i64* %.146, i64 %.42.058
  %.157 = load i64, i64* %.147, align 8
  %.238 = srem i64 %.157, 3
  %.240 = icmp slt i64 %.238, 0
  %.249 = add nsw i64 %.238, 3
  %spec.select = select i1 %.240, i64 %.249, i64 %.238
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %3)
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %4)
  store i64 0, i64* %.45.i, align 8, !noalias !22
  store i64 %spec.select, i64* %.37.i, align 8, !noalias !22
  %.55.i = call i64 @numba_dict_lookup(i8* %.33.i.i, i8* nonnull %3, i64 %spec.select, i8* nonnull %4), !noalias !22
  %.67.i = load i64, i64* %.45.i, align 8, !noalias !22
  %.563.i = icmp slt i64 %.55.i, 0
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %3)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %4)
  %.67.i.op = add nsw i64 %.67.i, 1
  %.322 = select i1 %.563.i, i64 1, i64 %.67.i.op
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5)
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6)
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %7)
  store i64 0, i64* %.46.i, align 8, !noalias !25
  store i64 %spec.select, i64* %.35.i, align 8, !noalias !25
  store i64 %.322, i64* %.43.i, align 8, !noalias !25
  %.57.i = call i32 @numba_dict_insert(i8* %.33.i.i, i8* nonnull %5, i64 %spec.select, i8* nonnull %6, i8* nonnull %7), !noalias !25
  switch i32 %.57.i, label %B94.endif.endif.endif.endif.endif.if.loopexit61 [
    i32 0, label %B94.endif.endif.endif.endif.endif.endif
    i32 1, label %B94.endif.endif.endif.endif.endif.endif
    i32 -5, label %B94.endif.endif.endif.endif.endif.if
  ]

B94.endif.endif.endif.endif.endif.if.loopexit61:  ; preds = %B94.else.if
  br label %B94.endif.endif.endif.endif.endif.if

B94.endif.endif.endif.endif.endif.if:             ; preds = %B94.else.if, %B94.endif.endif.endif.endif.endif.if.loopexit61
  %excinfo.5.0 = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139999300954240, %B94.endif.endif.endif.endif.endif.if.loopexit61 ], [ @.const.picklebuf.139999300956928, %B94.else.if ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %7)
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.5.0, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B94.endif.endif.endif.endif.endif.endif:          ; preds = %B94.else.if, %B94.else.if
  %.190 = add nuw nsw i64 %.42.058, 1
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6)
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %7)
  %.13.i = call i64 @numba_list_size_address(i8* %arg.values.1) #5, !noalias !17
  %.14.i = inttoptr i64 %.13.i to i64*
  %.15.i = load i64, i64* %.14.i, align 8, !noalias !17
  %.126.not = icmp eq i64 %.15.i3, %.15.i
  br i1 %.126.not, label %B92.endif.endif, label %B92.endif.if, !prof !20
}

; Function Attrs: alwaysinline nofree nounwind readonly
declare i8* @numba_list_base_ptr(i8*) local_unnamed_addr #0

define i8* @_ZN7cpython8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.const.histogram, i64 0, i64 0), i64 1, i64 1, i8** nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.57 = alloca { i8*, i8* }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.57, i64 0, i32 0
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !13

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ %.99, %entry.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.if.endif ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load i8*, i8** @_ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d, align 8
  %.16 = icmp eq i8* %.11, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !13

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([122 x i8], [122 x i8]* @".const.missing Environment: _ZN08NumbaEnv8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d", i64 0, i64 0))
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
  br i1 %.29, label %entry.endif.endif.endif.endif, label %common.ret, !prof !20

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  %extracted.meminfo.1 = extractvalue { i8*, i8* } %.49, 0
  %extracted.data.1 = extractvalue { i8*, i8* } %.49, 1
  %1 = bitcast { i8*, i8* }* %.57 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %1, i8 0, i64 16, i1 false)
  %.61 = call i32 @_ZN8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d({ i8*, i8* }* nonnull %.57, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo.1, i8* %extracted.data.1) #4
  %.62 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.69 = icmp sgt i32 %.61, 0
  %.70 = select i1 %.69, { i8*, i32, i8*, i8*, i32 }* %.62, { i8*, i32, i8*, i8*, i32 }* undef
  %.71.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  call void @NRT_decref(i8* %extracted.meminfo.1)
  switch i32 %.61, label %entry.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.if.endif
    i32 0, label %entry.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif
  br i1 %.69, label %entry.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif, %entry.endif.endif.endif.endif
  %.85 = call i8* @NRT_meminfo_as_pyobject(i8* %.71.fca.0.load)
  %.86 = call i8* @PyImport_ImportModuleNoBlock(i8* getelementptr inbounds ([22 x i8], [22 x i8]* @.const.numba.typed.typeddict, i64 0, i64 0))
  %.87 = call i8* @PyObject_GetAttrString(i8* %.86, i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.const._from_meminfo_ptr, i64 0, i64 0))
  %.94 = call i8* @numba_unpickle(i8* getelementptr inbounds ([453 x i8], [453 x i8]* @.const.pickledata.139999300059984, i64 0, i64 0), i32 453, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300059984.sha1, i64 0, i64 0))
  %.97.not = icmp eq i8* %.94, null
  br i1 %.97.not, label %common.ret, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  %.99 = call i8* (i8*, ...) @PyObject_CallFunctionObjArgs(i8* %.87, i8* %.85, i8* nonnull %.94, i8* null)
  call void @Py_DecRef(i8* %.87)
  call void @Py_DecRef(i8* %.86)
  call void @Py_DecRef(i8* %.85)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.110 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.70, align 8
  %.111 = extractvalue { i8*, i32, i8*, i8*, i32 } %.110, 4
  %.112 = icmp sgt i32 %.111, 0
  %.115 = extractvalue { i8*, i32, i8*, i8*, i32 } %.110, 0
  %.117 = extractvalue { i8*, i32, i8*, i8*, i32 } %.110, 1
  br i1 %.112, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.118 = sext i32 %.117 to i64
  %.119 = call i8* @PyBytes_FromStringAndSize(i8* %.115, i64 %.118)
  %.120 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.70, align 8
  %.121 = extractvalue { i8*, i32, i8*, i8*, i32 } %.120, 2
  %.123 = extractvalue { i8*, i32, i8*, i8*, i32 } %.120, 3
  %.124 = bitcast i8* %.123 to i8* (i8*)*
  %.125 = call i8* %.124(i8* %.121)
  %.126 = icmp eq i8* %.125, null
  br i1 %.126, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !13

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.139 = extractvalue { i8*, i32, i8*, i8*, i32 } %.110, 2
  %.140 = call i8* @numba_unpickle(i8* %.115, i32 %.117, i8* %.139)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.142 = phi i8* [ %.130, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.140, %entry.endif.endif.endif.endif.endif.if.else ]
  %.143.not = icmp eq i8* %.142, null
  br i1 %.143.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !13

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.130 = call i8* @numba_runtime_build_excinfo_struct(i8* %.119, i8* nonnull %.125)
  %.131 = bitcast { i8*, i32, i8*, i8*, i32 }* %.70 to i8*
  call void @NRT_Free(i8* nonnull %.131)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.142)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif
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

declare noalias i8* @NRT_meminfo_as_pyobject(i8*) local_unnamed_addr

declare i8* @PyImport_ImportModuleNoBlock(i8*) local_unnamed_addr

declare i8* @PyObject_CallFunctionObjArgs(i8*, ...) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

declare void @PyErr_SetNone(i8*) local_unnamed_addr

define { i8*, i8* } @cfunc._ZN8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d({ i8*, i8* } %.1) local_unnamed_addr {
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
  %.7 = call i32 @_ZN8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d({ i8*, i8* }* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* %extracted.data) #4
  %.8 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.9.not = icmp eq i32 %.7, 0
  %.15 = icmp sgt i32 %.7, 0
  %.16 = select i1 %.15, { i8*, i32, i8*, i8*, i32 }* %.8, { i8*, i32, i8*, i8*, i32 }* undef
  %.17.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.17.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { i8*, i8* } undef, i8* %.17.fca.0.load, 0
  %inserted.data = insertvalue { i8*, i8* } %inserted.meminfo, i8* %.17.fca.1.load, 1
  %.21 = alloca i32, align 4
  store i32 0, i32* %.21, align 4
  br i1 %.9.not, label %common.ret, label %entry.if, !prof !20

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.21)
  br i1 %.15, label %entry.if.if, label %entry.if.endif

common.ret:                                       ; preds = %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi { i8*, i8* } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.data, %.24 ], [ %inserted.data, %entry ]
  ret { i8*, i8* } %common.ret.op

.24:                                              ; preds = %entry.if.endif, %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif, %entry.if.endif.if
  %.72 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f5420705750>", i64 0, i64 0))
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
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !13

entry.if.if.else:                                 ; preds = %entry.if.if
  %.56 = extractvalue { i8*, i32, i8*, i8*, i32 } %.27, 2
  %.57 = call i8* @numba_unpickle(i8* %.32, i32 %.34, i8* %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi i8* [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq i8* %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !13

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

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

declare i32 @numba_dict_new_sized(i8**, i64, i64, i64) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

declare void @numba_dict_set_method_table(i8*, { i8*, i8*, i8*, i8*, i8* }*) local_unnamed_addr

define linkonce_odr void @_numba_dict_dtor(i8* %.1, i64 %.2, i8* %.3) {
.5:
  %.6 = bitcast i8* %.1 to i8**
  %.7 = load i8*, i8** %.6, align 8
  tail call void @numba_dict_free(i8* %.7)
  ret void
}

declare noalias i8* @NRT_MemInfo_alloc_dtor(i64, i8*) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

declare void @numba_dict_free(i8*) local_unnamed_addr

; Function Attrs: alwaysinline nofree nounwind readonly
declare i64 @numba_list_size_address(i8*) local_unnamed_addr #0

declare i64 @numba_dict_lookup(i8*, i8*, i64, i8*) local_unnamed_addr

declare i32 @numba_dict_insert(i8*, i8*, i64, i8*, i8*) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !13

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #4 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !13

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !13

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

attributes #0 = { alwaysinline nofree nounwind readonly }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #3 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #4 = { noinline }
attributes #5 = { nounwind }

!numba_args_may_always_need_nrt = !{!0, !1, !1, !2, !3, !1, !2, !3}

!0 = !{i32 ({ i8*, i8* }*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*)* @_ZN8__main__9histogramB3v15B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE19ListType_5bint64_5d}
!1 = distinct !{null}
!2 = distinct !{null}
!3 = distinct !{null}
!4 = !{!5, !7}
!5 = distinct !{!5, !6, !"_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v29B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29: %retptr"}
!6 = distinct !{!6, !"_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v29B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29"}
!7 = distinct !{!7, !6, !"_ZN5numba5typed9typeddict15typeddict_empty12_3clocals_3e4implB3v29B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17DictType_27_3e_5dE16class_28int64_2916class_28int64_2924omitted_28default_3d0_29: %excinfo"}
!8 = !{!9, !11, !5, !7}
!9 = distinct !{!9, !10, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x: %retptr"}
!10 = distinct !{!10, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x"}
!11 = distinct !{!11, !10, !"_ZN5numba5typed10dictobject13impl_new_dict12_3clocals_3e3impB3v17B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE16class_28int64_2916class_28int64_29x: %excinfo"}
!12 = !{!"branch_weights", i32 2126008812, i32 21474836}
!13 = !{!"branch_weights", i32 1, i32 99}
!14 = !{!15}
!15 = distinct !{!15, !16, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!16 = distinct !{!16, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d"}
!17 = !{!18}
!18 = distinct !{!18, !19, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d: %retptr"}
!19 = distinct !{!19, !"_ZN5numba5typed10listobject8impl_len12_3clocals_3e4implB3v10B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE19ListType_5bint64_5d"}
!20 = !{!"branch_weights", i32 99, i32 1}
!21 = !{i1 true}
!22 = !{!23}
!23 = distinct !{!23, !24, !"_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx: %retptr"}
!24 = distinct !{!24, !"_ZN5numba5typed10dictobject8impl_get12_3clocals_3e4implB3v18B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx"}
!25 = !{!26, !28}
!26 = distinct !{!26, !27, !"_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v28B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx: %retptr"}
!27 = distinct !{!27, !"_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v28B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx"}
!28 = distinct !{!28, !27, !"_ZN5numba5typed10dictobject12impl_setitem12_3clocals_3e4implB3v28B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dE42DictType_5bint64_2cint64_5d_3civ_3dNone_3exx: %excinfo"}
