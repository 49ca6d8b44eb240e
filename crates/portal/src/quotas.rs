//! What one account may keep on the portal, so that no citizen can fill its disk: open
//! applications, files and bytes (uploads into applications, documents added to cases and
//! replies together), and replies a day. Each limit is far above what a citizen needs and is
//! checked in the same statement that stores, so parallel requests cannot pass it together.
//! Refusals are 422 (or 413 for bytes) with a field error code the app says in words.

use crate::error::ApiError;
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::validate;

/// The limits per account, with defaults far above what a citizen needs.
#[derive(Clone, Debug)]
pub struct Quotas {
    /// `GUICHET_QUOTA_DRAFTS`: applications in progress at once.
    pub open_drafts: i64,
    /// `GUICHET_QUOTA_FILES`: files kept, uploads into applications plus documents added to cases.
    pub stored_files: i64,
    /// `GUICHET_QUOTA_BYTES`: bytes kept, those files plus the replies' text.
    pub stored_bytes: i64,
    /// `GUICHET_QUOTA_REPLIES_PER_DAY`: replies written in any 24 hours.
    pub replies_per_day: i64,
}

impl Default for Quotas {
    fn default() -> Self {
        Quotas { open_drafts: 10, stored_files: 60, stored_bytes: 150 * 1024 * 1024, replies_per_day: 30 }
    }
}

/// SQL: how many files account `?1` keeps.
pub const FILES_OF_ACCOUNT: &str = "((SELECT COUNT(*) FROM draft_files WHERE owner_id = ?1) \
     + (SELECT COUNT(*) FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.owner_id = ?1 AND d.from_citizen = 1))";

/// SQL: how many bytes account `?1` keeps. A reserved upload counts with its field's maximum
/// until its real size is known.
pub const BYTES_OF_ACCOUNT: &str = "((SELECT COALESCE(SUM(size_bytes), 0) FROM draft_files WHERE owner_id = ?1) \
     + (SELECT COALESCE(SUM(LENGTH(d.content)), 0) FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.owner_id = ?1 AND d.from_citizen = 1) \
     + (SELECT COALESCE(SUM(LENGTH(m.body)), 0) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = ?1 AND m.from_authority = 0))";

/// The refusal when a store did not happen: which of the account's limits it was, read again
/// after the fact (the store itself is the check, this only names it).
pub async fn refusal(state: &crate::AppState, account: i64, adding_bytes: i64, field: &str) -> ApiError {
    let usage: Result<(i64, i64), _> = sqlx::query_as(&format!("SELECT {FILES_OF_ACCOUNT}, {BYTES_OF_ACCOUNT}")).bind(account).fetch_one(&state.db).await;
    let (files, bytes) = match usage {
        Ok(usage) => usage,
        Err(e) => return e.into(),
    };
    tracing::warn!(target: "security", event = "quota-reached", account, files, bytes, "refused a store over the account's quota");
    if bytes + adding_bytes > state.config.quotas.stored_bytes {
        ApiError::new(ErrorCode::TooLarge, "The account keeps as many bytes as it may").with_errors(vec![FieldError::new(field, validate::QUOTA_BYTES)])
    } else {
        ApiError::validation(vec![FieldError::new(field, validate::QUOTA_FILES)])
    }
}

pub fn too_many_drafts() -> ApiError {
    ApiError::validation(vec![FieldError::new("service", validate::QUOTA_DRAFTS)])
}

pub fn too_many_replies() -> ApiError {
    ApiError::validation(vec![FieldError::new("body", validate::QUOTA_REPLIES)])
}
