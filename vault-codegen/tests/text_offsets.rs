//! Byte offsets on text in any language: a location found in one string must never cut or
//! point into another (a plain-text copy, a lower-cased copy, a page with other line endings).
//! Each case is a page whose diagnostic must name the right line and column and underline
//! whole characters.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use vault_codegen::source::{SourceFile, Sources};

/// A small valid page; each case edits it.
const PAGE: &str = "# createThing

`POST /v1/things/createThing`

Creates a thing.

## Request parameters

#### thingId (String, REQUIRED)

Your identifier for the thing.

More information:

- Maximum length: 64 characters

## Response parameters

#### result (Result, REQUIRED)

How the call went.

## Result/Error codes

| Code | Value | Message | Further action |
| --- | --- | --- | --- |
| SUCCESS | S | Success | Nothing more to do. |
";

/// The rendered diagnostics of one page, after checking that every span lies on character
/// boundaries of the page.
fn diagnostics(text: &str) -> Vec<String> {
    let mut sources = Sources::new();
    sources.add(SourceFile::new("page.md", "page.md", text));
    let Err(found) = vault_codegen::generate(&sources, &vault_codegen::Config::default()) else {
        panic!("the page generated");
    };
    for d in &found {
        let file = sources.get(d.span.file).unwrap();
        let (start, end) = (d.span.start, d.span.end);
        assert!(
            file.text.is_char_boundary(start) && file.text.is_char_boundary(end),
            "`{}`: the span {start}..{end} cuts a character",
            d.message
        );
    }
    found.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect()
}

/// The model of one page, or its diagnostics.
fn model(text: &str) -> Result<vault_codegen::model::Model, String> {
    let mut sources = Sources::new();
    sources.add(SourceFile::new("page.md", "page.md", text));
    vault_codegen::model(&sources, &vault_codegen::Config::default()).map_err(|d| format!("{d:?}"))
}

/// The `--> page.md:L:C` location, the quoted line and the carets of a rendered diagnostic.
fn location(rendered: &str) -> (String, String, String) {
    let lines: Vec<&str> = rendered.lines().collect();
    let at = lines.iter().position(|l| l.trim_start().starts_with("--> ")).unwrap();
    let place = lines[at].trim_start().trim_start_matches("--> ").to_owned();
    let quoted = lines[at + 2].split_once(" | ").map(|(_, t)| t.to_owned()).unwrap_or_default();
    let carets = lines[at + 3].split_once(" | ").map(|(_, t)| t.trim().to_owned()).unwrap_or_default();
    (place, quoted, carets)
}

#[test]
fn lone_carriage_returns_end_lines() {
    // pulldown-cmark reads a lone CR as a line ending (old Mac files); the diagnostic must name
    // the line as the reader sees it, not line 1 at column 150.
    let page = PAGE.replace("(String, REQUIRED)", "(Strng, REQUIRED)").replace('\n', "\r");
    let found = diagnostics(&page);
    assert_eq!(found.len(), 1, "{found:#?}");
    let (place, quoted, _) = location(&found[0]);
    assert_eq!(place, "page.md:9:15");
    assert_eq!(quoted, "#### thingId (Strng, REQUIRED)");
}

#[test]
fn crlf_line_endings_read_like_lf() {
    let page = PAGE.replace("(String, REQUIRED)", "(Strng, REQUIRED)").replace('\n', "\r\n");
    let found = diagnostics(&page);
    assert_eq!(found.len(), 1, "{found:#?}");
    let (place, quoted, _) = location(&found[0]);
    assert_eq!(place, "page.md:9:15");
    assert_eq!(quoted, "#### thingId (Strng, REQUIRED)");
}

#[test]
fn every_line_ending_gives_the_same_model() {
    // A description over two lines: its Markdown is kept for rustdoc, line break included.
    let page = PAGE.replace("Your identifier for the thing.", "Your identifier\nfor the thing.");
    let lf = model(&page).unwrap();
    assert_eq!(model(&page.replace('\n', "\r\n")).unwrap(), lf, "CRLF");
    assert_eq!(model(&page.replace('\n', "\r")).unwrap(), lf, "CR");
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_page() {
    // Editors on Windows save UTF-8 with a byte-order mark; the title after it is still the title.
    assert_eq!(model(&format!("\u{feff}{PAGE}")), model(PAGE));
}

#[test]
fn a_value_found_only_in_the_plain_text_is_not_measured_in_the_markdown() {
    // The plain text drops the zero-width space, so `ÀBC` is not in the Markdown as written:
    // its length must not be laid over the Markdown's first bytes (which cut `À` in two).
    let list =
        "Your identifier for the thing. Valid values are:\n\n- **`ÀB\u{200b}C`**: one.\n- **`ÀB\u{200b}C`**: again.\n";
    let page = PAGE.replace("Your identifier for the thing.\n", list);
    let found = diagnostics(&page);
    assert_eq!(found.len(), 1, "{found:#?}");
    let (place, quoted, carets) = location(&found[0]);
    assert_eq!(place, "page.md:14:3");
    assert_eq!(quoted, "- **`ÀB\u{200b}C`**: again.");
    assert!(carets.chars().count() > 1, "the whole item is underlined: {}", found[0]);
}

#[test]
fn an_array_element_type_is_measured_in_the_heading_as_written() {
    let page = PAGE.replace(
        "- Maximum length: 64 characters\n",
        "- Maximum length: 64 characters\n\n#### items (Array<`ÜÜ`>)\n\nThings.\n",
    );
    let found = diagnostics(&page);
    assert_eq!(found.len(), 1, "{found:#?}");
    let (place, quoted, carets) = location(&found[0]);
    assert_eq!(place, "page.md:17:19");
    assert_eq!(quoted, "#### items (Array<`ÜÜ`>)");
    assert_eq!(carets, "^^^^", "`ÜÜ` in its backticks: {}", found[0]);
}

#[test]
fn a_trailing_space_inside_a_paragraph_changes_nothing() {
    // The Markdown of descriptions is kept for rustdoc; a space at the end of one of its lines
    // is invisible there and must not make another model (a hard break, two spaces, stays).
    let two_lines = PAGE.replace("Your identifier for the thing.", "Your identifier\nfor the thing.");
    let summary = two_lines.replace("`POST /v1", "> Creates\n> things.\n\n`POST /v1");
    let spaced = summary.replace("Your identifier\n", "Your identifier \n").replace("> Creates\n", "> Creates \n");
    assert_eq!(model(&spaced), model(&summary));
    let hard_break = summary.replace("Your identifier\n", "Your identifier  \n");
    assert_ne!(model(&hard_break), model(&summary), "a hard break is kept");
}
