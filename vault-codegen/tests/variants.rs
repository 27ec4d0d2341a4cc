//! The page variants of doc-format.md: each readable variant parses to the model it must give;
//! the plain-text rendering, which cannot be read safely, is one located error that says what
//! to do instead.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

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

/// The page's name of the object type a field holds itself (not in a list).
fn object_named(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Object(object) => Some(&object.name),
        _ => None,
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
    assert_eq!(object_named(&model.apis[0].request[0].ty), Some("Detail"));
    assert_eq!(model.objects.values().next().map(|o| o.fields[0].ty.clone()), Some(Ty::Text { max: Some(16) }));
    // Not checked, and not dropped without a word: the field's docs say so.
    let notes = &model.apis[0].request[0].notes;
    assert!(notes.iter().any(|n| n.contains("maximum length of 2048 characters")), "{notes:?}");
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
        Ty::Enum(list) => list.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>(),
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

fn model(variant: &str) -> vault_codegen::model::Model {
    let sources = common::load(&format!("vault-codegen/tests/fixtures/variants/{variant}"));
    match vault_codegen::model(&sources, &vault_codegen::Config::default()) {
        Ok(model) => model,
        Err(d) => {
            panic!("{variant}: {:#?}", d.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect::<Vec<_>>())
        }
    }
}

fn object_field<'a>(
    model: &'a vault_codegen::model::Model,
    object: &str,
    name: &str,
) -> &'a vault_codegen::model::Field {
    let found =
        model.objects.values().filter(|o| o.path.name == object).flat_map(|o| &o.fields).find(|f| f.name == name);
    match found {
        Some(field) => field,
        None => panic!("no {object}.{name}"),
    }
}

#[test]
fn open_upper_bounds_and_interval_ranges() {
    use vault_codegen::model::Range;
    let range = |min, max| Range { min, max };
    let model = model("open_upper_bounds");
    let api = &model.apis[0];
    assert_eq!(object_field(&model, "Amount", "value").ty, Ty::NumericText { range: range(1, None), max: None });
    assert_eq!(field(api, "colorDepth").ty, Ty::NumericText { range: range(0, None), max: None });
    assert_eq!(field(api, "periodCount").ty, Ty::Integer { range: Some(range(1, None)) });
    assert_eq!(field(api, "estimate").ty, Ty::Integer { range: Some(range(0, None)) });
    assert_eq!(field(api, "timeZoneOffset").ty, Ty::Integer { range: Some(range(-720, Some(720))) });
    let item = Ty::Integer { range: Some(range(2, None)) };
    assert_eq!(field(api, "installmentFreeNums").ty, Ty::Array { item: Box::new(item), max_items: None });
}

#[test]
fn a_one_number_range_on_a_string_is_its_maximum_length_unless_one_is_stated() {
    let api = api("single_number_range");
    assert_eq!(field(&api, "paymentMethodType").ty, Ty::Text { max: Some(64) });
    assert_eq!(field(&api, "shortCode").ty, Ty::Text { max: Some(8) });
}

#[test]
fn valid_values_of_a_boolean_are_documentation() {
    let api = api("boolean_valid_values");
    assert_eq!(field(&api, "recurringPayment").ty, Ty::Bool);
    assert_eq!(field(&api, "isAuthorization").ty, Ty::Bool);
}

