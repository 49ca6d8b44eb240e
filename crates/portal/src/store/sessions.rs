//! Signed-in sessions, stored by the hash of their token (the cookie never is).

use sqlx::{SqliteExecutor, SqlitePool};

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub account_id: Option<i64>,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub acting_for: Option<i64>,
    /// The scope of the person's active mandate for `acting_for`; none when it was withdrawn.
    pub mandate_scope: Option<String>,
}

/// The session with this token hash, with its mandate looked up on every call: a withdrawn
/// one ends the access at once, also in sessions already open.
pub async fn find(db: &SqlitePool, token_hash: &str) -> sqlx::Result<Option<SessionRow>> {
    sqlx::query_as(
        "SELECT s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.acting_for, \
         (SELECT m.scope FROM mandates m WHERE m.person_id = s.account_id AND m.organisation_id = s.acting_for \
          AND m.withdrawn_at IS NULL ORDER BY m.granted_at DESC LIMIT 1) AS mandate_scope \
         FROM sessions s WHERE s.token_hash = ?",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await
}

pub async fn insert(db: &SqlitePool, token_hash: &str, account_id: i64, csrf_token: &str, now: i64, device: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, device) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(token_hash)
        .bind(account_id)
        .bind(csrf_token)
        .bind(now)
        .bind(now)
        .bind(device)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn touch(db: &SqlitePool, token_hash: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?").bind(now).bind(token_hash).execute(db).await?;
    Ok(())
}

/// The session acts for the person again.
pub async fn stop_acting(db: &SqlitePool, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE sessions SET acting_for = NULL WHERE token_hash = ?").bind(token_hash).execute(db).await?;
    Ok(())
}

/// A new token and CSRF token for the session, acting for `acting_for`; false when the
/// session ended meanwhile.
pub async fn rotate(db: &SqlitePool, old_hash: &str, new_hash: &str, csrf_token: &str, acting_for: Option<i64>) -> sqlx::Result<bool> {
    let changed = sqlx::query("UPDATE sessions SET token_hash = ?, csrf_token = ?, acting_for = ? WHERE token_hash = ?")
        .bind(new_hash)
        .bind(csrf_token)
        .bind(acting_for)
        .bind(old_hash)
        .execute(db)
        .await?;
    Ok(changed.rows_affected() > 0)
}

pub async fn delete(db: impl SqliteExecutor<'_>, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(token_hash).execute(db).await?;
    Ok(())
}

/// Ends every session of the account; how many there were.
pub async fn delete_all_of(db: &SqlitePool, account_id: i64) -> sqlx::Result<u64> {
    Ok(sqlx::query("DELETE FROM sessions WHERE account_id = ?").bind(account_id).execute(db).await?.rows_affected())
}

/// Ends the account's session whose public id (a prefix of its hash) is given.
pub async fn delete_by_public_id(db: &SqlitePool, account_id: i64, public_id: &str) -> sqlx::Result<u64> {
    let result =
        sqlx::query("DELETE FROM sessions WHERE account_id = ? AND substr(token_hash, 1, 16) = ?").bind(account_id).bind(public_id).execute(db).await?;
    Ok(result.rows_affected())
}

/// Sessions not idle since `seen_since` and not older than `created_since`, most recently
/// used first: (token hash, device, created, last seen).
pub async fn active_of(db: &SqlitePool, account_id: i64, seen_since: i64, created_since: i64) -> sqlx::Result<Vec<(String, Option<String>, i64, i64)>> {
    sqlx::query_as(
        "SELECT token_hash, device, created_at, last_seen_at FROM sessions WHERE account_id = ? AND last_seen_at >= ? AND created_at >= ? \
         ORDER BY last_seen_at DESC",
    )
    .bind(account_id)
    .bind(seen_since)
    .bind(created_since)
    .fetch_all(db)
    .await
}

pub async fn delete_expired(db: &SqlitePool, seen_before: i64, created_before: i64) -> sqlx::Result<u64> {
    let result = sqlx::query("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?").bind(seen_before).bind(created_before).execute(db).await?;
    Ok(result.rows_affected())
}
