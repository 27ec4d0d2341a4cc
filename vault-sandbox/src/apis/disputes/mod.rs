//! The disputes family: a sandbox action opens a chargeback on a captured payment (the
//! issuer's move, which no API makes); the merchant accepts it (acceptDispute) or defends it
//! (supplyDefenseDocument) before the defense deadline, by the sandbox clock. Each step is
//! told with notifyDispute (`DISPUTE_CREATED`, `DEFENSE_DUE_ALERT` a day before the deadline,
//! `DEFENSE_SUPPLIED`, `DISPUTE_JUDGED` when accepted), and the defense material Antom
//! prepares with notifyDefenseDocument when the dispute opens, all to the payment's
//! notification URL.

mod answers;
mod notifications;

use crate::endpoint::Endpoint;
use crate::state::{Dispute, DisputeState, Payment, PaymentState};
use crate::store::{StoreError, Tx};
use std::collections::HashMap;

// The generated types of the family's pages: the only place that names them.
use vault_generated::disputes::{
    AcceptDisputeError, AcceptDisputeRequest, SupplyDefenseDocumentError, SupplyDefenseDocumentRequest,
};

crate::endpoint::unknown_on_store_failure!(AcceptDisputeError, SupplyDefenseDocumentError);

/// How long the merchant has to accept or defend a dispute (a sandbox choice: schemes give
/// acquirers a week or more, and Antom passes a shorter deadline on).
const DEFENSE_DAYS: i64 = 7;

/// How long before the deadline the reminder (`DEFENSE_DUE_ALERT`) goes: the page's 24 hours.
const ALERT_HOURS: i64 = 24;

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<AcceptDisputeRequest>(map, answers::accept);
    super::add::<SupplyDefenseDocumentRequest>(map, answers::defend);
}

/// Why a dispute cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refused {
    /// No captured payment of the client has this id.
    NoCapturedPayment,
    /// The payment is already disputed: its dispute's id.
    AlreadyDisputed(String),
}

/// Opens a dispute on the client's captured payment `payment_id`, for its captured amount;
/// notifyDispute and notifyDefenseDocument are queued. Returns the dispute.
pub(crate) fn open(tx: &mut Tx<'_>, client_id: &str, payment_id: &str) -> Result<Result<Dispute, Refused>, StoreError> {
    let payment = super::payments::payment(tx, client_id, Some(payment_id), None)?;
    let Some(payment) = payment.filter(|p: &Payment| p.state == PaymentState::Captured) else {
        return Ok(Err(Refused::NoCapturedPayment));
    };
    if let Some(existing) = tx.peek_by::<Dispute>(&Dispute::of_payment(payment_id))? {
        return Ok(Err(Refused::AlreadyDisputed(existing.dispute_id)));
    }
    let now = tx.now();
    let dispute = Dispute {
        dispute_id: crate::apis::random_id("DSP"),
        client_id: client_id.to_owned(),
        payment_id: payment.payment_id.clone(),
        payment_request_id: payment.payment_request_id.clone(),
        currency: payment.currency,
        amount: payment.captured(),
        state: DisputeState::Open,
        opened: now,
        defense_due: now + chrono::Duration::days(DEFENSE_DAYS),
        alerted: false,
        resolved: None,
        notify_url: payment.notify_url.clone(),
    };
    tx.insert(&dispute)?;
    if let Some(outgoing) = notifications::dispute(&dispute, notifications::Event::Created) {
        tx.notify(outgoing)?;
    }
    if let Some(outgoing) = notifications::defense_document(&dispute, now) {
        tx.notify(outgoing)?;
    }
    Ok(Ok(dispute))
}

/// Sends the reminder for every open dispute whose deadline is a day away or less (run when
/// the sandbox clock moves).
pub(crate) fn remind(tx: &mut Tx<'_>) -> Result<(), StoreError> {
    let now = tx.now();
    let near = |d: &Dispute| {
        d.state == DisputeState::Open && !d.alerted && now + chrono::Duration::hours(ALERT_HOURS) >= d.defense_due
    };
    let due: Vec<String> =
        tx.linked::<Dispute>(&Dispute::all())?.into_iter().filter(near).map(|d| d.dispute_id).collect();
    for id in due {
        let Some(mut dispute) = tx.get::<Dispute>(&id)?.filter(near) else { continue };
        dispute.alerted = true;
        tx.update(&dispute)?;
        if let Some(outgoing) = notifications::dispute(&dispute, notifications::Event::DueAlert) {
            tx.notify(outgoing)?;
        }
    }
    Ok(())
}