#[test]
fn every_spelling_of_the_value_list_sentence() {
    let api = api("value_list_spellings");
    let values = |name: &str| match &field(&api, name).ty {
        Ty::Enum(list) => list.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(values("transitType"), ["FLIGHT", "TRAIN"]);
    assert_eq!(values("accountHolderType"), ["INDIVIDUAL", "ENTERPRISE"]);
    assert_eq!(values("unit"), ["YEAR", "MONTH"]);
    assert_eq!(values("productScene"), ["CHECKOUT_PAYMENT", "ELEMENT_PAYMENT"]);
    assert_eq!(values("cardBrand"), ["VISA", "MASTERCARD"]);
    assert_eq!(values("notifyType"), ["REFUND_RESULT"]);
    assert_eq!(field(&api, "productCode").ty, Ty::Fixed("CASHIER_PAYMENT".to_owned()));
    assert_eq!(field(&api, "settlementMode").ty, Ty::Fixed("SPLIT".to_owned()));
    // The introduction is stripped from the description, which keeps its own words.
    assert_eq!(field(&api, "unit").docs, ["The unit of time."]);
    assert_eq!(field(&api, "transitType").docs, ["The kind of transport;"]);
}

#[test]
fn maps_of_strings_and_of_json_values() {
    use vault_codegen::model::MapValue;
    let api = api("map_types");
    assert_eq!(field(&api, "metadata").ty, Ty::Map { value: MapValue::Text });
    assert_eq!(field(&api, "paymentMethodMetaData").ty, Ty::Map { value: MapValue::Json });
    assert_eq!(api.response[1].ty, Ty::Map { value: MapValue::Text });
}

#[test]
fn a_maximum_length_on_a_datetime_is_kept() {
    let api = api("datetime_max_length");
    assert_eq!(field(&api, "paymentExpiryTime").ty, Ty::Datetime { max: Some(32) });
    assert_eq!(field(&api, "scheduledTime").ty, Ty::Datetime { max: None });
    assert_eq!(api.response[1].ty, Ty::Datetime { max: Some(32) });
}

/// A received Datetime whose page gives a maximum length shorter than a date and time (a slip
/// on a field never checked on receipt) is read, the length dropped and said in its docs, on
/// the API's page and on the objects page alike.
#[test]
fn a_short_maximum_length_on_a_received_datetime_is_documented() {
    let sources = common::load("vault-codegen/tests/fixtures/variants/datetime_short_received");
    let model = vault_codegen::model(&sources, &vault_codegen::Config::default()).unwrap_or_else(|d| {
        panic!("{:#?}", d.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect::<Vec<_>>())
    });
    let api = model.apis.first().unwrap_or_else(|| panic!("no API"));
    let created = api.response.iter().find(|f| f.name == "createTime").unwrap_or_else(|| panic!("no createTime"));
    let start = model.objects.values().flat_map(|o| &o.fields).find(|f| f.name == "startTime");
    let start = start.unwrap_or_else(|| panic!("no startTime"));
    for (field, max) in [(created, 14), (start, 19)] {
        assert_eq!(field.ty, Ty::Datetime { max: None });
        let note = format!("a maximum length of {max} characters, shorter than a date and time");
        assert!(field.notes.iter().any(|n| n.contains(&note) && n.contains("a slip of the page")), "{:?}", field.notes);
    }
    let code = common::expand(&sources, &vault_codegen::Config::default()).unwrap_or_default();
    assert!(code.contains("The page gives this date and time a maximum length of 14 characters"), "{code}");
}

/// Sent, the same length is an error: the client would send more than the page allows. On the
/// API's page it points at the bullet; on the objects page, which does not know which way its
/// types travel, at the field a request uses.
#[test]
fn a_short_maximum_length_on_a_sent_datetime_is_a_located_error() {
    let dir = "vault-codegen/tests/fixtures/variants/datetime_short_received";
    let read = |file: &str| std::fs::read_to_string(common::root().join(dir).join(file)).unwrap_or_default();
    let (page, objects) = (read("page.md"), read("shared_objects.md"));
    let sent = page.replacen(
        "## Response parameters",
        "#### sentAt (Datetime)\n\nWhen.\n\nMore information:\n\n- Maximum length: 10 characters\n\n#### window (Window)\n\nThe period asked about.\n\n## Response parameters",
        1,
    );
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(format!("{dir}/page.md"), format!("{dir}/page.md"), sent));
    let objects_path = format!("{dir}/shared_objects.md");
    sources.add(vault_codegen::source::SourceFile::new(objects_path.clone(), objects_path, objects));
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].starts_with("the Datetime field `sentAt` has a maximum length of 10"), "{found:#?}");
    assert!(found[0].contains("page.md:29:3"), "{found:#?}");
    assert!(
        found[1].starts_with("the Datetime field `startTime` is sent in a request and has a maximum length of 19"),
        "{found:#?}"
    );
    assert!(found[1].contains("shared_objects.md:9:1"), "{found:#?}");
}

/// "For Checkout Payment, the value is fixed as `CASHIER_PAYMENT`" on a field that lists
/// several values: the list is the type, the sentence a note for the product it names; a list
/// of that one value is the fixed value.
#[test]
fn a_value_fixed_for_one_product_among_listed_values() {
    let api = api("fixed_for_one_product");
    let product = field(&api, "productCode");
    match &product.ty {
        Ty::Enum(list) => {
            let values: Vec<&str> = list.values.iter().map(|v| v.value.as_str()).collect();
            assert_eq!(values, ["CASHIER_PAYMENT", "AGREEMENT_PAYMENT", "IN_STORE_PAYMENT"]);
        }
        other => panic!("{other:?}"),
    }
    assert!(product.docs.iter().any(|d| d.contains("For Checkout Payment, the value is fixed as CASHIER_PAYMENT")));
    assert!(
        product.notes.iter().any(|n| n.contains("fixes the value to `CASHIER_PAYMENT` for one product")),
        "{:?}",
        product.notes
    );
    assert_eq!(field(&api, "settlementMode").ty, Ty::Fixed("SPLIT".to_owned()));
}

