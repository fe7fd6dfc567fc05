; ModuleID = 'list_extend'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global i8* null
@.const.pickledata.139999300946944 = internal constant [65 x i8] c"\80\04\956\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\12cannot resize list\94\85\94N\87\94."
@.const.pickledata.139999300946944.sha1 = internal constant [20 x i8] c"Y!\BA\A11\08M\FF\170\15\C3\9F\DA\DD^8\B9\F4\1E"
@.const.picklebuf.139999300946944 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([65 x i8], [65 x i8]* @.const.pickledata.139999300946944, i32 0, i32 0), i32 65, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139999300946944.sha1, i32 0, i32 0), i8* null, i32 0 }

define i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(i8** noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.lst.0, i8* nocapture readnone %arg.lst.1, i8* nocapture readnone %arg.iterable.0.0, i8* %arg.iterable.0.1, i8* nocapture readnone %arg.iterable.1) local_unnamed_addr {
entry:
  %.21 = alloca [32 x i8], align 1
  %.fca.0.gep = getelementptr inbounds [32 x i8], [32 x i8]* %.21, i64 0, i64 0
  %.56 = alloca i8*, align 8
  store i8* null, i8** %.56, align 8
  %.58 = alloca i8*, align 8
  store i8* null, i8** %.58, align 8
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(32) %.fca.0.gep, i8 0, i64 32, i1 false)
  call void @numba_dict_iter(i8* nonnull %.fca.0.gep, i8* %arg.iterable.0.1)
  %.6231 = call i32 @numba_dict_iter_next(i8* nonnull %.fca.0.gep, i8** nonnull %.56, i8** nonnull %.58)
  %.6332 = icmp eq i32 %.6231, 0
  br i1 %.6332, label %B24.lr.ph, label %B50

B24.lr.ph:                                        ; preds = %entry
  %0 = bitcast i8** %.56 to i64**
  %.5.i = getelementptr i8, i8* %arg.lst.0, i64 24
  %1 = bitcast i8* %.5.i to { i64, i64, i8, i64 }**
  br label %B24

B24:                                              ; preds = %B24.lr.ph, %B24.endif.endif
  %.6728 = load i64*, i64** %0, align 8
  %.71 = load i64, i64* %.6728, align 8
  %.6.i19 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.105 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i19, i64 0, i32 0
  %.106 = load i64, i64* %.105, align 8
  %.107 = add i64 %.106, 1
  %.112 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i19, i64 0, i32 1
  %.113 = load i64, i64* %.112, align 8
  %.114 = icmp slt i64 %.113, %.107
  %.115 = ashr i64 %.113, 2
  %.116 = icmp sgt i64 %.115, %.107
  br i1 %.116, label %B24.if, label %B24.endif, !prof !1

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
  br i1 %.124, label %B24.if.if, label %B24.if.endif, !prof !1

B24.endif:                                        ; preds = %B24.if.endif.endif, %B24
  br i1 %.114, label %B24.endif.if, label %B24.endif.endif, !prof !1

B24.if.if:                                        ; preds = %B24.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !2
  br label %common.ret

B24.if.endif:                                     ; preds = %B24.if
  %.122 = extractvalue { i64, i1 } %.121, 0
  %.135 = call i8* @NRT_MemInfo_varsize_realloc(i8* nonnull %arg.lst.0, i64 %.122)
  %.136 = icmp eq i8* %.135, null
  br i1 %.136, label %B24.if.endif.if, label %B24.if.endif.endif, !prof !1

B24.if.endif.if:                                  ; preds = %B24.if.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !2
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
  br i1 %.160, label %B24.endif.if.if, label %B24.endif.if.endif, !prof !1

B24.endif.endif:                                  ; preds = %B24.endif.if.endif.endif, %B24.endif
  %.6.i1421 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.211 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i1421, i64 0, i32 0
  store i64 %.107, i64* %.211, align 8
  %.6.i1022 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.224 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i1022, i64 0, i32 3
  %.225 = getelementptr i64, i64* %.224, i64 %.106
  store i64 %.71, i64* %.225, align 8
  %.62 = call i32 @numba_dict_iter_next(i8* nonnull %.fca.0.gep, i8** nonnull %.56, i8** nonnull %.58)
  %.63 = icmp eq i32 %.62, 0
  br i1 %.63, label %B24, label %B50

B24.endif.if.if:                                  ; preds = %B24.endif.if
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !2
  br label %common.ret

B24.endif.if.endif:                               ; preds = %B24.endif.if
  %.158 = extractvalue { i64, i1 } %.157, 0
  %.169 = call i8* @NRT_MemInfo_varsize_realloc(i8* nonnull %arg.lst.0, i64 %.158)
  %.170 = icmp eq i8* %.169, null
  br i1 %.170, label %B24.endif.if.endif.if, label %B24.endif.if.endif.endif, !prof !1

B24.endif.if.endif.if:                            ; preds = %B24.endif.if.endif
  store { i8*, i32, i8*, i8*, i32 }* @.const.picklebuf.139999300946944, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8, !numba_exception_output !2
  br label %common.ret

B24.endif.if.endif.endif:                         ; preds = %B24.endif.if.endif
  %.6.i823 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.181 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i823, i64 0, i32 1
  store i64 %.153, i64* %.181, align 8
  %.6.i624 = load { i64, i64, i8, i64 }*, { i64, i64, i8, i64 }** %1, align 8
  %.187 = getelementptr inbounds { i64, i64, i8, i64 }, { i64, i64, i8, i64 }* %.6.i624, i64 0, i32 0
  %.188 = load i64, i64* %.187, align 8
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
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #0

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #0

declare noalias i8* @NRT_MemInfo_varsize_realloc(i8*, i64) local_unnamed_addr

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

attributes #0 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { argmemonly mustprogress nofree nounwind willreturn writeonly }

!numba_args_may_always_need_nrt = !{!0}

!0 = !{i32 (i8**, { i8*, i32, i8*, i8*, i32 }**, i8*, i8*, i8*, i8*, i8*)* @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v36B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
