//! The dashboard as HTML, written with maud: the markup is checked when the crate compiles,
//! and every value written into it is escaped (a merchant's strings are untrusted input). No
//! `PreEscaped` anywhere: nothing reaches the page unescaped. No script either: actions are
//! forms, and a reload shows the new state.

use super::actions;
use super::view::{KindView, PaymentRow, View};
use crate::faults::{Fault, SignatureFault};
use crate::state::{Payment, PaymentState, RecordedCall, Vaulting, VaultingState, money};
use crate::store::{Notification, NotificationState, Record as _, Summary};
use maud::{DOCTYPE, Markup, html};

/// Plain rules that make the tables readable; the page reads as well without them.
const STYLE: &str = "body{font-family:sans-serif;margin:1em 2em;max-width:110em}\
table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #bbb;padding:.2em .5em;\
text-align:left;vertical-align:top}pre{white-space:pre-wrap;word-break:break-all;max-width:60em;margin:0}\
form{display:inline-block;margin:0 .5em .3em 0}td form{margin:.2em .3em 0 0}td.money{white-space:nowrap}.refused,.F{color:#a00}.S{color:#070}.U{color:#a60}";

/// The whole page; `note` says what the last action did.
pub(crate) fn render(view: &View, note: Option<&str>) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Sandbox dashboard" }
                style { (STYLE) }
            }
            body {
                h1 { "Sandbox dashboard" }
                p { "Sandbox clock: " strong id="clock" { (view.now.to_rfc3339()) } " · " (view.sandbox_url)
                    " · reload the page to see new calls. Business times follow the sandbox clock; \
                    the log's times are the machine's, in UTC." }
                @if let Some(note) = note { p id="note" { strong { (note) } } }
                (actions_section(view))
                (payments_section(&view.payments))
                (vaultings_section(&view.vaultings))
                (notifications_section(&view.notifications))
                (calls_section(&view.calls))
                (records_section(&view.kinds))
            }
        }
    }
}

fn actions_section(view: &View) -> Markup {
    html! {
        h2 id="actions" { "Actions" }
        form method="post" action=(actions::CLOCK) {
            label { "Advance the clock by " input type="number" name="seconds" min="1" value="86400" required; " seconds " }
            button type="submit" id="advance-clock" { "Advance the clock" }
        }
        form method="post" action=(actions::FAULT) {
            label { "Next " input type="number" name="count" min="1" max="1000" value="1"; " call(s): " }
            select name="fault" {
                option value="unknown" { "answer UNKNOWN_EXCEPTION (U)" }
                option value="code" { "answer the code below" }
                option value="delay" { "wait 2 seconds, then answer" }
                option value="drop" { "process, then drop the connection" }
                option value="unsigned" { "answer without signature" }
                option value="wrong-signature" { "answer with a wrong signature" }
            }
            label { " code " input type="text" name="code" value="PROCESS_FAIL" size="24"; }
            select name="status" { option value="F" { "F" } option value="U" { "U" } option value="S" { "S" } }
            " "
            button type="submit" id="inject-fault" { "Inject the fault" }
        }
        form method="post" action=(actions::CLEAR_FAULTS) { button type="submit" { "Clear faults" } }
        form method="post" action=(actions::DISPUTE) {
            label { "Dispute the captured payment " input type="text" name="payment_id" size="36" required; }
            label { " of client " input type="text" name="client_id" size="24" required; }
            " "
            button type="submit" id="open-dispute" { "Open a dispute" }
        }
        p { "Faults waiting (this process): " span id="faults" { (view.faults.len()) } }
        @if !view.faults.is_empty() {
            ol { @for fault in &view.faults { li { (describe(fault)) } } }
        }
        p { "3-D Secure waiting for the buyer: use the buttons in the payments and vaultings below." }
    }
}

fn describe(fault: &Fault) -> String {
    let mut parts = Vec::new();
    if let Some(delay) = fault.delay {
        parts.push(format!("wait {} ms", delay.as_millis()));
    }
    if let Some((code, status)) = &fault.answer {
        parts.push(format!("answer {code} ({status})"));
    }
    if let Some(body) = &fault.body {
        parts.push(format!("answer a body of {} bytes", body.len()));
    }
    match fault.signature {
        SignatureFault::Valid => {}
        SignatureFault::Missing => parts.push("no signature".to_owned()),
        SignatureFault::Wrong => parts.push("a wrong signature".to_owned()),
    }
    if fault.drop {
        parts.push("drop the connection".to_owned());
    }
    if parts.is_empty() { "process normally".to_owned() } else { parts.join(", ") }
}