/// A maximum length shorter than listed values (consult's Auto Debit page: `productCode`, 3
/// characters, values `AGREEMENT_PAYMENT` and `CASHIER_PAYMENT`) is a slip of the page: the
/// field can only hold its values, so the list is the type and the docs say what the page gave.
#[test]
fn a_length_shorter_than_the_listed_values_is_documented() {
    let page = "vault-codegen/tests/fixtures/variants/fixed_for_one_product/page.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let short = text.replacen("- Maximum length: 32 characters", "- Maximum length: 3 characters", 1);
    assert_ne!(short, text);
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, short));
    let model = vault_codegen::model(&sources, &vault_codegen::Config::default()).unwrap_or_default();
    let api = model.apis.first().unwrap_or_else(|| panic!("no API"));
    let product = field(api, "productCode");
    assert!(matches!(&product.ty, Ty::Enum(list) if list.values.len() == 3), "{:?}", product.ty);
    let note = "a maximum length of 3 characters, shorter than its listed values `CASHIER_PAYMENT`, `AGREEMENT_PAYMENT`, `IN_STORE_PAYMENT`";
    assert!(product.notes.iter().any(|n| n.contains(note)), "{:?}", product.notes);
}

/// A fixed value the list does not hold is a contradiction of the page: a located error at the
/// sentence, with the list.
#[test]
fn a_fixed_value_outside_its_list_is_a_located_error() {
    let page = "vault-codegen/tests/fixtures/variants/fixed_for_one_product/page.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let broken = text.replace("fixed as CASHIER_PAYMENT.", "fixed as ONLINE_PAYMENT.");
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, broken));
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "the page fixes `productCode` to `ONLINE_PAYMENT`, which its list of valid values does not hold"
        ),
        "{found:#?}"
    );
    assert!(found[0].contains("page.md:17:") && found[0].contains("page.md:19:1"), "{found:#?}");
}

#[test]
fn only_a_two_letter_iso_3166_field_of_length_2_is_a_region() {
    let api = api("iso3166_fields");
    assert_eq!(field(&api, "merchantRegion").ty, Ty::Region);
    assert_eq!(field(&api, "state").ty, Ty::Text { max: Some(8) });
    assert_eq!(field(&api, "certificateAuthority").ty, Ty::Text { max: Some(64) });
    assert_eq!(field(&api, "issuingCountry").ty, Ty::Text { max: None });
}

#[test]
fn same_names_on_several_pages_share_a_type_where_they_agree() {
    use vault_codegen::model::Scope;
    let model = model("same_names_two_pages");
    let envs: Vec<(String, Vec<String>)> = model
        .objects
        .iter()
        .filter(|(k, _)| k.name == "Env")
        .map(|(k, o)| {
            assert!(matches!(k.scope, Scope::Api(_)), "two descriptions of Env: each scoped to its first API");
            (o.path.joined("::"), o.users.iter().map(|u| u.name.clone()).collect())
        })
        .collect();
    assert_eq!(
        envs,
        [
            ("payments::Env".to_owned(), vec!["consult".to_owned(), "pay".to_owned()]),
            ("subscriptions::Env".to_owned(), vec!["create".to_owned()])
        ]
    );
    // One value set of osType in both families: defined once, re-exported by each. The two
    // sets of terminalType are each their family's own `TerminalType`.
    let enums: Vec<(String, Vec<String>)> =
        model.enums.iter().map(|(p, e)| (p.joined("::"), e.also.iter().map(|a| a.joined("::")).collect())).collect();
    let shared = vec!["payments::OsType".to_owned(), "subscriptions::OsType".to_owned()];
    assert_eq!(
        enums,
        [
            ("payments::TerminalType".to_owned(), vec![]),
            ("subscriptions::TerminalType".to_owned(), vec![]),
            // The hidden shared module sorts after the families (the model's order of modules).
            ("__shared::OsType".to_owned(), shared),
        ]
    );
}

#[test]
fn same_api_name_in_two_families_and_notifications_without_an_endpoint() {
    let model = model("same_api_name_two_families");
    let apis: Vec<(Option<String>, String)> = model.apis.iter().map(|a| (a.key().family, a.name.clone())).collect();
    let key = |f: Option<&str>, n: &str| (f.map(str::to_owned), n.to_owned());
    assert_eq!(
        apis,
        [
            key(None, "notifyOther"),
            key(None, "notifyThing"),
            key(Some("payments"), "cancel"),
            key(Some("subscriptions"), "cancel")
        ]
    );
}

