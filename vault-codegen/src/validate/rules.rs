//! Checks of one API or field against the configuration: next-step overrides, the codes that
//! carry response fields, and the fields marked secret.

use crate::config::{Config, NEXT_STEPS};
use crate::diag::{Diagnostics, Origin};
use crate::model::{Api, ApiKind, Field, Model, NextStepRule, Status, Ty, When};
use crate::source::Span;

/// Attaches each override to its API; reports overrides that name no API, code or step (at
/// that token of the macro's arguments).
pub fn apply_next_steps(apis: &mut [Api], config: &Config, sink: &mut Diagnostics) {
    for (index, rule) in config.next_steps.iter().enumerate() {
        let mut matching = apis.iter_mut().filter(|a| a.key().name == rule.api && a.kind == ApiKind::Call);
        let (Some(api), None) = (matching.next(), matching.next()) else {
            if config.ignore_unmatched {
                continue;
            }
            let message = format!("next_steps names `{}`, which is not exactly one API of the pages", rule.api);
            sink.error(Span::none(), message).origin(Origin::NextStepApi(index));
            continue;
        };
        if !NEXT_STEPS.contains(&rule.step.as_str()) {
            sink.error(Span::none(), format!("next_steps: `{}` is not a next step", rule.step))
                .help(format!("use one of {}", NEXT_STEPS.join(", ")))
                .origin(Origin::NextStepWhen(index));
            continue;
        }
        let when = match rule.when.as_str() {
            "U" => When::Status(Status::U),
            "F" => When::Status(Status::F),
            code if api.codes.iter().any(|c| c.code == code && c.status != Status::S) => When::Code(code.to_owned()),
            other => {
                let message = format!(
                    "next_steps for `{}`: `{other}` is neither `U`, `F` nor a failure code of its table",
                    rule.api
                );
                sink.error(Span::none(), message).origin(Origin::NextStepWhen(index));
                continue;
            }
        };
        api.next_steps.push(NextStepRule { when, step: rule.step.clone() });
    }
}

/// A "returned when `CODE`" sentence must name a code of the page's table. The vendor also
/// writes a status letter there ("returned when _result.resultCode_ is `S`", meaning the
/// status): `S` is the success, whose response holds the field already; `F` or `U` stands for
/// every code of the table with that status.
pub fn resolve_returned_with(model: &mut Model, sink: &mut Diagnostics) {
    for api in model.apis.iter_mut().filter(|a| a.kind == ApiKind::Call) {
        let codes = &api.codes;
        for field in &mut api.response {
            let mut resolved = Vec::new();
            for (code, span) in std::mem::take(&mut field.returned_with) {
                let status = Status::from_letter(&code).filter(|_| !codes.iter().any(|c| c.code == code));
                match status {
                    None if codes.iter().any(|c| c.code == code) => resolved.push((code, span)),
                    None => {
                        sink.error(span, format!("`{code}` is not a result code of `{}`", api.name))
                            .help("name a code of the page's Result/Error codes table");
                    }
                    Some(Status::S) => {}
                    Some(status) => {
                        let same = codes.iter().filter(|c| c.status == status);
                        resolved.extend(same.map(|c| (c.code.clone(), span)));
                    }
                }
            }
            field.returned_with = resolved;
        }
    }
}

/// Every configured secret field exists somewhere and is a string, so that a typo cannot leave
/// a secret printable.
pub fn check_sensitive(model: &Model, config: &Config, sink: &mut Diagnostics) {
    let fields: Vec<&Field> = model.field_lists().flat_map(|(_, fields)| fields).collect();
    for (index, wanted) in config.sensitive.iter().enumerate() {
        let matching: Vec<&&Field> = fields.iter().filter(|f| f.name == *wanted).collect();
        if matching.is_empty() && !config.ignore_unmatched {
            sink.error(Span::none(), format!("the sensitive field `{wanted}` is not a field of any page"))
                .help("list wire names exactly as the pages spell them, e.g. `cardNo`")
                .origin(Origin::Sensitive(index));
        }
        for field in matching.into_iter().filter(|f| !matches!(f.ty, Ty::Text { .. })) {
            sink.error(
                field.span,
                format!("`{}` is listed as sensitive but is not a plain `String` field", field.name),
            )
            .help("only string values can be kept secret; remove it from `sensitive`");
        }
    }
}
