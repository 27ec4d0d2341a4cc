//! What the dashboard shows, read in one store transaction: the newest calls, payments with
//! their money, vaultings, notifications with their attempts, and the newest records of every
//! kind the store holds. Each list is bounded, so the page costs the same whatever the store
//! holds.

use crate::faults::Fault;
use crate::gateway::Gateway;
use crate::state::{Payment, RecordedCall, Refund, Vaulting};
use crate::store::{Kind, Notification, StoreError, Summary, Tx};
use vault_runtime::DateTime;

/// How many of each list the page shows.
pub(crate) const SHOWN: i64 = 50;
/// How many records of each kind the page shows.
pub(crate) const SHOWN_PER_KIND: i64 = 20;

/// A payment and the total of its refunds.
pub(crate) struct PaymentRow {
    pub payment: Payment,
    pub refunded: i64,
}

/// The records of one kind.
pub(crate) struct KindView {
    pub name: String,
    pub count: i64,
    /// The buyer page that finishes an authentication of this kind, if any.
    pub page: Option<&'static str>,
    /// The newest records: their summary (or why it could not be read) and when they changed;
    /// `None` when no family registered the kind (its ids could be secrets: not shown).
    pub records: Option<Vec<(Result<Summary, String>, i64)>>,
}

/// Everything on the page.
pub(crate) struct View {
    pub now: DateTime,
    pub calls: Vec<RecordedCall>,
    pub payments: Vec<PaymentRow>,
    pub vaultings: Vec<Vaulting>,
    pub notifications: Vec<Notification>,
    pub kinds: Vec<KindView>,
    pub faults: Vec<Fault>,
    pub sandbox_url: String,
}

/// Reads the page's content (on the store's thread).
pub(crate) fn gather(tx: &mut Tx<'_>, gateway: &Gateway) -> Result<View, StoreError> {
    let mut payments = Vec::new();
    for payment in tx.recent::<Payment>(SHOWN)? {
        let refunds = tx.linked::<Refund>(&Refund::of_payment(&payment.payment_id))?;
        payments.push(PaymentRow { refunded: refunds.iter().map(|r| r.amount).sum(), payment });
    }
    let mut kinds = Vec::new();
    for (name, count) in tx.kinds()? {
        let known: Option<&Kind> = gateway.kinds.iter().find(|kind| kind.name == name);
        let records = match known {
            Some(kind) => Some(
                tx.newest(&name, SHOWN_PER_KIND)?
                    .into_iter()
                    .map(|stored| ((kind.summarise)(&stored.doc).map_err(|e| e.message), stored.updated_ms))
                    .collect(),
            ),
            None => None,
        };
        let page = gateway.pages.iter().find(|page| page.kind == name).map(|page| page.prefix);
        kinds.push(KindView { name, count, page, records });
    }
    Ok(View {
        now: tx.now(),
        calls: tx.newest_calls(SHOWN)?,
        payments,
        vaultings: tx.recent::<Vaulting>(SHOWN)?,
        notifications: tx.newest_notifications(SHOWN)?,
        kinds,
        faults: gateway.faults.pending(),
        sandbox_url: gateway.url.clone(),
    })
}
