//! First pass: pulldown-cmark events to a flat list of top-level blocks, each with its byte
//! range and its plain text (escapes resolved, inline code kept in backticks).

use crate::source::{FileId, Span};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A top-level Markdown block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What kind of block.
    pub kind: BlockKind,
    /// Where it is (trailing white space trimmed).
    pub span: Span,
    /// Its plain text: escapes resolved, emphasis dropped, inline code in backticks, line
    /// breaks as spaces.
    pub text: String,
    /// A paragraph's lines, each with its own span and plain text (the vendor's export writes
    /// some value lists as one `VALUE: meaning` line each, with no bullets); empty for other
    /// blocks.
    pub lines: Vec<Piece>,
}

/// The kinds of block a page is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// `#`..`######`, with its level.
    Heading(u8),
    /// A paragraph.
    Paragraph,
    /// A `>` block quote.
    Quote,
    /// A bullet or numbered list.
    List(Vec<Piece>),
    /// A table.
    Table(Table),
    /// Anything else (code block, HTML, rule, ...), with a name for messages.
    Other(&'static str),
}

/// A list item or a table cell: its range and plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Where it is.
    pub span: Span,
    /// Its plain text (a list item's includes the text of the list nested in it).
    pub text: String,
    /// The items of a list nested in this list item (the values of one region in a list grouped
    /// by region).
    pub nested: Vec<Piece>,
    /// How much of `text` comes before the nested list: the item's own words.
    pub own_len: usize,
}

/// A table: the header cells and the body rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Header cells.
    pub head: Vec<Piece>,
    /// Body rows.
    pub rows: Vec<Vec<Piece>>,
}

/// Splits a page into top-level blocks.
pub fn blocks(file: FileId, text: &str) -> Vec<Block> {
    let joined = join_broken_table_rows(text);
    let mut builder = Builder { file, text: &joined, blocks: Vec::new(), current: None, depth: 0, line: None };
    let parser = Parser::new_ext(&joined, Options::ENABLE_TABLES).into_offset_iter();
    for (event, range) in parser {
        builder.event(event, range);
    }
    builder.blocks
}

/// Scraped copies break long table cells over several lines: a row that starts with `|` but
/// does not end with one, followed by lines that do not start with `|`. Such line breaks
/// become spaces; every byte keeps its offset, so spans still point into the original page.
pub fn join_broken_table_rows(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open_row = false;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        let continues = open_row && !trimmed.is_empty() && !trimmed.starts_with('|');
        let starts_row = trimmed.starts_with('|');
        open_row = (starts_row || continues) && !trimmed.ends_with('|') && !trimmed.is_empty();
        out.push_str(content);
        let ending = &line[content.len()..];
        if open_row {
            out.push_str(&" ".repeat(ending.len()));
        } else {
            out.push_str(ending);
        }
    }
    out
}

/// Zero-width characters that some copies scatter through values.
const INVISIBLE: [char; 3] = ['\u{200b}', '\u{200c}', '\u{feff}'];

struct Builder<'a> {
    file: FileId,
    text: &'a str,
    blocks: Vec<Block>,
    current: Option<Block>,
    /// Nesting depth of open tags; 0 between blocks.
    depth: usize,
    /// Where the open line of a paragraph starts: in its plain text, and in the page.
    line: Option<(usize, usize)>,
}