/// ABA's `/v1/aba/funds/createTransfer` and the marketplace's `/v1/funds/createTransfer`: the
/// family is every group after the version, so the two are `aba_funds` and `funds`. The ABA page
/// writes `Array <Leg>` and repeats the key's idempotency note on the response's echo of it.
#[test]
fn product_groups_in_the_path_make_distinct_families() {
    let model = model("product_groups_in_path");
    let apis: Vec<(Option<String>, String)> = model.apis.iter().map(|a| (a.key().family, a.name.clone())).collect();
    let key = |f: &str| (Some(f.to_owned()), "createTransfer".to_owned());
    assert_eq!(apis, [key("aba_funds"), key("funds")]);
    let aba = &model.apis[0];
    // The page repeats its summary as the first paragraph: the docs say it once.
    assert_eq!(aba.summary.as_deref(), Some("Moves funds between business accounts."));
    assert!(aba.docs.iter().all(|d| !d.contains("Moves funds between business accounts.")), "{:?}", aba.docs);
    assert_eq!(aba.idempotency.as_ref().map(|i| i.field.as_str()), Some("transferRequestId"));
    assert!(aba.response.iter().any(|f| f.name == "transferRequestId"), "the echo is an ordinary response field");
    assert!(matches!(&field(aba, "legs").ty, Ty::Array { max_items: Some(4), .. }), "{:?}", field(aba, "legs").ty);
    // Its `PROCESSING` success (created, not finished) is named in the method's docs.
    let sources = common::load("vault-codegen/tests/fixtures/variants/product_groups_in_path");
    let code = common::expand(&sources, &vault_codegen::Config::default()).unwrap_or_default();
    assert!(code.contains("besides `SUCCESS`, the page lists these success codes"), "{code}");
    assert!(code.contains("- `PROCESSING`: Processing. The transfer exists and is not finished"), "{code}");
}

/// supplyEvidence names no endpoint: its description has a table of large-message gateways,
/// whose URLs give the path and, per region, the host the client sends to.
#[test]
fn a_table_of_large_message_gateways_is_the_endpoint() {
    let api = api("large_message_gateway");
    let endpoint = api.endpoint.unwrap_or_else(|| panic!("no endpoint"));
    assert_eq!((endpoint.path.as_str(), endpoint.family.as_str()), ("/v1/payments/supplyEvidence", "payments"));
    let gateways: Vec<(&str, &str)> =
        endpoint.gateways.iter().map(|g| (g.region.as_str(), g.origin.as_str())).collect();
    assert_eq!(gateways, [("US", "https://open-big-na.alipay.com"), ("SG", "https://open-big-sea.alipay.com")]);
}

#[test]
fn a_gateway_table_that_disagrees_with_itself_is_a_located_error() {
    let page = "vault-codegen/tests/fixtures/variants/large_message_gateway/supply_evidence.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let broken = text
        .replace(
            "https://open-big-sea.alipay.com/v1/payments/supplyEvidence",
            "https://open-big-sea.alipay.com/v1/payments/other",
        )
        .replace("| US | POST | https://open-big-na.alipay.com", "| US | GET | https://open-big-na.alipay.com");
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, broken));
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert!(found.iter().any(|d| d.starts_with("a gateway's method is `POST`")), "{found:#?}");
    assert!(
        found.iter().any(|d| d.starts_with("endpoint `/v1/payments/other` does not end with the API name")),
        "{found:#?}"
    );
}

/// `GET /v1/...`: the method is the endpoint's; the request parameters are read as on any page
/// (nested objects and lists included, since the request travels as the JSON body), and the
/// operation names its method.
#[test]
fn an_endpoint_the_page_gives_as_get() {
    use vault_codegen::model::Method;
    let api = api("get_endpoint");
    let endpoint = api.endpoint.as_ref().unwrap_or_else(|| panic!("no endpoint"));
    assert_eq!((endpoint.method, endpoint.path.as_str()), (Method::Get, "/v1/aba/accounts/inquiryStatement"));
    assert!(matches!(&field(&api, "transactionTypeList").ty, Ty::Array { max_items: Some(3), .. }));
    let sources = common::load("vault-codegen/tests/fixtures/variants/get_endpoint");
    let code = common::expand(&sources, &vault_codegen::Config::default()).unwrap_or_default();
    assert!(
        code.contains("const METHOD: ::vault_runtime::protocol::Method = ::vault_runtime::protocol::Method::Get;"),
        "{code}"
    );
    assert!(code.contains("Endpoint: `GET /v1/aba/accounts/inquiryStatement`."), "{code}");
    assert!(code.contains("Calls `inquiryStatement`: `GET /v1/aba/accounts/inquiryStatement`."), "{code}");
}

/// A method the protocol does not use is a located error that names the two it does; a page
/// that writes the gateway's prefix (`/ams/api/v1/...`) means the path after it, which the
/// client prefixes itself.
#[test]
fn other_methods_are_located_errors_and_the_gateway_prefix_is_read_as_the_path() {
    use vault_codegen::model::Method;
    let page = "vault-codegen/tests/fixtures/variants/get_endpoint/inquiry_statement.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let load = |text: String| {
        let mut sources = vault_codegen::source::Sources::new();
        sources.add(vault_codegen::source::SourceFile::new(page, page, text));
        sources
    };
    let put = load(text.replace("`GET /v1/", "`PUT /v1/"));
    let found = common::expand(&put, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "endpoint line `PUT /v1/aba/accounts/inquiryStatement` does not start with a method (`POST` or `GET`)"
        ),
        "{found:#?}"
    );
    assert!(found[0].contains("inquiry_statement.md:5:1"), "{found:#?}");
    let prefixed = load(text.replace("`GET /v1/", "`GET /ams/api/v1/"));
    let model = vault_codegen::model(&prefixed, &vault_codegen::Config::default()).unwrap_or_default();
    let endpoint = model.apis.first().and_then(|a| a.endpoint.clone());
    let endpoint = endpoint.unwrap_or_else(|| panic!("no endpoint"));
    assert_eq!(
        (endpoint.method, endpoint.path.as_str(), endpoint.family.as_str()),
        (Method::Get, "/v1/aba/accounts/inquiryStatement", "aba_accounts")
    );
}

