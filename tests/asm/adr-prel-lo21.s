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

// LLVM's own RuntimeDyld checker agrees (scripts/llvm-tool-check, and known.rs): with the
// sections at these addresses the ADR must encode +0x13000 (immhi 0x4c00, immlo 0).
# rtdyld-map: .text=0x10000 .text.far=0x20000
# rtdyld-check: *{4}adr_ahead = 0x10098000
