//! The back office's requests: what an authority changes in a case, and mandates.

use super::{CaseStatus, LocalizedText, MandateScope};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Back office: `POST /api/backoffice/v1/mandates` grants, `.../mandates/withdrawal` withdraws.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MandateChange {
    /// The person's username.
    pub person: String,
    /// The organisation's UID.
    pub organisation: String,
    /// For a grant; a withdrawal ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<MandateScope>,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/status`. Without `text`, the
/// portal's standard citizen text for the status is used, in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: CaseStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// Required when the status is `rejected`: why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<LocalizedText>,
    /// Required when the status is `rejected`: how to appeal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<LocalizedText>,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/action`: the authority waits for
/// the citizen until `due_on`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionRequest {
    /// What the citizen must do, in every language the authority writes.
    pub text: LocalizedText,
    /// `YYYY-MM-DD`
    pub due_on: String,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/documents`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentDelivery {
    pub title: LocalizedText,
    pub filename: String,
    /// The bytes, base64: PDF, JPEG or PNG.
    pub content_base64: String,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/messages`, written in the
/// citizen's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthorityMessage {
    pub body: String,
}

/// What the back office created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Created {
    pub id: String,
}
