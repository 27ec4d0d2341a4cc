//! Load for the sandbox's figures (issue 15 §6), against a running sandbox:
//!
//! `cargo run --release -p vault-sandbox --example load -- URL STORED CLIENTS CALLS`
//!
//! vaults a card, pays until STORED payments are stored, then makes CALLS calls (a pay and an
//! inquiryPayment in turn) from CLIENTS concurrent clients, and prints one JSON line: the
//! calls per second and the latency percentiles. `scripts/sandbox-figures.sh` runs it against
//! each store and adds the sandbox's resident memory.
#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a measuring tool stops at a broken assumption"
)]

use std::time::{Duration, Instant};
// The names of the types pay shares with other pages (Amount, Env, Order, PaymentMethod,
// SettlementStrategy) come from the generator's naming of shared types, which issue 14 section 3
// revisits.
use vault_generated::payments::Amount as PayAmount;
use vault_generated::payments::TerminalType;
use vault_generated::payments::pay::{Env, EnvRequired};
use vault_generated::payments::pay::{SettlementStrategy, SettlementStrategyRequired};
use vault_generated::payments::{InquiryPaymentRequest, Order, OrderRequired, PayRequest, PayRequired};
use vault_generated::payments::{PaymentMethod, PaymentMethodRequired};
use vault_generated::vaulting::{
    CardPaymentMethodDetail, CardPaymentMethodDetailRequired, PaymentMethodDetail, PaymentMethodDetailRequired,
    VaultPaymentMethodRequest, VaultPaymentMethodRequired,
};
use vault_generated::vaulting::{Env as VaultEnv, EnvRequired as VaultEnvRequired};
use vault_generated::{Client, ClientConfig, Currency, Secret, Text, text, url};
use vault_sandbox::test_keys;

fn client(url: &str) -> Client {
    let config = ClientConfig::from_key_text(
        url,
        "SANDBOX_LOAD",
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    config.map(Client::new).unwrap().unwrap()
}

async fn token(client: &Client, run: &str) -> String {
    let mut card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(text!("4111111111111111")),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    card.cvv = Some(Secret::new(text!("737")));
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    let request = VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: Text::new(format!("V-{run}")).unwrap(),
        vaulting_notification_url: url!("http://127.0.0.1:9/unused"),
        redirect_url: url!("https://merchant.example/done"),
        payment_method_detail: method,
        env: VaultEnv::new(VaultEnvRequired { terminal_type: TerminalType::Web }),
    });
    let answer = client.vaulting().vault_payment_method(&request).await.unwrap();
    answer.payment_method_detail.and_then(|m| m.card).and_then(|c| c.card_token).unwrap().expose().clone()
}

fn pay(request_id: &str, token: &str) -> PayRequest {
    let amount = || PayAmount::from_minor_units(Currency::USD, 100).unwrap();
    let order = Order::new(OrderRequired {
        reference_order_id: Text::new(format!("O-{request_id}")).unwrap(),
        order_description: text!("load"),
        order_amount: amount(),
    });
    let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("CARD") });
    method.payment_method_id = Some(Secret::new(Text::new(token).unwrap()));
    PayRequest::new(PayRequired {
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
        order,
        payment_request_id: Text::new(request_id).unwrap(),
        payment_amount: amount(),
        settlement_strategy: SettlementStrategy::new(SettlementStrategyRequired { settlement_currency: text!("USD") }),
        payment_method: method,
        payment_redirect_url: url!("http://127.0.0.1:9/returned"),
    })
}

/// `count` calls from `clients` clients; each call's latency.
async fn run(url: &str, token: &str, prefix: &str, clients: usize, count: usize, measure: bool) -> Vec<Duration> {
    let tasks: Vec<_> = (0..clients)
        .map(|worker| {
            let (client, token, prefix) = (client(url), token.to_owned(), prefix.to_owned());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut last = None::<String>;
                for i in (worker..count).step_by(clients) {
                    let start = Instant::now();
                    match (&last, measure && i % 2 == 1) {
                        (Some(payment_id), true) => {
                            let mut inquiry = InquiryPaymentRequest::new();
                            inquiry.payment_id = Some(Text::new(payment_id.as_str()).unwrap());
                            client.payments().inquiry_payment(&inquiry).await.unwrap();
                        }
                        _ => {
                            let paid = client.payments().pay(&pay(&format!("{prefix}-{i}"), &token)).await.unwrap();
                            last = paid.payment_id;
                        }
                    }
                    latencies.push(start.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    all
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, stored, clients, calls] = args.as_slice() else {
        eprintln!("usage: load URL STORED CLIENTS CALLS");
        std::process::exit(2);
    };
    let (stored, clients, calls): (usize, usize, usize) =
        (stored.parse().unwrap(), clients.parse().unwrap(), calls.parse().unwrap());
    let run_id = format!("{}", std::process::id());
    let token = token(&client(url), &run_id).await;
    run(url, &token, &format!("FILL-{run_id}"), 32, stored, false).await;
    let start = Instant::now();
    let mut latencies = run(url, &token, &format!("M-{run_id}"), clients, calls, true).await;
    let elapsed = start.elapsed();
    latencies.sort();
    let at =
        |q: f64| latencies.get(((latencies.len() as f64 - 1.0) * q) as usize).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    println!(
        "{{\"stored\":{stored},\"clients\":{clients},\"calls\":{calls},\"calls_per_s\":{:.0},\"p50_ms\":{:.2},\"p99_ms\":{:.2}}}",
        calls as f64 / elapsed.as_secs_f64(),
        at(0.5),
        at(0.99)
    );
}
