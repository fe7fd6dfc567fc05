//! `big-data`: multi-MiB globals that push sections far apart.

use super::ir::{array_init, check, emit, Cx};
use super::{WorkloadInstance, WorkloadModule};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "big-data";

/// Elements of the zero-initialized array (8 MiB of i64).
const BD_BSS_LEN: i64 = 1 << 20;
/// Initialized head and tail of the 4 MiB aggregate; the middle is zero but still in `.data`.
const BD_EDGE: usize = 256;
const BD_DATA_LEN: usize = 1 << 19;
/// Elements of the read-only table (16 KiB).
const BD_TABLE_LEN: usize = 2048;

/// Large data that pushes sections far apart:
///
/// * `bd_bss_i<n>`: `[1048576 x i64] zeroinitializer` (8 MiB, `.bss`).
/// * `bd_data_i<n>`: `{ [256 x i64], [523776 x i64], [256 x i64] }` with initialized head and
///   tail (4 MiB of `.data`; the tail sits 4 MiB past the symbol).
/// * `bd_table_i<n>`: `[2048 x i64]` constant.
///
/// Entries:
/// * `bd_rw_i<n>(idx, v)`: stores `v` at `bss[idx mod 2^20]` and `!v` half the array (4 MiB)
///   away, reads both back (volatile): `v + 3 * !v`.
/// * `bd_probe_i<n>(k)`: `head[k & 255] + tail[(k >> 3) & 255] + table[k & 2047]`.
/// * `bd_edges_i<n>(v)`: stores `v` at `bss[0]` and `5v` at `bss[2^20 - 1]`, reads back and
///   adds `tail[255]`: `6v + tail[255]`.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    let head: Vec<i64> = (0..BD_EDGE).map(|_| rng.i64()).collect();
    let tail: Vec<i64> = (0..BD_EDGE).map(|_| rng.i64()).collect();
    let table: Vec<i64> = (0..BD_TABLE_LEN).map(|_| rng.range(-(1 << 40), 1 << 40)).collect();

    let bss_ty = format!("[{BD_BSS_LEN} x i64]");
    let edge_ty = format!("[{BD_EDGE} x i64]");
    let mid_ty = format!("[{} x i64]", BD_DATA_LEN - 2 * BD_EDGE);
    let data_ty = format!("{{ {edge_ty}, {mid_ty}, {edge_ty} }}");
    let tab_ty = format!("[{BD_TABLE_LEN} x i64]");
    let (pbss, pdata, ptab, p64) = (ir.ptr(&bss_ty), ir.ptr(&data_ty), ir.ptr(&tab_ty), ir.ptr("i64"));

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "multi-MiB globals accessed far apart");
    emit!(m, "@bd_bss{s} = global {bss_ty} zeroinitializer, align 16");
    emit!(
        m,
        "@bd_data{s} = global {data_ty} {{ {edge_ty} {}, {mid_ty} zeroinitializer, {edge_ty} {} }}, align 16",
        array_init("i64", &head),
        array_init("i64", &tail)
    );
    emit!(m, "@bd_table{s} = constant {tab_ty} {}, align 16", array_init("i64", &table));
    emit!(m);

    emit!(m, "define i64 @bd_rw{s}(i64 %idx, i64 %v) {{");
    emit!(m, "entry:");
    emit!(m, "  %a = and i64 %idx, {}", BD_BSS_LEN - 1);
    emit!(m, "  %b0 = add i64 %idx, {}", BD_BSS_LEN / 2);
    emit!(m, "  %b = and i64 %b0, {}", BD_BSS_LEN - 1);
    emit!(m, "  %pa = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 %a");
    emit!(m, "  %pb = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 %b");
    emit!(m, "  store i64 %v, {p64} %pa, align 8");
    emit!(m, "  %nv = xor i64 %v, -1");
    emit!(m, "  store i64 %nv, {p64} %pb, align 8");
    emit!(m, "  %ra = load volatile i64, {p64} %pa, align 8");
    emit!(m, "  %rb = load volatile i64, {p64} %pb, align 8");
    emit!(m, "  %rb3 = mul i64 %rb, 3");
    emit!(m, "  %r = add i64 %ra, %rb3");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @bd_probe{s}(i64 %k) {{");
    emit!(m, "entry:");
    emit!(m, "  %h = and i64 %k, {}", BD_EDGE - 1);
    emit!(m, "  %hp = getelementptr inbounds {data_ty}, {pdata} @bd_data{s}, i64 0, i32 0, i64 %h");
    emit!(m, "  %hv = load i64, {p64} %hp, align 8");
    emit!(m, "  %t0 = lshr i64 %k, 3");
    emit!(m, "  %t = and i64 %t0, {}", BD_EDGE - 1);
    emit!(m, "  %tp = getelementptr inbounds {data_ty}, {pdata} @bd_data{s}, i64 0, i32 2, i64 %t");
    emit!(m, "  %tv = load i64, {p64} %tp, align 8");
    emit!(m, "  %q = and i64 %k, {}", BD_TABLE_LEN - 1);
    emit!(m, "  %qp = getelementptr inbounds {tab_ty}, {ptab} @bd_table{s}, i64 0, i64 %q");
    emit!(m, "  %qv = load i64, {p64} %qp, align 8");
    emit!(m, "  %s1 = add i64 %hv, %tv");
    emit!(m, "  %s2 = add i64 %s1, %qv");
    emit!(m, "  ret i64 %s2");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @bd_edges{s}(i64 %v) {{");
    emit!(m, "entry:");
    emit!(m, "  %p0 = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 0");
    emit!(m, "  %p1 = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 {}", BD_BSS_LEN - 1);
    emit!(m, "  store i64 %v, {p64} %p0, align 8");
    emit!(m, "  %v5 = mul i64 %v, 5");
    emit!(m, "  store i64 %v5, {p64} %p1, align 8");
    emit!(m, "  %r0 = load volatile i64, {p64} %p0, align 8");
    emit!(m, "  %r1 = load volatile i64, {p64} %p1, align 8");
    emit!(m, "  %tp = getelementptr inbounds {data_ty}, {pdata} @bd_data{s}, i64 0, i32 2, i64 {}", BD_EDGE - 1);
    emit!(m, "  %tv = load i64, {p64} %tp, align 8");
    emit!(m, "  %s1 = add i64 %r0, %r1");
    emit!(m, "  %s2 = add i64 %s1, %tv");
    emit!(m, "  ret i64 %s2");
    emit!(m, "}}");

    let probe = |k: i64| -> i64 {
        let h = head[(k & (BD_EDGE as i64 - 1)) as usize];
        let t = tail[(((k as u64) >> 3) & (BD_EDGE as u64 - 1)) as usize];
        let q = table[(k & (BD_TABLE_LEN as i64 - 1)) as usize];
        h.wrapping_add(t).wrapping_add(q)
    };
    let mut checks = Vec::new();
    for (idx, v) in [(0, 1), (BD_BSS_LEN - 1, -42), (123_457 + i64::from(cx.n), rng.i64())] {
        checks.push(check(format!("bd_rw{s}"), &[idx, v], v.wrapping_add((!v).wrapping_mul(3))));
    }
    for k in [0, 255, 2047, 4096 + 9, -1, rng.range(0, 1 << 30)] {
        checks.push(check(format!("bd_probe{s}"), &[k], probe(k)));
    }
    let v = rng.range(-(1 << 50), 1 << 50);
    checks.push(check(format!("bd_edges{s}"), &[v], v.wrapping_mul(6).wrapping_add(tail[BD_EDGE - 1])));
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::workloads::IrDialect;
    use crate::target::Arch;

    #[test]
    fn is_big() {
        let bd = generate(&Cx::new(NAME, Arch::X86_64, IrDialect::OPAQUE, 0));
        assert!(bd.modules[0].ir.contains(&format!("[{BD_BSS_LEN} x i64] zeroinitializer")), "8 MiB bss array present");
        assert!((BD_BSS_LEN as usize + BD_DATA_LEN) * 8 >= 4 << 20, "at least 4 MiB of data");
    }
}
