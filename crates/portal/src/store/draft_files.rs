//! Files uploaded into drafts. A file's place is reserved before its bytes arrive, so the
//! counts that limit uploads see it at once.

use super::objects::{Stored, StoredFile};
use super::quotas::{bytes_of, files_of, Guard};
use super::{Db, Exec};

/// A place to reserve for an upload into `field` of a draft.
pub struct Reservation<'a> {
    pub id: &'a str,
    pub draft_id: &'a str,
    pub field: &'a str,
    /// Counted as the file's size until the real one is known.
    pub max_bytes: i64,
    pub at: &'a str,
    pub max_in_draft: i64,
    pub max_in_field: i64,
}

/// Takes the file's place in one statement that counts the draft's, the field's and the
/// account's files and bytes: parallel uploads cannot all pass a count made beforehand.
/// False when a limit is reached.
pub async fn reserve(db: &Db, place: &Reservation<'_>, guard: Guard) -> sqlx::Result<bool> {
    on!(db, c => {
            let mut tx = sqlx::Connection::begin(&mut *c).await?;
            if let (Some(lock), Some(account)) = (super::lock_account(&*tx), Some(guard.account)) {
                sqlx::query(lock).bind(account).execute(&mut *tx).await?;
            }
        let reserved = sqlx::query(&format!(
            "INSERT INTO draft_files (id, draft_id, owner_id, field, filename, media_type, size_bytes, sha256, content, content_in_store, created_at) \
             SELECT $2, $3, $1, $4, '', '', $5, '', $11, TRUE, $6 \
             WHERE (SELECT COUNT(*) FROM draft_files WHERE draft_id = $3) < $7 \
               AND (SELECT COUNT(*) FROM draft_files WHERE draft_id = $3 AND field = $4) < $8 \
               AND {} < $9 AND {} + $5 <= $10",
            files_of("$1"),
            bytes_of("$1")
        ))
        .bind(guard.account)
        .bind(place.id)
        .bind(place.draft_id)
        .bind(place.field)
        .bind(place.max_bytes)
        .bind(place.at)
        .bind(place.max_in_draft)
        .bind(place.max_in_field)
        .bind(guard.max_files)
        .bind(guard.max_bytes)
        .bind(&[][..] as &[u8])
        .execute(&mut *tx)
        .await?;
            tx.commit().await?;
        Ok(reserved.rows_affected() > 0)
    })
}

/// Puts the received file, whose bytes are in the object store, into its reserved place.
pub async fn fill(db: &Db, id: &str, filename: &str, media_type: &str, stored: &Stored) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("UPDATE draft_files SET filename = $1, media_type = $2, size_bytes = $3, sha256 = $4 WHERE id = $5")
            .bind(filename)
            .bind(media_type)
            .bind(stored.size)
            .bind(&stored.sha256)
            .bind(id)
            .execute(&mut *c)
            .await?;
        Ok(())
    })
}

/// Gives a reserved place back.
pub async fn release(db: &Db, id: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("DELETE FROM draft_files WHERE id = $1").bind(id).execute(&mut *c).await?;
        Ok(())
    })
}

/// The draft's (files, files in `field`).
pub async fn counts(db: &Db, draft_id: &str, field: &str) -> sqlx::Result<(i64, i64)> {
    on!(db, c => {
        sqlx::query_as("SELECT COUNT(*), COALESCE(SUM(CASE WHEN field = $1 THEN 1 ELSE 0 END), 0) FROM draft_files WHERE draft_id = $2")
            .bind(field)
            .bind(draft_id)
            .fetch_one(&mut *c)
            .await
    })
}

/// Removes a file of the owner's open draft; how many went.
pub async fn remove(db: &Db, id: &str, draft_id: &str, owner: i64) -> sqlx::Result<u64> {
    on!(db, c => {
        let result = sqlx::query(
            "DELETE FROM draft_files WHERE id = $1 AND draft_id = $2 AND owner_id = $3 \
             AND draft_id IN (SELECT id FROM drafts WHERE case_id IS NULL)",
        )
        .bind(id)
        .bind(draft_id)
        .bind(owner)
        .execute(&mut *c)
        .await?;
        Ok(result.rows_affected())
    })
}

#[derive(sqlx::FromRow)]
pub struct HeldFile {
    pub id: String,
    pub field: String,
    pub filename: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub created_at: String,
}

pub async fn of_draft(db: &Db, draft_id: &str) -> sqlx::Result<Vec<HeldFile>> {
    on!(db, c => {
        sqlx::query_as("SELECT id, field, filename, media_type, size_bytes, created_at FROM draft_files WHERE draft_id = $1").bind(draft_id).fetch_all(&mut *c).await
    })
}

pub async fn delete(db: &Db, id: &str, draft_id: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("DELETE FROM draft_files WHERE id = $1 AND draft_id = $2").bind(id).bind(draft_id).execute(&mut *c).await?;
        Ok(())
    })
}

/// A file of the draft, to become a document of the case.
pub async fn taken(db: impl Into<Exec<'_>>, id: &str, draft_id: &str) -> sqlx::Result<Option<StoredFile>> {
    on!(db, c => {
        sqlx::query_as("SELECT filename, media_type, sha256, size_bytes, content_in_store, content FROM draft_files WHERE id = $1 AND draft_id = $2")
            .bind(id)
            .bind(draft_id)
            .fetch_optional(&mut *c)
            .await
    })
}

/// Whether a file with this id is still held by a draft (the sweep keeps its bytes).
pub async fn exists(db: &Db, id: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        let found: Option<(String,)> = sqlx::query_as("SELECT id FROM draft_files WHERE id = $1").bind(id).fetch_optional(&mut *c).await?;
        Ok(found.is_some())
    })
}

/// Deletes every file of the draft: at submission, the case keeps those it took.
pub async fn delete_of_draft(db: impl Into<Exec<'_>>, draft_id: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("DELETE FROM draft_files WHERE draft_id = $1").bind(draft_id).execute(&mut *c).await?;
        Ok(())
    })
}
