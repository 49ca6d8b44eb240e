//! Each person's key for the encrypted copies their browsers keep.

use super::ids::{hex, random_bytes};
use super::Db;
use base64::Engine;

/// A fresh 256-bit AES key in standard base64, which the browser's `atob` reads.
fn random_key() -> String {
    base64::engine::general_purpose::STANDARD.encode(random_bytes::<32>())
}

/// The person's (account name, key), made at the first call.
pub async fn get_or_create(db: &Db, person_id: i64) -> sqlx::Result<(String, String)> {
    on!(db, c => {
        sqlx::query("INSERT INTO device_keys (account_id, account, key) VALUES ($1, $2, $3) ON CONFLICT (account_id) DO NOTHING")
            .bind(person_id)
            .bind(hex(&random_bytes::<8>()))
            .bind(random_key())
            .execute(&mut *c)
            .await?;
        sqlx::query_as("SELECT account, key FROM device_keys WHERE account_id = $1").bind(person_id).fetch_one(&mut *c).await
    })
}

/// A new key; the account's name stays.
pub async fn rotate(db: &Db, person_id: i64) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("UPDATE device_keys SET key = $1 WHERE account_id = $2").bind(random_key()).bind(person_id).execute(&mut *c).await?;
        Ok(())
    })
}
