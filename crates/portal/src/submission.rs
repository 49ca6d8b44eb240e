//! Turning a complete application into a case: the case with its first status, the receipt,
//! and, when a fee is due, the QR-bill invoice; all in one transaction, recorded once per
//! draft and per idempotency key.

use crate::auth::sha256_hex;
use crate::error::{ApiError, ApiResult};
use crate::seed::{event_text, l10n, pick, random_id, RECEIPT};
use crate::{places, AppState};
use guichet_model::api::CaseStatus;
use guichet_model::form::Submission;
use guichet_model::journey::Journey;
use guichet_model::Lang;
use rand::Rng;
use time::format_description::well_known::Rfc3339;

const INVOICE: [&str; 5] = ["Rechnung", "Facture", "Fattura", "Quint", "Invoice"];

/// How long the authority expects to take, for the case's expected date.
const EXPECTED_DAYS: i64 = 10;

#[derive(sqlx::FromRow)]
struct SubmissionRow {
    case_id: String,
    reference: String,
    slug: String,
    fee_total: i64,
    receipt_id: String,
    invoice_id: Option<String>,
}

/// The submission already made with this key, or from this draft. A key already used for
/// another draft is refused (422): it must not hand out that draft's case.
pub async fn find(state: &AppState, owner: i64, key: &str, draft_id: &str) -> ApiResult<Option<Submission>> {
    let other: Option<(String,)> = sqlx::query_as("SELECT draft_id FROM submissions WHERE owner_id = ? AND idempotency_key = ? AND draft_id <> ?")
        .bind(owner)
        .bind(key)
        .bind(draft_id)
        .fetch_optional(&state.db)
        .await?;
    if other.is_some() {
        tracing::info!("refused an idempotency key already used for another draft");
        return Err(ApiError::validation(vec![guichet_model::problem::FieldError::new("idempotency-key", "key-reused")]));
    }
    let row: Option<SubmissionRow> = sqlx::query_as(
        "SELECT s.case_id, c.reference, sv.slug, s.fee_total, s.receipt_id, s.invoice_id \
         FROM submissions s JOIN cases c ON c.id = s.case_id JOIN services sv ON sv.id = c.service_id \
         WHERE s.owner_id = ? AND (s.idempotency_key = ? OR s.draft_id = ?)",
    )
    .bind(owner)
    .bind(key)
    .bind(draft_id)
    .fetch_optional(&state.db)
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
}

/// A case reference such as `LU-2026-483920` that no case has yet. Random, not sequential: a
/// reference tells nothing about other citizens' cases. (The unique index still guards the
/// rare race between two portal instances; the citizen's retry then picks another.)
async fn free_reference(state: &AppState, canton: &str, year: i32) -> ApiResult<String> {
    for _ in 0..10 {
        let reference = format!("{canton}-{year}-{:06}", rand::thread_rng().gen_range(100_000..1_000_000));
        let taken: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM cases WHERE reference = ?").bind(&reference).fetch_optional(&state.db).await?;
        if taken.is_none() {
            return Ok(reference);
        }
    }
    tracing::error!(canton, year, "no free case reference after 10 tries");
    Err(ApiError::internal())
}

#[derive(sqlx::FromRow)]
pub struct Account {
    pub display_name: String,
    pub street: String,
    pub postcode: String,
    pub town: String,
    pub bfs_number: i64,
}

