; ModuleID = 'list_impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null
@.const.pickledata.139999298581760 = internal constant [67 x i8] c"\80\04\958\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\14cannot allocate list\94\85\94N\87\94."
@.const.pickledata.139999298581760.sha1 = internal constant [20 x i8] c"+\98\F4\13f\88\DD\D3\C0)\127\06\86\F1\A0\011(\0C"
@.const.picklebuf.139999298581760 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([67 x i8], [67 x i8]* @.const.pickledata.139999298581760, i32 0, i32 0), i32 67, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999298581760.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null
@.const.pickledata.139999300946944 = internal constant [65 x i8] c"\80\04\956\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\12cannot resize list\94\85\94N\87\94."
@.const.pickledata.139999300946944.sha1 = internal constant [20 x i8] c"Y!\BA\A11\08M\FF\170\15\C3\9F\DA\DD^8\B9\F4\1E"
@.const.picklebuf.139999300946944 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([65 x i8], [65 x i8]* @.const.pickledata.139999300946944, i32 0, i32 0), i32 65, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300946944.sha1, i32 0, i32 0), i8* null, i32 0 }

define i32 @_ZN5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d({ i8*, i8* }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.iterable.0.0, i8* %arg.iterable.0.1, i8* nocapture readnone %arg.iterable.1) local_unnamed_addr {
B0.endif.if:
  %.98 = alloca i8*, align 8
  %excinfo.1 = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo.1, align 8
  tail call void @NRT_incref(i8* %arg.iterable.0.0)
  %.27 = tail call i8* @NRT_MemInfo_new_varsize_dtor(i64 24, i8* bitcast (void (i8*)* @.dtor.list.int64 to i8*))
  %.28 = icmp eq i8* %.27, null
  br i1 %.28, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !2

common.ret:                                       ; preds = %B0.endif.endif.endif.if, %B0.endif.endif.endif.endif, %B0.endif.endif.if
  %common.ret.op = phi i32 [ 1, %B0.endif.endif.if ], [ 0, %B0.endif.endif.endif.endif ], [ %.102, %B0.endif.endif.endif.if ]
  ret i32 %common.ret.op

B0.endif.endif.if:                                ; preds = %B0.endif.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999298581760, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !3
  br label %common.ret

B0.endif.endif.endif:                             ; preds = %B0.endif.if
  %.5.i = getelementptr i8, i8* %.27, i64 24
  %0 = bitcast i8* %.5.i to { i64, i64, i8, i64 }**
  %.6.i16 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %0, align 8
  %.40 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i16, i64 0, i32 1
  store i64 0, i64* %.40, align 8
  %.6.i217 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %0, align 8
  %.46 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i217, i64 0, i32 0
  store i64 0, i64* %.46, align 8
  %.6.i418 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %0, align 8
  %.52 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i418, i64 0, i32 2
  store i8 0, i8* %.52, align 1
  %.6.i1013 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %0, align 8
  %.94 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i1013, i64 0, i32 0
  store i64 0, i64* %.94, align 8
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
  %retptr.repack = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %retptr, i64 0, i32 0
  store i8* %.27, i8** %retptr.repack, align 8
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

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #0

define linkonce_odr i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(i8** noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.lst.0, i8* nocapture readnone %arg.lst.1, i8* nocapture readnone %arg.iterable.0.0, i8* %arg.iterable.0.1, i8* nocapture readnone %arg.iterable.1) local_unnamed_addr {
entry:
  %.21 = alloca [32 x i8], align 1
  %.fca.0.gep33 = getelementptr inbounds [32 x i8], [32 x i8]* %.21, i64 0, i64 0
  %.56 = alloca i8*, align 8
  store i8* null, i8** %.56, align 8
  %.58 = alloca i8*, align 8
  store i8* null, i8** %.58, align 8
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(32) %.fca.0.gep33, i8 0, i64 32, i1 false)
  call void @numba_dict_iter(i8* nonnull %.fca.0.gep33, i8* %arg.iterable.0.1)
  %.6231 = call i32 @numba_dict_iter_next(i8* nonnull %.fca.0.gep33, i8** nonnull %.56, i8** nonnull %.58)
  %.6332 = icmp eq i32 %.6231, 0
  br i1 %.6332, label %B24.preheader, label %B50

B24.preheader:                                    ; preds = %entry
  %0 = bitcast i8** %.56 to i64**
  %sunkaddr = getelementptr i8, i8* %arg.lst.0, i64 24
  %1 = bitcast i8* %sunkaddr to { i64, i64, i8, i64 }**
  %2 = bitcast i8* %sunkaddr to i64**
  br label %B24

B24:                                              ; preds = %B24.preheader, %B24.endif.endif
  %.6728 = load i64*, i64** %0, align 8
  %.71 = load i64, i64* %.6728, align 8
  %.6.i19 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.10534 = getelementptr { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i19, i64 0, i32 0
  %.106 = load i64, i64* %.10534, align 8
  %.107 = add i64 %.106, 1
  %.112 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i19, i64 0, i32 1
  %.113 = load i64, i64* %.112, align 8
  %.115 = ashr i64 %.113, 2
  %.116 = icmp sgt i64 %.115, %.107
  br i1 %.116, label %B24.if, label %B24.endif, !prof !2

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
  br i1 %.124, label %B24.if.if, label %B24.if.endif, !prof !2

B24.endif:                                        ; preds = %B24.if.endif.endif, %B24
  %3 = icmp slt i64 %.113, %.107
  br i1 %3, label %B24.endif.if, label %B24.endif.endif, !prof !2

B24.if.if:                                        ; preds = %B24.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !3
  br label %common.ret

B24.if.endif:                                     ; preds = %B24.if
  %.122 = extractvalue { i64, i1 } %.121, 0
  %.135 = call i8* @NRT_MemInfo_varsize_realloc(i8* nonnull %arg.lst.0, i64 %.122)
  %.136 = icmp eq i8* %.135, null
  br i1 %.136, label %B24.if.endif.if, label %B24.if.endif.endif, !prof !2

B24.if.endif.if:                                  ; preds = %B24.if.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !3
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
  br i1 %.160, label %B24.endif.if.if, label %B24.endif.if.endif, !prof !2

B24.endif.endif:                                  ; preds = %B24.endif.if.endif.endif, %B24.endif
  %.6.i14211 = load i64*, i64** %2, align 8
  store i64 %.107, i64* %.6.i14211, align 8
  %.6.i1022 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.224 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i1022, i64 0, i32 3
  %.225 = getelementptr i64, i64* %.224, i64 %.106
  store i64 %.71, i64* %.225, align 8
  %.62 = call i32 @numba_dict_iter_next(i8* nonnull %.fca.0.gep33, i8** nonnull %.56, i8** nonnull %.58)
  %.63 = icmp eq i32 %.62, 0
  br i1 %.63, label %B24, label %B50

B24.endif.if.if:                                  ; preds = %B24.endif.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !3
  br label %common.ret

B24.endif.if.endif:                               ; preds = %B24.endif.if
  %.158 = extractvalue { i64, i1 } %.157, 0
  %.169 = call i8* @NRT_MemInfo_varsize_realloc(i8* nonnull %arg.lst.0, i64 %.158)
  %.170 = icmp eq i8* %.169, null
  br i1 %.170, label %B24.endif.if.endif.if, label %B24.endif.if.endif.endif, !prof !2

B24.endif.if.endif.if:                            ; preds = %B24.endif.if.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !3
  br label %common.ret

B24.endif.if.endif.endif:                         ; preds = %B24.endif.if.endif
  %.6.i823 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.181 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i823, i64 0, i32 1
  store i64 %.153, i64* %.181, align 8
  %.6.i624 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.18739 = getelementptr { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i624, i64 0, i32 0
  %.188 = load i64, i64* %.18739, align 8
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

declare void @numba_dict_iter(i8*, i8*) local_unnamed_addr

declare i32 @numba_dict_iter_next(i8*, i8**, i8**) local_unnamed_addr

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #1

declare noalias i8* @NRT_MemInfo_varsize_realloc(i8*, i64) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !2

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #3 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !2

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !2

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

attributes #0 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #3 = { noinline }

!numba_args_may_always_need_nrt = !{!0, !1, !1}

!0 = !{i32 ({ i8*, i8* }*, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i8*)* @_ZN5numba7cpython7listobj16list_constructor12_3clocals_3e9list_implB3v35B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d}
!1 = !{i32 (i8**, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i8*, i8*, i8*)* @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d}
!2 = !{!"branch_weights", i32 1, i32 99}
!3 = !{i1 true}
