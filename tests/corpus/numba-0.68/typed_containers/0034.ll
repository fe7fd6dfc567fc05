; ModuleID = 'list_extend'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v37B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d = common local_unnamed_addr global ptr null
@.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e = internal constant [65 x i8] c"\80\04\956\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C\12cannot resize list\94\85\94N\87\94."
@.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e.sha1 = internal constant [20 x i8] c"Y!\BA\A11\08M\FF\170\15\C3\9F\DA\DD^8\B9\F4\1E"
@.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e, i32 65, ptr @.const.pickledata.5921baa131084dff173015c39fdadd5e38b9f41e.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN5numba7cpython7listobj11list_extend12_3clocals_3e11list_extendB3v37B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAE30list_28int64_29_3civ_3dNone_3e52keys_5bDictType_5bint64_2cint64_5d_3civ_3dNone_3e_5d(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.lst.0, ptr readnone captures(none) %arg.lst.1, ptr readnone captures(none) %arg.iterable.0.0, ptr %arg.iterable.0.1, ptr readnone captures(none) %arg.iterable.1) local_unnamed_addr {
B0:
  %.21 = alloca [32 x i8], align 1
  %.56 = alloca ptr, align 8
  store ptr null, ptr %.56, align 8
  %.58 = alloca ptr, align 8
  store ptr null, ptr %.58, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(32) %.21, i8 0, i64 32, i1 false)
  call void @numba_dict_iter(ptr nonnull %.21, ptr %arg.iterable.0.1)
  %.6269 = call i32 @numba_dict_iter_next(ptr nonnull %.21, ptr nonnull %.56, ptr nonnull %.58)
  %.6370 = icmp eq i32 %.6269, 0
  br i1 %.6370, label %B24.preheader, label %B50

B24.preheader:                                    ; preds = %B0
  %.5.i = getelementptr i8, ptr %arg.lst.0, i64 24
  br label %B24

B24:                                              ; preds = %B24.preheader, %B24.endif.endif
  %.67 = load ptr, ptr %.56, align 8
  %.71 = load i64, ptr %.67, align 8
  %.6.i = load ptr, ptr %.5.i, align 8
  %.106 = load i64, ptr %.6.i, align 8
  %.107 = add i64 %.106, 1
  %.112 = getelementptr inbounds nuw i8, ptr %.6.i, i64 8
  %.113 = load i64, ptr %.112, align 8
  %.114 = icmp slt i64 %.113, %.107
  %.115 = ashr i64 %.113, 2
  %.116 = icmp sgt i64 %.115, %.107
  br i1 %.116, label %B24.if, label %B24.endif, !prof !0

common.ret:                                       ; preds = %B24.endif.if.endif.if, %B24.endif.if.if, %B24.if.endif.if, %B24.if.if, %B50
  %common.ret.op = phi i32 [ 0, %B50 ], [ 1, %B24.if.if ], [ 1, %B24.if.endif.if ], [ 1, %B24.endif.if.if ], [ 1, %B24.endif.if.endif.if ]
  ret i32 %common.ret.op

B50:                                              ; preds = %B24.endif.endif, %B0
  store ptr null, ptr %retptr, align 8
  br label %common.ret

B24.if:                                           ; preds = %B24
  %.119 = shl i64 %.107, 3
  %0 = add i64 %.106, -1152921504606846975
  %.120 = icmp ult i64 %0, -2305843009213693952
  %.121 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %.119, i64 24)
  %.123 = extractvalue { i64, i1 } %.121, 1
  %.124 = or i1 %.120, %.123
  br i1 %.124, label %B24.if.if, label %B24.if.endif, !prof !0

B24.endif:                                        ; preds = %B24.if.endif.endif, %B24
  br i1 %.114, label %B24.endif.if, label %B24.endif.endif, !prof !0

