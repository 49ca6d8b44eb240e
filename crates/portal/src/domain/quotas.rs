//! What one account may keep on the portal, so that no citizen can fill its disk: open
//! applications, files and bytes (uploads into applications, documents added to cases and
//! replies together), and replies a day. Each limit is far above what a citizen needs and is
//! checked in the same statement that stores, so parallel requests cannot pass it together.
//! Refusals are 422 (or 413 for bytes) with a field error code the app says in words.

use crate::error::ApiError;
use crate::store;
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::validate;

/// The refusal when a store did not happen: which of the account's limits it was, read again
/// after the fact (the store itself is the check, this only names it).
pub async fn refusal(state: &crate::AppState, account: i64, adding_bytes: i64, field: &str) -> ApiError {
    let (files, bytes) = match store::quotas::usage(&state.db, account).await {
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

/// The account's limits, as the storing statements check them.
pub fn guard(state: &crate::AppState, account: i64) -> store::quotas::Guard {
    store::quotas::Guard { account, max_files: state.config.quotas.stored_files, max_bytes: state.config.quotas.stored_bytes }
}