/// A button pair that plays the buyer finishing an authentication.
fn authenticate(kind: &str, client_id: &str, id: &str) -> Markup {
    html! {
        @for (outcome, label) in [("pass", "Pass 3-D Secure"), ("fail", "Fail 3-D Secure")] {
            form method="post" action=(actions::AUTHENTICATE) {
                input type="hidden" name="kind" value=(kind);
                input type="hidden" name="client_id" value=(client_id);
                input type="hidden" name="id" value=(id);
                input type="hidden" name="outcome" value=(outcome);
                button type="submit" class=(format!("authenticate-{outcome}")) { (label) }
            }
        }
    }
}

/// A record's state, with the buttons that finish its authentication while it is `pending`.
fn state_cell(state: impl std::fmt::Debug, pending: bool, kind: &str, client_id: &str, id: &str) -> Markup {
    html! {
        td class="state" { (format!("{state:?}")) @if pending { br; (authenticate(kind, client_id, id)) } }
    }
}

fn payments_section(payments: &[PaymentRow]) -> Markup {
    html! {
        h2 id="payments" { "Payments (newest " (payments.len()) ")" }
        table id="payments-table" {
            tr { th { "paymentId" } th { "paymentRequestId" } th { "client" } th { "state" } th { "amount" }
                 th { "authorised" } th { "captured" } th { "refunded" } th { "currency" } th { "created (sandbox clock)" } }
            @for row in payments {
                @let p = &row.payment;
                @let authorised = if p.authorised.is_some() { p.amount } else { 0 };
                tr class="payment" {
                    td { (p.payment_id) } td { (p.payment_request_id) } td { (p.client_id) }
                    (state_cell(p.state, p.state == PaymentState::AwaitingAuthentication, Payment::KIND, &p.client_id, &p.payment_request_id))
                    td class="money" { (money(p.currency, p.amount)) } td class="money" { (money(p.currency, authorised)) }
                    td class="money" { (money(p.currency, p.captured())) }
                    td class="money" { (money(p.currency, row.refunded)) }
                    td { (p.currency.code()) } td { (local(&p.created)) }
                }
            }
        }
    }
}

fn vaultings_section(vaultings: &[Vaulting]) -> Markup {
    html! {
        h2 id="vaultings" { "Vaultings (newest " (vaultings.len()) ")" }
        table id="vaultings-table" {
            tr { th { "vaultingRequestId" } th { "client" } th { "state" } th { "brand" } th { "card" } th { "created (sandbox clock)" } }
            @for v in vaultings {
                tr class="vaulting" {
                    td { (v.vaulting_request_id) } td { (v.client_id) }
                    (state_cell(v.state, v.state == VaultingState::Processing, Vaulting::KIND, &v.client_id, &v.vaulting_request_id))
                    td { (v.card.brand.as_deref().unwrap_or("")) } td { (v.card.masked_card_no.as_deref().unwrap_or("")) }
                    td { (local(&v.created)) }
                }
            }
        }
    }
}

fn state_name(state: NotificationState) -> &'static str {
    match state {
        NotificationState::Pending => "pending",
        NotificationState::Acknowledged => "acknowledged",
        NotificationState::GaveUp => "gave up",
        NotificationState::Refused => "refused",
    }
}

fn notifications_section(notifications: &[Notification]) -> Markup {
    html! {
        h2 id="notifications" { "Notifications (newest " (notifications.len()) ")" }
        table id="notifications-table" {
            tr { th { "#" } th { "created (UTC)" } th { "type" } th { "to" } th { "client" } th { "state" } th { "attempts" } th { "body (secrets redacted)" } }
            @for n in notifications {
                @let body: serde_json::Value = serde_json::from_slice(&n.shown).unwrap_or_default();
                tr class="notification" {
                    td { (n.id) } td { (time_ms(n.created_ms)) } td { (body["notifyType"].as_str().unwrap_or("?")) } td { (n.url) } td { (n.client_id) }
                    td class=(format!("state {}", if n.state == NotificationState::Refused { "refused" } else { "" })) { (state_name(n.state)) }
                    td { ul { @for a in &n.attempts { li {
                        "#" (a.number) " " (time_ms(a.time_ms)) ": "
                        @if a.refused { span class="refused" { "refused" } }
                        @else if a.acknowledged { "acknowledged" }
                        @else { (a.status.map_or_else(|| "no answer".to_owned(), |s| format!("HTTP {s}, not acknowledged"))) }
                        @if let Some(error) = &a.error { " — " (error) }
                    } } } }
                    td { details { summary { "body" } pre { (pretty(&n.shown)) } } }
                }
            }
        }
    }
}

