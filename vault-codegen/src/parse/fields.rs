//! Field blocks inside a parameter section: the heading tree (H4 → H5 → H6) and, per field, its
//! description, notes, "More information" bullets and "Valid values are:" list.

use super::blocks::{Block, BlockKind, Piece};
use super::page::prose;
use super::{heading, item_text, param_table, text};
use crate::ast::{FieldBlock, Prose, Text, ValueItem, ValueList};
use crate::diag::Diagnostics;
use crate::source::SourceFile;
use crate::vocab;

/// Level of top-level field headings.
const TOP_LEVEL: u8 = 4;

/// What the next list in a field block belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    Prose,
    MoreInfo,
    Values,
}

/// Reads the blocks of a parameter section into its leading prose and its field tree.
pub fn parse_fields(blocks: &[Block], source: &SourceFile, sink: &mut Diagnostics) -> (Vec<Prose>, Vec<FieldBlock>) {
    let mut tree = Tree { top: Vec::new(), open: Vec::new(), skip_below: None, expect: Expect::Prose };
    let mut leading = Vec::new();
    for block in blocks {
        if let BlockKind::Heading(level) = block.kind {
            tree.heading(level, block, source, sink);
            continue;
        }
        if tree.skip_below.is_some() {
            continue;
        }
        match (&block.kind, tree.open.last_mut()) {
            (BlockKind::Table(table), None) if param_table::is_parameter_table(table) => {
                tree.top.extend(param_table::fields(table, source, sink));
            }
            (_, Some(field)) => tree.expect = content(field, tree.expect, block, source, sink),
            (_, None) => leading.extend(prose(block, source, sink)),
        }
    }
    tree.close_to(0);
    (leading, tree.top)
}

struct Tree {
    top: Vec<FieldBlock>,
    /// The open chain of fields, outermost first.
    open: Vec<FieldBlock>,
    /// While set, blocks are skipped until a heading at this level or above: the subtree of a
    /// heading that could not be read, so that its children are not hung on the wrong parent.
    skip_below: Option<u8>,
    expect: Expect,
}

impl Tree {
    fn heading(&mut self, level: u8, block: &Block, source: &SourceFile, sink: &mut Diagnostics) {
        if self.skip_below.is_some_and(|skip| level > skip) {
            return;
        }
        self.skip_below = None;
        self.expect = Expect::Prose;
        self.close_to(level);
        let expected = self.open.last().map_or(TOP_LEVEL, |parent| parent.level + 1);
        if level > expected {
            let hashes = |n: u8| "#".repeat(n as usize);
            let d = sink.error(
                block.span,
                format!("field heading skips a level: `{}` where `{}` was expected", hashes(level), hashes(expected)),
            );
            match self.open.last() {
                Some(parent) => d.related(parent.heading.span, "the enclosing field is here"),
                None => d.help("top-level fields use `####`, their children `#####`, grandchildren `######`"),
            };
            self.skip_below = Some(level);
            return;
        }
        match heading::parse(source.slice(block.span), block.span) {
            Ok(heading) => self.open.push(FieldBlock {
                heading,
                level,
                prose: Vec::new(),
                more_info: Vec::new(),
                values: None,
                children: Vec::new(),
            }),
            Err(e) => {
                sink.error(e.span, e.message).help(e.help);
                self.skip_below = Some(level);
            }
        }
    }

    /// Closes every open field at `level` or deeper, attaching each to its parent.
    fn close_to(&mut self, level: u8) {
        while self.open.last().is_some_and(|f| f.level >= level) {
            let Some(done) = self.open.pop() else { break };
            match self.open.last_mut() {
                Some(parent) => parent.children.push(done),
                None => self.top.push(done),
            }
        }
    }
}

/// Adds one block to a field; returns what the next list belongs to.
fn content(
    field: &mut FieldBlock,
    expect: Expect,
    block: &Block,
    source: &SourceFile,
    sink: &mut Diagnostics,
) -> Expect {
    let plain = block.text.trim();
    match (&block.kind, expect) {
        (BlockKind::Paragraph, _) if is_more_information(plain) => Expect::MoreInfo,
        (BlockKind::Paragraph, _) if plain.ends_with(vocab::VALID_VALUES) => {
            let t = text(source, block.span, plain);
            let intro = strip_suffix(&t, vocab::VALID_VALUES);
            if !intro.plain.is_empty() {
                field.prose.push(Prose::Paragraph(intro));
            }
            Expect::Values
        }
        (BlockKind::List(items), Expect::MoreInfo) => {
            field.more_info.extend(items.iter().map(|i| item_text(source, i.span, &i.text)));
            Expect::Prose
        }
        (BlockKind::List(items), Expect::Values) => {
            values(field, block, items, source, sink);
            Expect::Prose
        }
        _ => {
            if expect != Expect::Prose {
                report_missing_list(field, expect, block, sink);
            }
            field.prose.extend(prose(block, source, sink));
            Expect::Prose
        }
    }
}

fn is_more_information(plain: &str) -> bool {
    plain == vocab::MORE_INFORMATION || plain.starts_with(vocab::MORE_INFORMATION_ABOUT)
}

fn report_missing_list(field: &FieldBlock, expect: Expect, block: &Block, sink: &mut Diagnostics) {
    let what = if expect == Expect::MoreInfo { vocab::MORE_INFORMATION } else { vocab::VALID_VALUES };
    sink.error(block.span, format!("`{what}` must be followed by a bullet list"))
        .related(field.heading.span, format!("in field `{}`", field.heading.name.plain))
        .help("write one `- ` bullet per item right after that line");
}

fn values(field: &mut FieldBlock, block: &Block, items: &[Piece], source: &SourceFile, sink: &mut Diagnostics) {
    let mut list = ValueList { span: block.span, items: Vec::new() };
    for item in items {
        let t = item_text(source, item.span, &item.text);
        match split_value(&t.plain) {
            Some((value, meaning)) => {
                let offset = t.markdown.find(value).unwrap_or(0);
                let span = t.span.sub(offset, value.len());
                list.items.push(ValueItem {
                    value: Text { plain: value.to_owned(), markdown: value.to_owned(), span },
                    meaning: meaning.to_owned(),
                });
            }
            None => {
                sink.error(item.span, "a valid value must start with the value in backticks")
                    .help("write each value as ``-   `VALUE`: what it means``");
            }
        }
    }
    if let Some(previous) = &field.values {
        sink.error(block.span, "a second list of valid values").related(previous.span, "the first list is here");
    }
    field.values = Some(list);
}

/// `` `S`: meaning `` → (`S`, `meaning`).
fn split_value(plain: &str) -> Option<(&str, &str)> {
    let rest = plain.strip_prefix('`')?;
    let (value, rest) = rest.split_once('`')?;
    let meaning = rest.trim_start().strip_prefix(':').unwrap_or(rest).trim();
    (!value.trim().is_empty()).then_some((value.trim(), meaning))
}

fn strip_suffix(t: &Text, suffix: &str) -> Text {
    let plain = t.plain.strip_suffix(suffix).unwrap_or(&t.plain).trim().to_owned();
    let markdown = t.markdown.strip_suffix(suffix).unwrap_or(&t.markdown).trim().to_owned();
    Text { plain, markdown, span: t.span }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_items() {
        assert_eq!(split_value("`S`: the call succeeded."), Some(("S", "the call succeeded.")));
        assert_eq!(split_value("`WEB`"), Some(("WEB", "")));
        assert_eq!(split_value("S: no backticks"), None);
    }
}
