//! The result/error code table to model codes.

use crate::ast::CodeTable;
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

fn is_code(code: &str) -> bool {
    crate::names::is_constant(code)
}
