//! The services table, which cases refer to; the definitions themselves live in files.

use sqlx::{SqliteExecutor, SqlitePool};

/// Adds the service or updates its topic and name (localised JSON); its id.
pub async fn upsert(db: impl SqliteExecutor<'_>, slug: &str, topic: &str, name: &str) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO services (slug, topic, name) VALUES (?, ?, ?) \
         ON CONFLICT (slug) DO UPDATE SET topic = excluded.topic, name = excluded.name RETURNING id",
    )
    .bind(slug)
    .bind(topic)
    .bind(name)
    .fetch_one(db)
    .await?;
    Ok(id)
}

pub async fn id_of(db: &SqlitePool, slug: &str) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM services WHERE slug = ?").bind(slug).fetch_one(db).await?;
    Ok(id)
}

/// Every service's id and name (localised JSON).
pub async fn names(db: &SqlitePool) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM services").fetch_all(db).await
}
