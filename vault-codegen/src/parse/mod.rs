//! Markdown page to [`ast::Page`](crate::ast::Page): blocks first, then the page skeleton, then
//! field blocks. Problems go to the diagnostics sink; the parser skips the broken part and goes on.

mod blocks;
mod fields;
pub mod heading;
mod page;

pub use blocks::{Block, BlockKind, Piece, Table};
pub use page::parse_page;

use crate::ast::Text;
use crate::source::{SourceFile, Span};

/// Builds an ast [`Text`] from a block or piece: its plain text and its Markdown source.
fn text(source: &SourceFile, span: Span, plain: &str) -> Text {
    Text {
        plain: plain.trim().to_owned(),
        markdown: source.slice(span).trim().to_owned(),
        span,
    }
}
