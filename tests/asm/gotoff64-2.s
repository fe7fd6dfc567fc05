# Object 2 of 2: a GOT of its own (a GOTPCREL load), and a GOTOFF64 word (S - GOT) with the
# GOT's address (GOTPC64) beside it. RuntimeDyld takes the session's first .got as the base
# of every GOTOFF64, so in the second object GOT + GOTOFF64 is not the symbol.
	.text
	.globl	gf2
gf2:
	movq	gv2@GOTPCREL(%rip), %rax
	retq
	.data
	.globl	gv2
gv2:
	.quad	2
	.reloc	., R_X86_64_GOTOFF64, gv2
	.quad	0
	.reloc	., R_X86_64_GOTPC64, _GLOBAL_OFFSET_TABLE_
	.quad	0
