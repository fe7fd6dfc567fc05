; ModuleID = 'row_max'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.row_max = internal constant [8 x i8] c"row_max\00"
@_ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE = common local_unnamed_addr global ptr null
@".const.missing Environment: _ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE" = internal constant [129 x i8] c"missing Environment: _ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE\00"
@PyExc_TypeError = external global i8
@".const.can't unbox array from PyObject into native value.  The object maybe of a different type" = internal constant [89 x i8] c"can't unbox array from PyObject into native value.  The object maybe of a different type\00"
@".const.`env.consts` is NULL in `read_const`" = internal constant [37 x i8] c"`env.consts` is NULL in `read_const`\00"
@.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3 = internal constant [32 x i8] c"\80\04\95\15\00\00\00\00\00\00\00\8C\05numpy\94\8C\07ndarray\94\93\94."
@.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1 = internal constant [20 x i8] c"\DF\BC\FD\D3\9F\CB&\F4\D0\C6\80\95D\87\B8\C0\B5;\B8\A3"
@".const.Error creating Python tuple from runtime exception arguments" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@PyExc_RuntimeError = external global i8
@".const.Error creating Python tuple from runtime exception arguments.1" = internal constant [61 x i8] c"Error creating Python tuple from runtime exception arguments\00"
@".const.<numba.core.cpu.CPUContext>" = internal constant [28 x i8] c"<numba.core.cpu.CPUContext>\00"
@_ZN08NumbaEnv5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29 = common local_unnamed_addr global ptr null
@.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fnegative dimensions not allowed\94\85\94N\87\94."
@.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b.sha1 = internal constant [20 x i8] c"3\1B\85c\BD\B9\DA\C8\1B8B\22s\05,Ho\C1pk"
@.const.picklebuf.331b8563bdb9dac81b38422273052c486fc1706b = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b, i32 77, ptr @.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b.sha1, ptr null, i32 0 }
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, i32 137, ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, ptr null, i32 0 }
@_ZN08NumbaEnv5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global ptr null
@_ZN08NumbaEnv5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj = common local_unnamed_addr global ptr null
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE(ptr noalias writeonly captures(none) %retptr, ptr noalias writeonly captures(none) %excinfo, ptr %arg.m.0, ptr readnone captures(none) %arg.m.1, i64 %arg.m.2, i64 %arg.m.3, ptr readonly captures(none) %arg.m.4, i64 %arg.m.5.0, i64 %arg.m.5.1, i64 %arg.m.6.0, i64 %arg.m.6.1) local_unnamed_addr {
B0:
  %arg.m.417 = ptrtoint ptr %arg.m.4 to i64
  tail call void @NRT_incref(ptr %arg.m.0)
  %.14.i = icmp slt i64 %arg.m.5.0, 0
  br i1 %.14.i, label %B0.if.if, label %B0.endif.endif.i, !prof !0

B0.endif.endif.i:                                 ; preds = %B0
  %.30.i = icmp samesign ugt i64 %arg.m.5.0, 1152921504606846975
  br i1 %.30.i, label %B0.if.if, label %B0.endif.endif.endif.i, !prof !0

B0.endif.endif.endif.i:                           ; preds = %B0.endif.endif.i
  %.29.i = shl nuw nsw i64 %arg.m.5.0, 3
  %.7.i.i.i = tail call ptr @NRT_MemInfo_alloc_aligned(i64 %.29.i, i32 32), !noalias !1
  %.8.i.i.i = icmp eq ptr %.7.i.i.i, null
  br i1 %.8.i.i.i, label %B0.if.if, label %B0.endif.endif, !prof !0

common.ret:                                       ; preds = %B0.if.if, %B262
  %common.ret.op = phi i32 [ 0, %B262 ], [ 1, %B0.if.if ]
  ret i32 %common.ret.op

B262:                                             ; preds = %B196.B250_crit_edge.us, %B120.endif.prol.loopexit, %B120.endif, %middle.block, %vec.epilog.middle.block, %B0.endif.endif
  store ptr %.7.i.i.i, ptr %retptr, align 8
  %retptr.repack246 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store ptr null, ptr %retptr.repack246, align 8
  %retptr.repack248 = getelementptr inbounds nuw i8, ptr %retptr, i64 16
  store i64 %arg.m.5.0, ptr %retptr.repack248, align 8
  %retptr.repack250 = getelementptr inbounds nuw i8, ptr %retptr, i64 24
  store i64 8, ptr %retptr.repack250, align 8
  %retptr.repack252 = getelementptr inbounds nuw i8, ptr %retptr, i64 32
  store ptr %.6.i.i, ptr %retptr.repack252, align 8
  %retptr.repack254 = getelementptr inbounds nuw i8, ptr %retptr, i64 40
  store i64 %arg.m.5.0, ptr %retptr.repack254, align 8
  %retptr.repack256 = getelementptr inbounds nuw i8, ptr %retptr, i64 48
  store i64 8, ptr %retptr.repack256, align 8
  tail call void @NRT_decref(ptr %arg.m.0)
  br label %common.ret

B0.if.if:                                         ; preds = %B0.endif.endif.i, %B0, %B0.endif.endif.endif.i
  %excinfo.1.0.ph = phi ptr [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B0.endif.endif.endif.i ], [ @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, %B0.endif.endif.i ], [ @.const.picklebuf.331b8563bdb9dac81b38422273052c486fc1706b, %B0 ]
  store ptr %excinfo.1.0.ph, ptr %excinfo, align 8
  br label %common.ret

B0.endif.endif:                                   ; preds = %B0.endif.endif.endif.i
  %.5.i.i = getelementptr i8, ptr %.7.i.i.i, i64 24
  %.6.i.i = load ptr, ptr %.5.i.i, align 8, !noalias !11
  %.6.i.i16 = ptrtoint ptr %.6.i.i to i64
  %.176273.not = icmp eq i64 %arg.m.5.0, 0
  br i1 %.176273.not, label %B262, label %B120.endif.lr.ph

B120.endif.lr.ph:                                 ; preds = %B0.endif.endif
  %.326 = add i64 %arg.m.5.1, -1
  %.369261.not = icmp slt i64 %.326, 1
  br i1 %.369261.not, label %iter.check, label %B120.endif.us.preheader

B120.endif.us.preheader:                          ; preds = %B120.endif.lr.ph
  %0 = add i64 %arg.m.5.1, -2
  %xtraiter = and i64 %.326, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %.326, 9223372036854775800
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %lcmp.mod32 = icmp ne i64 %xtraiter, 0
  br label %B120.endif.us

iter.check:                                       ; preds = %B120.endif.lr.ph
  %min.iters.check = icmp ult i64 %arg.m.5.0, 4
  %ident.check.not = icmp ne i64 %arg.m.5.1, 1
  %or.cond.not29 = select i1 %min.iters.check, i1 true, i1 %ident.check.not
  %2 = sub i64 %.6.i.i16, %arg.m.417
  %diff.check = icmp ult i64 %2, 256
  %or.cond28 = select i1 %or.cond.not29, i1 true, i1 %diff.check
  br i1 %or.cond28, label %B120.endif.preheader, label %vector.main.loop.iter.check

vector.main.loop.iter.check:                      ; preds = %iter.check
  %min.iters.check18 = icmp ult i64 %arg.m.5.0, 32
  br i1 %min.iters.check18, label %vec.epilog.ph, label %vector.ph

vector.ph:                                        ; preds = %vector.main.loop.iter.check
  %n.mod.vf = and i64 %arg.m.5.0, 28
  %n.vec = and i64 %arg.m.5.0, 1152921504606846944
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %3 = getelementptr double, ptr %arg.m.4, i64 %index
  %4 = getelementptr i8, ptr %3, i64 64
  %5 = getelementptr i8, ptr %3, i64 128
  %6 = getelementptr i8, ptr %3, i64 192
  %wide.load = load <8 x double>, ptr %3, align 8
  %wide.load19 = load <8 x double>, ptr %4, align 8
  %wide.load20 = load <8 x double>, ptr %5, align 8
  %wide.load21 = load <8 x double>, ptr %6, align 8
  %7 = getelementptr double, ptr %.6.i.i, i64 %index
  %8 = getelementptr i8, ptr %7, i64 64
  %9 = getelementptr i8, ptr %7, i64 128
  %10 = getelementptr i8, ptr %7, i64 192
  store <8 x double> %wide.load, ptr %7, align 8
  store <8 x double> %wide.load19, ptr %8, align 8
  store <8 x double> %wide.load20, ptr %9, align 8
  store <8 x double> %wide.load21, ptr %10, align 8
  %index.next = add nuw i64 %index, 32
  %11 = icmp eq i64 %index.next, %n.vec
  br i1 %11, label %middle.block, label %vector.body, !llvm.loop !12

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %arg.m.5.0, %n.vec
  br i1 %cmp.n, label %B262, label %vec.epilog.iter.check

vec.epilog.iter.check:                            ; preds = %middle.block
  %min.epilog.iters.check = icmp eq i64 %n.mod.vf, 0
  br i1 %min.epilog.iters.check, label %B120.endif.preheader, label %vec.epilog.ph, !prof !15

vec.epilog.ph:                                    ; preds = %vector.main.loop.iter.check, %vec.epilog.iter.check
  %vec.epilog.resume.val = phi i64 [ %n.vec, %vec.epilog.iter.check ], [ 0, %vector.main.loop.iter.check ]
  %n.vec23 = and i64 %arg.m.5.0, 1152921504606846972
  br label %vec.epilog.vector.body

vec.epilog.vector.body:                           ; preds = %vec.epilog.vector.body, %vec.epilog.ph
  %index24 = phi i64 [ %vec.epilog.resume.val, %vec.epilog.ph ], [ %index.next26, %vec.epilog.vector.body ]
  %12 = getelementptr double, ptr %arg.m.4, i64 %index24
  %wide.load25 = load <4 x double>, ptr %12, align 8
  %13 = getelementptr double, ptr %.6.i.i, i64 %index24
  store <4 x double> %wide.load25, ptr %13, align 8
  %index.next26 = add nuw i64 %index24, 4
  %14 = icmp eq i64 %index.next26, %n.vec23
  br i1 %14, label %vec.epilog.middle.block, label %vec.epilog.vector.body, !llvm.loop !16

vec.epilog.middle.block:                          ; preds = %vec.epilog.vector.body
  %cmp.n27 = icmp eq i64 %arg.m.5.0, %n.vec23
  br i1 %cmp.n27, label %B262, label %B120.endif.preheader

B120.endif.preheader:                             ; preds = %iter.check, %vec.epilog.iter.check, %vec.epilog.middle.block
  %.182268274.ph = phi i64 [ 0, %iter.check ], [ %n.vec, %vec.epilog.iter.check ], [ %n.vec23, %vec.epilog.middle.block ]
  %15 = sub nsw i64 %arg.m.5.0, %.182268274.ph
  %xtraiter33 = and i64 %15, 7
  %lcmp.mod34.not = icmp eq i64 %xtraiter33, 0
  br i1 %lcmp.mod34.not, label %B120.endif.prol.loopexit, label %B120.endif.prol

B120.endif.prol:                                  ; preds = %B120.endif.preheader, %B120.endif.prol
  %.182268274.prol = phi i64 [ %.189.prol, %B120.endif.prol ], [ %.182268274.ph, %B120.endif.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %B120.endif.prol ], [ 0, %B120.endif.preheader ]
  %.189.prol = add nuw nsw i64 %.182268274.prol, 1
  %.266.prol = mul i64 %.182268274.prol, %arg.m.5.1
  %.270.prol = getelementptr double, ptr %arg.m.4, i64 %.266.prol
  %.271.prol = load double, ptr %.270.prol, align 8
  %16 = getelementptr double, ptr %.6.i.i, i64 %.182268274.prol
  store double %.271.prol, ptr %16, align 8
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter33
  br i1 %prol.iter.cmp.not, label %B120.endif.prol.loopexit, label %B120.endif.prol, !llvm.loop !17

B120.endif.prol.loopexit:                         ; preds = %B120.endif.prol, %B120.endif.preheader
  %.182268274.unr = phi i64 [ %.182268274.ph, %B120.endif.preheader ], [ %.189.prol, %B120.endif.prol ]
  %17 = sub nsw i64 %.182268274.ph, %arg.m.5.0
  %18 = icmp ugt i64 %17, -8
  br i1 %18, label %B262, label %B120.endif

B120.endif.us:                                    ; preds = %B120.endif.us.preheader, %B196.B250_crit_edge.us
  %.182268274.us = phi i64 [ %.189.us, %B196.B250_crit_edge.us ], [ 0, %B120.endif.us.preheader ]
  %.266.us = mul i64 %.182268274.us, %arg.m.5.1
  %.270.us = getelementptr double, ptr %arg.m.4, i64 %.266.us
  %.271.us = load double, ptr %.270.us, align 8
  br i1 %1, label %B198.us.epil.preheader, label %B198.us

B198.us:                                          ; preds = %B120.endif.us, %B198.us
  %best.2.1264.us = phi double [ %best.3.2.us.7, %B198.us ], [ %.271.us, %B120.endif.us ]
  %.375260262.us = phi i64 [ %.382.us.7, %B198.us ], [ 1, %B120.endif.us ]
  %niter = phi i64 [ %niter.next.7, %B198.us ], [ 0, %B120.endif.us ]
  %19 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %.467.us = load double, ptr %19, align 8
  %.471.us = fcmp ogt double %.467.us, %best.2.1264.us
  %best.3.2.us = select i1 %.471.us, double %.467.us, double %best.2.1264.us
  %20 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %21 = getelementptr i8, ptr %20, i64 8
  %.467.us.1 = load double, ptr %21, align 8
  %.471.us.1 = fcmp ogt double %.467.us.1, %best.3.2.us
  %best.3.2.us.1 = select i1 %.471.us.1, double %.467.us.1, double %best.3.2.us
  %22 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %23 = getelementptr i8, ptr %22, i64 16
  %.467.us.2 = load double, ptr %23, align 8
  %.471.us.2 = fcmp ogt double %.467.us.2, %best.3.2.us.1
  %best.3.2.us.2 = select i1 %.471.us.2, double %.467.us.2, double %best.3.2.us.1
  %24 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %25 = getelementptr i8, ptr %24, i64 24
  %.467.us.3 = load double, ptr %25, align 8
  %.471.us.3 = fcmp ogt double %.467.us.3, %best.3.2.us.2
  %best.3.2.us.3 = select i1 %.471.us.3, double %.467.us.3, double %best.3.2.us.2
  %26 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %27 = getelementptr i8, ptr %26, i64 32
  %.467.us.4 = load double, ptr %27, align 8
  %.471.us.4 = fcmp ogt double %.467.us.4, %best.3.2.us.3
  %best.3.2.us.4 = select i1 %.471.us.4, double %.467.us.4, double %best.3.2.us.3
  %28 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %29 = getelementptr i8, ptr %28, i64 40
  %.467.us.5 = load double, ptr %29, align 8
  %.471.us.5 = fcmp ogt double %.467.us.5, %best.3.2.us.4
  %best.3.2.us.5 = select i1 %.471.us.5, double %.467.us.5, double %best.3.2.us.4
  %30 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %31 = getelementptr i8, ptr %30, i64 48
  %.467.us.6 = load double, ptr %31, align 8
  %.471.us.6 = fcmp ogt double %.467.us.6, %best.3.2.us.5
  %best.3.2.us.6 = select i1 %.471.us.6, double %.467.us.6, double %best.3.2.us.5
  %.382.us.7 = add nuw i64 %.375260262.us, 8
  %32 = getelementptr double, ptr %.270.us, i64 %.375260262.us
  %33 = getelementptr i8, ptr %32, i64 56
  %.467.us.7 = load double, ptr %33, align 8
  %.471.us.7 = fcmp ogt double %.467.us.7, %best.3.2.us.6
  %best.3.2.us.7 = select i1 %.471.us.7, double %.467.us.7, double %best.3.2.us.6
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %B196.B250_crit_edge.us.unr-lcssa, label %B198.us

B196.B250_crit_edge.us.unr-lcssa:                 ; preds = %B198.us
  br i1 %lcmp.mod.not, label %B196.B250_crit_edge.us, label %B198.us.epil.preheader

B198.us.epil.preheader:                           ; preds = %B196.B250_crit_edge.us.unr-lcssa, %B120.endif.us
  %best.2.1264.us.epil.init = phi double [ %.271.us, %B120.endif.us ], [ %best.3.2.us.7, %B196.B250_crit_edge.us.unr-lcssa ]
  %.375260262.us.epil.init = phi i64 [ 1, %B120.endif.us ], [ %.382.us.7, %B196.B250_crit_edge.us.unr-lcssa ]
  tail call void @llvm.assume(i1 %lcmp.mod32)
  br label %B198.us.epil

B198.us.epil:                                     ; preds = %B198.us.epil, %B198.us.epil.preheader
  %best.2.1264.us.epil = phi double [ %best.2.1264.us.epil.init, %B198.us.epil.preheader ], [ %best.3.2.us.epil, %B198.us.epil ]
  %.375260262.us.epil = phi i64 [ %.375260262.us.epil.init, %B198.us.epil.preheader ], [ %.382.us.epil, %B198.us.epil ]
  %epil.iter = phi i64 [ 0, %B198.us.epil.preheader ], [ %epil.iter.next, %B198.us.epil ]
  %.382.us.epil = add nuw i64 %.375260262.us.epil, 1
  %34 = getelementptr double, ptr %.270.us, i64 %.375260262.us.epil
  %.467.us.epil = load double, ptr %34, align 8
  %.471.us.epil = fcmp ogt double %.467.us.epil, %best.2.1264.us.epil
  %best.3.2.us.epil = select i1 %.471.us.epil, double %.467.us.epil, double %best.2.1264.us.epil
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %B196.B250_crit_edge.us, label %B198.us.epil, !llvm.loop !19

B196.B250_crit_edge.us:                           ; preds = %B198.us.epil, %B196.B250_crit_edge.us.unr-lcssa
  %best.3.2.us.lcssa = phi double [ %best.3.2.us.7, %B196.B250_crit_edge.us.unr-lcssa ], [ %best.3.2.us.epil, %B198.us.epil ]
  %.189.us = add nuw nsw i64 %.182268274.us, 1
  %35 = getelementptr double, ptr %.6.i.i, i64 %.182268274.us
  store double %best.3.2.us.lcssa, ptr %35, align 8
  %exitcond284.not = icmp eq i64 %.189.us, %arg.m.5.0
  br i1 %exitcond284.not, label %B262, label %B120.endif.us

B120.endif:                                       ; preds = %B120.endif.prol.loopexit, %B120.endif
  %.182268274 = phi i64 [ %.189.7, %B120.endif ], [ %.182268274.unr, %B120.endif.prol.loopexit ]
  %.189 = add nuw nsw i64 %.182268274, 1
  %.266 = mul i64 %.182268274, %arg.m.5.1
  %.270 = getelementptr double, ptr %arg.m.4, i64 %.266
  %.271 = load double, ptr %.270, align 8
  %36 = getelementptr double, ptr %.6.i.i, i64 %.182268274
  store double %.271, ptr %36, align 8
  %.189.1 = add nuw nsw i64 %.182268274, 2
  %.266.1 = mul i64 %.189, %arg.m.5.1
  %.270.1 = getelementptr double, ptr %arg.m.4, i64 %.266.1
  %.271.1 = load double, ptr %.270.1, align 8
  %37 = getelementptr double, ptr %.6.i.i, i64 %.189
  store double %.271.1, ptr %37, align 8
  %.189.2 = add nuw nsw i64 %.182268274, 3
  %.266.2 = mul i64 %.189.1, %arg.m.5.1
  %.270.2 = getelementptr double, ptr %arg.m.4, i64 %.266.2
  %.271.2 = load double, ptr %.270.2, align 8
  %38 = getelementptr double, ptr %.6.i.i, i64 %.189.1
  store double %.271.2, ptr %38, align 8
  %.189.3 = add nuw nsw i64 %.182268274, 4
  %.266.3 = mul i64 %.189.2, %arg.m.5.1
  %.270.3 = getelementptr double, ptr %arg.m.4, i64 %.266.3
  %.271.3 = load double, ptr %.270.3, align 8
  %39 = getelementptr double, ptr %.6.i.i, i64 %.189.2
  store double %.271.3, ptr %39, align 8
  %.189.4 = add nuw nsw i64 %.182268274, 5
  %.266.4 = mul i64 %.189.3, %arg.m.5.1
  %.270.4 = getelementptr double, ptr %arg.m.4, i64 %.266.4
  %.271.4 = load double, ptr %.270.4, align 8
  %40 = getelementptr double, ptr %.6.i.i, i64 %.189.3
  store double %.271.4, ptr %40, align 8
  %.189.5 = add nuw nsw i64 %.182268274, 6
  %.266.5 = mul i64 %.189.4, %arg.m.5.1
  %.270.5 = getelementptr double, ptr %arg.m.4, i64 %.266.5
  %.271.5 = load double, ptr %.270.5, align 8
  %41 = getelementptr double, ptr %.6.i.i, i64 %.189.4
  store double %.271.5, ptr %41, align 8
  %.189.6 = add nuw nsw i64 %.182268274, 7
  %.266.6 = mul i64 %.189.5, %arg.m.5.1
  %.270.6 = getelementptr double, ptr %arg.m.4, i64 %.266.6
  %.271.6 = load double, ptr %.270.6, align 8
  %42 = getelementptr double, ptr %.6.i.i, i64 %.189.5
  store double %.271.6, ptr %42, align 8
  %.189.7 = add nuw nsw i64 %.182268274, 8
  %.266.7 = mul i64 %.189.6, %arg.m.5.1
  %.270.7 = getelementptr double, ptr %arg.m.4, i64 %.266.7
  %.271.7 = load double, ptr %.270.7, align 8
  %43 = getelementptr double, ptr %.6.i.i, i64 %.189.6
  store double %.271.7, ptr %43, align 8
  %exitcond285.not.7 = icmp eq i64 %.189.7, %arg.m.5.0
  br i1 %exitcond285.not.7, label %B262, label %B120.endif, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #0

define ptr @_ZN7cpython8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE(ptr readnone captures(none) %py_closure, ptr %py_args, ptr readnone captures(none) %py_kws) local_unnamed_addr {
entry:
  %.5 = alloca ptr, align 8
  %.6 = call i32 (ptr, ptr, i64, i64, ...) @PyArg_UnpackTuple(ptr %py_args, ptr nonnull @.const.row_max, i64 1, i64 1, ptr nonnull %.5)
  %.7 = icmp eq i32 %.6, 0
  %.19 = alloca { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, align 8
  %.fca.3.gep46 = getelementptr inbounds nuw i8, ptr %.19, i64 24
  %.fca.4.gep47 = getelementptr inbounds nuw i8, ptr %.19, i64 32
  %.fca.5.0.gep48 = getelementptr inbounds nuw i8, ptr %.19, i64 40
  %.fca.5.1.gep = getelementptr inbounds nuw i8, ptr %.19, i64 48
  %.43 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep30 = getelementptr inbounds nuw i8, ptr %.43, i64 8
  %.fca.2.gep31 = getelementptr inbounds nuw i8, ptr %.43, i64 16
  %.fca.3.gep32 = getelementptr inbounds nuw i8, ptr %.43, i64 24
  %.fca.4.gep33 = getelementptr inbounds nuw i8, ptr %.43, i64 32
  %.fca.5.0.gep34 = getelementptr inbounds nuw i8, ptr %.43, i64 40
  %.fca.6.0.gep35 = getelementptr inbounds nuw i8, ptr %.43, i64 48
  %excinfo = alloca ptr, align 8
  store ptr null, ptr %excinfo, align 8
  %.106 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.106, i64 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %.106, i64 16
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.106, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.106, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.106, i64 40
  %.fca.6.0.gep = getelementptr inbounds nuw i8, ptr %.106, i64 48
  br i1 %.7, label %common.ret, label %entry.endif, !prof !0

common.ret:                                       ; preds = %entry.endif.endif.if, %entry.endif.endif.endif.endif.endif.if.endif.if, %entry.endif.endif.endif.endif.endif.if.endif, %entry, %entry.endif.endif.endif.endif.endif.if.if.if, %entry.endif.endif.endif.endif.if.endif.endif, %entry.endif.if
  %common.ret.op = phi ptr [ null, %entry.endif.endif.endif.endif.endif.if.if.if ], [ null, %entry ], [ null, %entry.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif ], [ %.110, %entry.endif.endif.endif.endif.if.endif.endif ], [ null, %entry.endif.endif.if ], [ null, %entry.endif.endif.endif.endif.endif.if.endif.if ]
  ret ptr %common.ret.op

entry.endif:                                      ; preds = %entry
  %.11 = load ptr, ptr @_ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE, align 8
  %.14 = icmp eq ptr %.11, null
  br i1 %.14, label %entry.endif.if, label %entry.endif.endif, !prof !0

entry.endif.if:                                   ; preds = %entry.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.missing Environment: _ZN08NumbaEnv8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE")
  br label %common.ret

entry.endif.endif:                                ; preds = %entry.endif
  %.18 = load ptr, ptr %.5, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(72) %.19, i8 0, i64 72, i1 false)
  %.23 = call i32 @NRT_adapt_ndarray_from_python(ptr %.18, ptr nonnull %.19)
  %.27 = load i64, ptr %.fca.3.gep46, align 8
  %.28 = icmp ne i64 %.27, 8
  %.29 = icmp ne i32 %.23, 0
  %.30 = or i1 %.29, %.28
  br i1 %.30, label %entry.endif.endif.if, label %entry.endif.endif.endif.endif, !prof !0

entry.endif.endif.if:                             ; preds = %entry.endif.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_TypeError, ptr nonnull @".const.can't unbox array from PyObject into native value.  The object maybe of a different type")
  br label %common.ret

entry.endif.endif.endif.endif:                    ; preds = %entry.endif.endif
  %.34.fca.0.load = load ptr, ptr %.19, align 8
  %.34.fca.4.load = load ptr, ptr %.fca.4.gep47, align 8
  %.34.fca.5.0.load = load i64, ptr %.fca.5.0.gep48, align 8
  %.34.fca.5.1.load = load i64, ptr %.fca.5.1.gep, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.43, i8 0, i64 56, i1 false)
  %.51 = call i32 @_ZN8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE(ptr nonnull %.43, ptr nonnull %excinfo, ptr %.34.fca.0.load, ptr poison, i64 poison, i64 poison, ptr %.34.fca.4.load, i64 %.34.fca.5.0.load, i64 %.34.fca.5.1.load, i64 poison, i64 poison) #2
  %.52 = load ptr, ptr %excinfo, align 8
  %.61.fca.0.load = load ptr, ptr %.43, align 8
  %.61.fca.1.load = load ptr, ptr %.fca.1.gep30, align 8
  %.61.fca.2.load = load i64, ptr %.fca.2.gep31, align 8
  %.61.fca.3.load = load i64, ptr %.fca.3.gep32, align 8
  %.61.fca.4.load = load ptr, ptr %.fca.4.gep33, align 8
  %.61.fca.5.0.load = load i64, ptr %.fca.5.0.gep34, align 8
  %.61.fca.6.0.load = load i64, ptr %.fca.6.0.gep35, align 8
  call void @NRT_decref(ptr %.34.fca.0.load)
  %cond = icmp eq i32 %.51, 0
  br i1 %cond, label %entry.endif.endif.endif.endif.if.endif, label %entry.endif.endif.endif.endif.endif.if, !prof !21

