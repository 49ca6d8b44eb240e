//! Applications in progress. Scoped by owner like cases; a draft past its keeping period
//! (last saved before `kept_since`) is gone even before the sweep deletes it.

use super::{Db, Exec};
use crate::error::ApiResult;
use guichet_model::api::Draft;

#[derive(sqlx::FromRow)]
pub struct DraftRow {
    pub id: String,
    pub service_slug: String,
    service_version: i64,
    pub answers: String,
    position: String,
    pub version: i64,
    updated_at: String,
    pub case_id: Option<String>,
}

impl DraftRow {
    pub fn into_draft(self) -> ApiResult<Draft> {
        Ok(Draft {
            answers: serde_json::from_str(&self.answers)?,
            id: self.id,
            service: self.service_slug,
            service_version: self.service_version as u32,
            position: self.position,
            version: self.version as u32,
            updated_at: self.updated_at,
            case_id: self.case_id,
        })
    }
}

pub async fn find(db: &Db, id: &str, owner: i64, kept_since: &str) -> sqlx::Result<Option<DraftRow>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT id, service_slug, service_version, answers, position, version, updated_at, case_id FROM drafts \
             WHERE id = $1 AND owner_id = $2 AND (case_id IS NOT NULL OR updated_at >= $3)",
        )
        .bind(id)
        .bind(owner)
        .bind(kept_since)
        .fetch_optional(&mut *c)
        .await
    })
}

pub struct NewDraft<'a> {
    pub id: &'a str,
    pub owner_id: i64,
    pub service: &'a str,
    pub service_version: u32,
    pub position: &'a str,
    pub at: &'a str,
}

/// Starts a draft while the owner has fewer than `max_open` open ones (counted in the same
/// statement, so parallel starts cannot pass the limit together); false when it did not.
pub async fn insert(db: &Db, draft: &NewDraft<'_>, kept_since: &str, max_open: i64) -> sqlx::Result<bool> {
    on!(db, c => {
            let mut tx = sqlx::Connection::begin(&mut *c).await?;
            if let (Some(lock), Some(account)) = (super::lock_account(&*tx), Some(draft.owner_id)) {
                sqlx::query(lock).bind(account).execute(&mut *tx).await?;
            }
        let started = sqlx::query(
            "INSERT INTO drafts (id, owner_id, service_slug, service_version, answers, position, version, created_at, updated_at) \
             SELECT $2, $1, $3, $4, '{}', $5, 1, $6, $6 \
             WHERE (SELECT COUNT(*) FROM drafts WHERE owner_id = $1 AND case_id IS NULL AND updated_at >= $7) < $8",
        )
        .bind(draft.owner_id)
        .bind(draft.id)
        .bind(draft.service)
        .bind(i64::from(draft.service_version))
        .bind(draft.position)
        .bind(draft.at)
        .bind(kept_since)
        .bind(max_open)
        .execute(&mut *tx)
        .await?;
            tx.commit().await?;
        Ok(started.rows_affected() > 0)
    })
}

/// The owner's open drafts, most recently saved first: (id, service, position, updated at).
pub async fn open_of(db: &Db, owner: i64, kept_since: &str) -> sqlx::Result<Vec<(String, String, String, String)>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT id, service_slug, position, updated_at FROM drafts WHERE owner_id = $1 AND case_id IS NULL AND updated_at >= $2 \
             ORDER BY updated_at DESC, id",
        )
        .bind(owner)
        .bind(kept_since)
        .fetch_all(&mut *c)
        .await
    })
}

/// Saves answers (JSON) and position over `version`; false when another save won or the
/// draft was submitted meanwhile.
pub async fn save(db: &Db, id: &str, owner: i64, version: i64, answers: &str, position: &str, at: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        // The version in the WHERE makes two simultaneous saves from the same version one winner.
        let updated = sqlx::query(
            "UPDATE drafts SET answers = $1, position = $2, version = version + 1, updated_at = $3 \
             WHERE id = $4 AND owner_id = $5 AND version = $6 AND case_id IS NULL",
        )
        .bind(answers)
        .bind(position)
        .bind(at)
        .bind(id)
        .bind(owner)
        .bind(version)
        .execute(&mut *c)
        .await?;
        Ok(updated.rows_affected() > 0)
    })
}

/// The draft became this case.
pub async fn mark_submitted(db: impl Into<Exec<'_>>, id: &str, owner: i64, case_id: &str, at: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("UPDATE drafts SET case_id = $1, updated_at = $2 WHERE id = $3 AND owner_id = $4").bind(case_id).bind(at).bind(id).bind(owner).execute(&mut *c).await?;
        Ok(())
    })
}

/// Discards an open draft; how many went.
pub async fn delete(db: &Db, id: &str, owner: i64) -> sqlx::Result<u64> {
    on!(db, c => {
        let result = sqlx::query("DELETE FROM drafts WHERE id = $1 AND owner_id = $2 AND case_id IS NULL").bind(id).bind(owner).execute(&mut *c).await?;
        Ok(result.rows_affected())
    })
}

/// Deletes open drafts last saved before `kept_since`, with their files; how many went.
pub async fn delete_expired(db: &Db, kept_since: &str) -> sqlx::Result<u64> {
    on!(db, c => {
        let deleted = sqlx::query("DELETE FROM drafts WHERE case_id IS NULL AND updated_at < $1").bind(kept_since).execute(&mut *c).await?;
        Ok(deleted.rows_affected())
    })
}
