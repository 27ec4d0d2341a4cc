//! acceptDispute and supplyDefenseDocument: each once, before the defense deadline (the
//! page's `TIME_EXCEEDS_LIMIT` after it, `REPEAT_REQUEST` for the same step again). A defended
//! dispute may still be accepted; an accepted one can no longer be defended.

use super::notifications::{self, Event};
use super::{AcceptDisputeError, SupplyDefenseDocumentError};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::{Dispute, DisputeState};
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::disputes::{
    AcceptDisputeRequest, AcceptDisputeResponse, SupplyDefenseDocumentRequest, SupplyDefenseDocumentResponse,
};

pub(super) fn accept(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &AcceptDisputeRequest,
) -> Result<AcceptDisputeResponse, AcceptDisputeError> {
    let id = request.dispute_id.as_str();
    let Some(mut dispute) = dispute(tx, caller, id)? else {
        return Err(refuse(CommonCode::ParamIllegal, format!("disputeId: no dispute `{id}` of this client")));
    };
    match dispute.state {
        DisputeState::Accepted => {
            let message = format!("dispute `{id}` was already accepted");
            return Err(AcceptDisputeError::RepeatRequest { message });
        }
        _ if tx.now() > dispute.defense_due => {
            return Err(AcceptDisputeError::TimeExceedsLimit { message: late(&dispute) });
        }
        DisputeState::Open | DisputeState::Defended => {}
    }
    resolve(tx, &mut dispute, DisputeState::Accepted, Event::Accepted)?;
    let mut response = AcceptDisputeResponse::default();
    response.result = success_result::<AcceptDisputeError>();
    response.dispute_id = Some(dispute.dispute_id.clone());
    response.dispute_resolution_time = dispute.resolved.map(|t| t.to_rfc3339());
    Ok(response)
}

pub(super) fn defend(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &SupplyDefenseDocumentRequest,
) -> Result<SupplyDefenseDocumentResponse, SupplyDefenseDocumentError> {
    let id = request.dispute_id.as_str();
    let Some(mut dispute) = dispute(tx, caller, id)? else {
        return Err(refuse(CommonCode::ParamIllegal, format!("disputeId: no dispute `{id}` of this client")));
    };
    match dispute.state {
        DisputeState::Defended => {
            let message = format!("a defense of dispute `{id}` was already supplied");
            return Err(SupplyDefenseDocumentError::RepeatRequest { message });
        }
        DisputeState::Accepted => {
            let message = format!("dispute `{id}` was accepted: it can no longer be defended");
            return Err(SupplyDefenseDocumentError::NotAllowInCurrentStatus { message });
        }
        DisputeState::Open if tx.now() > dispute.defense_due => {
            return Err(SupplyDefenseDocumentError::TimeExceedsLimit { message: late(&dispute) });
        }
        DisputeState::Open => {}
    }
    resolve(tx, &mut dispute, DisputeState::Defended, Event::Defended)?;
    let mut response = SupplyDefenseDocumentResponse::default();
    response.result = success_result::<SupplyDefenseDocumentError>();
    response.dispute_id = Some(dispute.dispute_id.clone());
    response.dispute_resolution_time = dispute.resolved.map(|t| t.to_rfc3339());
    Ok(response)
}

/// The client's dispute, locked for the call.
fn dispute(tx: &mut Tx<'_>, caller: &Caller, id: &str) -> Result<Option<Dispute>, crate::store::StoreError> {
    Ok(tx.get::<Dispute>(id)?.filter(|d| d.client_id == caller.client_id))
}

fn resolve(
    tx: &mut Tx<'_>,
    dispute: &mut Dispute,
    state: DisputeState,
    event: Event,
) -> Result<(), crate::store::StoreError> {
    dispute.state = state;
    dispute.resolved = Some(tx.now());
    tx.update(dispute)?;
    match notifications::dispute(dispute, event) {
        Some(outgoing) => tx.notify(outgoing),
        None => Ok(()),
    }
}

fn late(dispute: &Dispute) -> String {
    format!("the defense period of dispute `{}` ended at {}", dispute.dispute_id, dispute.defense_due.to_rfc3339())
}
