//! Bytes written before the object store, still in the database's `content` columns, and
//! their move into the store (`guichet-portal migrate-blobs`). One row at a time, each row
//! switched only once its bytes are stored with the SHA-256 the row names, so the command
//! can run beside a serving portal, be stopped, and be run again.

use super::objects::{self, Objects};
use super::Db;

/// The key a row's bytes go under, from its id.
type KeyOf = fn(&str) -> object_store::path::Path;

/// The two tables whose rows hold file bytes, with the key each row's bytes go under.
const TABLES: [(&str, KeyOf); 2] = [("documents", objects::document), ("draft_files", objects::upload)];

/// Rows whose bytes are still in the database, over both tables.
pub async fn remaining(db: &Db) -> sqlx::Result<i64> {
    let mut total = 0;
    for (table, _) in TABLES {
        total += on!(db, c => {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table} WHERE content_in_store = FALSE")).fetch_one(&mut *c).await?;
            n
        });
    }
    Ok(total)
}

/// Moves every row's bytes into the store; how many rows moved.
pub async fn move_all(db: &Db, objects: &Objects) -> anyhow::Result<u64> {
    let mut moved = 0;
    for (table, key_of) in TABLES {
        loop {
            let next: Option<(String, String, Vec<u8>)> = on!(db, c => {
                sqlx::query_as(&format!("SELECT id, sha256, content FROM {table} WHERE content_in_store = FALSE ORDER BY id LIMIT 1")).fetch_optional(&mut *c).await?
            });
            let Some((id, sha256, content)) = next else { break };
            // An upload place reserved and never filled has no SHA-256 to compare.
            let key = key_of(&id);
            let stored = objects.put(&key, content).await?;
            if !sha256.is_empty() && stored.sha256 != sha256 {
                anyhow::bail!("{table} {id}: the bytes in the database differ from their SHA-256; left where they are");
            }
            on!(db, c => {
                sqlx::query(&format!("UPDATE {table} SET content = $1, content_in_store = TRUE WHERE id = $2 AND content_in_store = FALSE"))
                    .bind(&[][..] as &[u8])
                    .bind(&id)
                    .execute(&mut *c)
                    .await?;
            });
            moved += 1;
        }
    }
    Ok(moved)
}
