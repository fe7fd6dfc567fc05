; ModuleID = 'row_max'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.row_max = internal constant [8 x i8] c"row_max\00"
@_ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE = common local_unnamed_addr global i8* null
@".const.missing Environment: _ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE" = internal constant [129 x i8] c"missing Environment: _ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@".const.`env.consts` is NULL in `read_const`" = internal constant [37 x i8] c"`env.consts` is NULL in `read_const`\00"
@.const.pickledata.139668094500064 = internal constant [32 x i8] c"\80\04\95\15\00\00\00\00\00\00\00\8C\05numpy\94\8C\07ndarray\94\93\94."
@.const.pickledata.139668094500064.sha1 = internal constant [20 x i8] c"\DF\BC\FD\D3\9F\CB&\F4\D0\C6\80\95D\87\B8\C0\B5;\B8\A3"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.unknown error when calling native function" = internal constant [43 x i8] c"unknown error when calling native function\00"
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_SystemError = external global i8
@".const.unknown error when calling native function.2" = internal constant [43 x i8] c"unknown error when calling native function\00"
@".const.<numba.core.cpu.CPUContext object at 0x7f06fbba1b10>" = internal constant [53 x i8] c"<numba.core.cpu.CPUContext object at 0x7f06fbba1b10>\00"
@_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29 = common local_unnamed_addr global i8* null
@.const.pickledata.139667970105664 = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fnegative dimensions not allowed\94\85\94N\87\94."
@.const.pickledata.139667970105664.sha1 = internal constant [20 x i8] c"3\1B\85c\BD\B9\DA\C8\1B8B\22s\05,Ho\C1pk"
@.const.picklebuf.139667970105664 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([77 x i8], [77 x i8]* @.const.pickledata.139667970105664, i32 0, i32 0), i32 77, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139667970105664.sha1, i32 0, i32 0), i8* null, i32 0 }
@.const.pickledata.139667970105920 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.139667970105920.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.139667970105920 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([137 x i8], [137 x i8]* @.const.pickledata.139667970105920, i32 0, i32 0), i32 137, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139667970105920.sha1, i32 0, i32 0), i8* null, i32 0 }
@_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global i8* null
@_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global i8* null
@.const.pickledata.139667969302784 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.139667969302784.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.139667969302784 = internal constant { i8*, i32, i8*, i8*, i32 } { i8* getelementptr inbounds ([86 x i8], [86 x i8]* @.const.pickledata.139667969302784, i32 0, i32 0), i32 86, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139667969302784.sha1, i32 0, i32 0), i8* null, i32 0 }

define i32 @_ZN8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* noalias nocapture writeonly %retptr, { i8*, i32, i8*, i8*, i32 }** noalias nocapture writeonly %excinfo, i8* %arg.m.0, i8* nocapture readnone %arg.m.1, i64 %arg.m.2, i64 %arg.m.3, double* nocapture readonly %arg.m.4, i64 %arg.m.5.0, i64 %arg.m.5.1, i64 %arg.m.6.0, i64 %arg.m.6.1) local_unnamed_addr {
entry:
  tail call void @NRT_incref(i8* %arg.m.0)
  %.14.i = icmp slt i64 %arg.m.5.0, 0
  br i1 %.14.i, label %B0.if, label %B0.endif.endif.i, !prof !0

B0.endif.endif.i:                                 ; preds = %entry
  %.28.i = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %arg.m.5.0, i64 8)
  %.30.i = extractvalue { i64, i1 } %.28.i, 1
  br i1 %.30.i, label %B0.if, label %B0.endif.endif.endif.i, !prof !0

B0.endif.endif.endif.i:                           ; preds = %B0.endif.endif.i
  %.29.i = extractvalue { i64, i1 } %.28.i, 0
  %.7.i.i.i = tail call i8* @NRT_MemInfo_alloc_aligned(i64 %.29.i, i32 32), !noalias !1
  %.8.i.i.i = icmp eq i8* %.7.i.i.i, null
  br i1 %.8.i.i.i, label %B0.if, label %B0.endif.endif, !prof !0

common.ret:                                       ; preds = %B0.if, %B262
  %common.ret.op = phi i32 [ 0, %B262 ], [ 1, %B0.if ]
  ret i32 %common.ret.op

B262:                                             ; preds = %B120.endif.prol.loopexit, %B120.endif, %B196.B250_crit_edge.us, %middle.block, %B0.endif.endif
  %retptr.repack = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 0
  store i8* %.7.i.i.i, i8** %retptr.repack, align 8
  %retptr.repack1 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 1
  store i8* null, i8** %retptr.repack1, align 8
  %retptr.repack3 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 2
  store i64 %arg.m.5.0, i64* %retptr.repack3, align 8
  %retptr.repack5 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 3
  store i64 8, i64* %retptr.repack5, align 8
  %retptr.repack7 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 4
  store double* %.6.i1.i, double** %retptr.repack7, align 8
  %0 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 5, i64 0
  store i64 %arg.m.5.0, i64* %0, align 8
  %1 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %retptr, i64 0, i32 6, i64 0
  store i64 8, i64* %1, align 8
  tail call void @NRT_decref(i8* %arg.m.0)
  br label %common.ret

B0.if:                                            ; preds = %entry, %B0.endif.endif.i, %B0.endif.endif.endif.i
  %excinfo.1.0.ph = phi { i8*, i32, i8*, i8*, i32 }* [ @.const.picklebuf.139667969302784, %B0.endif.endif.endif.i ], [ @.const.picklebuf.139667970105920, %B0.endif.endif.i ], [ @.const.picklebuf.139667970105664, %entry ]
  store { i8*, i32, i8*, i8*, i32 }* %excinfo.1.0.ph, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B0.endif.endif.endif.i
  %.5.i.i = getelementptr i8, i8* %.7.i.i.i, i64 24
  %2 = bitcast i8* %.5.i.i to double**
  %.6.i1.i = load double*, double** %2, align 8, !noalias !11
  %.17636.not = icmp eq i64 %arg.m.5.0, 0
  br i1 %.17636.not, label %B262, label %B120.endif.lr.ph

B120.endif.lr.ph:                                 ; preds = %B0.endif.endif
  %.326 = add i64 %arg.m.5.1, -1
  %.327.inv = icmp sgt i64 %.326, 0
  br i1 %.327.inv, label %B120.endif.us.preheader, label %B120.endif.preheader