entry.endif.endif.endif.endif.if.endif:           ; preds = %entry.endif.endif.endif.endif
  %.86 = getelementptr i8, ptr %.11, i64 24
  %.87 = load ptr, ptr %.86, align 8
  %.91.not = icmp eq ptr %.87, null
  br i1 %.91.not, label %entry.endif.endif.endif.endif.if.endif.else, label %entry.endif.endif.endif.endif.if.endif.if

entry.endif.endif.endif.endif.if.endif.if:        ; preds = %entry.endif.endif.endif.endif.if.endif
  %.93 = call ptr @PyList_GetItem(ptr nonnull %.87, i64 0)
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.else:      ; preds = %entry.endif.endif.endif.endif.if.endif
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.`env.consts` is NULL in `read_const`")
  br label %entry.endif.endif.endif.endif.if.endif.endif

entry.endif.endif.endif.endif.if.endif.endif:     ; preds = %entry.endif.endif.endif.endif.if.endif.else, %entry.endif.endif.endif.endif.if.endif.if
  %.88.0 = phi ptr [ %.93, %entry.endif.endif.endif.endif.if.endif.if ], [ null, %entry.endif.endif.endif.endif.if.endif.else ]
  %.105 = call ptr @numba_unpickle(ptr nonnull @.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3, i32 32, ptr nonnull @.const.pickledata.dfbcfdd39fcb26f4d0c680954487b8c0b53bb8a3.sha1)
  store ptr %.61.fca.0.load, ptr %.106, align 8
  store ptr %.61.fca.1.load, ptr %.fca.1.gep, align 8
  store i64 %.61.fca.2.load, ptr %.fca.2.gep, align 8
  store i64 %.61.fca.3.load, ptr %.fca.3.gep, align 8
  store ptr %.61.fca.4.load, ptr %.fca.4.gep, align 8
  store i64 %.61.fca.5.0.load, ptr %.fca.5.0.gep, align 8
  store i64 %.61.fca.6.0.load, ptr %.fca.6.0.gep, align 8
  %.110 = call ptr @NRT_adapt_ndarray_to_python_acqref(ptr nonnull %.106, ptr %.105, i32 1, i32 1, ptr %.88.0)
  call void @NRT_decref(ptr %.61.fca.0.load)
  br label %common.ret

