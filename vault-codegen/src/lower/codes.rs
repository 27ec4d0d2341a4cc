//! The result/error code table to model codes.

use super::page::{Field, Object};
use crate::ast::{CodeTable, Page, SectionKind};
use crate::diag::Diagnostics;
use crate::model::{Code, Status};
use crate::source::Span;
use crate::vocab;
use std::collections::BTreeMap;

/// Lowers the rows; reports unknown status letters, malformed and duplicate codes.
pub fn lower(table: &CodeTable, sink: &mut Diagnostics) -> Vec<Code> {
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    let mut codes = Vec::new();
    for row in &table.rows {
        let code = row.code.plain.trim().to_owned();
        if !is_code(&code) {
            sink.error(row.code.span, format!("`{code}` is not a result code"))
                .help("result codes are upper-case words joined by underscores, such as `PARAM_ILLEGAL`");
            continue;
        }
        let status = match Status::from_letter(row.status.plain.trim()) {
            Some(status) => status,
            None => {
                let other = row.status.plain.trim();
                sink.error(row.status.span, format!("unknown status letter `{other}` for `{code}`"))
                    .help("the Value column holds the result status: `S`, `F` or `U`");
                continue;
            }
        };
        if let Some(first) = seen.get(&code) {
            sink.error(row.code.span, format!("duplicate result code `{code}`")).related(*first, "first listed here");
            continue;
        }
        if code == vocab::SUCCESS_CODE && status != Status::S {
            sink.error(row.status.span, format!("`{}` must have the status `S`", vocab::SUCCESS_CODE));
        }
        seen.insert(code.clone(), row.code.span);
        codes.push(Code {
            code,
            status,
            message: row.message.markdown.clone(),
            action: row.action.markdown.clone(),
            span: row.code.span,
        });
    }
    codes
}

/// The tables of the codes one field carries (`## Failure Reason Code`): each goes into the
/// docs of the field its title names, wherever it is on the page (`failureReason`, or with
/// `Code` added: `## Payment result codes` for `paymentResultCode`). They are not the API's
/// result codes, so they make no error variant. A title that names no field is an error.
pub fn field_codes(page: &Page, top: [&mut Vec<Field>; 2], objects: &mut [Object], sink: &mut Diagnostics) {
    let tables = page.sections.iter().filter(|s| s.kind == SectionKind::FieldCodes);
    let tables: Vec<_> = tables.filter_map(|s| s.table.as_ref().map(|t| (s, t))).collect();
    if tables.is_empty() {
        return;
    }
    let [request, response] = top;
    let mut fields: Vec<&mut Field> = request.iter_mut().chain(response.iter_mut()).collect();
    fields.extend(objects.iter_mut().flat_map(|o| o.fields.iter_mut()));
    for (section, table) in tables {
        let names = field_names(&section.heading.plain);
        let codes = lower(table, sink);
        let doc = codes_doc(&section.heading.plain, &codes);
        let mut found = false;
        for field in fields.iter_mut().filter(|f| names.contains(&f.name)) {
            field.docs.push(doc.clone());
            found = true;
        }
        if !found {
            sink.error(section.heading.span, format!("no field of the page is named `{}`, whose codes this table would list", names.join("` or `")))
                .help(format!("title a table of a field's codes after the field (`## Failure Reason Code` lists `failureReason`'s); the API's own codes go under `## {}`", vocab::CODES_SECTION));
        }
    }
}

/// `Failure Reason Code` → `failureReason`, `failureReasonCode`.
fn field_names(title: &str) -> [String; 2] {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    words.pop();
    let mut name = String::new();
    for (i, word) in words.iter().enumerate() {
        let lower = word.to_ascii_lowercase();
        let mut chars = lower.chars();
        match (i, chars.next()) {
            (0, Some(first)) => name.push(first),
            (_, Some(first)) => name.push(first.to_ascii_uppercase()),
            (_, None) => {}
        }
        name.extend(chars);
    }
    let with_code = format!("{name}Code");
    [name, with_code]
}

/// The field's paragraph that lists the table: code, status letter, message, action.
fn codes_doc(title: &str, codes: &[Code]) -> String {
    let mut doc = format!("The page's \"{}\" table lists these codes for this field:\n", title.trim());
    for code in codes {
        let action = if code.action.trim().is_empty() { String::new() } else { format!(" {}", code.action.trim()) };
        doc.push_str(&format!("\n- `{}` (`{}`): {}{action}", code.code, code.status.letter(), code.message.trim()));
    }
    doc
}

fn is_code(code: &str) -> bool {
    crate::names::is_constant(code)
}
