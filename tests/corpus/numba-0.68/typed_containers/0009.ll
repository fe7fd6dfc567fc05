; ModuleID = 'squares'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.squares = internal constant [8 x i8] c"squares\00"
@_ZN08NumbaEnv8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx" = internal constant [99 x i8] c"missing Environment: _ZN08NumbaEnv8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx\00"
@.const.numba.typed.typedlist = internal constant [22 x i8] c"numba.typed.typedlist\00"
@.const._from_meminfo_ptr = internal constant [18 x i8] c"_from_meminfo_ptr\00"
@.const.pickledata.911e42a170f9db8caad755b079b9dc8ff7bc38c5 = internal constant [320 x i8] c"\80\04\955\01\00\00\00\00\00\00\8C\19numba.core.types.abstract\94\8C\13_type_reconstructor\94\93\94\8C\07copyreg\94\8C\0E_reconstructor\94\93\94\8C\1Bnumba.core.types.containers\94\8C\08ListType\94\93\94\8C\08builtins\94\8C\06object\94\93\94N\87\94}\94(\8C\09item_type\94h\02h\05\8C\18numba.core.types.scalars\94\8C\07Integer\94\93\94h\0BN\87\94}\94(\8C\04name\94\8C\05int64\94\8C\08bitwidth\94K@\8C\06signed\94\88\8C\05_code\94K\1Au\87\94R\94\8C\05dtype\94h\1Ah\14\8C\0FListType[int64]\94h\18M\EA\07u\87\94R\94."
@.const.pickledata.911e42a170f9db8caad755b079b9dc8ff7bc38c5.sha1 = internal constant [20 x i8] c"\91\1EB\A1p\F9\DB\8C\AA\D7U\B0y\B9\DC\8F\F7\BC8\C5"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba7cpython8builtins18redirect_type_ctor12_3clocals_3e9call_ctorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE32typeref_5bListType_5bint64_5d_5d5Tuple = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed9typedlist23impl_numba_typeref_ctor12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE32typeref_5bListType_5bint64_5d_5d12StarArgTuple = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed9typedlist15typedlist_empty12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17ListType_27_3e_5dE18typeref_5bint64_5d24omitted_28default_3d0_29 = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE18typeref_5bint64_5dx = common local_unnamed_addr global ptr null
@.const.pickledata.52e0bc5df42c44afa257db788460b299ae8b8636 = internal constant [71 x i8] c"\80\04\95<\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\17Failed to allocate list\94\85\94N\87\94."
@.const.pickledata.52e0bc5df42c44afa257db788460b299ae8b8636.sha1 = internal constant [20 x i8] c"R\E0\BC]\F4,D\AF\A2W\DBx\84`\B2\99\AE\8B\866"
@.const.picklebuf.52e0bc5df42c44afa257db788460b299ae8b8636 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.52e0bc5df42c44afa257db788460b299ae8b8636, i32 71, ptr @.const.pickledata.52e0bc5df42c44afa257db788460b299ae8b8636.sha1, ptr null, i32 0 }
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba5typed10listobject11impl_append12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
@.const.pickledata.866fa374c606867bfeabe8a9eb45bb195465990c = internal constant [157 x i8] c"\80\04\95\92\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\11list is immutable\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/listobject.py\94M]\02\87\94\87\94."
@.const.pickledata.866fa374c606867bfeabe8a9eb45bb195465990c.sha1 = internal constant [20 x i8] c"\86o\A3t\C6\06\86{\FE\AB\E8\A9\EBE\BB\19Te\99\0C"
@.const.picklebuf.866fa374c606867bfeabe8a9eb45bb195465990c = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.866fa374c606867bfeabe8a9eb45bb195465990c, i32 157, ptr @.const.pickledata.866fa374c606867bfeabe8a9eb45bb195465990c.sha1, ptr null, i32 0 }
@.const.pickledata.2f7458b62c9f27d214214872b42c56d4d191ee31 = internal constant [181 x i8] c"\80\04\95\AA\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C(Unable to allocate memory to append item\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/listobject.py\94M_\02\87\94\87\94."
@.const.pickledata.2f7458b62c9f27d214214872b42c56d4d191ee31.sha1 = internal constant [20 x i8] c"/tX\B6,\9F'\D2\14!Hr\B4,V\D4\D1\91\EE1"
@.const.picklebuf.2f7458b62c9f27d214214872b42c56d4d191ee31 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.2f7458b62c9f27d214214872b42c56d4d191ee31, i32 181, ptr @.const.pickledata.2f7458b62c9f27d214214872b42c56d4d191ee31.sha1, ptr null, i32 0 }
@.const.pickledata.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca = internal constant [173 x i8] c"\80\04\95\A2\00\00\00\00\00\00\00\8C\08builtins\94\8C\0CRuntimeError\94\93\94\8C\1Flist.append failed unexpectedly\94\85\94\8C\04impl\94\8CP/opt/jitharness/venv-0.68/lib/python3.11/site-packages/numba/typed/listobject.py\94Ma\02\87\94\87\94."
@.const.pickledata.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca.sha1 = internal constant [20 x i8] c"\CF\D1\AA\DE\E8\E3\C4\F9\92\E5\D55`\ABb\8B\B4\E7t\CA"
@.const.picklebuf.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca, i32 173, ptr @.const.pickledata.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca.sha1, ptr null, i32 0 }
@PyExc_RuntimeError = external global i8

