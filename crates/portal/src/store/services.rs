//! The services table, which cases refer to; the definitions themselves live in files.

use super::{Db, Exec};

/// Adds the service or updates its topic and name (localised JSON); its id.
pub async fn upsert(db: impl Into<Exec<'_>>, slug: &str, topic: &str, name: &str) -> sqlx::Result<i64> {
    on!(db, c => {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO services (slug, topic, name) VALUES ($1, $2, $3) \
             ON CONFLICT (slug) DO UPDATE SET topic = excluded.topic, name = excluded.name RETURNING id",
        )
        .bind(slug)
        .bind(topic)
        .bind(name)
        .fetch_one(&mut *c)
        .await?;
        Ok(id)
    })
}

pub async fn id_of(db: &Db, slug: &str) -> sqlx::Result<i64> {
    on!(db, c => {
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM services WHERE slug = $1").bind(slug).fetch_one(&mut *c).await?;
        Ok(id)
    })
}

/// Every service's id and name (localised JSON).
pub async fn names(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    on!(db, c => {
        sqlx::query_as("SELECT id, name FROM services").fetch_all(&mut *c).await
    })
}
