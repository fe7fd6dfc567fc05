// R_AARCH64_ADR_PREL_LO21: an ADR to a code label in another section, 12 KiB ahead (well
// within ADR's +-1 MiB). RuntimeDyld's AArch64 resolver (LLVM 22) gets only part of the
// offset into the instruction; JITLink writes it whole.
	.text
	.globl	adr_ahead
	.type	adr_ahead,%function
adr_ahead:
	adr	x0, far_ahead
	ret

	.section .text.far,"ax",%progbits
	.space	12288
far_ahead:
	ret