B120.endif.us.preheader:                          ; preds = %B120.endif.lr.ph
  %3 = add i64 %arg.m.5.1, -2
  %xtraiter = and i64 %.326, 7
  %4 = icmp ult i64 %3, 7
  %unroll_iter = and i64 %.326, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %B120.endif.us

B120.endif.preheader:                             ; preds = %B120.endif.lr.ph
  %min.iters.check = icmp ugt i64 %arg.m.5.0, 15
  %ident.check.not = icmp eq i64 %arg.m.5.1, 1
  %or.cond = select i1 %min.iters.check, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.memcheck, label %B120.endif.preheader52

vector.memcheck:                                  ; preds = %B120.endif.preheader
  %scevgep = getelementptr double, double* %.6.i1.i, i64 %arg.m.5.0
  %scevgep47 = getelementptr double, double* %arg.m.4, i64 %arg.m.5.0
  %bound0 = icmp ult double* %.6.i1.i, %scevgep47
  %bound1 = icmp ugt double* %scevgep, %arg.m.4
  %found.conflict = and i1 %bound0, %bound1
  br i1 %found.conflict, label %B120.endif.preheader52, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %arg.m.5.0, -16
  %5 = add i64 %n.vec, -16
  %6 = lshr exact i64 %5, 4
  %7 = add nuw nsw i64 %6, 1
  %xtraiter57 = and i64 %7, 3
  %8 = icmp ult i64 %5, 48
  br i1 %8, label %middle.block.unr-lcssa, label %vector.ph.new

