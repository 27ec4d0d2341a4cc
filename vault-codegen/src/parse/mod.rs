//! Markdown page to [`ast::Page`](crate::ast::Page): blocks first, then the page skeleton, then
//! field blocks. Problems go to the diagnostics sink; the parser skips the broken part and goes on.

mod blocks;
mod fields;
pub mod heading;
mod page;
mod param_table;

pub use blocks::{Block, BlockKind, Piece, Table};
pub use page::parse_page;

use crate::ast::Text;
use crate::source::{SourceFile, Span};

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
