//! Sign-in attempts counted per bucket (a hash: no usernames or addresses are stored).

use super::Db;

/// Counts an attempt in `bucket`; its row id is its place.
pub async fn count(db: &Db, bucket: &str, at: i64) -> sqlx::Result<i64> {
    on!(db, c => {
        let (id,): (i64,) = sqlx::query_as("INSERT INTO throttle_events (bucket, at) VALUES ($1, $2) RETURNING id").bind(bucket).bind(at).fetch_one(&mut *c).await?;
        Ok(id)
    })
}

/// The place of attempt `id` among the bucket's attempts since `since`, and the oldest of them.
pub async fn place(db: &Db, bucket: &str, since: i64, id: i64) -> sqlx::Result<(i64, Option<i64>)> {
    on!(db, c => {
        sqlx::query_as("SELECT COUNT(*), MIN(at) FROM throttle_events WHERE bucket = $1 AND at > $2 AND id <= $3")
            .bind(bucket)
            .bind(since)
            .bind(id)
            .fetch_one(&mut *c)
            .await
    })
}

pub async fn forget(db: &Db, ids: &[i64]) -> sqlx::Result<()> {
    on!(db, c => {
        for id in ids {
            sqlx::query("DELETE FROM throttle_events WHERE id = $1").bind(id).execute(&mut *c).await?;
        }
        Ok(())
    })
}

pub async fn forget_bucket(db: &Db, bucket: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("DELETE FROM throttle_events WHERE bucket = $1").bind(bucket).execute(&mut *c).await?;
        Ok(())
    })
}

pub async fn delete_before(db: &Db, before: i64) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("DELETE FROM throttle_events WHERE at < $1").bind(before).execute(&mut *c).await?;
        Ok(())
    })
}