entry.endif.endif.endif.endif.endif.if:           ; preds = %entry.endif.endif.endif.endif
  call void @PyErr_Clear()
  %.118 = load { ptr, i32, ptr, ptr, i32 }, ptr %.52, align 8
  %.119 = extractvalue { ptr, i32, ptr, ptr, i32 } %.118, 4
  %.120 = icmp sgt i32 %.119, 0
  %.123 = extractvalue { ptr, i32, ptr, ptr, i32 } %.118, 0
  %.125 = extractvalue { ptr, i32, ptr, ptr, i32 } %.118, 1
  br i1 %.120, label %entry.endif.endif.endif.endif.endif.if.if, label %entry.endif.endif.endif.endif.endif.if.else

entry.endif.endif.endif.endif.endif.if.if:        ; preds = %entry.endif.endif.endif.endif.endif.if
  %.126 = sext i32 %.125 to i64
  %.127 = call ptr @PyBytes_FromStringAndSize(ptr %.123, i64 %.126)
  %.128 = load { ptr, i32, ptr, ptr, i32 }, ptr %.52, align 8
  %.129 = extractvalue { ptr, i32, ptr, ptr, i32 } %.128, 2
  %.131 = extractvalue { ptr, i32, ptr, ptr, i32 } %.128, 3
  %.133 = call ptr %.131(ptr %.129)
  %.134 = icmp eq ptr %.133, null
  br i1 %.134, label %entry.endif.endif.endif.endif.endif.if.if.if, label %entry.endif.endif.endif.endif.endif.if.if.endif, !prof !0