fn calls_section(calls: &[RecordedCall]) -> Markup {
    html! {
        h2 id="calls" { "Calls (newest " (calls.len()) ")" }
        table id="calls-table" {
            tr { th { "time (UTC)" } th { "API" } th { "client" } th { "result" } th { "signature" } th { "request and answer (secrets redacted)" } }
            @for call in calls {
                tr class="call" {
                    td { (call.time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)) }
                    td class="api" { (api_name(&call.path)) }
                    td { (call.client_id.as_deref().unwrap_or("")) }
                    td class=(call.result_status) { span class="code" { (call.result_code) } " (" (call.result_status) ")" }
                    td { @if call.signature_valid { "valid" } @else { span class="refused" { "not valid" } } }
                    td { details { summary { "request" } pre { (pretty(&call.body)) } }
                         details { summary { "answer" } pre { (pretty(&call.answer)) } } }
                }
            }
        }
    }
}

fn records_section(kinds: &[KindView]) -> Markup {
    html! {
        h2 id="records" { "Records of every kind" }
        @for kind in kinds {
            h3 class="kind" { (kind.name) " (" (kind.count) " stored)" }
            @match &kind.records {
                None => p { "No family registered a summary of this kind, so its records are not shown." },
                Some(records) => table class="records" {
                    @for (summary, updated) in records { (record_row(kind, summary, *updated)) }
                },
            }
        }
    }
}

fn record_row(kind: &KindView, summary: &Result<Summary, String>, updated: i64) -> Markup {
    html! {
        tr class="record" {
            @match summary {
                Err(why) => td colspan="3" { "cannot read: " (why) },
                Ok(summary) => {
                    td { (summary.label) }
                    td { @for (name, value) in &summary.fields { (name) ": " (value) br; } }
                    td { (time_ms(updated))
                        @if let (Some(pending), Some(_)) = (&summary.pending, kind.page) {
                            br; (authenticate(&kind.name, &pending.client_id, &pending.id))
                        }
                    }
                }
            }
        }
    }
}

/// The API of a gateway path: `/ams/api/v1/payments/pay` is `payments/pay`.
fn api_name(path: &str) -> &str {
    ["/ams/sandbox/api/v1/", "/ams/api/v1/"].iter().find_map(|prefix| path.strip_prefix(prefix)).unwrap_or(path)
}

/// A JSON body indented for reading (as it is, when it is not JSON).
fn pretty(body: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|value| serde_json::to_string_pretty(&value).ok())
        .unwrap_or_else(|| String::from_utf8_lossy(body).into_owned())
}

/// A business time, by the sandbox clock, as Antom writes it (+08:00) but readable.
fn local(time: &vault_runtime::DateTime) -> String {
    time.format("%Y-%m-%d %H:%M:%S %:z").to_string()
}

fn time_ms(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map_or_else(String::new, |t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> View {
        View {
            now: chrono::DateTime::parse_from_rfc3339("2026-01-01T12:00:00+08:00").unwrap_or_default(),
            calls: Vec::new(),
            payments: Vec::new(),
            vaultings: Vec::new(),
            notifications: Vec::new(),
            kinds: Vec::new(),
            faults: Vec::new(),
            sandbox_url: "http://127.0.0.1:1".to_owned(),
        }
    }

    #[test]
    fn records_of_any_kind_are_listed_and_everything_is_escaped() {
        let mut view = empty();
        let hostile = Summary::new("<b>D-1</b>").field("reason", "\"><script>alert(1)</script>").pending("C", "D-1");
        view.kinds = vec![
            KindView {
                name: "dispute".to_owned(),
                count: 1,
                page: Some("/sandbox/dispute/"),
                records: Some(vec![(Ok(hostile), 0)]),
            },
            KindView { name: "payout".to_owned(), count: 7, page: None, records: None },
        ];
        let html = render(&view, Some("<i>note</i>")).into_string();
        assert!(html.contains("dispute (1 stored)") && html.contains("payout (7 stored)"), "{html}");
        assert!(html.contains("No family registered a summary of this kind"), "{html}");
        assert!(html.contains("&lt;b&gt;D-1&lt;/b&gt;") && !html.contains("<b>D-1"), "{html}");
        assert!(html.contains("&quot;&gt;&lt;script&gt;") && !html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;i&gt;note&lt;/i&gt;"), "{html}");
        assert!(
            html.contains(r#"name="kind" value="dispute""#),
            "a pending record gets the buyer-page buttons: {html}"
        );
    }
}
