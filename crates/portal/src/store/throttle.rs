//! Sign-in attempts counted per bucket (a hash: no usernames or addresses are stored).

use sqlx::SqlitePool;

/// Counts an attempt in `bucket`; its row id is its place.
pub async fn count(db: &SqlitePool, bucket: &str, at: i64) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as("INSERT INTO throttle_events (bucket, at) VALUES (?, ?) RETURNING id").bind(bucket).bind(at).fetch_one(db).await?;
    Ok(id)
}

/// The place of attempt `id` among the bucket's attempts since `since`, and the oldest of them.
pub async fn place(db: &SqlitePool, bucket: &str, since: i64, id: i64) -> sqlx::Result<(i64, Option<i64>)> {
    sqlx::query_as("SELECT COUNT(*), MIN(at) FROM throttle_events WHERE bucket = ? AND at > ? AND id <= ?")
        .bind(bucket)
        .bind(since)
        .bind(id)
        .fetch_one(db)
        .await
}

pub async fn forget(db: &SqlitePool, ids: &[i64]) -> sqlx::Result<()> {
    for id in ids {
        sqlx::query("DELETE FROM throttle_events WHERE id = ?").bind(id).execute(db).await?;
    }
    Ok(())
}

pub async fn forget_bucket(db: &SqlitePool, bucket: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM throttle_events WHERE bucket = ?").bind(bucket).execute(db).await?;
    Ok(())
}

pub async fn delete_before(db: &SqlitePool, before: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM throttle_events WHERE at < ?").bind(before).execute(db).await?;
    Ok(())
}
