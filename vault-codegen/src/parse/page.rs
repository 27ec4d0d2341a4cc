//! The page skeleton: title, summary, endpoint, description, `# Structure`, then the sections.

use super::blocks::{Block, BlockKind, blocks};
use super::fields::parse_fields;
use super::{PLAIN_TEXT_HELP, prose, text};
use crate::ast::{CodeRow, CodeTable, GatewayTable, ObjectSection, Page, Section, SectionKind, Text};
use crate::diag::{Diagnostics, Reported};
use crate::source::{FileId, SourceFile, Span};
use crate::vocab;

/// Parses one page. Returns `None` only when the page has no title to hang anything on; every
/// other problem is reported and the rest of the page is still read.
pub fn parse_page(file: FileId, source: &SourceFile, sink: &mut Diagnostics) -> Result<Page, Reported> {
    let all = blocks(file, &source.text);
    let mut cursor = Cursor { blocks: &all, pos: 0 };
    let title = match cursor.next() {
        Some(block @ Block { kind: BlockKind::Heading(1), .. }) => text(source, block.span, &block.text),
        other => {
            let span = other.map_or(Span { file, start: 0, end: 0 }, |b| Span { end: b.span.start, ..b.span });
            let reported = if is_plain_text_rendering(&source.text) {
                sink.error(
                    span,
                    "this is the plain-text rendering of a page (a copy of the web page), which cannot be read safely",
                )
                .help(PLAIN_TEXT_HELP)
            } else {
                sink.error(span, "a page must start with the API name as a level-1 heading")
                    .help("begin the page with a line such as `# createVaultingSession`")
            };
            return Err(reported.reported());
        }
    };
    let mut page = Page {
        file,
        title,
        summary: None,
        endpoint: None,
        description: Vec::new(),
        gateways: None,
        sections: Vec::new(),
        objects: Vec::new(),
    };
    preamble(&mut cursor, source, &mut page, sink);
    let objects_page = vocab::same_title(&page.title.plain, vocab::OBJECTS_TITLE);
    while let Some(block) = cursor.next() {
        if objects_page {
            object_section(block, &mut cursor, source, &mut page, sink);
        } else {
            section(block, &mut cursor, source, &mut page, sink);
        }
    }
    Ok(page)
}

fn is_plain_text_rendering(text: &str) -> bool {
    text.lines().any(|line| vocab::PLAIN_TEXT_MARKERS.iter().any(|marker| line.trim() == *marker))
}

/// On an objects page, each `##` (or older `###`) heading names an object type whose fields
/// follow as `####` blocks.
fn object_section(
    block: &Block,
    cursor: &mut Cursor<'_>,
    source: &SourceFile,
    page: &mut Page,
    sink: &mut Diagnostics,
) {
    let heading = text(source, block.span, &block.text);
    match block.kind {
        BlockKind::Heading(2 | 3) if crate::names::is_type_name(&heading.plain) => {
            if let Some(first) = page.objects.iter().find(|o| o.name.plain == heading.plain) {
                sink.error(heading.span, format!("object type `{}` is described twice on this page", heading.plain))
                    .related(first.name.span, "first described here");
            }
            let (prose, fields) = parse_fields(cursor.until_heading(3), source, sink);
            page.objects.push(ObjectSection { name: heading, prose, fields });
        }
        BlockKind::Heading(level) => {
            sink.error(heading.span, format!("`{}` is not an object type heading", heading.plain))
                .help(format!("on the `# {}` page, each object type is a `## TypeName` heading (PascalCase) followed by its `####` fields", vocab::OBJECTS_TITLE));
            cursor.until_heading(level.min(3));
        }
        _ => {
            let _ = prose(block, source, sink);
        }
    }
}

/// A position in the block list.
pub(super) struct Cursor<'a> {
    pub blocks: &'a [Block],
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn next(&mut self) -> Option<&'a Block> {
        let block = self.blocks.get(self.pos)?;
        self.pos += 1;
        Some(block)
    }

    /// The blocks up to (not including) the next heading of level `max_level` or less.
    pub fn until_heading(&mut self, max_level: u8) -> &'a [Block] {
        let start = self.pos;
        while let Some(block) = self.blocks.get(self.pos) {
            if matches!(block.kind, BlockKind::Heading(level) if level <= max_level) {
                break;
            }
            self.pos += 1;
        }
        &self.blocks[start..self.pos]
    }
}

