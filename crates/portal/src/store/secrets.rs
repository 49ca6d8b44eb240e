//! The portal's own keys, kept in the database so every instance shares them.

use sqlx::SqlitePool;

/// The secret of this name, created with a random value on first use.
pub async fn get_or_create(db: &SqlitePool, name: &str) -> sqlx::Result<String> {
    sqlx::query("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .bind(super::ids::random_token())
        .execute(db)
        .await?;
    let (value,): (String,) = sqlx::query_as("SELECT value FROM secrets WHERE name = ?").bind(name).fetch_one(db).await?;
    Ok(value)
}
