//! Who may act for which organisation, and how far.

use super::{Db, Exec};

/// The person's active mandates: (organisation id, UID, name, scope), by name.
pub async fn of_person(db: &Db, person_id: i64) -> sqlx::Result<Vec<(i64, Option<String>, String, String)>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT o.id, o.uid, o.display_name, m.scope FROM mandates m JOIN accounts o ON o.id = m.organisation_id \
             WHERE m.person_id = $1 AND m.withdrawn_at IS NULL ORDER BY o.display_name",
        )
        .bind(person_id)
        .fetch_all(&mut *c)
        .await
    })
}

/// The person's active mandate for the organisation with this UID: (organisation id, scope).
pub async fn for_organisation(db: &Db, person_id: i64, uid: &str) -> sqlx::Result<Option<(i64, String)>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT o.id, m.scope FROM mandates m JOIN accounts o ON o.id = m.organisation_id \
             WHERE m.person_id = $1 AND o.uid = $2 AND m.withdrawn_at IS NULL ORDER BY m.granted_at DESC LIMIT 1",
        )
        .bind(person_id)
        .bind(uid)
        .fetch_optional(&mut *c)
        .await
    })
}

pub async fn insert(db: impl Into<Exec<'_>>, id: &str, person_id: i64, organisation_id: i64, scope: &str, at: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("INSERT INTO mandates (id, person_id, organisation_id, scope, granted_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(person_id)
            .bind(organisation_id)
            .bind(scope)
            .bind(at)
            .execute(&mut *c)
            .await?;
        Ok(())
    })
}

/// Withdraws the pair's active mandate; how many there were.
pub async fn withdraw(db: impl Into<Exec<'_>>, person_id: i64, organisation_id: i64, at: &str) -> sqlx::Result<u64> {
    on!(db, c => {
        let result = sqlx::query("UPDATE mandates SET withdrawn_at = $1 WHERE person_id = $2 AND organisation_id = $3 AND withdrawn_at IS NULL")
            .bind(at)
            .bind(person_id)
            .bind(organisation_id)
            .execute(&mut *c)
            .await?;
        Ok(result.rows_affected())
    })
}
