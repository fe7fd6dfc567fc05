# Object 1 of 2: a GOT of its own (a GOTPCREL load), and a GOTOFF64 word (S - GOT) with the
# GOT's address (GOTPC64) beside it. RuntimeDyld takes the session's first .got as the base
# of every GOTOFF64, so in the second object GOT + GOTOFF64 is not the symbol.
	.text
	.globl	gf1
gf1:
	movq	gv1@GOTPCREL(%rip), %rax
	retq
	.data
	.globl	gv1
gv1:
	.quad	1
	.reloc	., R_X86_64_GOTOFF64, gv1
	.quad	0
	.reloc	., R_X86_64_GOTPC64, _GLOBAL_OFFSET_TABLE_
	.quad	0
