//! Another party's id answers like one that does not exist.

use crate::error::ApiError;
use crate::store::{self, Owned};
use crate::AppState;

/// 404 for an id the account does not own; when the id exists under another account, a
/// security event says so (someone is trying ids), without saying whose it is.
pub async fn not_yours(state: &AppState, kind: Owned, id: &str, account: i64) -> ApiError {
    if let Ok(true) = store::exists(&state.db, kind, id).await {
        tracing::warn!(target: "security", event = "foreign-id", kind = kind.name(), account, "asked for another account's id");
    }
    ApiError::not_found()
}
