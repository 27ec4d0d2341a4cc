//! Markdown page to [`ast::Page`](crate::ast::Page): blocks first, then the page skeleton, then
//! field blocks. Problems go to the diagnostics sink; the parser skips the broken part and goes on.

mod blocks;
mod fields;
pub mod heading;
mod page;
mod param_table;

use blocks::{Block, BlockKind, Table};
pub use page::parse_page;

use crate::ast::{Prose, Text};
use crate::diag::{Diagnostics, Reported};
use crate::source::{SourceFile, Span};
use crate::vocab;

/// Builds an ast [`Text`] from a block or piece: its plain text and its Markdown source.
fn text(source: &SourceFile, span: Span, plain: &str) -> Text {
    Text { plain: plain.trim().to_owned(), markdown: source.slice(span).trim().to_owned(), span }
}

/// Like [`text`], for a list item: the Markdown loses its bullet or number marker.
fn item_text(source: &SourceFile, span: Span, plain: &str) -> Text {
    let mut t = text(source, span, plain);
    let marker = t.markdown.find(char::is_whitespace).filter(|&i| {
        let m = &t.markdown[..i];
        let numbered = m.len() > 1 && m[..m.len() - 1].chars().all(|c| c.is_ascii_digit()) && m.ends_with(['.', ')']);
        matches!(m, "-" | "*" | "+" | "•") || numbered
    });
    if let Some(end) = marker {
        let rest = t.markdown[end..].trim_start();
        t.span = t.span.sub(t.markdown.len() - rest.len(), rest.len());
        t.markdown = rest.to_owned();
    }
    t
}

/// Turns a descriptive block into prose; reports blocks that have no place in a description.
fn prose(block: &Block, source: &SourceFile, sink: &mut Diagnostics) -> Result<Prose, Reported> {
    match &block.kind {
        BlockKind::Paragraph if vocab::PLAIN_TEXT_MARKERS.contains(&block.text.trim()) => {
            Err(sink.error(block.span, format!("`{}` comes from the plain-text rendering of a page", block.text.trim()))
                .help(PLAIN_TEXT_HELP).reported())
        }
        // Markdown stops at `######`: a deeper "heading" is a paragraph, and the field it
        // names would silently become prose of its parent (with its limits pinned on the parent).
        BlockKind::Paragraph if is_heading_below_six(&block.text) => {
            Err(sink.error(block.span, "`#######` is not a heading: Markdown has six heading levels")
                .help(format!("describe the type of the `######` field under `## TypeName` on the `# {}` page, with its fields as `####` headings there", vocab::OBJECTS_TITLE)).reported())
        }
        BlockKind::Paragraph => Ok(Prose::Paragraph(text(source, block.span, &block.text))),
        BlockKind::Quote => Ok(Prose::Note(text(source, block.span, &block.text))),
        BlockKind::List(items) => Ok(Prose::List(items.iter().map(|i| item_text(source, i.span, &i.text)).collect())),
        // Pages show example messages (the acknowledgement a notification expects) as code.
        BlockKind::Other(vocab::CODE_BLOCK) => Ok(Prose::Code(text(source, block.span, &block.text))),
        BlockKind::Heading(level) => {
            Err(sink.error(block.span, format!("a level-{level} heading is not understood here"))
                .help("field headings (`####`) belong under `## Request parameters` or `## Response parameters`").reported())
        }
        BlockKind::Table(_) => {
            Err(sink.error(block.span, "a table is not understood here")
                .help("only the Result/Error codes section may hold a table").reported())
        }
        BlockKind::Other(what) => {
            Err(sink.error(block.span, format!("a {what} is not understood here"))
                .help("use paragraphs, lists and `> **Note**:` block quotes in descriptions").reported())
        }
    }
}

/// `####### name (Type)`: seven or more `#` and a space, which Markdown reads as text.
fn is_heading_below_six(text: &str) -> bool {
    let text = text.trim_start();
    let hashes = text.chars().take_while(|&c| c == '#').count();
    hashes > 6 && text[hashes..].starts_with(' ')
}

/// What to do with a plain-text copy of a page.
const PLAIN_TEXT_HELP: &str = "child fields are hidden behind \"Show child parameters\" and types are not delimited there; use the Markdown version of the page instead (the page's URL with `.md` appended)";