/// Summary, endpoint and description: everything between the title and the first heading.
fn preamble(cursor: &mut Cursor<'_>, source: &SourceFile, page: &mut Page, sink: &mut Diagnostics) {
    for block in cursor.until_heading(6) {
        let t = text(source, block.span, &block.text);
        match &block.kind {
            BlockKind::Quote if page.summary.is_none() && page.endpoint.is_none() && page.description.is_empty() => {
                page.summary = Some(t);
            }
            BlockKind::Paragraph if page.endpoint.is_none() && is_endpoint_line(&t.plain) => page.endpoint = Some(t),
            BlockKind::Table(table) if page.gateways.is_none() && is_gateway_table(table) => {
                page.gateways = Some(gateway_table(block.span, table, source));
            }
            _ => {
                if let Ok(prose) = prose(block, source, sink) {
                    page.description.push(prose);
                }
            }
        }
    }
}

fn is_gateway_table(table: &super::blocks::Table) -> bool {
    let columns = vocab::GATEWAY_COLUMNS;
    table.head.len() == columns.len()
        && table.head.iter().zip(columns).all(|(c, name)| vocab::same_title(&c.text, name))
}

fn gateway_table(span: Span, table: &super::blocks::Table, source: &SourceFile) -> GatewayTable {
    let rows = table
        .rows
        .iter()
        .filter_map(|row| match row.as_slice() {
            [region, method, url] => Some([region, method, url].map(|c| text(source, c.span, &c.text))),
            _ => None,
        })
        .collect();
    GatewayTable { span, rows }
}

/// A paragraph that is only an inline code span (`` `POST /v1/x` ``), or a method followed by
/// one (``POST `/v2/x` ``).
fn is_endpoint_line(plain: &str) -> bool {
    let ticks = plain.matches('`').count();
    let word_then_code = plain.split_once('`').is_some_and(|(method, _)| {
        let method = method.trim();
        !method.is_empty() && method.chars().all(|c| c.is_ascii_uppercase())
    });
    ticks == 2 && plain.ends_with('`') && (plain.starts_with('`') || word_then_code)
}

/// Handles one heading after the preamble and the blocks it owns.
fn section(block: &Block, cursor: &mut Cursor<'_>, source: &SourceFile, page: &mut Page, sink: &mut Diagnostics) {
    let heading = text(source, block.span, &block.text);
    let level = match block.kind {
        BlockKind::Heading(level) => level,
        // Only headings end the previous section's blocks, so this is a block before any section.
        _ => {
            let _ = prose(block, source, sink);
            return;
        }
    };
    // `# Structure` (some families write `## Structure`) introduces boilerplate about headers.
    if level <= 2 && vocab::same_title(&heading.plain, vocab::STRUCTURE_HEADING) {
        cursor.until_heading(3);
        return;
    }
    let kind = section_kind(&heading.plain);
    let Some(kind) = kind.filter(|_| level == 2 || level == 3) else {
        report_unknown_heading(level, &heading, sink);
        cursor.until_heading(3);
        return;
    };
    if let Some(previous) = page.sections.iter().find(|s| s.kind == kind) {
        sink.error(heading.span, format!("section `{}` appears twice", heading.plain))
            .related(previous.heading.span, "first appears here");
    }
    let owned = cursor.until_heading(3);
    let section = match kind {
        SectionKind::Request | SectionKind::Response => {
            let (prose, fields) = parse_fields(owned, source, sink);
            Section { kind, heading, prose, fields, table: None }
        }
        SectionKind::ResultLogic | SectionKind::Codes | SectionKind::FieldCodes => {
            prose_and_table(kind, heading, owned, source, sink)
        }
    };
    page.sections.push(section);
}

