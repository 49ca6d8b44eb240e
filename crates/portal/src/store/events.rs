//! Each case's status history.

use super::{Db, Exec};
use guichet_model::api::CaseStatus;

/// Records that the case reached `status` at `at`, with the citizen's text (localised JSON).
pub async fn record(db: impl Into<Exec<'_>>, case_id: &str, at: &str, status: CaseStatus, text: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("INSERT INTO case_events (case_id, at, status, text) VALUES ($1, $2, $3, $4)")
            .bind(case_id)
            .bind(at)
            .bind(status.code())
            .bind(text)
            .execute(&mut *c)
            .await?;
        Ok(())
    })
}

/// The case's history, oldest first: (at, status, status label, text).
pub async fn of_case(db: &Db, case_id: &str) -> sqlx::Result<Vec<(String, String, String, String)>> {
    on!(db, c => {
        sqlx::query_as(
            "SELECT e.at, e.status, st.label, e.text FROM case_events e \
             JOIN case_statuses st ON st.code = e.status WHERE e.case_id = $1 ORDER BY e.at, e.id",
        )
        .bind(case_id)
        .fetch_all(&mut *c)
        .await
    })
}