vector.ph.new:                                    ; preds = %vector.ph
  %unroll_iter60 = and i64 %7, 2305843009213693948
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph.new
  %index = phi i64 [ 0, %vector.ph.new ], [ %index.next.3, %vector.body ]
  %niter61 = phi i64 [ 0, %vector.ph.new ], [ %niter61.next.3, %vector.body ]
  %9 = mul i64 %index, %arg.m.5.1
  %10 = getelementptr double, double* %arg.m.4, i64 %9
  %11 = bitcast double* %10 to <4 x double>*
  %wide.load = load <4 x double>, <4 x double>* %11, align 8, !alias.scope !12
  %12 = getelementptr double, double* %10, i64 4
  %13 = bitcast double* %12 to <4 x double>*
  %wide.load49 = load <4 x double>, <4 x double>* %13, align 8, !alias.scope !12
  %14 = getelementptr double, double* %10, i64 8
  %15 = bitcast double* %14 to <4 x double>*
  %wide.load50 = load <4 x double>, <4 x double>* %15, align 8, !alias.scope !12
  %16 = getelementptr double, double* %10, i64 12
  %17 = bitcast double* %16 to <4 x double>*
  %wide.load51 = load <4 x double>, <4 x double>* %17, align 8, !alias.scope !12
  %18 = getelementptr double, double* %.6.i1.i, i64 %index
  %19 = bitcast double* %18 to <4 x double>*
  store <4 x double> %wide.load, <4 x double>* %19, align 8, !alias.scope !15, !noalias !12
  %20 = getelementptr double, double* %18, i64 4
  %21 = bitcast double* %20 to <4 x double>*
  store <4 x double> %wide.load49, <4 x double>* %21, align 8, !alias.scope !15, !noalias !12
  %22 = getelementptr double, double* %18, i64 8
  %23 = bitcast double* %22 to <4 x double>*
  store <4 x double> %wide.load50, <4 x double>* %23, align 8, !alias.scope !15, !noalias !12
  %24 = getelementptr double, double* %18, i64 12
  %25 = bitcast double* %24 to <4 x double>*
  store <4 x double> %wide.load51, <4 x double>* %25, align 8, !alias.scope !15, !noalias !12
  %index.next = or i64 %index, 16
  %26 = mul i64 %index.next, %arg.m.5.1
  %27 = getelementptr double, double* %arg.m.4, i64 %26
  %28 = bitcast double* %27 to <4 x double>*
  %wide.load.1 = load <4 x double>, <4 x double>* %28, align 8, !alias.scope !12
  %29 = getelementptr double, double* %27, i64 4
  %30 = bitcast double* %29 to <4 x double>*
  %wide.load49.1 = load <4 x double>, <4 x double>* %30, align 8, !alias.scope !12
  %31 = getelementptr double, double* %27, i64 8
  %32 = bitcast double* %31 to <4 x double>*
  %wide.load50.1 = load <4 x double>, <4 x double>* %32, align 8, !alias.scope !12
  %33 = getelementptr double, double* %27, i64 12
  %34 = bitcast double* %33 to <4 x double>*
  %wide.load51.1 = load <4 x double>, <4 x double>* %34, align 8, !alias.scope !12
  %35 = getelementptr double, double* %.6.i1.i, i64 %index.next
  %36 = bitcast double* %35 to <4 x double>*
  store <4 x double> %wide.load.1, <4 x double>* %36, align 8, !alias.scope !15, !noalias !12
  %37 = getelementptr double, double* %35, i64 4
  %38 = bitcast double* %37 to <4 x double>*
  store <4 x double> %wide.load49.1, <4 x double>* %38, align 8, !alias.scope !15, !noalias !12
  %39 = getelementptr double, double* %35, i64 8
  %40 = bitcast double* %39 to <4 x double>*
  store <4 x double> %wide.load50.1, <4 x double>* %40, align 8, !alias.scope !15, !noalias !12
  %41 = getelementptr double, double* %35, i64 12
  %42 = bitcast double* %41 to <4 x double>*
  store <4 x double> %wide.load51.1, <4 x double>* %42, align 8, !alias.scope !15, !noalias !12
  %index.next.1 = or i64 %index, 32
  %43 = mul i64 %index.next.1, %arg.m.5.1
  %44 = getelementptr double, double* %arg.m.4, i64 %43
  %45 = bitcast double* %44 to <4 x double>*
  %wide.load.2 = load <4 x double>, <4 x double>* %45, align 8, !alias.scope !12
  %46 = getelementptr double, double* %44, i64 4
  %47 = bitcast double* %46 to <4 x double>*
  %wide.load49.2 = load <4 x double>, <4 x double>* %47, align 8, !alias.scope !12
  %48 = getelementptr double, double* %44, i64 8
  %49 = bitcast double* %48 to <4 x double>*
  %wide.load50.2 = load <4 x double>, <4 x double>* %49, align 8, !alias.scope !12
  %50 = getelementptr double, double* %44, i64 12
  %51 = bitcast double* %50 to <4 x double>*
  %wide.load51.2 = load <4 x double>, <4 x double>* %51, align 8, !alias.scope !12
  %52 = getelementptr double, double* %.6.i1.i, i64 %index.next.1
  %53 = bitcast double* %52 to <4 x double>*
  store <4 x double> %wide.load.2, <4 x double>* %53, align 8, !alias.scope !15, !noalias !12
  %54 = getelementptr double, double* %52, i64 4
  %55 = bitcast double* %54 to <4 x double>*
  store <4 x double> %wide.load49.2, <4 x double>* %55, align 8, !alias.scope !15, !noalias !12
  %56 = getelementptr double, double* %52, i64 8
  %57 = bitcast double* %56 to <4 x double>*
  store <4 x double> %wide.load50.2, <4 x double>* %57, align 8, !alias.scope !15, !noalias !12
  %58 = getelementptr double, double* %52, i64 12
  %59 = bitcast double* %58 to <4 x double>*
  store <4 x double> %wide.load51.2, <4 x double>* %59, align 8, !alias.scope !15, !noalias !12
  %index.next.2 = or i64 %index, 48
  %60 = mul i64 %index.next.2, %arg.m.5.1
  %61 = getelementptr double, double* %arg.m.4, i64 %60
  %62 = bitcast double* %61 to <4 x double>*
  %wide.load.3 = load <4 x double>, <4 x double>* %62, align 8, !alias.scope !12
  %63 = getelementptr double, double* %61, i64 4
  %64 = bitcast double* %63 to <4 x double>*
  %wide.load49.3 = load <4 x double>, <4 x double>* %64, align 8, !alias.scope !12
  %65 = getelementptr double, double* %61, i64 8
  %66 = bitcast double* %65 to <4 x double>*
  %wide.load50.3 = load <4 x double>, <4 x double>* %66, align 8, !alias.scope !12
  %67 = getelementptr double, double* %61, i64 12
  %68 = bitcast double* %67 to <4 x double>*
  %wide.load51.3 = load <4 x double>, <4 x double>* %68, align 8, !alias.scope !12
  %69 = getelementptr double, double* %.6.i1.i, i64 %index.next.2
  %70 = bitcast double* %69 to <4 x double>*
  store <4 x double> %wide.load.3, <4 x double>* %70, align 8, !alias.scope !15, !noalias !12
  %71 = getelementptr double, double* %69, i64 4
  %72 = bitcast double* %71 to <4 x double>*
  store <4 x double> %wide.load49.3, <4 x double>* %72, align 8, !alias.scope !15, !noalias !12
  %73 = getelementptr double, double* %69, i64 8
  %74 = bitcast double* %73 to <4 x double>*
  store <4 x double> %wide.load50.3, <4 x double>* %74, align 8, !alias.scope !15, !noalias !12
  %75 = getelementptr double, double* %69, i64 12
  %76 = bitcast double* %75 to <4 x double>*
  store <4 x double> %wide.load51.3, <4 x double>* %76, align 8, !alias.scope !15, !noalias !12
  %index.next.3 = add nuw i64 %index, 64
  %niter61.next.3 = add i64 %niter61, 4
  %niter61.ncmp.3 = icmp eq i64 %niter61.next.3, %unroll_iter60
  br i1 %niter61.ncmp.3, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !17

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.3, %vector.body ]
  %lcmp.mod59.not = icmp eq i64 %xtraiter57, 0
  br i1 %lcmp.mod59.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa, %vector.body.epil
  %index.epil = phi i64 [ %index.next.epil, %vector.body.epil ], [ %index.unr, %middle.block.unr-lcssa ]
  %epil.iter58 = phi i64 [ %epil.iter58.next, %vector.body.epil ], [ 0, %middle.block.unr-lcssa ]
  %77 = mul i64 %index.epil, %arg.m.5.1
  %78 = getelementptr double, double* %arg.m.4, i64 %77
  %79 = bitcast double* %78 to <4 x double>*
  %wide.load.epil = load <4 x double>, <4 x double>* %79, align 8, !alias.scope !12
  %80 = getelementptr double, double* %78, i64 4
  %81 = bitcast double* %80 to <4 x double>*
  %wide.load49.epil = load <4 x double>, <4 x double>* %81, align 8, !alias.scope !12
  %82 = getelementptr double, double* %78, i64 8
  %83 = bitcast double* %82 to <4 x double>*
  %wide.load50.epil = load <4 x double>, <4 x double>* %83, align 8, !alias.scope !12
  %84 = getelementptr double, double* %78, i64 12
  %85 = bitcast double* %84 to <4 x double>*
  %wide.load51.epil = load <4 x double>, <4 x double>* %85, align 8, !alias.scope !12
  %86 = getelementptr double, double* %.6.i1.i, i64 %index.epil
  %87 = bitcast double* %86 to <4 x double>*
  store <4 x double> %wide.load.epil, <4 x double>* %87, align 8, !alias.scope !15, !noalias !12
  %88 = getelementptr double, double* %86, i64 4
  %89 = bitcast double* %88 to <4 x double>*
  store <4 x double> %wide.load49.epil, <4 x double>* %89, align 8, !alias.scope !15, !noalias !12
  %90 = getelementptr double, double* %86, i64 8
  %91 = bitcast double* %90 to <4 x double>*
  store <4 x double> %wide.load50.epil, <4 x double>* %91, align 8, !alias.scope !15, !noalias !12
  %92 = getelementptr double, double* %86, i64 12
  %93 = bitcast double* %92 to <4 x double>*
  store <4 x double> %wide.load51.epil, <4 x double>* %93, align 8, !alias.scope !15, !noalias !12
  %index.next.epil = add nuw i64 %index.epil, 16
  %epil.iter58.next = add i64 %epil.iter58, 1
  %epil.iter58.cmp.not = icmp eq i64 %epil.iter58.next, %xtraiter57
  br i1 %epil.iter58.cmp.not, label %middle.block, label %vector.body.epil, !llvm.loop !19

middle.block:                                     ; preds = %vector.body.epil, %middle.block.unr-lcssa
  %cmp.n = icmp eq i64 %n.vec, %arg.m.5.0
  br i1 %cmp.n, label %B262, label %B120.endif.preheader52

B120.endif.preheader52:                           ; preds = %vector.memcheck, %B120.endif.preheader, %middle.block
  %.120.037.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %B120.endif.preheader ], [ %n.vec, %middle.block ]
  %94 = xor i64 %.120.037.ph, -1
  %95 = add i64 %94, %arg.m.5.0
  %xtraiter55 = and i64 %arg.m.5.0, 7
  %lcmp.mod56.not = icmp eq i64 %xtraiter55, 0
  br i1 %lcmp.mod56.not, label %B120.endif.prol.loopexit, label %B120.endif.prol