fn section_kind(title: &str) -> Option<SectionKind> {
    [
        (vocab::REQUEST_SECTION, SectionKind::Request),
        (vocab::RESPONSE_SECTION, SectionKind::Response),
        (vocab::RESULT_LOGIC_SECTION, SectionKind::ResultLogic),
        (vocab::CODES_SECTION, SectionKind::Codes),
    ]
    .into_iter()
    .chain(vocab::CODES_SECTION_ALSO.map(|name| (name, SectionKind::Codes)))
    .chain(vocab::RESULT_LOGIC_SECTION_ALSO.map(|name| (name, SectionKind::ResultLogic)))
    .find_map(|(name, kind)| vocab::same_title(title, name).then_some(kind))
    .or_else(|| vocab::is_field_codes_title(title).then_some(SectionKind::FieldCodes))
}

fn report_unknown_heading(level: u8, heading: &Text, sink: &mut Diagnostics) {
    let hashes = "#".repeat(level as usize);
    let diagnostic = if level >= 4 {
        sink.error(heading.span, format!("field heading `{}` is outside a parameter section", heading.plain))
    } else {
        sink.error(heading.span, format!("unknown section `{hashes} {}`", heading.plain))
    };
    diagnostic.help(format!(
        "sections are `## {}` (or `###` in older copies); field headings (`####`) belong under the parameter sections",
        vocab::SECTIONS.join("`, `## ")
    ));
}

/// A prose section (result process logic) or the code table section.
fn prose_and_table(
    kind: SectionKind,
    heading: Text,
    owned: &[Block],
    source: &SourceFile,
    sink: &mut Diagnostics,
) -> Section {
    let mut section = Section { kind, heading, prose: Vec::new(), fields: Vec::new(), table: None };
    let mut tables = 0;
    let codes = matches!(kind, SectionKind::Codes | SectionKind::FieldCodes);
    for block in owned {
        match &block.kind {
            BlockKind::Table(table) if codes && tables == 0 => {
                tables += 1;
                section.table = code_table(block.span, table, kind, source, sink).ok();
            }
            BlockKind::Table(_) if codes => {
                sink.error(block.span, "the codes section has a second table").help("put every code in one table");
            }
            _ => section.prose.extend(prose(block, source, sink).ok()),
        }
    }
    if codes && tables == 0 {
        sink.error(section.heading.span, format!("the `{}` section has no table", section.heading.plain))
            .help(format!("add a table with the columns | {} |", vocab::CODE_COLUMNS.join(" | ")));
    }
    section
}

/// The code table; a field's codes may leave out the Further action column (the lifecycle
/// detail page's Failure Reason Code table has three columns).
fn code_table(
    span: Span,
    table: &super::Table,
    kind: SectionKind,
    source: &SourceFile,
    sink: &mut Diagnostics,
) -> Result<CodeTable, Reported> {
    let columns: Vec<&str> = table.head.iter().map(|c| c.text.as_str()).collect();
    let expected = vocab::CODE_COLUMNS;
    let short = kind == SectionKind::FieldCodes && columns.len() == expected.len() - 1;
    let named = columns.iter().zip(expected).all(|(a, b)| vocab::same_title(a, b));
    let matches = named && (columns.len() == expected.len() || short);
    if !matches {
        let head = table
            .head
            .first()
            .map_or(span, |c| Span { end: table.head.last().map_or(c.span.end, |l| l.span.end), ..c.span });
        return Err(sink
            .error(head, format!("the code table has the columns | {} |", columns.join(" | ")))
            .label("unexpected columns")
            .help(format!("the columns must be | {} |", expected.join(" | ")))
            .reported());
    }
    let rows = table
        .rows
        .iter()
        .filter_map(|row| match row.as_slice() {
            [code, status, message, rest @ ..] if rest.len() <= 1 => Some(CodeRow {
                code: text(source, code.span, &code.text),
                status: text(source, status.span, &status.text),
                message: text(source, message.span, &message.text),
                action: rest.first().map_or_else(
                    || text(source, Span { start: message.span.end, ..message.span }, ""),
                    |action| text(source, action.span, &action.text),
                ),
            }),
            _ => None,
        })
        .collect();
    Ok(CodeTable { span, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_lines() {
        assert!(is_endpoint_line("`POST /v1/vaults/createVaultingSession`"));
        assert!(is_endpoint_line("POST `/v2/payments/pay`"));
        assert!(is_endpoint_line("`GET /v1/x`"));
        assert!(!is_endpoint_line("Use `POST` here."));
        assert!(!is_endpoint_line("`a` and `b`"));
    }
}
