; ModuleID = 'impl_append.<locals>.impl'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN08NumbaEnv5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx = common local_unnamed_addr global ptr null
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
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"

define range(i32 0, 2) i32 @_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr readnone captures(none) %arg.l.0, ptr %arg.l.1, i64 %arg.item) local_unnamed_addr {
B0:
  %.8 = alloca i64, align 8
  store i64 %arg.item, ptr %.8, align 8
  %.18 = call i32 @numba_list_append(ptr %arg.l.1, ptr nonnull %.8)
  switch i32 %.18, label %B230 [
    i32 0, label %B102
    i32 -5, label %B138
    i32 -2, label %B200
  ]

common.ret:                                       ; preds = %B230, %B200, %B138, %B102
  %common.ret.op = phi i32 [ 0, %B102 ], [ 1, %B138 ], [ 1, %B200 ], [ 1, %B230 ]
  ret i32 %common.ret.op

B102:                                             ; preds = %B0
  store ptr null, ptr %retptr, align 8
  br label %common.ret

B138:                                             ; preds = %B0
  store ptr @.const.picklebuf.866fa374c606867bfeabe8a9eb45bb195465990c, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B200:                                             ; preds = %B0
  store ptr @.const.picklebuf.2f7458b62c9f27d214214872b42c56d4d191ee31, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B230:                                             ; preds = %B0
  store ptr @.const.picklebuf.cfd1aadee8e3c4f992e5d53560ab628bb4e774ca, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret
}

declare i32 @numba_list_append(ptr, ptr) local_unnamed_addr

define ptr @cfunc._ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx({ ptr, ptr } %.1, i64 %.2) local_unnamed_addr {
entry:
  %.4 = alloca ptr, align 8
  store ptr null, ptr %.4, align 8
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %extracted.data = extractvalue { ptr, ptr } %.1, 1
  %.8 = call i32 @_ZN5numba5typed10listobject11impl_append12_3clocals_3e4implB2v2B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE19ListType_5bint64_5dx(ptr nonnull %.4, ptr nonnull %excinfo, ptr poison, ptr %extracted.data, i64 %.2) #0
  %.9 = load ptr, ptr %excinfo, align 8
  %.18 = load ptr, ptr %.4, align 8
  %.20 = alloca i32, align 4
  store i32 0, ptr %.20, align 4
  %cond = icmp eq i32 %.8, 0
  br i1 %cond, label %common.ret, label %entry.if.if, !prof !1

common.ret:                                       ; preds = %entry, %.23, %entry.if.if.if.if
  %common.ret.op = phi ptr [ null, %entry.if.if.if.if ], [ %.18, %.23 ], [ %.18, %entry ]
  ret ptr %common.ret.op

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
  br i1 %.42, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !2

entry.if.if.else:                                 ; preds = %entry.if.if
  %.55 = extractvalue { ptr, i32, ptr, ptr, i32 } %.26, 2
  %.56 = call ptr @numba_unpickle(ptr %.31, i32 %.33, ptr %.55)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.58 = phi ptr [ %.46, %entry.if.if.if.endif ], [ %.56, %entry.if.if.else ]
  %.59.not = icmp eq ptr %.58, null
  br i1 %.59.not, label %.23, label %entry.if.if.endif.if, !prof !2

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

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

attributes #0 = { noinline }

!0 = !{i1 true}
!1 = !{!"branch_weights", i32 49, i32 1}
!2 = !{!"branch_weights", i32 1, i32 99}