impl Builder<'_> {
    /// The span of a range with surrounding white space trimmed.
    fn span(&self, range: Range<usize>) -> Span {
        let slice = self.text.get(range.clone()).unwrap_or("");
        let start = range.start + (slice.len() - slice.trim_start().len());
        let end = range.start + slice.trim_end().len();
        Span { file: self.file, start, end: end.max(start) }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => {
                if self.depth == 0 {
                    self.open(&tag, range.clone());
                }
                self.depth += 1;
                self.start_piece(&tag, range);
            }
            Event::End(end) => {
                self.depth = self.depth.saturating_sub(1);
                // Top-level list items close at depth 1, table cells at depth 2.
                let top_piece = matches!((&end, self.depth), (TagEnd::Item, 1) | (TagEnd::TableCell, 2));
                if top_piece {
                    self.trim_piece();
                }
                if self.depth == 0 {
                    self.end_line(range.end);
                }
                if self.depth == 0
                    && let Some(block) = self.current.take()
                {
                    self.blocks.push(block);
                }
            }
            Event::Text(t) => self.push_text(&t),
            Event::Code(c) => self.push_text(&format!("`{c}`")),
            Event::SoftBreak | Event::HardBreak => {
                let in_paragraph = self.line.is_some();
                self.end_line(range.start);
                self.push_text(" ");
                let at = self.current.as_ref().map_or(0, |b| b.text.len());
                self.line = in_paragraph.then_some((at, range.end));
            }
            Event::InlineHtml(h) | Event::Html(h) | Event::InlineMath(h) | Event::DisplayMath(h) => {
                if self.depth == 0 {
                    self.blocks.push(Block {
                        kind: BlockKind::Other("HTML"),
                        span: self.span(range),
                        text: h.trim().to_owned(),
                        lines: Vec::new(),
                    });
                } else {
                    self.push_text(&h);
                }
            }
            Event::Rule => self.blocks.push(Block {
                kind: BlockKind::Other("horizontal rule"),
                span: self.span(range),
                text: String::new(),
                lines: Vec::new(),
            }),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn open(&mut self, tag: &Tag<'_>, range: Range<usize>) {
        let kind = match tag {
            Tag::Heading { level, .. } => BlockKind::Heading(*level as u8),
            Tag::Paragraph => BlockKind::Paragraph,
            Tag::BlockQuote(_) => BlockKind::Quote,
            Tag::List(_) => BlockKind::List(Vec::new()),
            Tag::Table(_) => BlockKind::Table(Table::default()),
            Tag::CodeBlock(_) => BlockKind::Other(crate::vocab::CODE_BLOCK),
            Tag::HtmlBlock => BlockKind::Other("HTML block"),
            Tag::FootnoteDefinition(_) => BlockKind::Other("footnote"),
            _ => BlockKind::Other("block"),
        };
        self.line = matches!(kind, BlockKind::Paragraph).then_some((0, range.start));
        self.current = Some(Block { kind, span: self.span(range), text: String::new(), lines: Vec::new() });
    }

    /// Closes the open line of a paragraph at `end` (a line break, or the paragraph's end).
    fn end_line(&mut self, end: usize) {
        let Some((from, start)) = self.line.take() else { return };
        let span = self.span(start..end.max(start));
        let Some(block) = self.current.as_mut() else { return };
        let text = block.text.get(from..).unwrap_or_default().trim().to_owned();
        block.lines.push(Piece { span, own_len: text.len(), text, nested: Vec::new() });
    }

    /// Starts a list item (direct child of a top-level list) or a table cell.
    fn start_piece(&mut self, tag: &Tag<'_>, range: Range<usize>) {
        let span = self.span(range);
        let Some(block) = self.current.as_mut() else {
            return;
        };
        let piece = Piece { span, text: String::new(), nested: Vec::new(), own_len: 0 };
        match (&mut block.kind, tag) {
            (BlockKind::List(items), Tag::Item) if self.depth == 2 => items.push(piece),
            // An item of a list nested in a top-level item.
            (BlockKind::List(items), Tag::Item) if self.depth == 4 => {
                if let Some(parent) = items.last_mut() {
                    if parent.nested.is_empty() {
                        parent.own_len = parent.text.len();
                    }
                    parent.nested.push(piece);
                }
            }
            (BlockKind::Table(table), Tag::TableRow) => table.rows.push(Vec::new()),
            (BlockKind::Table(table), Tag::TableCell) => match table.rows.last_mut() {
                Some(row) => row.push(piece),
                None => table.head.push(piece),
            },
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        let Some(block) = self.current.as_mut() else {
            return;
        };
        // Some copies wrap values in invisible characters (`\u{200b}CHECKOUT_PAYMENT\u{200b}`); the
        // plain text drops them so that values match (the Markdown keeps them, spans stay right).
        let visible: String;
        let text = if text.contains(INVISIBLE) {
            visible = text.replace(INVISIBLE, "");
            visible.as_str()
        } else {
            text
        };
        block.text.push_str(text);
        let piece = match &mut block.kind {
            BlockKind::List(items) => items.last_mut(),
            BlockKind::Table(table) => match table.rows.last_mut() {
                Some(row) => row.last_mut(),
                None => table.head.last_mut(),
            },
            _ => None,
        };
        if let Some(piece) = piece {
            piece.text.push_str(text);
            if piece.nested.is_empty() {
                piece.own_len = piece.text.len();
            } else if let Some(nested) = piece.nested.last_mut().filter(|_| self.depth >= 4) {
                nested.text.push_str(text);
            }
        }
    }

    fn trim_piece(&mut self) {
        if let Some(block) = self.current.as_mut() {
            block.text.push(' ');
            let piece = match &mut block.kind {
                BlockKind::List(items) => items.last_mut(),
                BlockKind::Table(table) => table.rows.last_mut().and_then(|r| r.last_mut()).or(table.head.last_mut()),
                _ => None,
            };
            if let Some(piece) = piece {
                let lead = piece.text.len() - piece.text.trim_start().len();
                piece.text = piece.text.trim().to_owned();
                piece.own_len = piece.own_len.saturating_sub(lead).min(piece.text.len());
                for nested in &mut piece.nested {
                    nested.text = nested.text.trim().to_owned();
                }
            }
        }
    }
}

impl Piece {
    /// The item's own words, before any list nested in it.
    pub fn own_text(&self) -> &str {
        self.text.get(..self.own_len).unwrap_or(&self.text).trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<String> {
        blocks(0, text)
            .into_iter()
            .map(|b| match b.kind {
                BlockKind::Heading(l) => format!("h{l}:{}", b.text),
                BlockKind::Paragraph => format!("p:{}", b.text),
                BlockKind::Quote => format!("q:{}", b.text.trim()),
                BlockKind::List(items) => {
                    format!("list:{}", items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>().join("|"))
                }
                BlockKind::Table(t) => format!("table:{}x{}", t.head.len(), t.rows.len()),
                BlockKind::Other(what) => format!("other:{what}"),
            })
            .collect()
    }

    #[test]
    fn splits_blocks_and_resolves_escapes() {
        let text = "# api\n\n`POST /v1/x`\n\n> **Note**: hi\n\n- `S`: ok\n- Maximum length: 64 characters\n\n| Code | Value |\n| --- | --- |\n| A\\_B | S |\n\n```\ncode\n```\n";
        assert_eq!(
            kinds(text),
            [
                "h1:api",
                "p:`POST /v1/x`",
                "q:Note: hi",
                "list:`S`: ok|Maximum length: 64 characters",
                "table:2x1",
                "other:code block",
            ]
        );
        let table = blocks(0, text).into_iter().find_map(|b| match b.kind {
            BlockKind::Table(t) => Some(t),
            _ => None,
        });
        assert_eq!(table.map(|t| t.rows[0][0].text.clone()).as_deref(), Some("A_B"));
    }

    #[test]
    fn broken_table_rows_are_joined_in_place() {
        let text = "| A | B |\n| --- | --- |\n| x | long\ntext |\n| y | z |\n\nafter\n";
        let joined = join_broken_table_rows(text);
        assert_eq!(joined.len(), text.len());
        assert_eq!(joined, "| A | B |\n| --- | --- |\n| x | long text |\n| y | z |\n\nafter\n");
        let rows = blocks(0, text).into_iter().find_map(|b| match b.kind {
            BlockKind::Table(t) => Some(t.rows.len()),
            _ => None,
        });
        assert_eq!(rows, Some(2));
    }

    #[test]
    fn spans_cover_the_block_without_trailing_newline() {
        let text = "# api\n\nsecond para\n";
        let b = &blocks(0, text)[1];
        assert_eq!(&text[b.span.start..b.span.end], "second para");
    }

    #[test]
    fn a_paragraph_keeps_its_lines() {
        let text = "Intro:\n\nSPOT: Real-time\n`FORWARD`: later \\_ on\n";
        let paragraph = &blocks(0, text)[1];
        let lines: Vec<(&str, &str)> =
            paragraph.lines.iter().map(|l| (l.text.as_str(), &text[l.span.start..l.span.end])).collect();
        assert_eq!(
            lines,
            [("SPOT: Real-time", "SPOT: Real-time"), ("`FORWARD`: later _ on", "`FORWARD`: later \\_ on")]
        );
        assert_eq!(blocks(0, "one line\n")[0].lines.len(), 1);
        assert!(blocks(0, "- item\n")[0].lines.is_empty());
    }
}
