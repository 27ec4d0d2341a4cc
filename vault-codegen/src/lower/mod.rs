//! ast to the lowered model, one page at a time: names, endpoint, sections, fields, codes.
//! What a type name means across pages, where each type is generated and what the settings
//! say are the linker's.

mod api;
mod codes;
mod constraints;
mod endpoint;
mod fields;
pub mod page;
mod prose;

use crate::ast;
use crate::diag::{Diagnostics, Reported};
use crate::model::Code;
use crate::vocab;
use fields::FieldCx;
use page::{Object, Page, PageKind};
use std::path::Path;

/// Lowers one page, read from `path`; gives up on an API page too broken to describe an API.
pub fn lower(page: &ast::Page, path: &Path, sink: &mut Diagnostics) -> Result<Page, Reported> {
    let kind = if vocab::same_title(&page.title.plain, vocab::OBJECTS_TITLE) {
        PageKind::Objects(objects_page(page, sink))
    } else if vocab::same_title(&page.title.plain, vocab::COMMON_CODES_TITLE) {
        PageKind::CommonCodes(common_codes_page(page, sink))
    } else {
        api::api_page(page, sink)?
    };
    Ok(Page { path: path.to_path_buf(), kind })
}

/// The object types of the objects page, for either direction.
fn objects_page(page: &ast::Page, sink: &mut Diagnostics) -> Vec<Object> {
    let mut objects = Vec::new();
    for section in &page.objects {
        let mut cx = FieldCx::new(None, 1, &mut objects, sink);
        let fields = fields::lower_fields(&section.fields, &mut cx);
        for mark in cx.idempotency {
            sink.error(mark.span, format!("`{}` is marked as an idempotency field on the objects page; only a top-level request field can be one", mark.field));
        }
        objects.push(Object {
            name: section.name.plain.clone(),
            direction: None,
            fields,
            span: section.name.span,
            docs: prose::docs(&section.prose),
        });
    }
    objects
}

/// The table of the common codes page: only a codes section, which it must have.
fn common_codes_page(page: &ast::Page, sink: &mut Diagnostics) -> Vec<Code> {
    for section in page.sections.iter().filter(|s| s.kind != ast::SectionKind::Codes) {
        sink.error(
            section.heading.span,
            format!("the `# {}` page has only a `## {}` section", vocab::COMMON_CODES_TITLE, vocab::CODES_SECTION),
        );
    }
    match page.sections.iter().find_map(|s| s.table.as_ref()) {
        Some(table) => codes::lower(table, sink),
        None => {
            sink.error(
                page.title.span,
                format!("the `# {}` page has no `## {}` table", vocab::COMMON_CODES_TITLE, vocab::CODES_SECTION),
            )
            .help(format!("add the table | {} | with the gateway's common codes", vocab::CODE_COLUMNS.join(" | ")));
            Vec::new()
        }
    }
}