define range(i32 0, 2) i32 @_ZN8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, i64 %arg.n) local_unnamed_addr {
B0:
  %.8.i = alloca i64, align 8
  %.21.i.i.i.i = alloca ptr, align 8
  %.35.i.i.i.i = alloca { ptr, ptr }, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %.21.i.i.i.i), !noalias !0
  call void @llvm.lifetime.start.p0(ptr nonnull %.35.i.i.i.i), !noalias !0
  store ptr null, ptr %.21.i.i.i.i, align 8, !noalias !10
  %.24.i.i.i.i = call i32 @numba_list_new(ptr nonnull %.21.i.i.i.i, i64 8, i64 0), !noalias !10
  %.25.not.i.i.i.i = icmp eq i32 %.24.i.i.i.i, 0
  br i1 %.25.not.i.i.i.i, label %B48.endif.i.i.i.i, label %B0.if.if, !prof !14

B48.endif.i.i.i.i:                                ; preds = %B0
  %.32.i.i.i.i = load ptr, ptr %.21.i.i.i.i, align 8, !noalias !10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.35.i.i.i.i, i8 0, i64 16, i1 false), !noalias !10
  call void @numba_list_set_method_table(ptr %.32.i.i.i.i, ptr nonnull %.35.i.i.i.i), !noalias !10
  %.47.i.i.i.i = call ptr @NRT_MemInfo_alloc_dtor(i64 8, ptr nonnull @_numba_list_dtor), !noalias !10
  %.48.i.i.i.i = icmp eq ptr %.47.i.i.i.i, null
  br i1 %.48.i.i.i.i, label %B0.if.if, label %B0.endif.endif, !prof !14

B64:                                              ; preds = %B0.endif.endif, %B64.endif
  %.1224749 = phi i64 [ %.129, %B64.endif ], [ 0, %B0.endif.endif ]
  tail call void @NRT_incref(ptr nonnull %.47.i.i.i.i)
  %.156 = mul nuw nsw i64 %.1224749, %.1224749
  call void @llvm.lifetime.start.p0(ptr nonnull %.8.i)
  store i64 %.156, ptr %.8.i, align 8, !noalias !15
  %.18.i = call i32 @numba_list_append(ptr %.32.i.i.i.i, ptr nonnull %.8.i), !noalias !15
  switch i32 %.18.i, label %B64.if.if [
    i32 0, label %B64.endif
    i32 -5, label %B64.if.if.loopexit
    i32 -2, label %B64.if.if.loopexit17
  ]

common.ret:                                       ; preds = %B64.if.if, %B0.if.if, %B116
  %common.ret.op = phi i32 [ 0, %B116 ], [ 1, %B0.if.if ], [ 1, %B64.if.if ]
  ret i32 %common.ret.op

B116:                                             ; preds = %B64.endif, %B0.endif.endif
  store ptr %.47.i.i.i.i, ptr %retptr, align 8
  %retptr.repack44 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr %.32.i.i.i.i, ptr %retptr.repack44, align 8
  br label %common.ret