B120.endif.prol:                                  ; preds = %B120.endif.preheader52, %B120.endif.prol
  %.120.037.prol = phi i64 [ %.189.prol, %B120.endif.prol ], [ %.120.037.ph, %B120.endif.preheader52 ]
  %prol.iter = phi i64 [ %prol.iter.next, %B120.endif.prol ], [ 0, %B120.endif.preheader52 ]
  %.189.prol = add nuw nsw i64 %.120.037.prol, 1
  %.266.prol = mul i64 %.120.037.prol, %arg.m.5.1
  %.270.prol = getelementptr double, double* %arg.m.4, i64 %.266.prol
  %.271.prol = load double, double* %.270.prol, align 8
  %.578.prol = getelementptr double, double* %.6.i1.i, i64 %.120.037.prol
  store double %.271.prol, double* %.578.prol, align 8
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter55
  br i1 %prol.iter.cmp.not, label %B120.endif.prol.loopexit, label %B120.endif.prol, !llvm.loop !21

B120.endif.prol.loopexit:                         ; preds = %B120.endif.prol, %B120.endif.preheader52
  %.120.037.unr = phi i64 [ %.120.037.ph, %B120.endif.preheader52 ], [ %.189.prol, %B120.endif.prol ]
  %96 = icmp ult i64 %95, 7
  br i1 %96, label %B262, label %B120.endif

B120.endif.us:                                    ; preds = %B120.endif.us.preheader, %B196.B250_crit_edge.us
  %.120.037.us = phi i64 [ %.189.us, %B196.B250_crit_edge.us ], [ 0, %B120.endif.us.preheader ]
  %.266.us = mul i64 %.120.037.us, %arg.m.5.1
  %.270.us = getelementptr double, double* %arg.m.4, i64 %.266.us
  %.271.us = load double, double* %.270.us, align 8
  br i1 %4, label %B196.B250_crit_edge.us.unr-lcssa, label %B198.us

B198.us:                                          ; preds = %B120.endif.us, %B198.us
  %best.2.135.us = phi double [ %best.3.2.us.7, %B198.us ], [ %.271.us, %B120.endif.us ]
  %.313.033.us = phi i64 [ %.382.us.7, %B198.us ], [ 1, %B120.endif.us ]
  %niter = phi i64 [ %niter.next.7, %B198.us ], [ 0, %B120.endif.us ]
  %.382.us = add nuw nsw i64 %.313.033.us, 1
  %.445.us = add i64 %.313.033.us, %.266.us
  %.466.us = getelementptr double, double* %arg.m.4, i64 %.445.us
  %.467.us = load double, double* %.466.us, align 8
  %.471.us = fcmp ogt double %.467.us, %best.2.135.us
  %best.3.2.us = select i1 %.471.us, double %.467.us, double %best.2.135.us
  %.382.us.1 = add nuw nsw i64 %.313.033.us, 2
  %.445.us.1 = add i64 %.382.us, %.266.us
  %.466.us.1 = getelementptr double, double* %arg.m.4, i64 %.445.us.1
  %.467.us.1 = load double, double* %.466.us.1, align 8
  %.471.us.1 = fcmp ogt double %.467.us.1, %best.3.2.us
  %best.3.2.us.1 = select i1 %.471.us.1, double %.467.us.1, double %best.3.2.us
  %.382.us.2 = add nuw nsw i64 %.313.033.us, 3
  %.445.us.2 = add i64 %.382.us.1, %.266.us
  %.466.us.2 = getelementptr double, double* %arg.m.4, i64 %.445.us.2
  %.467.us.2 = load double, double* %.466.us.2, align 8
  %.471.us.2 = fcmp ogt double %.467.us.2, %best.3.2.us.1
  %best.3.2.us.2 = select i1 %.471.us.2, double %.467.us.2, double %best.3.2.us.1
  %.382.us.3 = add nuw nsw i64 %.313.033.us, 4
  %.445.us.3 = add i64 %.382.us.2, %.266.us
  %.466.us.3 = getelementptr double, double* %arg.m.4, i64 %.445.us.3
  %.467.us.3 = load double, double* %.466.us.3, align 8
  %.471.us.3 = fcmp ogt double %.467.us.3, %best.3.2.us.2
  %best.3.2.us.3 = select i1 %.471.us.3, double %.467.us.3, double %best.3.2.us.2
  %.382.us.4 = add nuw nsw i64 %.313.033.us, 5
  %.445.us.4 = add i64 %.382.us.3, %.266.us
  %.466.us.4 = getelementptr double, double* %arg.m.4, i64 %.445.us.4
  %.467.us.4 = load double, double* %.466.us.4, align 8
  %.471.us.4 = fcmp ogt double %.467.us.4, %best.3.2.us.3
  %best.3.2.us.4 = select i1 %.471.us.4, double %.467.us.4, double %best.3.2.us.3
  %.382.us.5 = add nuw nsw i64 %.313.033.us, 6
  %.445.us.5 = add i64 %.382.us.4, %.266.us
  %.466.us.5 = getelementptr double, double* %arg.m.4, i64 %.445.us.5
  %.467.us.5 = load double, double* %.466.us.5, align 8
  %.471.us.5 = fcmp ogt double %.467.us.5, %best.3.2.us.4
  %best.3.2.us.5 = select i1 %.471.us.5, double %.467.us.5, double %best.3.2.us.4
  %.382.us.6 = add nuw i64 %.313.033.us, 7
  %.445.us.6 = add i64 %.382.us.5, %.266.us
  %.466.us.6 = getelementptr double, double* %arg.m.4, i64 %.445.us.6
  %.467.us.6 = load double, double* %.466.us.6, align 8
  %.471.us.6 = fcmp ogt double %.467.us.6, %best.3.2.us.5
  %best.3.2.us.6 = select i1 %.471.us.6, double %.467.us.6, double %best.3.2.us.5
  %.382.us.7 = add nuw i64 %.313.033.us, 8
  %.445.us.7 = add i64 %.382.us.6, %.266.us
  %.466.us.7 = getelementptr double, double* %arg.m.4, i64 %.445.us.7
  %.467.us.7 = load double, double* %.466.us.7, align 8
  %.471.us.7 = fcmp ogt double %.467.us.7, %best.3.2.us.6
  %best.3.2.us.7 = select i1 %.471.us.7, double %.467.us.7, double %best.3.2.us.6
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %B196.B250_crit_edge.us.unr-lcssa, label %B198.us

