// R_AARCH64_LD_PREL_LO19: an LDR (literal) of a word in another section, 8 KiB ahead (well
// within the literal's +-1 MiB). RuntimeDyld writes only bits 11:2 of the distance.
	.text
	.globl	ldr_far
	.type	ldr_far,%function
ldr_far:
	ldr	x0, far_literal
	ret

	.section .rodata.far,"a",%progbits
	.space	8192
far_literal:
	.xword	42

// LLVM's own RuntimeDyld checker agrees (scripts/llvm-tool-check, and known.rs): with the
// sections at these addresses the LDR must encode +0x12000 (imm19 0x4800).
# rtdyld-map: .text=0x10000 .rodata.far=0x20000
# rtdyld-check: *{4}ldr_far = 0x58090000