/// Two pages of one endpoint (the vendor publishes some once per product): a located error at
/// the second that names both files and the `rename` line to add; with that line, both APIs
/// are generated, the second under its own Rust name with the page's wire name and path.
#[test]
fn a_second_page_of_one_endpoint_is_named_with_rename() {
    let sources = common::load("vault-codegen/tests/fixtures/variants/two_pages_one_endpoint");
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    expectorate::assert_contents("tests/snapshots/diagnostics/two_pages_one_endpoint.txt", &found[0]);
    assert!(found[0].contains("`consult.md` and `consult_auto.md`"), "{}", found[0]);
    assert!(found[0].contains("rename = { \"consult_auto.md\": consultAuto }"), "{}", found[0]);
    let rename = vault_codegen::config::Rename { page: "consult_auto.md".to_owned(), name: "consultAuto".to_owned() };
    let config = vault_codegen::Config { renames: vec![rename], ..vault_codegen::Config::default() };
    let model = vault_codegen::model(&sources, &config).unwrap_or_default();
    let apis: Vec<(&str, String, &str, Option<&str>)> = model
        .apis
        .iter()
        .map(|a| {
            (a.name.as_str(), a.rust_base(), a.endpoint.as_ref().map_or("", |e| e.path.as_str()), a.product.as_deref())
        })
        .collect();
    assert_eq!(
        apis,
        [
            ("consult", "Consult".to_owned(), "/v1/things/consult", Some("Checkout Payment")),
            ("consult", "ConsultAuto".to_owned(), "/v1/things/consult", Some("Auto Debit")),
        ]
    );
    let code = common::expand(&sources, &config).unwrap_or_default();
    assert!(code.contains("pub async fn consult_auto("), "{code}");
    assert!(code.contains("const NAME: &'static str = \"consult\";"), "{code}");
}

/// `Possible value range:` (or any value-list introduction) followed by plain `VALUE: meaning`
/// lines instead of bullets, in one paragraph or one paragraph per value, as the vendor's export
/// writes the ABA exchange lists: the same enum as a bulleted list; the first other paragraph
/// is the field's prose again.
#[test]
fn a_value_list_written_as_plain_lines() {
    let api = api("value_list_paragraphs");
    let values = |ty: &Ty| match ty {
        Ty::Enum(list) => list.values.iter().map(|v| (v.value.clone(), v.meaning.clone())).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        values(&field(&api, "exchangeTradeType").ty),
        [("SPOT".to_owned(), "Real-time exchange rate.".to_owned())]
    );
    let modes: Vec<String> = values(&field(&api, "exchangeMode").ty).into_iter().map(|v| v.0).collect();
    assert_eq!(modes, ["APPOINTED", "IMMEDIATE"]);
    let settlement = field(&api, "settlement");
    let days: Vec<String> = values(&settlement.ty).into_iter().map(|v| v.0).collect();
    assert_eq!(days, ["T0", "T1", "T2"]);
    assert!(settlement.docs.iter().any(|d| d.starts_with("Other values may come later")), "{:?}", settlement.docs);
    let received = api.response.iter().find(|f| f.name == "exchangeTradeType").unwrap_or_else(|| panic!("no field"));
    assert!(matches!(&received.ty, Ty::Enum(list) if list.values.len() == 1), "{:?}", received.ty);
}

/// After an introduction, a paragraph that is not `VALUE: meaning` lines is still the located
/// error it was: the list the sentence announces is missing.
#[test]
fn an_introduction_followed_by_prose_is_still_a_missing_list() {
    let page = "vault-codegen/tests/fixtures/variants/value_list_paragraphs/page.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let broken = text.replacen("SPOT: Real-time exchange rate.", "Spot: at the real-time rate.", 1);
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, broken));
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "a sentence that introduces values (such as `Valid values are:`) must be followed by its values"
        ),
        "{found:#?}"
    );
    assert!(found[0].contains("page.md:19:1"), "{found:#?}");
}

