// R_X86_64_GOTPCRELX: a call through the GOT to a symbol at 0x4a5b60 (where Debian's non-PIE
// python3.11 has its C API), from JIT code in the 0x7f... mmap area, terabytes away. The
// GOT load must stay (`ff 15`): a direct call cannot reach. JITLink's x86-64 GOT optimization
// rewrites it to `addr32 call` (`67 e8`) because the target's absolute address fits in 32
// bits (llvm/llvm-project#190179). The harness's reproduction: `jitharness repro gotpcrelx`.
	.text
	.globl	main
main:
	call	*PyLong_FromLong@GOTPCREL(%rip)
	ret

# jitlink-abs: PyLong_FromLong=0x4a5b60
# jitlink-check: *{1}main = 0xff
