//! The portal's own keys, kept in the database so every instance shares them.

use super::Db;

/// The secret of this name, created with a random value on first use.
pub async fn get_or_create(db: &Db, name: &str) -> sqlx::Result<String> {
    on!(db, c => {
        sqlx::query("INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .bind(super::ids::random_token())
            .execute(&mut *c)
            .await?;
        let (value,): (String,) = sqlx::query_as("SELECT value FROM secrets WHERE name = $1").bind(name).fetch_one(&mut *c).await?;
        Ok(value)
    })
}
