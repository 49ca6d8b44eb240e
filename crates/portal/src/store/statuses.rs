//! The case statuses' labels (localised JSON), which the case queries join.

use sqlx::{SqliteExecutor, SqlitePool};

pub async fn upsert(db: impl SqliteExecutor<'_>, code: &str, label: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO case_statuses (code, label) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET label = excluded.label")
        .bind(code)
        .bind(label)
        .execute(db)
        .await?;
    Ok(())
}

/// Every (code, label).
pub async fn all(db: &SqlitePool) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT code, label FROM case_statuses").fetch_all(db).await
}
