//! Submissions: which draft and idempotency key became which case, with its documents.

use super::{Db, Exec};
use guichet_model::api::Submission;

/// Whether the owner used this key for a draft other than `draft_id`.
pub async fn key_used_elsewhere(db: &Db, owner: i64, key: &str, draft_id: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        let other: Option<(String,)> = sqlx::query_as("SELECT draft_id FROM submissions WHERE owner_id = $1 AND idempotency_key = $2 AND draft_id <> $3")
            .bind(owner)
            .bind(key)
            .bind(draft_id)
            .fetch_optional(&mut *c)
            .await?;
        Ok(other.is_some())
    })
}

#[derive(sqlx::FromRow)]
struct SubmissionRow {
    case_id: String,
    reference: String,
    slug: String,
    fee_total: i64,
    receipt_id: String,
    invoice_id: Option<String>,
}

/// The submission made with this key, or from this draft.
pub async fn find(db: &Db, owner: i64, key: &str, draft_id: &str) -> sqlx::Result<Option<Submission>> {
    on!(db, c => {
        let row: Option<SubmissionRow> = sqlx::query_as(
            "SELECT s.case_id, c.reference, sv.slug, s.fee_total, s.receipt_id, s.invoice_id \
             FROM submissions s JOIN cases c ON c.id = s.case_id JOIN services sv ON sv.id = c.service_id \
             WHERE s.owner_id = $1 AND (s.idempotency_key = $2 OR s.draft_id = $3)",
        )
        .bind(owner)
        .bind(key)
        .bind(draft_id)
        .fetch_optional(&mut *c)
        .await?;
        Ok(row.map(|r| Submission {
            case_id: r.case_id,
            reference: r.reference,
            service: r.slug,
            fee_total: r.fee_total as u64,
            payment_due: r.fee_total > 0,
            receipt_document_id: r.receipt_id,
            invoice_document_id: r.invoice_id,
        }))
    })
}

pub struct NewSubmission<'a> {
    pub case_id: &'a str,
    pub owner_id: i64,
    pub draft_id: &'a str,
    pub idempotency_key: &'a str,
    pub service_version: u32,
    /// The shown answers as JSON.
    pub answers: &'a str,
    pub lang: &'a str,
    pub fee_total: u64,
    pub receipt_id: &'a str,
    pub invoice_id: Option<&'a str>,
    pub created_at: &'a str,
}

pub async fn insert(db: impl Into<Exec<'_>>, s: &NewSubmission<'_>) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query(
            "INSERT INTO submissions (case_id, owner_id, draft_id, idempotency_key, service_version, answers, lang, fee_total, receipt_id, invoice_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(s.case_id)
        .bind(s.owner_id)
        .bind(s.draft_id)
        .bind(s.idempotency_key)
        .bind(i64::from(s.service_version))
        .bind(s.answers)
        .bind(s.lang)
        .bind(s.fee_total as i64)
        .bind(s.receipt_id)
        .bind(s.invoice_id)
        .bind(s.created_at)
        .execute(&mut *c)
        .await?;
        Ok(())
    })
}
