//! The table-based parameter layout of some product families' pages:
//!
//! ```text
//! | Parameter name | Type | Required | Description |
//! | --- | --- | --- | --- |
//! | orderId | String | Yes | Your order id. Maximum length: 64 characters. |
//! ```
//!
//! Each row becomes a top-level field block: sentences of the description that state a
//! constraint go to its "More information" list, `Valid values are: `A`, `B`.` to its values.

use super::blocks::{Piece, Table};
use super::text;
use crate::ast::{FieldBlock, FieldHeading, Prose, Text, ValueItem, ValueList};
use crate::diag::{Diagnostics, Reported};
use crate::names::is_field_name;
use crate::source::SourceFile;
use crate::vocab;

/// Whether a table has the parameter columns.
pub fn is_parameter_table(table: &Table) -> bool {
    table.head.len() == vocab::PARAMETER_COLUMNS.len()
        && table.head.iter().zip(vocab::PARAMETER_COLUMNS).all(|(cell, name)| vocab::same_title(&cell.text, name))
}

/// The field blocks of a parameter table; rows that cannot be read are reported and skipped.
pub fn fields(table: &Table, source: &SourceFile, sink: &mut Diagnostics) -> Vec<FieldBlock> {
    // Markdown gives every row as many cells as the head, which has the four columns.
    let rows = table.rows.iter().filter_map(|row| <&[Piece; 4]>::try_from(row.as_slice()).ok());
    rows.filter_map(|row| field(row, source, sink).ok()).collect()
}

fn field(row: &[Piece; 4], source: &SourceFile, sink: &mut Diagnostics) -> Result<FieldBlock, Reported> {
    let [name, ty, required, description] = row;
    let name_text = text(source, name.span, &name.text);
    if name_text.plain.contains('.') {
        return Err(sink.error(name.span, format!("the nested parameter `{}` cannot be read from a table", name_text.plain))
            .help("write nested fields as headings one level below their parent: `#### parent (Type)` then `##### child (Type)`")
            .reported());
    }
    if !is_field_name(&name_text.plain) {
        return Err(sink.error(name.span, format!("`{}` is not a field name", name_text.plain)).reported());
    }
    let required = match required.text.trim().to_ascii_lowercase().as_str() {
        "yes" | "required" | "true" | "y" => true,
        "no" | "optional" | "false" | "n" | "" => false,
        other => {
            return Err(sink
                .error(required.span, format!("`{other}` in the Required column is neither yes nor no"))
                .help("write `Yes` or `No`")
                .reported());
        }
    };
    let mut block = FieldBlock {
        heading: FieldHeading { span: name.span, name: name_text, ty: text(source, ty.span, &ty.text), required },
        level: 4,
        prose: Vec::new(),
        more_info: Vec::new(),
        values: None,
        children: Vec::new(),
    };
    describe(&mut block, description, source);
    Ok(block)
}

/// Sorts the description's sentences into prose, constraints and valid values.
fn describe(block: &mut FieldBlock, description: &Piece, source: &SourceFile) {
    let cell = text(source, description.span, &description.text);
    let mut prose = Vec::new();
    for sentence in sentences(&cell.plain) {
        let constraint = [vocab::MAX_LENGTH, vocab::MAX_SIZE, vocab::VALUE_RANGE, vocab::IDEMPOTENCY, vocab::ISO_8601]
            .iter()
            .any(|prefix| sentence.starts_with(prefix));
        if constraint {
            block.more_info.push(Text { plain: sentence.to_owned(), markdown: sentence.to_owned(), span: cell.span });
        } else if let Some(values) = sentence.strip_prefix(vocab::VALID_VALUES) {
            let items = values
                .split('`')
                .skip(1)
                .step_by(2)
                .map(|v| ValueItem {
                    value: Text { plain: v.to_owned(), markdown: v.to_owned(), span: cell.span },
                    meaning: String::new(),
                })
                .collect();
            block.values = Some(ValueList { span: cell.span, items, fixed: false, grouped: false, unread: None });
        } else {
            prose.push(sentence);
        }
    }
    if !prose.is_empty() {
        let joined = prose.join(" ");
        block.prose.push(Prose::Paragraph(Text { plain: joined.clone(), markdown: joined, span: cell.span }));
    }
}

/// Sentences ending in `. ` (a period inside backticks or a number does not end one).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut in_code) = (0, false);
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'`' => in_code = !in_code,
            b'.' if !in_code && bytes.get(i + 1).is_none_or(|n| *n == b' ') => {
                out.push(text[start..=i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(text[start..].trim());
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_outside_code() {
        assert_eq!(
            sentences("Your id. Maximum length: 64 characters."),
            ["Your id.", "Maximum length: 64 characters."]
        );
        assert_eq!(sentences("Use `a.b` here. Then"), ["Use `a.b` here.", "Then"]);
    }
}
