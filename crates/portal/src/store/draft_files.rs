//! Files uploaded into drafts. A file's place is reserved before its bytes arrive, so the
//! counts that limit uploads see it at once.

use super::ids::sha256_hex;
use super::quotas::{bytes_of, files_of, Guard};
use sqlx::{SqliteExecutor, SqlitePool};

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
pub async fn reserve(db: &SqlitePool, place: &Reservation<'_>, guard: Guard) -> sqlx::Result<bool> {
    let reserved = sqlx::query(&format!(
        "INSERT INTO draft_files (id, draft_id, owner_id, field, filename, media_type, size_bytes, sha256, content, created_at) \
         SELECT ?2, ?3, ?1, ?4, '', '', ?5, '', X'', ?6 \
         WHERE (SELECT COUNT(*) FROM draft_files WHERE draft_id = ?3) < ?7 \
           AND (SELECT COUNT(*) FROM draft_files WHERE draft_id = ?3 AND field = ?4) < ?8 \
           AND {} < ?9 AND {} + ?5 <= ?10",
        files_of("?1"),
        bytes_of("?1")
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
    .execute(db)
    .await?;
    Ok(reserved.rows_affected() > 0)
}

/// Puts the received file into its reserved place.
pub async fn fill(db: &SqlitePool, id: &str, filename: &str, media_type: &str, bytes: &[u8]) -> sqlx::Result<()> {
    sqlx::query("UPDATE draft_files SET filename = ?, media_type = ?, size_bytes = ?, sha256 = ?, content = ? WHERE id = ?")
        .bind(filename)
        .bind(media_type)
        .bind(bytes.len() as i64)
        .bind(sha256_hex(bytes))
        .bind(bytes)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Gives a reserved place back.
pub async fn release(db: &SqlitePool, id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM draft_files WHERE id = ?").bind(id).execute(db).await?;
    Ok(())
}

/// The draft's (files, files in `field`).
pub async fn counts(db: &SqlitePool, draft_id: &str, field: &str) -> sqlx::Result<(i64, i64)> {
    sqlx::query_as("SELECT COUNT(*), COALESCE(SUM(CASE WHEN field = ? THEN 1 ELSE 0 END), 0) FROM draft_files WHERE draft_id = ?")
        .bind(field)
        .bind(draft_id)
        .fetch_one(db)
        .await
}

/// Removes a file of the owner's open draft; how many went.
pub async fn remove(db: &SqlitePool, id: &str, draft_id: &str, owner: i64) -> sqlx::Result<u64> {
    let result = sqlx::query(
        "DELETE FROM draft_files WHERE id = ? AND draft_id = ? AND owner_id = ? \
         AND draft_id IN (SELECT id FROM drafts WHERE case_id IS NULL)",
    )
    .bind(id)
    .bind(draft_id)
    .bind(owner)
    .execute(db)
    .await?;
    Ok(result.rows_affected())
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

pub async fn of_draft(db: &SqlitePool, draft_id: &str) -> sqlx::Result<Vec<HeldFile>> {
    sqlx::query_as("SELECT id, field, filename, media_type, size_bytes, created_at FROM draft_files WHERE draft_id = ?").bind(draft_id).fetch_all(db).await
}

pub async fn delete(db: &SqlitePool, id: &str, draft_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM draft_files WHERE id = ? AND draft_id = ?").bind(id).bind(draft_id).execute(db).await?;
    Ok(())
}

/// A file's (filename, media type, bytes), to become a document of the case.
pub async fn content(db: impl SqliteExecutor<'_>, id: &str, draft_id: &str) -> sqlx::Result<Option<(String, String, Vec<u8>)>> {
    sqlx::query_as("SELECT filename, media_type, content FROM draft_files WHERE id = ? AND draft_id = ?").bind(id).bind(draft_id).fetch_optional(db).await
}

/// Deletes every file of the draft: at submission, the case keeps those it took.
pub async fn delete_of_draft(db: impl SqliteExecutor<'_>, draft_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM draft_files WHERE draft_id = ?").bind(draft_id).execute(db).await?;
    Ok(())
}