B196.B250_crit_edge.us.unr-lcssa:                 ; preds = %B198.us, %B120.endif.us
  %best.3.2.us.lcssa.ph = phi double [ undef, %B120.endif.us ], [ %best.3.2.us.7, %B198.us ]
  %best.2.135.us.unr = phi double [ %.271.us, %B120.endif.us ], [ %best.3.2.us.7, %B198.us ]
  %.313.033.us.unr = phi i64 [ 1, %B120.endif.us ], [ %.382.us.7, %B198.us ]
  br i1 %lcmp.mod.not, label %B196.B250_crit_edge.us, label %B198.us.epil

B198.us.epil:                                     ; preds = %B196.B250_crit_edge.us.unr-lcssa, %B198.us.epil
  %best.2.135.us.epil = phi double [ %best.3.2.us.epil, %B198.us.epil ], [ %best.2.135.us.unr, %B196.B250_crit_edge.us.unr-lcssa ]
  %.313.033.us.epil = phi i64 [ %.382.us.epil, %B198.us.epil ], [ %.313.033.us.unr, %B196.B250_crit_edge.us.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %B198.us.epil ], [ 0, %B196.B250_crit_edge.us.unr-lcssa ]
  %.382.us.epil = add nuw i64 %.313.033.us.epil, 1
  %.445.us.epil = add i64 %.313.033.us.epil, %.266.us
  %.466.us.epil = getelementptr double, double* %arg.m.4, i64 %.445.us.epil
  %.467.us.epil = load double, double* %.466.us.epil, align 8
  %.471.us.epil = fcmp ogt double %.467.us.epil, %best.2.135.us.epil
  %best.3.2.us.epil = select i1 %.471.us.epil, double %.467.us.epil, double %best.2.135.us.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %B196.B250_crit_edge.us, label %B198.us.epil, !llvm.loop !22

B196.B250_crit_edge.us:                           ; preds = %B198.us.epil, %B196.B250_crit_edge.us.unr-lcssa
  %best.3.2.us.lcssa = phi double [ %best.3.2.us.lcssa.ph, %B196.B250_crit_edge.us.unr-lcssa ], [ %best.3.2.us.epil, %B198.us.epil ]
  %.189.us = add nuw nsw i64 %.120.037.us, 1
  %.578.us = getelementptr double, double* %.6.i1.i, i64 %.120.037.us
  store double %best.3.2.us.lcssa, double* %.578.us, align 8
  %exitcond40.not = icmp eq i64 %.189.us, %arg.m.5.0
  br i1 %exitcond40.not, label %B262, label %B120.endif.us

B120.endif:                                       ; preds = %B120.endif.prol.loopexit, %B120.endif
  %.120.037 = phi i64 [ %.189.7, %B120.endif ], [ %.120.037.unr, %B120.endif.prol.loopexit ]
  %.189 = add nuw nsw i64 %.120.037, 1
  %.266 = mul i64 %.120.037, %arg.m.5.1
  %.270 = getelementptr double, double* %arg.m.4, i64 %.266
  %.271 = load double, double* %.270, align 8
  %.578 = getelementptr double, double* %.6.i1.i, i64 %.120.037
  store double %.271, double* %.578, align 8
  %.189.1 = add nuw nsw i64 %.120.037, 2
  %.266.1 = mul i64 %.189, %arg.m.5.1
  %.270.1 = getelementptr double, double* %arg.m.4, i64 %.266.1
  %.271.1 = load double, double* %.270.1, align 8
  %.578.1 = getelementptr double, double* %.6.i1.i, i64 %.189
  store double %.271.1, double* %.578.1, align 8
  %.189.2 = add nuw nsw i64 %.120.037, 3
  %.266.2 = mul i64 %.189.1, %arg.m.5.1
  %.270.2 = getelementptr double, double* %arg.m.4, i64 %.266.2
  %.271.2 = load double, double* %.270.2, align 8
  %.578.2 = getelementptr double, double* %.6.i1.i, i64 %.189.1
  store double %.271.2, double* %.578.2, align 8
  %.189.3 = add nuw nsw i64 %.120.037, 4
  %.266.3 = mul i64 %.189.2, %arg.m.5.1
  %.270.3 = getelementptr double, double* %arg.m.4, i64 %.266.3
  %.271.3 = load double, double* %.270.3, align 8
  %.578.3 = getelementptr double, double* %.6.i1.i, i64 %.189.2
  store double %.271.3, double* %.578.3, align 8
  %.189.4 = add nuw nsw i64 %.120.037, 5
  %.266.4 = mul i64 %.189.3, %arg.m.5.1
  %.270.4 = getelementptr double, double* %arg.m.4, i64 %.266.4
  %.271.4 = load double, double* %.270.4, align 8
  %.578.4 = getelementptr double, double* %.6.i1.i, i64 %.189.3
  store double %.271.4, double* %.578.4, align 8
  %.189.5 = add nuw nsw i64 %.120.037, 6
  %.266.5 = mul i64 %.189.4, %arg.m.5.1
  %.270.5 = getelementptr double, double* %arg.m.4, i64 %.266.5
  %.271.5 = load double, double* %.270.5, align 8
  %.578.5 = getelementptr double, double* %.6.i1.i, i64 %.189.4
  store double %.271.5, double* %.578.5, align 8
  %.189.6 = add nuw nsw i64 %.120.037, 7
  %.266.6 = mul i64 %.189.5, %arg.m.5.1
  %.270.6 = getelementptr double, double* %arg.m.4, i64 %.266.6
  %.271.6 = load double, double* %.270.6, align 8
  %.578.6 = getelementptr double, double* %.6.i1.i, i64 %.189.5
  store double %.271.6, double* %.578.6, align 8
  %.189.7 = add nuw nsw i64 %.120.037, 8
  %.266.7 = mul i64 %.189.6, %arg.m.5.1
  %.270.7 = getelementptr double, double* %arg.m.4, i64 %.266.7
  %.271.7 = load double, double* %.270.7, align 8
  %.578.7 = getelementptr double, double* %.6.i1.i, i64 %.189.6
  store double %.271.7, double* %.578.7, align 8
  %exitcond41.not.7 = icmp eq i64 %.189.7, %arg.m.5.0
  br i1 %exitcond41.not.7, label %B262, label %B120.endif, !llvm.loop !23
}

