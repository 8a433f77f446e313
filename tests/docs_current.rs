//! `docs/model.md` is generated from the lever and indicator tables by
//! `model_md::model_markdown()` (tests/docs/model_md.rs: a test-only
//! generator, not part of the shipped library). This test fails when the
//! committed file is stale; `UPDATE_DOCS=1 cargo test --test docs_current`
//! rewrites it.

// Reads and writes files: native only.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

#[path = "docs/model_md.rs"]
mod model_md;

#[test]
fn docs_model_md_matches_the_tables() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs").join("model.md");
    let generated = model_md::model_markdown();

    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs/ has a parent")).expect("create docs/");
        std::fs::write(&path, &generated).expect("write docs/model.md");
        return;
    }

    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let (line, ours, theirs) = committed
            .lines()
            .map(Some)
            .chain(std::iter::repeat(None))
            .zip(generated.lines().map(Some).chain(std::iter::repeat(None)))
            .take(committed.lines().count().max(generated.lines().count()) + 1)
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| (i + 1, a.unwrap_or("<end of file>"), b.unwrap_or("<end of file>")))
            .unwrap_or((0, "<line endings differ>", ""));
        panic!(
            "docs/model.md is out of date with the lever and indicator tables.\n\
             First difference at line {line}:\n  file:      {ours}\n  generated: {theirs}\n\n\
             Regenerate it and commit the result:\n\n    UPDATE_DOCS=1 cargo test --test docs_current\n"
        );
    }
}
