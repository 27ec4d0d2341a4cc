//! notifyDispute and notifyDefenseDocument, built from their pages' types.

use crate::state::Dispute;
use crate::store::outbox::Outgoing;
use vault_generated::disputes::response::{DefenseFile, DisputeJudgedResult, DisputeNotificationType};
use vault_generated::disputes::{DefenseDocumentNotification, DisputeNotification};
use vault_runtime::DateTime;

/// What a notifyDispute reports.
#[derive(Debug, Clone, Copy)]
pub(super) enum Event {
    /// The dispute was opened.
    Created,
    /// Its defense deadline is a day away.
    DueAlert,
    /// The merchant supplied its defense.
    Defended,
    /// The merchant accepted it: judged against the merchant.
    Accepted,
}

/// notifyDispute for `dispute` (none when its payment has no notification URL).
pub(super) fn dispute(dispute: &Dispute, event: Event) -> Option<Outgoing> {
    let url = dispute.notify_url.as_deref()?;
    let mut message = DisputeNotification::default();
    message.payment_request_id = dispute.payment_request_id.clone();
    message.dispute_id = dispute.dispute_id.clone();
    message.payment_id = dispute.payment_id.clone();
    message.dispute_time = Some(dispute.opened);
    message.dispute_amount = Some(Default::default());
    if let Some(amount) = &mut message.dispute_amount {
        crate::apis::write_amount!(amount, dispute.currency, dispute.amount);
    }
    message.defense_due_time = Some(dispute.defense_due);
    message.dispute_notification_type = match event {
        Event::Created => DisputeNotificationType::DisputeCreated,
        Event::DueAlert => DisputeNotificationType::DefenseDueAlert,
        Event::Defended => DisputeNotificationType::DefenseSupplied,
        Event::Accepted => DisputeNotificationType::DisputeJudged,
    };
    if let Event::Accepted = event {
        message.dispute_judged_time = dispute.resolved;
        message.dispute_judged_amount = Some(Default::default());
        if let Some(amount) = &mut message.dispute_judged_amount {
            crate::apis::write_amount!(amount, dispute.currency, dispute.amount);
        }
        message.dispute_judged_result = Some(DisputeJudgedResult::AcceptByMerchant);
    }
    Some(Outgoing::new(url, &dispute.client_id, &message))
}

/// notifyDefenseDocument: the defense material Antom prepared for the dispute.
pub(super) fn defense_document(dispute: &Dispute, now: DateTime) -> Option<Outgoing> {
    let url = dispute.notify_url.as_deref()?;
    let mut file = DefenseFile::default();
    file.file_name = Some(format!("{}-defense", dispute.dispute_id));
    let mut message = DefenseDocumentNotification::default();
    message.dispute_id = dispute.dispute_id.clone();
    message.notify_time = now;
    message.defense_file = file;
    Some(Outgoing::new(url, &dispute.client_id, &message))
}