B0.if.if:                                         ; preds = %B48.endif.i.i.i.i, %B0
  %excinfo.1.0.ph.i.i.i = phi ptr [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B48.endif.i.i.i.i ], [ @.const.picklebuf.52e0bc5df42c44afa257db788460b299ae8b8636, %B0 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %.21.i.i.i.i), !noalias !0
  call void @llvm.lifetime.end.p0(ptr nonnull %.35.i.i.i.i), !noalias !0
  store ptr %excinfo.1.0.ph.i.i.i, ptr %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B48.endif.i.i.i.i
  %.5.i.i.i.i.i = getelementptr i8, ptr %.47.i.i.i.i, i64 24
  %.6.i.i.i.i.i = load ptr, ptr %.5.i.i.i.i.i, align 8, !noalias !10
  store ptr %.32.i.i.i.i, ptr %.6.i.i.i.i.i, align 8, !noalias !10
  call void @llvm.lifetime.end.p0(ptr nonnull %.21.i.i.i.i), !noalias !0
  call void @llvm.lifetime.end.p0(ptr nonnull %.35.i.i.i.i), !noalias !0
  %.11648.not = icmp slt i64 %arg.n, 1
  br i1 %.11648.not, label %B116, label %B64

B64.endif:                                        ; preds = %B64
  call void @llvm.lifetime.end.p0(ptr nonnull %.8.i)
  %.129 = add nuw nsw i64 %.1224749, 1
  tail call void @NRT_decref(ptr nonnull %.47.i.i.i.i)
  %exitcond.not = icmp eq i64 %arg.n, %.129
  br i1 %exitcond.not, label %B116, label %B64

B64.if.if.loopexit:                               ; preds = %B64
  br label %B64.if.if

B64.if.if.loopexit17:                             ; preds = %B64
  br label %B64.if.if

B64.if.if:                                        ; preds = %B64, %B64.if.if.loopexit17, %B64.if.if.loopexit
  %excinfo.2.1.ph = phi ptr [ @.const.picklebuf.866fa374c606867bfeabe8a9eb45bb195465990c, %B64.if.if.loopexit ], [ @.const.picklebuf.2f7458b62c9f27d214214872b42c56d4d191ee31, %B64.if.if.loopexit17 ], [ @.const.picklebuf.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca, %B64 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %.8.i)
  store ptr %excinfo.2.1.ph, ptr %excinfo, align 8
  br label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

define ptr @_ZN7cpython8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.squares, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.34 = alloca { ptr, ptr }, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  br i1 %.7, label %common.ret, label %entry.endif, !prof !14

common.ret:                                       ; preds = %entry.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.if.endif ], [ %.75, %entry.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !14

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  %.21 = call ptr @PyNumber_Long(ptr %.18)
  %.22.not = icmp eq ptr %.21, null
  br i1 %.22.not, label %entry.endif.endif.endif, label %entry.endif.endif.if, !prof !14

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  %.24 = call i64 @PyLong_AsLongLong(ptr nonnull %.21)
  call void @Py_DecRef(ptr nonnull %.21)
  br label %entry.endif.endif.endif

entry.endif.endif.endif:                          ; preds = %entry.endif.endif.if, %entry.endif.endif
  %.19.0 = phi i64 [ %.24, %entry.endif.endif.if ], [ 0, %entry.endif.endif ]
  %.29 = call ptr @PyErr_Occurred()
  %.30.not = icmp eq ptr %.29, null
  br i1 %.30.not, label %entry.endif.endif.endif.endif, label %common.ret, !prof !19

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif.endif
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.34, i8 0, i64 16, i1 false)
  %.38 = call i32 @_ZN8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr nonnull %.34, ptr nonnull %excinfo, i64 %.19.0) #3
  %.39 = load ptr, ptr %excinfo, align 8
  %cond = icmp eq i32 %.38, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !20

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif
  %.48.fca.0.load = load ptr, ptr %.34, align 8
  %.61 = call ptr @NRT_meminfo_as_pyobject(ptr %.48.fca.0.load)
  %.62 = call ptr @PyImport_ImportModule(ptr nonnull @.const.numba.typed.typedlist)
  %.63 = call ptr @PyObject_GetAttrString(ptr %.62, ptr nonnull @.const._from_meminfo_ptr)
  %.70 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.911e42a170f9db8caad755b079b9dc8ff7bc38c5, i32 320, ptr nonnull @.const.pickledata.911e42a170f9db8caad755b079b9dc8ff7bc38c5.sha1)
  %.73.not = icmp eq ptr %.70, null
  br i1 %.73.not, label %common.ret, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  %.75 = call ptr (ptr, ...) @PyObject_CallFunctionObjArgs(ptr %.63, ptr %.61, ptr nonnull %.70, ptr null)
  call void @Py_DecRef(ptr %.63)
  call void @Py_DecRef(ptr %.62)
  call void @Py_DecRef(ptr %.61)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.86 = load { ptr, i32, ptr, ptr, i32 }, ptr %.39, align 8
  %.87 = extractvalue { ptr, i32, ptr, ptr, i32 } %.86, 4
  %.88 = icmp sgt i32 %.87, 0
  %.91 = extractvalue { ptr, i32, ptr, ptr, i32 } %.86, 0
  %.93 = extractvalue { ptr, i32, ptr, ptr, i32 } %.86, 1
  br i1 %.88, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.94 = sext i32 %.93 to i64
  %.95 = call ptr @PyBytes_FromStringAndSize(ptr %.91, i64 %.94)
  %.96 = load { ptr, i32, ptr, ptr, i32 }, ptr %.39, align 8
  %.97 = extractvalue { ptr, i32, ptr, ptr, i32 } %.96, 2
  %.99 = extractvalue { ptr, i32, ptr, ptr, i32 } %.96, 3
  %.101 = call ptr %.99(ptr %.97)
  %.102 = icmp eq ptr %.101, null
  br i1 %.102, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !14

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.115 = extractvalue { ptr, i32, ptr, ptr, i32 } %.86, 2
  %.116 = call ptr @numba_unpickle(ptr %.91, i32 %.93, ptr %.115)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.118 = phi ptr [ %.106, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.116, %entry.endif.endif.endif.endif.endif.if.else ]
  %.119.not = icmp eq ptr %.118, null
  br i1 %.119.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !14

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.106 = call ptr @numba_runtime_build_excinfo_struct(ptr %.95, ptr nonnull %.101)
  call void @NRT_Free(ptr nonnull %.39)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.118)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @PyNumber_Long(ptr) local_unnamed_addr