/// A list of `` `VALUE`: meaning `` items with no sentence before it is a value list; after a
/// sentence that ends in "for example:", it is examples, kept as prose.
#[test]
fn a_value_list_without_an_introduction() {
    let api = api("bare_value_list");
    assert!(
        matches!(&field(&api, "kind").ty, Ty::Enum(list) if list.values.len() == 2),
        "{:?}",
        field(&api, "kind").ty
    );
    assert_eq!(field(&api, "channel").ty, Ty::Text { max: Some(16) });
}

/// `#######` is text to Markdown: a field written at that depth must not become its parent's
/// prose (with its limits pinned on the parent); it is a located error that says where such
/// types go.
#[test]
fn a_seventh_heading_level_is_a_located_error() {
    let page = "vault-codegen/tests/fixtures/variants/object_with_max_length/page.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let deep = text.replacen("##### kind (String, REQUIRED)", "####### kind (String, REQUIRED)", 1);
    assert_ne!(deep, text, "the fixture has the heading to deepen");
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, deep));
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    let seventh = found.iter().find(|d| d.starts_with("`#######` is not a heading"));
    assert!(seventh.is_some_and(|d| d.contains("# Shared objects")), "{found:#?}");
}

/// notifyThing (directory b) holds an `Outer` that only createThing's page (directory a)
/// describes: the `Inner` inside it is createThing's (`size`), not the other `Inner` of
/// directory b (`colour`). Using both in one API is a located error.
#[test]
fn a_borrowed_type_brings_its_own_pages_insides() {
    let model = model("borrowed_type_insides");
    let notify = model.apis.iter().find(|a| a.name == "notifyThing").map(|a| a.key());
    let inner = model
        .objects
        .values()
        .find(|o| o.name == "Inner" && o.users.iter().any(|u| Some(u) == notify.as_ref()))
        .map(|o| o.fields.iter().map(|f| f.name.clone()).collect::<Vec<_>>());
    assert_eq!(inner, Some(vec!["size".to_owned()]));

    let page = "vault-codegen/tests/fixtures/variants/borrowed_type_insides/b/notify_thing.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let both = text.replacen(
        "## Response parameters",
        "#### inner (Inner)\n\nAlso an inner part.\n\n## Response parameters",
        1,
    );
    let mut sources = common::load("vault-codegen/tests/fixtures/variants/borrowed_type_insides");
    let mut replaced = vault_codegen::source::Sources::new();
    for (_, file) in sources.iter() {
        let text = if file.display.ends_with("notify_thing.md") { both.clone() } else { file.text.clone() };
        replaced.add(vault_codegen::source::SourceFile::new(file.display.clone(), file.path.clone(), text));
    }
    sources = replaced;
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert!(found.iter().any(|d| d.starts_with("`Inner` means two different types in `notifyThing`")), "{found:#?}");
}

/// The marketplace's `companyType`: "valid values are:" then one bullet per group of regions,
/// with that group's values nested under it. The enum holds every value once; a value listed
/// under several groups keeps each group's meaning.
#[test]
fn a_value_list_grouped_by_region() {
    let api = api("grouped_value_list");
    let Ty::Enum(list) = &field(&api, "companyType").ty else { panic!("{:?}", field(&api, "companyType").ty) };
    let values = &list.values;
    let names: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(names, ["ENTERPRISE", "SOLE_PROPRIETORSHIP", "STATE_OWNED_BUSINESS"]);
    assert!(values[0].meaning.starts_with("AU, SG, and HK: owned by") && values[0].meaning.contains("GB: owned by"));
}

#[test]
fn a_type_described_nowhere_is_a_located_error() {
    let sources = common::load("vault-codegen/tests/fixtures/variants/referenced_nowhere");
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("unknown type `DefenseFile` in field `defenseFile`"), "{}", found[0]);
    assert!(found[0].contains("referenced_nowhere/page.md:21:19"), "{}", found[0]);
}

#[test]
fn heading_forms_of_other_families() {
    let model = model("vendor_heading_forms");
    let api = &model.apis[0];
    assert_eq!((api.name.as_str(), api.product.as_deref()), ("createTransfer", Some("Marketplace")));
    assert_eq!(object_named(&field(api, "transferFromDetail").ty), Some("TransferFromDetail"));
    assert!(api.request.iter().all(|f| f.name != "terminalType"));
    assert_eq!(field(api, "requestTime").ty, Ty::Datetime { max: None });
    assert_eq!(api.response[0].ty, Ty::ApiResult);
    assert_eq!(object_named(&api.response[1].ty), Some("TransferResult"));
}

#[test]
fn a_type_that_contains_itself_is_boxed_and_lists_need_no_box() {
    let model = model("self_reference");
    assert!(object_field(&model, "Goods", "crossSell").boxed);
    assert!(!object_field(&model, "Goods", "accessories").boxed);
}

