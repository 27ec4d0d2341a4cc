//! Field blocks inside a parameter section: the heading tree (H4 → H5 → H6) and, per field, its
//! description, notes, "More information" bullets and "Valid values are:" list.

use super::blocks::{Block, BlockKind, Piece};
use super::{heading, item_text, param_table, prose, text};
use crate::ast::{FieldBlock, Prose, Text, ValueItem, ValueList};
use crate::diag::{Diagnostics, Reported};
use crate::source::SourceFile;
use crate::vocab;

/// Level of top-level field headings.
const TOP_LEVEL: u8 = 4;

/// What the next list in a field block belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    Prose,
    MoreInfo,
    /// A list of values.
    Values {
        /// Whether its introduction says the value is fixed (`The fixed value is:`).
        fixed: bool,
    },
    /// More `VALUE: meaning` paragraphs of a value list written without bullets; any other
    /// block ends the list.
    MoreValueLines,
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
            (_, None) => leading.extend(prose(block, source, sink).ok()),
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
    let value_lines = matches!(block.kind, BlockKind::Paragraph) && is_value_paragraph(&block.lines);
    let expect = if expect == Expect::MoreValueLines && !value_lines { Expect::Prose } else { expect };
    match (&block.kind, expect) {
        // The vendor's export writes some lists as plain lines after their introduction
        // (`Possible value range:`, then `SPOT: Real-time exchange rate.`), one paragraph or
        // several.
        (BlockKind::Paragraph, Expect::Values { fixed }) if value_lines => {
            values(field, block, &block.lines, fixed, source, sink);
            Expect::MoreValueLines
        }
        (BlockKind::Paragraph, Expect::MoreValueLines) => {
            more_values(field, &block.lines, source, sink);
            Expect::MoreValueLines
        }
        (BlockKind::Paragraph, _) if is_more_information(plain) => Expect::MoreInfo,
        (BlockKind::Paragraph, _) if value_list_intro(plain).is_some() => {
            let t = text(source, block.span, plain);
            let ending = value_list_intro(plain).unwrap_or_default();
            let intro = strip_ending(&t, ending);
            if !intro.plain.is_empty() {
                field.prose.push(Prose::Paragraph(intro));
            }
            Expect::Values { fixed: ending.to_lowercase().contains(vocab::FIXED_WORD) }
        }
        (BlockKind::List(items), Expect::MoreInfo) => {
            field.more_info.extend(items.iter().map(|i| item_text(source, i.span, &i.text)));
            Expect::Prose
        }
        (BlockKind::List(items), Expect::Values { fixed }) => {
            values(field, block, items, fixed, source, sink);
            Expect::Prose
        }
        // notifySubscription's `subscriptionNotificationType` lists its values with no sentence
        // before them: a list of nothing but `` `VALUE`: meaning `` items is a value list. Not
        // after a sentence ending in a colon that is no value-list introduction ("for example:"),
        // which announces examples, not the closed set.
        (BlockKind::List(items), Expect::Prose)
            if field.values.is_none() && !after_colon(field) && is_bare_value_list(items) =>
        {
            values(field, block, items, false, source, sink);
            Expect::Prose
        }
        _ => {
            if expect != Expect::Prose {
                report_missing_list(field, expect, block, sink);
            }
            field.prose.extend(prose(block, source, sink).ok());
            Expect::Prose
        }
    }
}

/// Whether every line of a paragraph is a value and its meaning: `` `VALUE`: meaning `` or
/// `VALUE: meaning` with an upper-case value (`true`/`false` on a Boolean).
fn is_value_paragraph(lines: &[Piece]) -> bool {
    let value_line = |line: &Piece| {
        let text = line.text.trim();
        let Some((value, _)) = split_value(text) else { return false };
        let colon = text.get(text.find(value).map_or(0, |at| at + value.len())..).unwrap_or_default();
        let colon = colon.trim_start_matches('`').trim_start().starts_with(':');
        colon && (text.starts_with('`') || crate::names::is_constant(value) || matches!(value, "true" | "false"))
    };
    !lines.is_empty() && lines.iter().all(value_line)
}

/// Adds the lines of another value paragraph to the field's list.
fn more_values(field: &mut FieldBlock, lines: &[Piece], source: &SourceFile, sink: &mut Diagnostics) {
    let Some(list) = field.values.as_mut() else { return };
    for line in lines {
        match value_item(line, None, source, sink) {
            Ok(value) => list.items.push(value),
            Err(reported) => list.unread = Some(reported),
        }
    }
}

/// Whether the field's description so far ends with a colon.
fn after_colon(field: &FieldBlock) -> bool {
    matches!(field.prose.last(), Some(Prose::Paragraph(t) | Prose::Note(t)) if t.plain.trim_end().ends_with(':'))
}

/// Two or more items, each `` `VALUE`: meaning `` with a value of upper-case letters, digits and
/// underscores: the shape of a value list, which prose lists do not have.
fn is_bare_value_list(items: &[Piece]) -> bool {
    let value_item = |item: &Piece| {
        let Some((value, rest)) = item.text.trim().strip_prefix('`').and_then(|q| q.split_once('`')) else {
            return false;
        };
        crate::names::is_constant(value) && rest.trim_start().starts_with(':')
    };
    items.len() >= 2 && items.iter().all(value_item)
}

fn is_more_information(plain: &str) -> bool {
    plain == vocab::MORE_INFORMATION || plain.starts_with(vocab::MORE_INFORMATION_ABOUT)
}

