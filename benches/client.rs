//! The client's own cost per call (apart from the network and RSA), the RSA costs, and calls
//! per second against the sandbox on loopback at concurrency 1 and 32.
//!
//! Run: `cargo bench --bench client`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use vault_generated::vaulting::{
    CreateVaultingSessionDraft, CreateVaultingSessionRequest, CreateVaultingSessionResponse,
};
use vault_generated::{AntomPublicKey, Client, ClientConfig, MerchantKey, RetryPolicy};
use vault_runtime::protocol::signature;
use vault_sandbox::{Sandbox, test_keys};

fn draft() -> CreateVaultingSessionDraft {
    let mut draft = CreateVaultingSessionDraft::default();
    draft.vaulting_request_id = Some("REQ-2026-0001".to_owned());
    draft.vaulting_notification_url = Some("https://127.0.0.1/vaulting/notify".to_owned());
    draft.redirect_url = Some("https://127.0.0.1/vaulting/done".to_owned());
    draft.merchant_region = Some("SG".to_owned());
    draft
}

const RESPONSE: &str = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"Success"},"vaultingSessionData":"RW5jcnlwdGVkIHNlc3Npb24gZGF0YSBmb3IgdGhlIGNsaWVudC1zaWRlIFNESywgYmVuY2htYXJrIGNvcHku","vaultingSessionId":"VS0123456789abcdef0123456789abcdef","vaultingSessionExpiryTime":"2026-11-26T14:47:48+08:00"}"#;

fn per_call_work(c: &mut Criterion) {
    let request = CreateVaultingSessionRequest::try_from(draft()).ok();
    let body = request.as_ref().and_then(|r| serde_json::to_vec(r).ok()).unwrap_or_default();
    let path = "/ams/api/v1/vaults/createVaultingSession";
    c.bench_function("client/build and validate a request from a draft", |b| {
        b.iter(|| CreateVaultingSessionRequest::try_from(black_box(draft())))
    });
    c.bench_function("client/serialise the request", |b| b.iter(|| serde_json::to_vec(black_box(&request))));
    c.bench_function("client/build the signed text and header (no RSA)", |b| {
        b.iter(|| {
            let text = signature::signed_text(path, "CLIENT", "1764150000000", black_box(&body));
            let header = signature::SignatureHeader {
                algorithm: "RSA256".into(),
                key_version: "1".into(),
                signature: vec![7; 256],
            };
            (text, header.to_string())
        })
    });
    let header =
        signature::SignatureHeader { algorithm: "RSA256".into(), key_version: "1".into(), signature: vec![7; 256] }
            .to_string();
    c.bench_function("client/parse the response signature header (no RSA)", |b| {
        b.iter(|| signature::SignatureHeader::parse(black_box(&header)))
    });
    c.bench_function("client/deserialise the response", |b| {
        b.iter(|| serde_json::from_slice::<CreateVaultingSessionResponse>(black_box(RESPONSE.as_bytes())))
    });
}

fn rsa(c: &mut Criterion) {
    let (Ok(key), Ok(public)) = (
        MerchantKey::from_text(test_keys::MERCHANT_PRIVATE_KEY),
        AntomPublicKey::from_text(test_keys::MERCHANT_PUBLIC_KEY),
    ) else {
        return;
    };
    let message = signature::signed_text(
        "/ams/api/v1/vaults/createVaultingSession",
        "CLIENT",
        "1764150000000",
        RESPONSE.as_bytes(),
    );
    let signed = key.sign(&message);
    c.bench_function("rsa/sign (2048-bit, PKCS#1 v1.5 SHA-256)", |b| b.iter(|| key.sign(black_box(&message))));
    c.bench_function("rsa/verify (2048-bit)", |b| b.iter(|| public.verify(black_box(&message), &signed)));
}

fn loopback(c: &mut Criterion) {
    let Ok(runtime) = tokio::runtime::Builder::new_multi_thread().enable_all().build() else {
        return;
    };
    let setup = runtime.block_on(async {
        let sandbox = Sandbox::new().start().await.ok()?;
        let config = ClientConfig::from_key_text(
            sandbox.url(),
            "BENCH",
            test_keys::MERCHANT_PRIVATE_KEY,
            test_keys::SANDBOX_PUBLIC_KEY,
        )
        .ok()?;
        Some((sandbox, Client::new(config).ok()?.with_retry(RetryPolicy::disabled())))
    });
    let Some((_sandbox, client)) = setup else {
        return;
    };
    let counter = std::sync::atomic::AtomicU64::new(0);
    let next_request = || {
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut draft = draft();
        draft.vaulting_request_id = Some(format!("BENCH-{n}"));
        CreateVaultingSessionRequest::try_from(draft).ok()
    };
    let mut group = c.benchmark_group("loopback");
    group.measurement_time(Duration::from_secs(10));
    for concurrency in [1usize, 32] {
        group.throughput(Throughput::Elements(concurrency as u64));
        group.bench_function(format!("createVaultingSession calls, concurrency {concurrency}"), |b| {
            b.to_async(&runtime).iter(|| {
                let calls: Vec<_> = (0..concurrency).filter_map(|_| next_request()).collect();
                let client = client.clone();
                async move {
                    let mut tasks = Vec::with_capacity(calls.len());
                    for request in calls {
                        let client = client.clone();
                        tasks.push(tokio::spawn(async move {
                            client.vaulting().create_vaulting_session(&request).await.is_ok()
                        }));
                    }
                    for task in tasks {
                        assert!(matches!(task.await, Ok(true)));
                    }
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, per_call_work, rsa, loopback);
criterion_main!(benches);