declare i64 @PyLong_AsLongLong(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare ptr @PyErr_Occurred() local_unnamed_addr

declare noalias ptr @NRT_meminfo_as_pyobject(ptr) local_unnamed_addr

declare ptr @PyImport_ImportModule(ptr) local_unnamed_addr

declare ptr @PyObject_GetAttrString(ptr, ptr) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @PyObject_CallFunctionObjArgs(ptr, ...) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

define { ptr, ptr } @cfunc._ZN8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(i64 %.1) local_unnamed_addr {
entry:
  %.3 = alloca { ptr, ptr }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 8
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %.3, i8 0, i64 16, i1 false)
  store ptr null, ptr %excinfo, align 8
  %.7 = call i32 @_ZN8__main__7squaresB2v1B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEx(ptr nonnull %.3, ptr nonnull %excinfo, i64 %.1) #3
  %.8 = load ptr, ptr %excinfo, align 8
  %.17.fca.0.load = load ptr, ptr %.3, align 8
  %.17.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr } undef, ptr %.17.fca.0.load, 0
  %inserted.data = insertvalue { ptr, ptr } %inserted.meminfo, ptr %.17.fca.1.load, 1
  %.21 = alloca i32, align 4
  store i32 0, ptr %.21, align 4
  %cond = icmp eq i32 %.7, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !20

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.21)
  call void @PyErr_Clear()
  %.27 = load { ptr, i32, ptr, ptr, i32 }, ptr %.8, align 8
  %.28 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 4
  %.29 = icmp sgt i32 %.28, 0
  %.32 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 0
  %.34 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 1
  br i1 %.29, label %entry.if.if.if, label %entry.if.if.else

common.ret:                                       ; preds = %entry, %.24, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.data, %.24 ], [ %inserted.data, %entry ]
  ret { ptr, ptr } %common.ret.op

.24:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.72 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.72)
  call void @Py_DecRef(ptr %.72)
  call void @numba_gil_release(ptr nonnull %.21)
  br label %common.ret

entry.if.if.if:                                   ; preds = %entry.if
  %.35 = sext i32 %.34 to i64
  %.36 = call ptr @PyBytes_FromStringAndSize(ptr %.32, i64 %.35)
  %.37 = load { ptr, i32, ptr, ptr, i32 }, ptr %.8, align 8
  %.38 = extractvalue { ptr, i32, ptr, ptr, i32 } %.37, 2
  %.40 = extractvalue { ptr, i32, ptr, ptr, i32 } %.37, 3
  %.42 = call ptr %.40(ptr %.38)
  %.43 = icmp eq ptr %.42, null
  br i1 %.43, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !14

