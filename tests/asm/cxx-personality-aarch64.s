// A function with C++-style unwind information: its CIE names the personality through a
// hidden, weak, COMDAT word `DW.ref.__gxx_personality_v0` (what clang++ emits), and its FDE
// points at a language-specific data area. f() returns 7 (AArch64).
	.text
	.globl	f
	.type	f,%function
f:
	.cfi_startproc
	.cfi_personality 155, DW.ref.__gxx_personality_v0
	.cfi_lsda 27, .Lexc
	mov	x0, #7
	ret
	.cfi_endproc
	.size	f, .-f

	.section	.gcc_except_table,"a",%progbits
.Lexc:
	.byte	255, 255, 1, 0

	.hidden	DW.ref.__gxx_personality_v0
	.weak	DW.ref.__gxx_personality_v0
	.section	.data.DW.ref.__gxx_personality_v0,"awG",%progbits,DW.ref.__gxx_personality_v0,comdat
	.p2align	3
	.type	DW.ref.__gxx_personality_v0,%object
	.size	DW.ref.__gxx_personality_v0, 8
DW.ref.__gxx_personality_v0:
	.xword	__gxx_personality_v0
