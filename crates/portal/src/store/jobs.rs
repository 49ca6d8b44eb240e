//! When each background job is next due, shared by every instance.

use super::Db;

/// Claims the job when it is due at `now`, moving its time to `next_at`; false when it is not
/// due or another instance claimed it first. The move is one conditional statement, atomic on
/// both databases.
pub async fn claim(db: &Db, name: &str, now: i64, next_at: i64) -> sqlx::Result<bool> {
    on!(db, c => {
        sqlx::query("INSERT INTO job_runs (name, next_at) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING").bind(name).execute(&mut *c).await?;
        let claimed = sqlx::query("UPDATE job_runs SET next_at = $1 WHERE name = $2 AND next_at <= $3").bind(next_at).bind(name).bind(now).execute(&mut *c).await?;
        Ok(claimed.rows_affected() == 1)
    })
}
