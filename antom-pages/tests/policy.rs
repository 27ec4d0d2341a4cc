//! The semver policy the README publishes is the one the differ applies: every kind is in the
//! README's table with the differ's two verdicts.

use antom_pages::diff::Kind;

#[test]
fn the_readme_table_states_every_kind_with_its_verdicts() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap_or_default();
    for kind in Kind::ALL {
        let (wire, rust) = kind.verdicts();
        let row = format!("| `{}` | {} | {} |", kind.name(), wire.name(), rust.name());
        assert!(readme.contains(&row), "README.md lacks the row {row}");
    }
}
