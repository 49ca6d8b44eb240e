//! Who may act for which organisation, and how far.

use sqlx::{SqliteExecutor, SqlitePool};

/// The person's active mandates: (organisation id, UID, name, scope), by name.
pub async fn of_person(db: &SqlitePool, person_id: i64) -> sqlx::Result<Vec<(i64, Option<String>, String, String)>> {
    sqlx::query_as(
        "SELECT o.id, o.uid, o.display_name, m.scope FROM mandates m JOIN accounts o ON o.id = m.organisation_id \
         WHERE m.person_id = ? AND m.withdrawn_at IS NULL ORDER BY o.display_name",
    )
    .bind(person_id)
    .fetch_all(db)
    .await
}

/// The person's active mandate for the organisation with this UID: (organisation id, scope).
pub async fn for_organisation(db: &SqlitePool, person_id: i64, uid: &str) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as(
        "SELECT o.id, m.scope FROM mandates m JOIN accounts o ON o.id = m.organisation_id \
         WHERE m.person_id = ? AND o.uid = ? AND m.withdrawn_at IS NULL ORDER BY m.granted_at DESC LIMIT 1",
    )
    .bind(person_id)
    .bind(uid)
    .fetch_optional(db)
    .await
}

pub async fn insert(db: impl SqliteExecutor<'_>, id: &str, person_id: i64, organisation_id: i64, scope: &str, at: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO mandates (id, person_id, organisation_id, scope, granted_at) VALUES (?, ?, ?, ?, ?)")
        .bind(id)
        .bind(person_id)
        .bind(organisation_id)
        .bind(scope)
        .bind(at)
        .execute(db)
        .await?;
    Ok(())
}

/// Withdraws the pair's active mandate; how many there were.
pub async fn withdraw(db: impl SqliteExecutor<'_>, person_id: i64, organisation_id: i64, at: &str) -> sqlx::Result<u64> {
    let result = sqlx::query("UPDATE mandates SET withdrawn_at = ? WHERE person_id = ? AND organisation_id = ? AND withdrawn_at IS NULL")
        .bind(at)
        .bind(person_id)
        .bind(organisation_id)
        .execute(db)
        .await?;
    Ok(result.rows_affected())
}