pub async fn create(state: &AppState, owner: i64, draft_id: &str, key: &str, journey: &Journey<'_>, lang: Lang) -> ApiResult<Submission> {
    let service = journey.service;
    let account: Account = sqlx::query_as("SELECT display_name, street, postcode, town, bfs_number FROM accounts WHERE id = ?")
        .bind(owner)
        .fetch_one(&state.db)
        .await?;
    let canton = places::places().canton_of(account.bfs_number as u32).unwrap_or("LU").to_owned();
    // The authority of the citizen's canton for this kind of service, else any with the role.
    let authority: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT id, name, address FROM authorities WHERE role = ? ORDER BY CASE WHEN canton = ? THEN 0 ELSE 1 END, id LIMIT 1",
    )
    .bind(&service.authority_role)
    .bind(&canton)
    .fetch_optional(&state.db)
    .await?;
    let Some((authority_id, authority_name, authority_address)) = authority else {
        tracing::error!(role = service.authority_role, "no authority handles this kind of service");
        return Err(ApiError::internal());
    };
    let (service_id,): (i64,) = sqlx::query_as("SELECT id FROM services WHERE slug = ?").bind(&service.id).fetch_one(&state.db).await?;

    let now = state.clock.now();
    let at = now.format(&Rfc3339).expect("formattable");
    let today = now.date();
    let fee = journey.fee();
    let reference = free_reference(state, &canton, today.year()).await?;
    let (case_id, receipt_id, invoice_id) = {
        let mut rng = rand::thread_rng();
        (random_id(&mut rng), random_id(&mut rng), (fee.total > 0).then(|| random_id(&mut rng)))
    };
    let documents = crate::receipts::Documents::new(state, journey, &account, &authority_name, &authority_address, &reference, lang, &canton)?;

    let mut tx = state.db.begin().await?;
    sqlx::query(
        "INSERT INTO cases (id, reference, owner_id, service_id, authority_id, status, submitted_on, updated_at, due_on, action_needed) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&case_id)
    .bind(&reference)
    .bind(owner)
    .bind(service_id)
    .bind(authority_id)
    .bind(CaseStatus::Received.code())
    .bind(today.to_string())
    .bind(&at)
    .bind((today + time::Duration::days(EXPECTED_DAYS)).to_string())
    .bind(false)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO case_events (case_id, at, status, text) VALUES (?, ?, ?, ?)")
        .bind(&case_id)
        .bind(&at)
        .bind(CaseStatus::Received.code())
        .bind(l10n(event_text(CaseStatus::Received)))
        .execute(&mut *tx)
        .await?;
    let mut stored = vec![(&receipt_id, RECEIPT, documents.receipt)];
    if let (Some(id), Some(invoice)) = (&invoice_id, documents.invoice) {
        stored.push((id, INVOICE, invoice));
    }
    for (id, title, bytes) in stored {
        let filename = format!("{} {reference}.pdf", pick(title, lang));
        sqlx::query("INSERT INTO documents (id, case_id, title, filename, media_type, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(id)
            .bind(&case_id)
            .bind(l10n(title))
            .bind(filename)
            .bind("application/pdf")
            .bind(sha256_hex(&bytes))
            .bind(bytes)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
    }
    // The citizen's uploads become documents of the case, titled by their field's label.
    for (file_id, title) in crate::uploads::submitted_files(service, &journey.visible_answers()) {
        sqlx::query(
            "INSERT INTO documents (id, case_id, title, filename, media_type, sha256, content, created_at) \
             SELECT id, ?, ?, filename, media_type, sha256, content, ? FROM draft_files WHERE id = ? AND draft_id = ?",
        )
        .bind(&case_id)
        .bind(title)
        .bind(&at)
        .bind(&file_id)
        .bind(draft_id)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("DELETE FROM draft_files WHERE draft_id = ?").bind(draft_id).execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO submissions (case_id, owner_id, draft_id, idempotency_key, service_version, answers, lang, fee_total, receipt_id, invoice_id, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&case_id)
    .bind(owner)
    .bind(draft_id)
    .bind(key)
    .bind(i64::from(service.version))
    .bind(serde_json::to_string(&journey.visible_answers())?)
    .bind(lang.code())
    .bind(fee.total as i64)
    .bind(&receipt_id)
    .bind(&invoice_id)
    .bind(&at)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE drafts SET case_id = ?, updated_at = ? WHERE id = ? AND owner_id = ?")
        .bind(&case_id)
        .bind(&at)
        .bind(draft_id)
        .bind(owner)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(service = service.id, reference, "application submitted");
    Ok(Submission {
        case_id,
        reference,
        service: service.id.clone(),
        fee_total: fee.total,
        payment_due: fee.total > 0,
        receipt_document_id: receipt_id,
        invoice_document_id: invoice_id,
    })
}