define i8* @_ZN7cpython8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE(i8* nocapture readnone %py_closure, i8* %py_args, i8* nocapture readnone %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca i8*, align 8
  %.6 = call i32 (i8*, i8*, i64, i64, ...) @PyArg_UnpackTuple(i8* %py_args, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.const.row_max, i64 0, i64 0), i64 1, i64 1, i8** nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.21 = alloca { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }, align 8
  %.fca.0.gep43 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }, { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21, i64 0, i32 0
  %.fca.3.gep46 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }, { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21, i64 0, i32 3
  %.fca.4.gep47 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }, { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21, i64 0, i32 4
  %.fca.5.0.gep48 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }, { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21, i64 0, i32 5, i64 0
  %.fca.5.1.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }, { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21, i64 0, i32 5, i64 1
  %.45 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep29 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 0
  %.fca.1.gep30 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 1
  %.fca.2.gep31 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 2
  %.fca.3.gep32 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 3
  %.fca.4.gep33 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 4
  %.fca.5.0.gep34 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 5, i64 0
  %.fca.6.0.gep35 = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45, i64 0, i32 6, i64 0
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.108 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 1
  %.fca.2.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 2
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 5, i64 0
  %.fca.6.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108, i64 0, i32 6, i64 0
  br i1 %.7, label %common.ret, label %entry.endif, !prof !0

common.ret:                                       ; preds = %entry.endif.endif.endif.thread, %entry.endif.endif.endif.endif.endif.if.endif, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.endif.endif.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.if.endif.endif, %entry.endif.if
  %common.ret.op = phi i8* [ null, %entry.endif.if ], [ %.112, %entry.endif.endif.endif.endif.if.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.endif.endif.endif.endif.endif.endif.endif ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ null, %entry.endif.endif.endif.thread ]
  ret i8* %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load i8*, i8** @_ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE, align 8
  %.12 = ptrtoint i8* %.11 to i64
  %.13 = add i64 %.12, 16
  %.15 = inttoptr i64 %.13 to { i8*, i8* }*
  %.16 = icmp eq i8* %.11, null
  br i1 %.16, label %entry.endif.if, label %entry.endif.endif, !prof !0

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([129 x i8], [129 x i8]* @".const.missing Environment: _ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE", i64 0, i64 0))
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.20 = load i8*, i8** %.5, align 8
  %.24 = bitcast { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21 to i8*
  %0 = bitcast { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] }* %.21 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(72) %0, i8 0, i64 72, i1 false)
  %.25 = call i32 @NRT_adapt_ndarray_from_python(i8* %.20, i8* nonnull %.24)
  %.29 = load i64, i64* %.fca.3.gep46, align 8
  %.30 = icmp ne i64 %.29, 8
  %.31 = icmp ne i32 %.25, 0
  %.32 = or i1 %.31, %.30
  br i1 %.32, label %entry.endif.endif.endif.thread, label %entry.endif.endif.endif.endif, !prof !0

entry.endif.endif.endif.thread:                   ; preds = %entry.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_TypeError, i8* getelementptr inbounds ([89 x i8], [89 x i8]* @".const.can't unbox array from PyObject into native value.  The object maybe of a different type", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.36.fca.0.load = load i8*, i8** %.fca.0.gep43, align 8
  %.36.fca.4.load = load double*, double** %.fca.4.gep47, align 8
  %.36.fca.5.0.load = load i64, i64* %.fca.5.0.gep48, align 8
  %.36.fca.5.1.load = load i64, i64* %.fca.5.1.gep, align 8
  %1 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.45 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %.53 = call i32 @_ZN8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* nonnull %.45, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %.36.fca.0.load, i8* undef, i64 undef, i64 undef, double* %.36.fca.4.load, i64 %.36.fca.5.0.load, i64 %.36.fca.5.1.load, i64 undef, i64 undef) #2
  %.54 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.61 = icmp sgt i32 %.53, 0
  %.62 = select i1 %.61, { i8*, i32, i8*, i8*, i32 }* %.54, { i8*, i32, i8*, i8*, i32 }* undef
  %.63.fca.0.load = load i8*, i8** %.fca.0.gep29, align 8
  %.63.fca.1.load = load i8*, i8** %.fca.1.gep30, align 8
  %.63.fca.2.load = load i64, i64* %.fca.2.gep31, align 8
  %.63.fca.3.load = load i64, i64* %.fca.3.gep32, align 8
  %.63.fca.4.load = load double*, double** %.fca.4.gep33, align 8
  %.63.fca.5.0.load = load i64, i64* %.fca.5.0.gep34, align 8
  %.63.fca.6.0.load = load i64, i64* %.fca.6.0.gep35, align 8
  call void @NRT_decref(i8* %.36.fca.0.load)
  switch i32 %.53, label %entry.endif.endif.endif.endif.endif [
    i32 -2, label %entry.endif.endif.endif.endif.if.endif
    i32 0, label %entry.endif.endif.endif.endif.if.endif
  ]