fn report_missing_list(field: &FieldBlock, expect: Expect, block: &Block, sink: &mut Diagnostics) {
    let (what, follows, help) = match expect {
        Expect::MoreInfo => (
            format!("`{}`", vocab::MORE_INFORMATION),
            "a bullet list",
            "write one `- ` bullet per item right after that line",
        ),
        _ => (
            "a sentence that introduces values (such as `Valid values are:`)".to_owned(),
            "its values",
            "list each value right after that line, as a bullet ``-   `VALUE`: what it means`` or as a line `VALUE: what it means`",
        ),
    };
    sink.error(block.span, format!("{what} must be followed by {follows}"))
        .related(field.heading.span, format!("in field `{}`", field.heading.name.plain))
        .help(help);
}

fn values(
    field: &mut FieldBlock,
    block: &Block,
    items: &[Piece],
    fixed: bool,
    source: &SourceFile,
    sink: &mut Diagnostics,
) {
    let mut list = ValueList { span: block.span, items: Vec::new(), fixed, grouped: false, unread: None };
    for item in items {
        // `-   AU, SG, and HK` with the values for those regions nested under it.
        let group = !item.nested.is_empty() && item.nested.iter().all(|n| split_value(n.text.trim()).is_some());
        let (label, pieces) = match group {
            true => (Some(item.own_text().trim_end_matches(':')), item.nested.iter().collect()),
            false => (None, vec![item]),
        };
        list.grouped |= group;
        for piece in pieces {
            match value_item(piece, label, source, sink) {
                Ok(value) => list.items.push(value),
                Err(reported) => list.unread = Some(reported),
            }
        }
    }
    if let Some(previous) = &field.values {
        sink.error(block.span, "a second list of valid values").related(previous.span, "the first list is here");
    }
    field.values = Some(list);
}

/// One `` `VALUE`: meaning `` item; in a group, its meaning starts with the group's label.
fn value_item(
    item: &Piece,
    label: Option<&str>,
    source: &SourceFile,
    sink: &mut Diagnostics,
) -> Result<ValueItem, Reported> {
    let t = item_text(source, item.span, &item.text);
    let Some((value, meaning)) = split_value(&t.plain) else {
        return Err(sink
            .error(item.span, "a valid value must start with the value in backticks")
            .help("write each value as ``-   `VALUE`: what it means``")
            .reported());
    };
    // The value is taken from the plain text; where the Markdown spells it otherwise (a
    // zero-width space inside it), the whole item is the place, never the value's length laid
    // over the Markdown's first bytes.
    let span = t.markdown.find(value).map_or(t.span, |offset| t.span.sub(offset, value.len()));
    let meaning = match label {
        Some(label) => format!("{label}: {meaning}"),
        None => meaning.to_owned(),
    };
    Ok(ValueItem { value: Text { plain: value.to_owned(), markdown: value.to_owned(), span }, meaning })
}

/// `` `S`: meaning `` → (`S`, `meaning`); without backticks, `SUCCESS: meaning` or `true`.
fn split_value(plain: &str) -> Option<(&str, &str)> {
    let (value, rest) = match plain.strip_prefix('`') {
        Some(quoted) => quoted.split_once('`')?,
        None => {
            let end = plain
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
                .unwrap_or(plain.len());
            let (value, rest) = plain.split_at(end);
            let bare = rest.trim_start();
            // A bare value ends the item or is followed by a colon.
            if value.is_empty() || !(bare.is_empty() || bare.starts_with(':')) {
                return None;
            }
            (value, rest)
        }
    };
    let meaning = rest.trim_start().strip_prefix(':').unwrap_or(rest).trim();
    (!value.trim().is_empty()).then_some((value.trim(), meaning))
}

/// The ending of a paragraph that introduces a list of values, as written (`Valid value are:`).
fn value_list_intro(plain: &str) -> Option<&str> {
    vocab::VALUE_LIST_INTROS.iter().find_map(|ending| {
        let kept = vocab::strip_suffix_ignore_ascii_case(plain, ending)?;
        plain.get(kept.len()..)
    })
}

/// The paragraph without its list introduction `ending` (`The kind of terminal. Valid values
/// are:` → `The kind of terminal.`), and without a dangling `The` or comma. The Markdown loses
/// the same ending when it ends with it (it may not: `**Valid values are:**`).
fn strip_ending(t: &Text, ending: &str) -> Text {
    let cut = |kept: &str| {
        let kept = kept.trim_end();
        let kept = kept.strip_suffix(" The").or_else(|| kept.strip_suffix(" the")).unwrap_or(kept);
        kept.trim_end_matches([',', ' ']).to_owned()
    };
    let plain = vocab::strip_suffix_ignore_ascii_case(&t.plain, ending).map_or_else(String::new, cut);
    let markdown = vocab::strip_suffix_ignore_ascii_case(&t.markdown, ending).map_or_else(|| t.markdown.clone(), cut);
    Text { plain, markdown, span: t.span }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_items() {
        assert_eq!(split_value("`S`: the call succeeded."), Some(("S", "the call succeeded.")));
        assert_eq!(split_value("`WEB`"), Some(("WEB", "")));
        assert_eq!(split_value("SUCCESS: no backticks"), Some(("SUCCESS", "no backticks")));
        assert_eq!(split_value("SUCCESS:tight"), Some(("SUCCESS", "tight")));
        assert_eq!(split_value("true"), Some(("true", "")));
        assert_eq!(split_value("Some words: no value"), None);
    }
}
