//! The page variants of doc-format.md: each readable variant parses to the model it must give;
//! the plain-text rendering, which cannot be read safely, is one located error that says what
//! to do instead.

mod common;

use vault_codegen::model::{Api, Ty};

fn api(variant: &str) -> Api {
    let sources = common::load(&format!("vault-codegen/tests/fixtures/variants/{variant}"));
    match vault_codegen::model(&sources, &vault_codegen::Config::default()) {
        Ok(model) => match model.apis.into_iter().next() {
            Some(api) => api,
            None => panic!("{variant}: no API"),
        },
        Err(d) => {
            panic!("{variant}: {:#?}", d.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect::<Vec<_>>())
        }
    }
}

fn field<'a>(api: &'a Api, name: &str) -> &'a vault_codegen::model::Field {
    match api.request.iter().find(|f| f.name == name) {
        Some(field) => field,
        None => panic!("no field {name}"),
    }
}

#[test]
fn more_information_about_this_field_then_a_second_list() {
    let api = api("more_information_about");
    assert_eq!(field(&api, "thingId").ty, Ty::Text { max: Some(64) });
    assert_eq!(api.idempotency.map(|i| i.field).as_deref(), Some("thingId"));
}

#[test]
fn lower_case_type_tokens() {
    let api = api("lower_case_types");
    assert_eq!(field(&api, "thingId").ty, Ty::Text { max: Some(64) });
    assert_eq!(field(&api, "urgent").ty, Ty::Bool);
    assert_eq!(field(&api, "count").ty, Ty::Integer { range: None });
}

#[test]
fn url_typed_field() {
    assert_eq!(field(&api("url_type"), "callback").ty, Ty::Url { max: Some(2048) });
}

#[test]
fn older_heading_form_and_h3_sections() {
    let api = api("old_heading_form");
    assert_eq!((field(&api, "thingId").required, &field(&api, "thingId").ty), (true, &Ty::Text { max: Some(64) }));
    assert!(!field(&api, "note").required);
    assert_eq!(api.response[0].ty, Ty::ApiResult);
    assert_eq!(api.codes.len(), 1);
}

#[test]
fn escaped_underscores_and_table_cells_broken_over_lines() {
    let api = api("escapes_and_broken_cells");
    assert_eq!(api.request[0].name, "thing_id");
    let codes: Vec<&str> = api.codes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["SUCCESS", "PARAM_ILLEGAL", "PROCESS_FAIL"]);
    let action = &api.codes[1].action;
    assert!(
        action.starts_with("Check every required field") && action.ends_with("then send a corrected request."),
        "{action}"
    );
}

#[test]
fn an_object_with_a_meaningless_maximum_length_is_accepted() {
    let sources = common::load("vault-codegen/tests/fixtures/variants/object_with_max_length");
    let model = vault_codegen::model(&sources, &vault_codegen::Config::default()).unwrap_or_default();
    assert_eq!(model.apis[0].request[0].ty, Ty::Object("Detail".to_owned()));
    assert_eq!(model.objects.values().next().map(|o| o.fields[0].ty.clone()), Some(Ty::Text { max: Some(16) }));
}

#[test]
fn method_outside_the_backticks() {
    assert_eq!(api("method_outside_backticks").endpoint.map(|e| e.path).as_deref(), Some("/v2/things/createThing"));
}

#[test]
fn table_based_parameter_layout() {
    let api = api("parameter_table");
    let thing = field(&api, "thingId");
    assert_eq!((thing.required, &thing.ty), (true, &Ty::Text { max: Some(64) }));
    let kind = field(&api, "kind");
    let values = match &kind.ty {
        Ty::Enum(values) => values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!((kind.required, values), (false, vec!["SMALL", "LARGE"]));
    assert_eq!(field(&api, "note").docs, ["A free note about `a.b` values."]);
}

#[test]
fn the_plain_text_rendering_is_one_located_error_that_says_what_to_do() {
    let sources = common::load("vault-codegen/tests/fixtures/variants/plain_text_rendering");
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("this is the plain-text rendering of a page"), "{}", found[0]);
    assert!(
        found[0].contains("--> vault-codegen/tests/fixtures/variants/plain_text_rendering/page.md:1:1"),
        "{}",
        found[0]
    );
    assert!(found[0].contains("use the Markdown version of the page instead"), "{}", found[0]);
}
