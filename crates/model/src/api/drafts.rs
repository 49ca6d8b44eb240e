//! Applications in progress (drafts), saved as the citizen goes, and the case a submission
//! becomes.

use super::{encode_component, Text};
use crate::form::Answers;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// An application in progress, as its wizard loads it.
pub fn draft_path(id: &str) -> String {
    format!("/api/v1/drafts/{}", encode_component(id))
}

/// The open applications, as the dashboard lists them.
pub fn drafts_path(lang: Lang) -> String {
    format!("/api/v1/drafts?lang={lang}")
}

/// Where a draft stands when the citizen has finished the steps: "check your answers". No step
/// may take this id.
pub const CHECK_ANSWERS: &str = "check-answers";

/// An application in progress, saved on the server as the citizen goes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Draft {
    pub id: String,
    pub service: String,
    pub service_version: u32,
    pub answers: Answers,
    /// The step the citizen is on, or `check-answers`.
    pub position: String,
    /// Raised on every save; a save names the version it was based on.
    pub version: u32,
    /// RFC 3339
    pub updated_at: String,
    /// Set once submitted: the case it became.
    pub case_id: Option<String>,
}

/// How long an application nobody touches is kept: it is deleted this many days after its
/// last save, files and all.
pub const DRAFT_KEPT_DAYS: u32 = 30;

/// An open application on the dashboard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DraftSummary {
    pub id: String,
    pub service: String,
    pub title: Text,
    pub position: String,
    /// RFC 3339
    pub updated_at: String,
    /// The last day it is kept unless saved again, `YYYY-MM-DD`.
    pub expires_on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DraftList {
    pub drafts: Vec<DraftSummary>,
}

/// `POST /api/v1/drafts`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewDraft {
    pub service: String,
}

/// `PUT /api/v1/drafts/{id}`: the whole answers and where the citizen is going. The server
/// refuses a position that an incomplete earlier step makes unreachable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SaveDraft {
    pub answers: Answers,
    pub position: String,
    /// The version this save is based on; a stale one gets 409.
    #[serde(deserialize_with = "whole_number")]
    pub base_version: u32,
}

/// A `u32` also when written as `7.0`: JSON Schema counts that as an integer, and so do some
/// clients.
fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let n = f64::deserialize(deserializer)?;
    if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) {
        Ok(n as u32)
    } else {
        Err(serde::de::Error::custom("expected a whole number from 0 to 4294967295"))
    }
}

/// `POST /api/v1/drafts/{id}/submission`: the case the application became.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Submission {
    pub case_id: String,
    pub reference: String,
    pub service: String,
    /// In Rappen; 0 when free.
    pub fee_total: u64,
    /// The fee is still to be paid (by the QR-bill invoice).
    pub payment_due: bool,
    pub receipt_document_id: String,
    pub invoice_document_id: Option<String>,
}