#[test]
fn money_decimals_examples_and_the_codes_a_field_comes_with() {
    let model = model("money_and_examples");
    let pay = model.apis.iter().find(|a| a.name == "pay").unwrap_or_else(|| panic!("pay"));
    assert_eq!(object_field(&model, "Amount", "currency").ty, Ty::Currency);
    assert_eq!(
        field(pay, "quotePrice").ty,
        Ty::Decimal { range: Some(vault_codegen::model::Range { min: 1, max: None }) }
    );
    // Only the code after `resultCode` counts, not the terminal types after it.
    let codes: Vec<&str> = pay.response[1].returned_with.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["PAYMENT_IN_PROCESS"]);
    // The notification's example acknowledgement is kept as a code block in its docs; the
    // acknowledgement's `result` lists no statuses and is accepted.
    let notify = model.apis.iter().find(|a| a.name == "notifyPayment").unwrap_or_else(|| panic!("notifyPayment"));
    assert!(notify.result_logic.iter().any(|d| d.starts_with("```json")), "{:?}", notify.result_logic);
}

#[test]
fn a_status_letter_where_the_code_belongs_means_every_code_of_that_status() {
    let api = api("status_letter_returned_with");
    let carried = |name: &str| -> Vec<String> {
        let field = api.response.iter().find(|f| f.name == name);
        field.map(|f| f.returned_with.iter().map(|(code, _)| code.clone()).collect()).unwrap_or_default()
    };
    assert!(carried("receiptId").is_empty(), "`S` is the success: the response holds the field");
    assert_eq!(carried("retryToken"), ["THING_PENDING", "THING_BUSY"], "`U` is every U code");
}

/// The page text of the crash report (`İİ Valid values are:`): lower-casing `İ` gives two
/// characters (`i̇`), so an index found in a lower-cased copy cut the original inside a character.
#[test]
fn text_whose_case_mapping_changes_length() {
    let api = api("case_mapping_text");
    let values = |name: &str| match &field(&api, name).ty {
        Ty::Enum(list) => list.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(values("terminalType"), ["WEB", "APP"]);
    assert_eq!(values("kind"), ["A", "B"]);
    assert_eq!(field(&api, "terminalType").docs, ["İİ"]);
    assert_eq!(field(&api, "kind").docs, ["Ünïcödé ẞ ﬁ ŉ ΐ ΟΔΟΣ ς."]);
    assert_eq!(field(&api, "note").ty, Ty::Text { max: Some(32) });
}

/// A table's `Valid values are:` sentence whose values are not in backticks names no value:
/// the field is reported where it was once left out without a word.
#[test]
fn a_value_sentence_without_values_is_a_located_error() {
    let page = "vault-codegen/tests/fixtures/variants/parameter_table/page.md";
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let bare = text.replacen("Valid values are: `SMALL`, `LARGE`.", "Valid values are: SMALL, LARGE.", 1);
    assert_ne!(bare, text, "the fixture has the sentence to change");
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, bare));
    let found = common::expand(&sources, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("the valid values of `kind` name no value"), "{}", found[0]);
    assert!(found[0].contains("parameter_table/page.md:12:"), "{}", found[0]);
}

/// Loads one page of a variant with a replacement applied, for the located error it must give.
fn changed(page: &str, from: &str, to: &str) -> vault_codegen::source::Sources {
    let text = std::fs::read_to_string(common::root().join(page)).unwrap_or_default();
    let changed = text.replacen(from, to, 1);
    assert_ne!(changed, text, "{from}");
    let mut sources = vault_codegen::source::Sources::new();
    sources.add(vault_codegen::source::SourceFile::new(page, page, changed));
    sources
}

/// A notification field that repeats the idempotency note of the call that caused it
/// (notifyCardStatus's `requestId`) is a received field with that note, not a key; a nested
/// one is still a located error.
#[test]
fn a_notification_repeats_the_key_of_its_call_as_a_note() {
    let api = api("notification_echoed_key");
    assert_eq!(api.idempotency, None);
    let request_id = field(&api, "requestId");
    assert_eq!(request_id.ty, Ty::Text { max: Some(32) });
    assert!(
        request_id.notes.iter().any(|n| n.contains("This field is an API idempotency field")),
        "{:?}",
        request_id.notes
    );
    let code = common::expand(
        &common::load("vault-codegen/tests/fixtures/variants/notification_echoed_key"),
        &vault_codegen::Config::default(),
    )
    .unwrap_or_default();
    assert!(code.contains("impl ::vault_runtime::Notification for"), "{code}");
    let page = "vault-codegen/tests/fixtures/variants/notification_echoed_key/notify_thing.md";
    let nested = changed(
        page,
        "#### requestId (String, REQUIRED)",
        "#### caller (Caller, REQUIRED)\n\nWho called.\n\n##### requestId (String, REQUIRED)",
    );
    let found = common::expand(&nested, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("`requestId` is marked as the idempotency field but is not a top-level field"),
        "{found:#?}"
    );
}