entry.endif.endif.endif.endif.endif.if.else:      ; preds = %entry.endif.endif.endif.endif.endif.if
  %.147 = extractvalue { ptr, i32, ptr, ptr, i32 } %.118, 2
  %.148 = call ptr @numba_unpickle(ptr %.123, i32 %.125, ptr %.147)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif:     ; preds = %entry.endif.endif.endif.endif.endif.if.if.endif, %entry.endif.endif.endif.endif.endif.if.else
  %.150 = phi ptr [ %.138, %entry.endif.endif.endif.endif.endif.if.if.endif ], [ %.148, %entry.endif.endif.endif.endif.endif.if.else ]
  %.151.not = icmp eq ptr %.150, null
  br i1 %.151.not, label %common.ret, label %entry.endif.endif.endif.endif.endif.if.endif.if, !prof !0

entry.endif.endif.endif.endif.endif.if.if.if:     ; preds = %entry.endif.endif.endif.endif.endif.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments")
  br label %common.ret

entry.endif.endif.endif.endif.endif.if.if.endif:  ; preds = %entry.endif.endif.endif.endif.endif.if.if
  %.138 = call ptr @numba_runtime_build_excinfo_struct(ptr %.127, ptr nonnull %.133)
  call void @NRT_Free(ptr nonnull %.52)
  br label %entry.endif.endif.endif.endif.endif.if.endif

