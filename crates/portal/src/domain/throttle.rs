//! Limits on sign-in attempts that slow attackers down without locking citizens out. Counts
//! live in the database, so every portal instance sees the same ones, and stay bounded: a
//! refused attempt is not stored, and a global limit caps how many are.
//!
//! - one client guessing one account's password: 5 per 15 minutes; the owner, from their
//!   own device, is not affected;
//! - one client trying many accounts (password spraying): 30 per 15 minutes;
//! - many clients at one account: 100 per 15 minutes, after which the owner too waits, for
//!   the `Retry-After` it is told, never for good;
//! - everything together: 600 per minute, since each attempt costs an Argon2 check.
//!
//! Buckets are stored as hashes: the table holds no usernames or addresses.

use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::sha256_hex};
use crate::AppState;
use guichet_model::problem::ErrorCode;

struct Limit {
    bucket: String,
    max: i64,
    window_secs: i64,
}

/// The longest window: older rows are swept.
pub const LONGEST_WINDOW_SECS: i64 = 15 * 60;

fn limits(username: &str, client: &str) -> [Limit; 4] {
    let limit = |key: String, max, window_secs| Limit { bucket: sha256_hex(key.as_bytes()), max, window_secs };
    [
        limit(format!("pair\n{client}\n{username}"), 5, LONGEST_WINDOW_SECS),
        limit(format!("client\n{client}"), 30, LONGEST_WINDOW_SECS),
        limit(format!("user\n{username}"), 100, LONGEST_WINDOW_SECS),
        limit("all".to_owned(), 600, 60),
    ]
}

/// The attempts one sign-in was counted as, so a success can take them back.
pub struct Attempt {
    ids: Vec<i64>,
    pair_bucket: String,
}

/// Counts a sign-in attempt against every limit, or refuses it (429 with `Retry-After`) when
/// one is reached. Counted before the password check, so parallel guesses cannot all pass:
/// each attempt's place is its row id, so exactly `max` of a burst get through.
pub async fn begin_sign_in(state: &AppState, username: &str, client: &str) -> ApiResult<Attempt> {
    let now = state.clock.unix();
    let limits = limits(username, client);
    let mut ids = Vec::new();
    for limit in &limits {
        let id = store::throttle::count(&state.db, &limit.bucket, now).await?;
        ids.push(id);
        let (place, oldest) = store::throttle::place(&state.db, &limit.bucket, now - limit.window_secs, id).await?;
        if place > limit.max {
            store::throttle::forget(&state.db, &ids).await?;
            let wait = oldest.map_or(limit.window_secs, |at| at + limit.window_secs - now);
            tracing::warn!(target: "security", event = "sign-in-throttled", client, limit = limit.max, window = limit.window_secs, "sign-in refused by a limit");
            return Err(ApiError::new(ErrorCode::RateLimited, "Too many sign-in attempts").retry_after(wait.max(1) as u64));
        }
    }
    Ok(Attempt { ids, pair_bucket: limits[0].bucket.clone() })
}

/// A successful sign-in: its client's failed guesses at this account are forgotten, and the
/// attempt itself does not count against the client or the account.
pub async fn succeeded(state: &AppState, attempt: Attempt) -> ApiResult<()> {
    store::throttle::forget_bucket(&state.db, &attempt.pair_bucket).await?;
    Ok(store::throttle::forget(&state.db, &attempt.ids).await?)
}

/// An attempt that was never checked (the server was busy): it counts nowhere.
pub async fn withdraw(state: &AppState, attempt: Attempt) -> ApiResult<()> {
    Ok(store::throttle::forget(&state.db, &attempt.ids).await?)
}

/// Deletes counts older than every window.
pub async fn sweep(state: &AppState) -> ApiResult<()> {
    Ok(store::throttle::delete_before(&state.db, state.clock.unix() - LONGEST_WINDOW_SECS).await?)
}