/// A table titled after a field (`## Failure Reason Code`, `## Thing result codes` for
/// `thingResultCode`) lists that field's codes: they go into its docs, wherever it is, and
/// make no error variant; the call whose only table is a field's has no codes of its own.
#[test]
fn a_table_of_one_fields_codes_documents_that_field() {
    let sources = common::load("vault-codegen/tests/fixtures/variants/field_codes");
    let model = vault_codegen::model(&sources, &vault_codegen::Config::default()).unwrap_or_else(|d| panic!("{d:#?}"));
    let detail = model.apis.iter().find(|a| a.name == "inquireThingDetail").unwrap_or_else(|| panic!("no API"));
    assert!(detail.codes.is_empty(), "{:?}", detail.codes);
    let event = model.objects.values().find(|o| o.name == "ThingEvent").unwrap_or_else(|| panic!("no ThingEvent"));
    let reason = event.fields.iter().find(|f| f.name == "failureReason").unwrap_or_else(|| panic!("no failureReason"));
    let doc = reason.docs.join("\n");
    assert!(doc.contains("- `THING_TOO_BIG` (`F`): The thing is too big.\n- `UNKNOWN_EXCEPTION` (`F`)"), "{doc}");
    let notify = model.apis.iter().find(|a| a.name == "notifyThing").unwrap_or_else(|| panic!("no API"));
    let result_code = notify.request.iter().find(|f| f.name == "thingResultCode").unwrap_or_else(|| panic!("no field"));
    let doc = result_code.docs.join("\n");
    assert!(
        doc.contains("\"Thing result codes\"")
            && doc.contains("- `RISK_REJECT` (`F`): Risk control stopped it. Contact support."),
        "{doc}"
    );
    assert!(common::expand(&sources, &vault_codegen::Config::default()).is_ok());
}

/// A table titled after no field of the page is a located error that says how to title it.
#[test]
fn a_table_of_codes_named_after_no_field_is_a_located_error() {
    let page = "vault-codegen/tests/fixtures/variants/field_codes/inquire_thing_detail.md";
    let found = common::expand(
        &changed(page, "\n## Failure Reason Code\n", "\n## Refusal Code\n"),
        &vault_codegen::Config::default(),
    );
    let found = found.err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("no field of the page is named `refusal` or `refusalCode`"), "{found:#?}");
    assert!(
        found[0].contains("inquire_thing_detail.md:57:1")
            && found[0].contains("`## Failure Reason Code` lists `failureReason`'s"),
        "{found:#?}"
    );
}

/// `Array` without an element type is a list of strings, with its limits, and a note; one
/// with fields of its own needs the name of their type.
#[test]
fn a_list_without_an_element_type_is_a_list_of_strings() {
    let api = api("bare_array");
    assert_eq!(field(&api, "thingIdList").ty, Ty::Array { item: Box::new(Ty::Text { max: None }), max_items: None });
    assert_eq!(
        field(&api, "colourList").ty,
        Ty::Array { item: Box::new(Ty::Text { max: Some(3) }), max_items: Some(20) }
    );
    assert!(field(&api, "colourList").notes.iter().any(|n| n.contains("without an element type")));
    let page = "vault-codegen/tests/fixtures/variants/bare_array/inquire_thing.md";
    let with_fields =
        changed(page, "Only these colours.\n", "Only these colours.\n\n##### colourId (String)\n\nThe colour.\n");
    let found = common::expand(&with_fields, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("the list `colourList` has fields but no element type"), "{found:#?}");
    assert!(found[0].contains("`Array<Name>`"), "{found:#?}");
}

/// `currencyList (Array<CurrencyList>)`, a type named after the list that no page describes,
/// is a list of strings; an element type named otherwise is still an unknown type.
#[test]
fn a_list_typed_after_itself_is_a_list_of_strings() {
    let api = api("list_named_after_itself");
    let list = field(&api, "currencyList");
    assert_eq!(list.ty, Ty::Array { item: Box::new(Ty::Text { max: None }), max_items: None });
    assert!(
        list.notes.iter().any(|n| n.contains("`Array<CurrencyList>`, a type named after the list")),
        "{:?}",
        list.notes
    );
    let page = "vault-codegen/tests/fixtures/variants/list_named_after_itself/inquire_thing.md";
    let other = changed(page, "(Array<CurrencyList>)", "(Array<Colour>)");
    let found = common::expand(&other, &vault_codegen::Config::default()).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("unknown type `Colour` in field `currencyList`"), "{found:#?}");
}

#[test]
fn an_unlimited_maximum_size_is_a_list_without_a_limit() {
    let api = api("unlimited_size");
    let Ty::Array { max_items, .. } = &field(&api, "partList").ty else { panic!("partList is not a list") };
    assert_eq!(*max_items, None);
    let Ty::Array { max_items, .. } = &field(&api, "tagList").ty else { panic!("tagList is not a list") };
    assert_eq!(*max_items, Some(5));
}