B24.if.if:                                        ; preds = %B24.if
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B24.if.endif:                                     ; preds = %B24.if
  %.122 = extractvalue { i64, i1 } %.121, 0
  %.135 = call ptr @NRT_MemInfo_varsize_realloc(ptr nonnull %arg.lst.0, i64 %.122)
  %.136 = icmp eq ptr %.135, null
  br i1 %.136, label %B24.if.endif.if, label %B24.if.endif.endif, !prof !0

B24.if.endif.if:                                  ; preds = %B24.if.endif
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B24.if.endif.endif:                               ; preds = %B24.if.endif
  %.6.i2 = load ptr, ptr %.5.i, align 8
  %.147 = getelementptr inbounds nuw i8, ptr %.6.i2, i64 8
  store i64 %.107, ptr %.147, align 8
  br label %B24.endif

B24.endif.if:                                     ; preds = %B24.endif
  %.151 = ashr i64 %.107, 2
  %.152 = add i64 %.151, %.107
  %.153 = add i64 %.152, 8
  %.155 = shl i64 %.153, 3
  %1 = add i64 %.152, -1152921504606846968
  %.156 = icmp ult i64 %1, -2305843009213693952
  %.157 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %.155, i64 24)
  %.159 = extractvalue { i64, i1 } %.157, 1
  %.160 = or i1 %.156, %.159
  br i1 %.160, label %B24.endif.if.if, label %B24.endif.if.endif, !prof !0

B24.endif.endif:                                  ; preds = %B24.endif.if.endif.endif, %B24.endif
  %.6.i4 = load ptr, ptr %.5.i, align 8
  store i64 %.107, ptr %.6.i4, align 8
  %.6.i6 = load ptr, ptr %.5.i, align 8
  %.224 = getelementptr inbounds nuw i8, ptr %.6.i6, i64 24
  %.225 = getelementptr i64, ptr %.224, i64 %.106
  store i64 %.71, ptr %.225, align 8
  %.62 = call i32 @numba_dict_iter_next(ptr nonnull %.21, ptr nonnull %.56, ptr nonnull %.58)
  %.63 = icmp eq i32 %.62, 0
  br i1 %.63, label %B24, label %B50

B24.endif.if.if:                                  ; preds = %B24.endif.if
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B24.endif.if.endif:                               ; preds = %B24.endif.if
  %.158 = extractvalue { i64, i1 } %.157, 0
  %.169 = call ptr @NRT_MemInfo_varsize_realloc(ptr nonnull %arg.lst.0, i64 %.158)
  %.170 = icmp eq ptr %.169, null
  br i1 %.170, label %B24.endif.if.endif.if, label %B24.endif.if.endif.endif, !prof !0

B24.endif.if.endif.if:                            ; preds = %B24.endif.if.endif
  store ptr @.const.picklebuf.5921baa131084dff173015c39fdadd5e38b9f41e, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B24.endif.if.endif.endif:                         ; preds = %B24.endif.if.endif
  %.6.i8 = load ptr, ptr %.5.i, align 8
  %.181 = getelementptr inbounds nuw i8, ptr %.6.i8, i64 8
  store i64 %.153, ptr %.181, align 8
  %.6.i10 = load ptr, ptr %.5.i, align 8
  %.188 = load i64, ptr %.6.i10, align 8
  %.193 = getelementptr inbounds nuw i8, ptr %.6.i10, i64 24
  %.194.idx = shl i64 %.188, 3
  %.194 = getelementptr i8, ptr %.193, i64 %.194.idx
  %2 = sub i64 %.153, %.188
  %gepdiff = shl i64 %2, 3
  call void @llvm.memset.p0.i64(ptr align 1 %.194, i8 0, i64 %gepdiff, i1 false)
  br label %B24.endif.endif
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

declare void @numba_dict_iter(ptr, ptr) local_unnamed_addr

declare i32 @numba_dict_iter_next(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #1

declare noalias ptr @NRT_MemInfo_varsize_realloc(ptr, i64) local_unnamed_addr

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
