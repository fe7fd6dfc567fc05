//! Trap stubs: a one-function object per unresolved symbol that, when called, ends the job
//! naming the symbol (`--stub-unresolved`).

use crate::compile::{self, CompileOptions};
use crate::error::Result;
use crate::source::{self, Input, ObjectFile};
/// A one-function object that defines `name` as a call to `jitharness_trap("name")`.
pub(crate) fn trap_stub(name: &str, opts: &CompileOptions) -> Result<ObjectFile> {
    let ptr = if compile::opaque_pointers() { "ptr".to_string() } else { "i8*".to_string() };
    let bytes: Vec<u8> = name.bytes().chain(std::iter::once(0)).collect();
    let n = bytes.len();
    let lit: String = bytes.iter().map(|b| format!("\\{b:02X}")).collect();
    let arg = if compile::opaque_pointers() {
        "ptr @.jh.name".to_string()
    } else {
        format!("i8* getelementptr inbounds ([{n} x i8], [{n} x i8]* @.jh.name, i64 0, i64 0)")
    };
    let ir = format!(
        "@.jh.name = private constant [{n} x i8] c\"{lit}\"\n\
         declare void @jitharness_trap({ptr})\n\
         define void @\"{}\"() {{\n  call void @jitharness_trap({arg})\n  unreachable\n}}\n",
        name.replace('"', "\\22")
    );
    let input = Input::ir(format!("trap-stub({name})"), ir);
    let mut notes = Vec::new();
    source::to_object(&input, opts, &mut notes)
}