entry.endif.endif.endif.endif.endif:              ; preds = %entry.endif.endif.endif.endif
  br i1 %.61, label %entry.endif.endif.endif.endif.endif.if, label %entry.endif.endif.endif.endif.endif.endif.endif.endif

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif, %entry.endif.endif.endif.endif
  %.88 = getelementptr inbounds { i8*, i8* }, { i8*, i8* }* %.15, i64 0, i32 1
  %.89 = load i8*, i8** %.88, align 8
  %.93.not = icmp eq i8* %.89, null
  br i1 %.93.not, label %entry.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  %.95 = call i8* @PyList_GetItem(i8* nonnull %.89, i64 0)
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.else:      ; preds = %entry.endif.endif.endif.endif.if.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([37 x i8], [37 x i8]* @".const.`env.consts` is NULL in `read_const`", i64 0, i64 0))
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.endif:     ; preds = %entry.endif.endif.endif.endif.if.endif.else, %entry.endif.endif.endif.endif.if.endif.if
  %.90.0 = phi i8* [ %.95, %entry.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.if.endif.else ]
  %.107 = call i8* @numba_unpickle(i8* getelementptr inbounds ([32 x i8], [32 x i8]* @.const.pickledata.139668094500064, i64 0, i64 0), i32 32, i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.const.pickledata.139668094500064.sha1, i64 0, i64 0))
  store i8* %.63.fca.0.load, i8** %.fca.0.gep, align 8
  store i8* %.63.fca.1.load, i8** %.fca.1.gep, align 8
  store i64 %.63.fca.2.load, i64* %.fca.2.gep, align 8
  store i64 %.63.fca.3.load, i64* %.fca.3.gep, align 8
  store double* %.63.fca.4.load, double** %.fca.4.gep, align 8
  store i64 %.63.fca.5.0.load, i64* %.fca.5.0.gep, align 8
  store i64 %.63.fca.6.0.load, i64* %.fca.6.0.gep, align 8
  %.111 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.108 to i8*
  %.112 = call i8* @NRT_adapt_ndarray_to_python_acqref(i8* nonnull %.111, i8* %.107, i32 1, i32 1, i8* %.90.0)
  call void @NRT_decref(i8* %.63.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.120 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.62, align 8
  %.121 = extractvalue { i8*, i32, i8*, i8*, i32 } %.120, 4
  %.122 = icmp sgt i32 %.121, 0
  %.125 = extractvalue { i8*, i32, i8*, i8*, i32 } %.120, 0
  %.127 = extractvalue { i8*, i32, i8*, i8*, i32 } %.120, 1
  br i1 %.122, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.128 = sext i32 %.127 to i64
  %.129 = call i8* @PyBytes_FromStringAndSize(i8* %.125, i64 %.128)
  %.130 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.62, align 8
  %.131 = extractvalue { i8*, i32, i8*, i8*, i32 } %.130, 2
  %.133 = extractvalue { i8*, i32, i8*, i8*, i32 } %.130, 3
  %.134 = bitcast i8* %.133 to i8* (i8*)*
  %.135 = call i8* %.134(i8* %.131)
  %.136 = icmp eq i8* %.135, null
  br i1 %.136, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !0

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.149 = extractvalue { i8*, i32, i8*, i8*, i32 } %.120, 2
  %.150 = call i8* @numba_unpickle(i8* %.125, i32 %.127, i8* %.149)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.152 = phi i8* [ %.140, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.150, %entry.endif.endif.endif.endif.endif.if.else ]
  %.153.not = icmp eq i8* %.152, null
  br i1 %.153.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !0

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments", i64 0, i64 0))
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.140 = call i8* @numba_runtime_build_excinfo_struct(i8* %.129, i8* nonnull %.135)
  %.141 = bitcast { i8*, i32, i8*, i8*, i32 }* %.62 to i8*
  call void @NRT_Free(i8* nonnull %.141)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(i8* nonnull %.152)
  br label %common.ret

entry.endif.endif.endif.endif.endif.endif.endif.endif: ; preds = %entry.endif.endif.endif.endif.endif
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function", i64 0, i64 0))
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(i8*, i8*, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(i8*, i8*) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(i8* nocapture, i8* nocapture) local_unnamed_addr

declare i8* @PyList_GetItem(i8*, i64) local_unnamed_addr

declare i8* @numba_unpickle(i8*, i32, i8*) local_unnamed_addr

declare i8* @NRT_adapt_ndarray_to_python_acqref(i8* nocapture, i8*, i32, i32, i8*) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare i8* @PyBytes_FromStringAndSize(i8*, i64) local_unnamed_addr

declare i8* @numba_runtime_build_excinfo_struct(i8*, i8*) local_unnamed_addr

declare void @NRT_Free(i8*) local_unnamed_addr

declare void @numba_do_raise(i8*) local_unnamed_addr

define { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } @cfunc._ZN8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE({ i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] } %.1) local_unnamed_addr {
entry:
  %.3 = alloca { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, align 8
  %.fca.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 0
  %.fca.1.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 1
  %.fca.2.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 2
  %.fca.3.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 3
  %.fca.4.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 4
  %.fca.5.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 5, i64 0
  %.fca.6.0.gep = getelementptr inbounds { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }, { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3, i64 0, i32 6, i64 0
  %excinfo = alloca { i8*, i32, i8*, i8*, i32 }*, align 8
  %0 = bitcast { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* %.3 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %0, i8 0, i64 56, i1 false)
  store { i8*, i32, i8*, i8*, i32 }* null, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %extracted.meminfo = extractvalue { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] } %.1, 0
  %extracted.data = extractvalue { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] } %.1, 4
  %extracted.shape = extractvalue { i8*, i8*, i64, i64, double*, [2 x i64], [2 x i64] } %.1, 5
  %.7 = extractvalue [2 x i64] %extracted.shape, 0
  %.8 = extractvalue [2 x i64] %extracted.shape, 1
  %.11 = call i32 @_ZN8__main__7row_maxB2v6B38c8tJTIcFKzyF2ILShI4CrgQElQb6HczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE({ i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] }* nonnull %.3, { i8*, i32, i8*, i8*, i32 }** nonnull %excinfo, i8* %extracted.meminfo, i8* undef, i64 undef, i64 undef, double* %extracted.data, i64 %.7, i64 %.8, i64 undef, i64 undef) #2
  %.12 = load { i8*, i32, i8*, i8*, i32 }*, { i8*, i32, i8*, i8*, i32 }** %excinfo, align 8
  %.13.not = icmp eq i32 %.11, 0
  %.19 = icmp sgt i32 %.11, 0
  %.20 = select i1 %.19, { i8*, i32, i8*, i8*, i32 }* %.12, { i8*, i32, i8*, i8*, i32 }* undef
  %.21.fca.0.load = load i8*, i8** %.fca.0.gep, align 8
  %.21.fca.1.load = load i8*, i8** %.fca.1.gep, align 8
  %.21.fca.2.load = load i64, i64* %.fca.2.gep, align 8
  %.21.fca.3.load = load i64, i64* %.fca.3.gep, align 8
  %.21.fca.4.load = load double*, double** %.fca.4.gep, align 8
  %.21.fca.5.0.load = load i64, i64* %.fca.5.0.gep, align 8
  %.21.fca.6.0.load = load i64, i64* %.fca.6.0.gep, align 8
  %.27 = insertvalue [1 x i64] poison, i64 %.21.fca.5.0.load, 0
  %.28 = insertvalue [1 x i64] poison, i64 %.21.fca.6.0.load, 0
  %inserted.meminfo = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } undef, i8* %.21.fca.0.load, 0
  %inserted.parent = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.meminfo, i8* %.21.fca.1.load, 1
  %inserted.nitems = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.parent, i64 %.21.fca.2.load, 2
  %inserted.itemsize = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.nitems, i64 %.21.fca.3.load, 3
  %inserted.data = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.itemsize, double* %.21.fca.4.load, 4
  %inserted.shape = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.27, 5
  %inserted.strides = insertvalue { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.28, 6
  %.34 = alloca i32, align 4
  store i32 0, i32* %.34, align 4
  br i1 %.13.not, label %common.ret, label %entry.if, !prof !24

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(i32* nonnull %.34)
  br i1 %.19, label %entry.if.if, label %entry.if.endif.endif.endif

common.ret:                                       ; preds = %entry, %.37, %entry.if.if.if.if
  %common.ret.op = phi { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.strides, %.37 ], [ %inserted.strides, %entry ]
  ret { i8*, i8*, i64, i64, double*, [1 x i64], [1 x i64] } %common.ret.op

.37:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if, %entry.if.endif.endif.endif
  %.85 = call i8* @PyUnicode_FromString(i8* getelementptr inbounds ([53 x i8], [53 x i8]* @".const.<numba.core.cpu.CPUContext object at 0x7f06fbba1b10>", i64 0, i64 0))
  call void @PyErr_WriteUnraisable(i8* %.85)
  call void @Py_DecRef(i8* %.85)
  call void @numba_gil_release(i32* nonnull %.34)
  br label %common.ret

entry.if.if:                                      ; preds = %entry.if
  call void @PyErr_Clear()
  %.40 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.20, align 8
  %.41 = extractvalue { i8*, i32, i8*, i8*, i32 } %.40, 4
  %.42 = icmp sgt i32 %.41, 0
  %.45 = extractvalue { i8*, i32, i8*, i8*, i32 } %.40, 0
  %.47 = extractvalue { i8*, i32, i8*, i8*, i32 } %.40, 1
  br i1 %.42, label %entry.if.if.if, label %entry.if.if.else

entry.if.if.if:                                   ; preds = %entry.if.if
  %.48 = sext i32 %.47 to i64
  %.49 = call i8* @PyBytes_FromStringAndSize(i8* %.45, i64 %.48)
  %.50 = load { i8*, i32, i8*, i8*, i32 }, { i8*, i32, i8*, i8*, i32 }* %.20, align 8
  %.51 = extractvalue { i8*, i32, i8*, i8*, i32 } %.50, 2
  %.53 = extractvalue { i8*, i32, i8*, i8*, i32 } %.50, 3
  %.54 = bitcast i8* %.53 to i8* (i8*)*
  %.55 = call i8* %.54(i8* %.51)
  %.56 = icmp eq i8* %.55, null
  br i1 %.56, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !0

entry.if.if.else:                                 ; preds = %entry.if.if
  %.69 = extractvalue { i8*, i32, i8*, i8*, i32 } %.40, 2
  %.70 = call i8* @numba_unpickle(i8* %.45, i32 %.47, i8* %.69)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.72 = phi i8* [ %.60, %entry.if.if.if.endif ], [ %.70, %entry.if.if.else ]
  %.73.not = icmp eq i8* %.72, null
  br i1 %.73.not, label %.37, label %entry.if.if.endif.if, !prof !0

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(i8* nonnull @PyExc_RuntimeError, i8* getelementptr inbounds ([61 x i8], [61 x i8]* @".const.Error creating Python tuple from runtime exception arguments.1", i64 0, i64 0))
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.60 = call i8* @numba_runtime_build_excinfo_struct(i8* %.49, i8* nonnull %.55)
  %.61 = bitcast { i8*, i32, i8*, i8*, i32 }* %.20 to i8*
  call void @NRT_Free(i8* nonnull %.61)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(i8* nonnull %.72)
  br label %.37

entry.if.endif.endif.endif:                       ; preds = %entry.if
  call void @PyErr_SetString(i8* nonnull @PyExc_SystemError, i8* getelementptr inbounds ([43 x i8], [43 x i8]* @".const.unknown error when calling native function.2", i64 0, i64 0))
  br label %.37
}

