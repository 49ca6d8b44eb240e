//! The case statuses' labels (localised JSON), which the case queries join.

use super::{Db, Exec};

pub async fn upsert(db: impl Into<Exec<'_>>, code: &str, label: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("INSERT INTO case_statuses (code, label) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET label = excluded.label")
            .bind(code)
            .bind(label)
            .execute(&mut *c)
            .await?;
        Ok(())
    })
}

/// Every (code, label).
pub async fn all(db: &Db) -> sqlx::Result<Vec<(String, String)>> {
    on!(db, c => {
        sqlx::query_as("SELECT code, label FROM case_statuses").fetch_all(&mut *c).await
    })
}