entry.endif.endif.endif.endif.endif.if.endif.if:  ; preds = %entry.endif.endif.endif.endif.endif.if.endif
  call void @numba_do_raise(ptr nonnull %.150)
  br label %common.ret
}

declare i32 @PyArg_UnpackTuple(ptr, ptr, i64, i64, ...) local_unnamed_addr

declare void @PyErr_SetString(ptr, ptr) local_unnamed_addr

declare i32 @NRT_adapt_ndarray_from_python(ptr captures(none), ptr captures(none)) local_unnamed_addr

declare ptr @PyList_GetItem(ptr, i64) local_unnamed_addr

declare ptr @numba_unpickle(ptr, i32, ptr) local_unnamed_addr

declare ptr @NRT_adapt_ndarray_to_python_acqref(ptr captures(none), ptr, i32, i32, ptr) local_unnamed_addr

declare void @PyErr_Clear() local_unnamed_addr

declare ptr @PyBytes_FromStringAndSize(ptr, i64) local_unnamed_addr

declare ptr @numba_runtime_build_excinfo_struct(ptr, ptr) local_unnamed_addr

declare void @NRT_Free(ptr) local_unnamed_addr

declare void @numba_do_raise(ptr) local_unnamed_addr

define { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } @cfunc._ZN8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE({ ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.1) local_unnamed_addr {
entry:
  %.3 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %.3, i64 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %.3, i64 16
  %.fca.3.gep = getelementptr inbounds nuw i8, ptr %.3, i64 24
  %.fca.4.gep = getelementptr inbounds nuw i8, ptr %.3, i64 32
  %.fca.5.0.gep = getelementptr inbounds nuw i8, ptr %.3, i64 40
  %.fca.6.0.gep = getelementptr inbounds nuw i8, ptr %.3, i64 48
  %excinfo = alloca ptr, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %.3, i8 0, i64 56, i1 false)
  store ptr null, ptr %excinfo, align 8
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.1, 0
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.1, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.1, 5
  %.7 = extractvalue [2 x i64] %extracted.shape, 0
  %.8 = extractvalue [2 x i64] %extracted.shape, 1
  %.11 = call i32 @_ZN8__main__7row_maxB2v6B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dE5ArrayIdLi2E1C7mutable7alignedE(ptr nonnull %.3, ptr nonnull %excinfo, ptr %extracted.meminfo, ptr poison, i64 poison, i64 poison, ptr %extracted.data, i64 %.7, i64 %.8, i64 poison, i64 poison) #2
  %.12 = load ptr, ptr %excinfo, align 8
  %.21.fca.0.load = load ptr, ptr %.3, align 8
  %.21.fca.1.load = load ptr, ptr %.fca.1.gep, align 8
  %.21.fca.2.load = load i64, ptr %.fca.2.gep, align 8
  %.21.fca.3.load = load i64, ptr %.fca.3.gep, align 8
  %.21.fca.4.load = load ptr, ptr %.fca.4.gep, align 8
  %.21.fca.5.0.load = load i64, ptr %.fca.5.0.gep, align 8
  %.21.fca.6.0.load = load i64, ptr %.fca.6.0.gep, align 8
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %.21.fca.0.load, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %.21.fca.1.load, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %.21.fca.2.load, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %.21.fca.3.load, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %.21.fca.4.load, 4
  %.30 = insertvalue [1 x i64] undef, i64 %.21.fca.5.0.load, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.30, 5
  %.32 = insertvalue [1 x i64] undef, i64 %.21.fca.6.0.load, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.32, 6
  %.34 = alloca i32, align 4
  store i32 0, ptr %.34, align 4
  %cond = icmp eq i32 %.11, 0
  br i1 %cond, label %common.ret, label %entry.if, !prof !21

entry.if:                                         ; preds = %entry
  call void @numba_gil_ensure(ptr nonnull %.34)
  call void @PyErr_Clear()
  %.40 = load { ptr, i32, ptr, ptr, i32 }, ptr %.12, align 8
  %.41 = extractvalue { ptr, i32, ptr, ptr, i32 } %.40, 4
  %.42 = icmp sgt i32 %.41, 0
  %.45 = extractvalue { ptr, i32, ptr, ptr, i32 } %.40, 0
  %.47 = extractvalue { ptr, i32, ptr, ptr, i32 } %.40, 1
  br i1 %.42, label %entry.if.if.if, label %entry.if.if.else

common.ret:                                       ; preds = %entry, %.37, %entry.if.if.if.if
  %common.ret.op = phi { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } [ zeroinitializer, %entry.if.if.if.if ], [ %inserted.strides, %.37 ], [ %inserted.strides, %entry ]
  ret { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %common.ret.op

.37:                                              ; preds = %entry.if.if.endif, %entry.if.if.endif.if
  %.85 = call ptr @PyUnicode_FromString(ptr nonnull @".const.<numba.core.cpu.CPUContext>")
  call void @PyErr_WriteUnraisable(ptr %.85)
  call void @Py_DecRef(ptr %.85)
  call void @numba_gil_release(ptr nonnull %.34)
  br label %common.ret

entry.if.if.if:                                   ; preds = %entry.if
  %.48 = sext i32 %.47 to i64
  %.49 = call ptr @PyBytes_FromStringAndSize(ptr %.45, i64 %.48)
  %.50 = load { ptr, i32, ptr, ptr, i32 }, ptr %.12, align 8
  %.51 = extractvalue { ptr, i32, ptr, ptr, i32 } %.50, 2
  %.53 = extractvalue { ptr, i32, ptr, ptr, i32 } %.50, 3
  %.55 = call ptr %.53(ptr %.51)
  %.56 = icmp eq ptr %.55, null
  br i1 %.56, label %entry.if.if.if.if, label %entry.if.if.if.endif, !prof !0

entry.if.if.else:                                 ; preds = %entry.if
  %.69 = extractvalue { ptr, i32, ptr, ptr, i32 } %.40, 2
  %.70 = call ptr @numba_unpickle(ptr %.45, i32 %.47, ptr %.69)
  br label %entry.if.if.endif

entry.if.if.endif:                                ; preds = %entry.if.if.if.endif, %entry.if.if.else
  %.72 = phi ptr [ %.60, %entry.if.if.if.endif ], [ %.70, %entry.if.if.else ]
  %.73.not = icmp eq ptr %.72, null
  br i1 %.73.not, label %.37, label %entry.if.if.endif.if, !prof !0

entry.if.if.if.if:                                ; preds = %entry.if.if.if
  call void @PyErr_SetString(ptr nonnull @PyExc_RuntimeError, ptr nonnull @".const.Error creating Python tuple from runtime exception arguments.1")
  br label %common.ret

entry.if.if.if.endif:                             ; preds = %entry.if.if.if
  %.60 = call ptr @numba_runtime_build_excinfo_struct(ptr %.49, ptr nonnull %.55)
  call void @NRT_Free(ptr nonnull %.12)
  br label %entry.if.if.endif

entry.if.if.endif.if:                             ; preds = %entry.if.if.endif
  call void @numba_do_raise(ptr nonnull %.72)
  br label %.37
}

declare void @numba_gil_ensure(ptr) local_unnamed_addr

declare ptr @PyUnicode_FromString(ptr) local_unnamed_addr

declare void @PyErr_WriteUnraisable(ptr) local_unnamed_addr

declare void @Py_DecRef(ptr) local_unnamed_addr

declare void @numba_gil_release(ptr) local_unnamed_addr

declare noalias ptr @NRT_MemInfo_alloc_aligned(i64, i32) local_unnamed_addr

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite)
define linkonce_odr void @NRT_incref(ptr captures(address_is_null) %.1) local_unnamed_addr #1 {
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
define linkonce_odr void @NRT_decref(ptr %.1) local_unnamed_addr #2 {
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
declare i8 @llvm.x86.atomic.sub.cc.i64(ptr, i64, i32 immarg) #3

declare void @NRT_MemInfo_call_dtor(ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline }
attributes #3 = { nounwind }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{!2, !4, !5, !7, !8, !10}
!2 = distinct !{!2, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!3 = distinct !{!3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!4 = distinct !{!4, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB2v5B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!5 = distinct !{!5, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!6 = distinct !{!6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!7 = distinct !{!7, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB2v4B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!8 = distinct !{!8, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29: %retptr"}
!9 = distinct !{!9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29"}
!10 = distinct !{!10, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB2v7B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29: %excinfo"}
!11 = !{!8, !10}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = !{!"branch_weights", i32 4, i32 28}
!16 = distinct !{!16, !13, !14}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !13}
!21 = !{!"branch_weights", i32 49, i32 1}