declare void @numba_gil_ensure(i32*) local_unnamed_addr

declare i8* @PyUnicode_FromString(i8*) local_unnamed_addr

declare void @PyErr_WriteUnraisable(i8*) local_unnamed_addr

declare void @Py_DecRef(i8*) local_unnamed_addr

declare void @numba_gil_release(i32*) local_unnamed_addr

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #0

declare noalias i8* @NRT_MemInfo_alloc_aligned(i64, i32) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn
define linkonce_odr void @NRT_incref(i8* %.1) local_unnamed_addr #1 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret, label %.3.endif, !prof !0

common.ret:                                       ; preds = %.3.endif, %.3
  ret void

.3.endif:                                         ; preds = %.3
  %.7 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw add i64* %.7, i64 1 monotonic, align 8
  br label %common.ret
}

; Function Attrs: noinline
define linkonce_odr void @NRT_decref(i8* %.1) local_unnamed_addr #2 {
.3:
  %.4 = icmp eq i8* %.1, null
  br i1 %.4, label %common.ret1, label %.3.endif, !prof !0

common.ret1:                                      ; preds = %.3, %.3.endif, %.3.endif.if
  ret void

.3.endif:                                         ; preds = %.3
  fence release
  %.8 = bitcast i8* %.1 to i64*
  %.4.i = atomicrmw sub i64* %.8, i64 1 monotonic, align 8
  %.10 = icmp eq i64 %.4.i, 1
  br i1 %.10, label %.3.endif.if, label %common.ret1, !prof !0

.3.endif.if:                                      ; preds = %.3.endif
  fence acquire
  tail call void @NRT_MemInfo_call_dtor(i8* nonnull %.1)
  br label %common.ret1
}

declare void @NRT_MemInfo_call_dtor(i8*) local_unnamed_addr

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn }
attributes #2 = { noinline }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{!2, !4, !5, !7, !8, !10}
!2 = distinct !{!2, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!3 = distinct !{!3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!4 = distinct !{!4, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!5 = distinct !{!5, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!6 = distinct !{!6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!7 = distinct !{!7, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQI8IW1CiAAYKPM6RBFDjESZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!8 = distinct !{!8, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29: %retptr"}
!9 = distinct !{!9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29"}
!10 = distinct !{!10, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIcFKzyF2ILShI4CrgQElcaMVJhEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29: %excinfo"}
!11 = !{!8, !10}
!12 = !{!13}
!13 = distinct !{!13, !14}
!14 = distinct !{!14, !"LVerDomain"}
!15 = !{!16}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.isvectorized", i32 1}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.unroll.disable"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !18}
!24 = !{!"branch_weights", i32 99, i32 1}