entry.if.if.else:                                 ; preds = %entry.if
  %.56 = extractvalue { ptr, i32, ptr, ptr, i32 } %.27, 2
  %.57 = call ptr @numba_unpickle(ptr %.32, i32 %.34, ptr %.56)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.59 = phi ptr [ %.47, %entry.if.if.if.endif ], [ %.57, %entry.if.if.else ]
  %.60.not = icmp eq ptr %.59, null
  br i1 %.60.not, label %.24, label %entry.if.if.endif.if, !prof !14

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
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare i32 @numba_list_new(ptr, i64, i64) local_unnamed_addr

declare void @numba_list_set_method_table(ptr, ptr) local_unnamed_addr

define linkonce_odr void @_numba_list_dtor(ptr %.1, i64 %.2, ptr %.3) {
.5:
  %.7 = load ptr, ptr %.1, align 8
  tail call void @numba_list_free(ptr %.7)
  ret void
}

declare noalias ptr @NRT_MemInfo_alloc_dtor(i64, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare void @numba_list_free(ptr) local_unnamed_addr

declare i32 @numba_list_append(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq ptr %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !14

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
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !14

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %0 = tail call i8 @llvm.x86.atomic.sub.cc.i64(ptr nonnull %.1, i64 1, i32 4)
  %1 = trunc i8 %0 to i1
  br i1 %1, label %.3.endif.if, label %common.ret1, !prof !14

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(ptr nonnull %.1)
  br label %common.ret1
}

; Function Attrs: nounwind
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #4

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noinline }
attributes #4 = { nounwind }

!0 = !{!1, !3, !4, !6, !7, !9}
!1 = distinct !{!1, !2, !"_ZN5numba5typed9typedlist15typedlist_empty12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17ListType_27_3e_5dE18typeref_5bint64_5d24omitted_28default_3d0_29: %retptr"}
!2 = distinct !{!2, !"_ZN5numba5typed9typedlist15typedlist_empty12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17ListType_27_3e_5dE18typeref_5bint64_5d24omitted_28default_3d0_29"}
!3 = distinct !{!3, !2, !"_ZN5numba5typed9typedlist15typedlist_empty12_3clocals_3e4implB2v8B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types10containers17ListType_27_3e_5dE18typeref_5bint64_5d24omitted_28default_3d0_29: %excinfo"}
!4 = distinct !{!4, !5, !"_ZN5numba5typed9typedlist23impl_numba_typeref_ctor12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE32typeref_5bListType_5bint64_5d_5d12StarArgTuple: %retptr"}
!5 = distinct !{!5, !"_ZN5numba5typed9typedlist23impl_numba_typeref_ctor12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE32typeref_5bListType_5bint64_5d_5d12StarArgTuple"}
!6 = distinct !{!6, !5, !"_ZN5numba5typed9typedlist23impl_numba_typeref_ctor12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE32typeref_5bListType_5bint64_5d_5d12StarArgTuple: %excinfo"}
!7 = distinct !{!7, !8, !"_ZN5numba7cpython8builtins18redirect_type_ctor12_3clocals_3e9call_ctorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE32typeref_5bListType_5bint64_5d_5d5Tuple: %retptr"}
!8 = distinct !{!8, !"_ZN5numba7cpython8builtins18redirect_type_ctor12_3clocals_3e9call_ctorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE32typeref_5bListType_5bint64_5d_5d5Tuple"}
!9 = distinct !{!9, !8, !"_ZN5numba7cpython8builtins18redirect_type_ctor12_3clocals_3e9call_ctorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE32typeref_5bListType_5bint64_5d_5d5Tuple: %excinfo"}
!10 = !{!11, !13, !1, !3, !4, !6, !7, !9}
!11 = distinct !{!11, !12, !"_ZN5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE18typeref_5bint64_5dx: %retptr"}
!12 = distinct !{!12, !"_ZN5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE18typeref_5bint64_5dx"}
!13 = distinct !{!13, !12, !"_ZN5numba5typed10listobject13impl_new_list12_3clocals_3e3impB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE18typeref_5bint64_5dx: %excinfo"}
!14 = !{!"branch_weights", i32 1, i32 99}
!15 = !{!16, !18}
!16 = distinct !{!16, !17, !"_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %retptr"}
!17 = distinct !{!17, !"_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx"}
!18 = distinct !{!18, !17, !"_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v3B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx: %excinfo"}
!19 = !{!"branch_weights", i32 99, i32 1}
!20 = !{!"branch_weights", i32 49, i32 1}
