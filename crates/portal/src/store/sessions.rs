//! Signed-in sessions, stored by the hash of their token (the cookie never is).

use super::{Db, Exec};

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
pub async fn find(db: &Db, token_hash: &str) -> sqlx::Result<Option<SessionRow>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.acting_for, \
             (SELECT m.scope FROM mandates m WHERE m.person_id = s.account_id AND m.organisation_id = s.acting_for \
              AND m.withdrawn_at IS NULL ORDER BY m.granted_at DESC LIMIT 1) AS mandate_scope \
             FROM sessions s WHERE s.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&mut *c)
        .await
    })
}

pub async fn insert(db: &Db, token_hash: &str, account_id: i64, csrf_token: &str, now: i64, device: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, device) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(token_hash)
            .bind(account_id)
            .bind(csrf_token)
            .bind(now)
            .bind(now)
            .bind(device)
            .execute(&mut *c)
            .await?;
        Ok(())
    })
}

pub async fn touch(db: &Db, token_hash: &str, now: i64) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2").bind(now).bind(token_hash).execute(&mut *c).await?;
        Ok(())
    })
}

/// The session acts for the person again.
pub async fn stop_acting(db: &Db, token_hash: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("UPDATE sessions SET acting_for = NULL WHERE token_hash = $1").bind(token_hash).execute(&mut *c).await?;
        Ok(())
    })
}

/// A new token and CSRF token for the session, acting for `acting_for`; false when the
/// session ended meanwhile.
pub async fn rotate(db: &Db, old_hash: &str, new_hash: &str, csrf_token: &str, acting_for: Option<i64>) -> sqlx::Result<bool> {
    on!(db, c => {
        let changed = sqlx::query("UPDATE sessions SET token_hash = $1, csrf_token = $2, acting_for = $3 WHERE token_hash = $4")
            .bind(new_hash)
            .bind(csrf_token)
            .bind(acting_for)
            .bind(old_hash)
            .execute(&mut *c)
            .await?;
        Ok(changed.rows_affected() > 0)
    })
}

pub async fn delete(db: impl Into<Exec<'_>>, token_hash: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&mut *c).await?;
        Ok(())
    })
}

/// Ends every session of the account; how many there were.
pub async fn delete_all_of(db: &Db, account_id: i64) -> sqlx::Result<u64> {
    on!(db, c => {
        Ok(sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(&mut *c).await?.rows_affected())
    })
}

/// Ends the account's session whose public id (a prefix of its hash) is given.
pub async fn delete_by_public_id(db: &Db, account_id: i64, public_id: &str) -> sqlx::Result<u64> {
    on!(db, c => {
        let result =
            sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND substr(token_hash, 1, 16) = $2").bind(account_id).bind(public_id).execute(&mut *c).await?;
        Ok(result.rows_affected())
    })
}

/// Sessions not idle since `seen_since` and not older than `created_since`, most recently
/// used first: (token hash, device, created, last seen).
pub async fn active_of(db: &Db, account_id: i64, seen_since: i64, created_since: i64) -> sqlx::Result<Vec<(String, Option<String>, i64, i64)>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT token_hash, device, created_at, last_seen_at FROM sessions WHERE account_id = $1 AND last_seen_at >= $2 AND created_at >= $3 \
             ORDER BY last_seen_at DESC",
        )
        .bind(account_id)
        .bind(seen_since)
        .bind(created_since)
        .fetch_all(&mut *c)
        .await
    })
}

pub async fn delete_expired(db: &Db, seen_before: i64, created_before: i64) -> sqlx::Result<u64> {
    on!(db, c => {
        let result = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2").bind(seen_before).bind(created_before).execute(&mut *c).await?;
        Ok(result.rows_affected())
    })
}
