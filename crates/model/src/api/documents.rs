//! Documents: those of a case, and the overview across all cases.

use super::Text;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A document the authority sent; the bytes are at `GET /api/v1/documents/{id}/content`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DocumentMeta {
    pub id: String,
    pub title: Text,
    /// The file name the server sends in `Content-Disposition`.
    pub filename: String,
    pub media_type: String,
    pub size_bytes: u64,
    /// Lowercase hex SHA-256 of the bytes, so a citizen can verify what they received.
    pub sha256: String,
    /// RFC 3339
    pub created_at: String,
}

/// `GET /api/v1/documents`: the party's documents across all cases, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DocumentOverview {
    /// Documents matching the query; at most `DOCUMENTS_LISTED` are listed.
    pub total: u64,
    pub documents: Vec<DocumentItem>,
}

/// Documents the overview lists at most, newest first.
pub const DOCUMENTS_LISTED: u32 = 100;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DocumentItem {
    pub document: DocumentMeta,
    pub case_id: String,
    pub reference: String,
    pub service: Text,
    /// Sent by the citizen's side rather than the authority.
    pub from_citizen: bool,
}

/// Largest document the citizen's side can add to a case.
pub const CASE_DOCUMENT_MAX_BYTES: u64 = 10_000_000;
/// What the citizen's side can add to a case.
pub const CASE_DOCUMENT_TYPES: [&str; 3] = ["application/pdf", "image/jpeg", "image/png"];
