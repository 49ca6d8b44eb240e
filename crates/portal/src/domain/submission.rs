//! Turning a complete application into a case: the case with its first status, the receipt,
//! and, when a fee is due, the QR-bill invoice; all in one transaction, recorded once per
//! draft and per idempotency key.

use super::texts;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::random_id};
use crate::AppState;
use guichet_model::api::CaseStatus;
use guichet_model::api::Submission;
use guichet_model::journey::Journey;
use guichet_model::Lang;
use rand::Rng;
use time::format_description::well_known::Rfc3339;

/// How long the authority expects to take, for the case's expected date.
const EXPECTED_DAYS: i64 = 10;

/// The submission already made with this key, or from this draft. A key already used for
/// another draft is refused (422): it must not hand out that draft's case.
pub async fn find(state: &AppState, owner: i64, key: &str, draft_id: &str) -> ApiResult<Option<Submission>> {
    if store::submissions::key_used_elsewhere(&state.db, owner, key, draft_id).await? {
        tracing::info!("refused an idempotency key already used for another draft");
        return Err(ApiError::validation(vec![guichet_model::problem::FieldError::new("idempotency-key", "key-reused")]));
    }
    Ok(store::submissions::find(&state.db, owner, key, draft_id).await?)
}

/// A case reference such as `LU-2026-483920` that no case has yet. Random, not sequential: a
/// reference tells nothing about other citizens' cases. (The unique index still guards the
/// rare race between two portal instances; the citizen's retry then picks another.)
async fn free_reference(state: &AppState, canton: &str, year: i32) -> ApiResult<String> {
    for _ in 0..10 {
        let reference = format!("{canton}-{year}-{:06}", rand::thread_rng().gen_range(100_000..1_000_000));
        if !store::cases::reference_taken(&state.db, &reference).await? {
            return Ok(reference);
        }
    }
    tracing::error!(canton, year, "no free case reference after 10 tries");
    Err(ApiError::internal())
}

pub async fn create(state: &AppState, owner: i64, draft_id: &str, key: &str, journey: &Journey<'_>, lang: Lang) -> ApiResult<Submission> {
    let service = journey.service;
    let account = store::accounts::postal(&state.db, owner).await?;
    let canton = super::places::places().canton_of(account.bfs_number as u32).unwrap_or("LU").to_owned();
    // The authority of the citizen's canton for this kind of service, else any with the role.
    let Some((authority_id, authority_name, authority_address)) = store::authorities::for_role(&state.db, &service.authority_role, &canton).await? else {
        tracing::error!(role = service.authority_role, "no authority handles this kind of service");
        return Err(ApiError::internal());
    };
    let service_id = store::services::id_of(&state.db, &service.id).await?;

    let now = state.clock.now();
    let at = now.format(&Rfc3339).expect("formattable");
    let today = now.date();
    let fee = journey.fee();
    let reference = free_reference(state, &canton, today.year()).await?;
    let (case_id, receipt_id, invoice_id) = (random_id(), random_id(), (fee.total > 0).then(random_id));
    let documents = super::receipts::Documents::new(state, journey, &account, &authority_name, &authority_address, &reference, lang, &canton)?;
    let (submitted_on, due_on) = (today.to_string(), (today + time::Duration::days(EXPECTED_DAYS)).to_string());

    // The bytes go to the object store first, under the documents' keys; the transaction then
    // records them. Should it fail, the sweep removes bytes that no row names.
    let mut pdfs = vec![(&receipt_id, texts::text_id("receipt-title"), documents.receipt)];
    if let (Some(id), Some(invoice)) = (&invoice_id, documents.invoice) {
        pdfs.push((id, texts::text_id("receipt-invoice-title"), invoice));
    }
    let mut stored = Vec::new();
    for (id, title, bytes) in pdfs {
        let filename = format!("{} {reference}.pdf", texts::get(title, lang));
        stored.push((id.clone(), texts::localized_json(title), filename, state.objects.put(&store::objects::document(id), bytes).await?));
    }
    // The citizen's uploads become documents of the case, titled by their field's label; their
    // bytes are copied within the store.
    let mut taken = Vec::new();
    for (file_id, title) in super::drafts::submitted_files(service, &journey.visible_answers()) {
        let Some(file) = store::draft_files::taken(&state.db, &file_id, draft_id).await? else { continue };
        let key = store::objects::document(&file_id);
        let bytes = if file.content_in_store {
            state.objects.copy(&store::objects::upload(&file_id), &key).await?;
            store::objects::Stored { sha256: file.sha256, size: file.size_bytes }
        } else {
            state.objects.put(&key, file.content).await?
        };
        taken.push((file_id, title, file.filename, file.media_type, bytes));
    }
    let mut tx = state.db.begin().await?;
    let case = store::cases::NewCase {
        id: &case_id,
        reference: &reference,
        owner_id: owner,
        service_id,
        authority_id,
        status: CaseStatus::Received,
        submitted_on: &submitted_on,
        updated_at: &at,
        due_on: Some(&due_on),
        action_text: None,
        decision_reason: None,
        legal_remedy: None,
    };
    store::cases::insert(&mut tx, &case).await?;
    let event = texts::localized_json(texts::event_text_id(CaseStatus::Received));
    store::events::record(&mut tx, &case_id, &at, CaseStatus::Received, &event).await?;
    let generated = stored.iter().map(|(id, title, filename, bytes)| (id, title, filename, "application/pdf", bytes));
    let uploaded = taken.iter().map(|(id, title, filename, media_type, bytes)| (id, title, filename, media_type.as_str(), bytes));
    for (id, title, filename, media_type, bytes) in generated.chain(uploaded) {
        let document = store::documents::NewDocument { id, case_id: &case_id, title, filename, media_type, stored: bytes, created_at: &at, added_by: None };
        store::documents::insert(&mut tx, &document, None).await?;
    }
    store::draft_files::delete_of_draft(&mut tx, draft_id).await?;
    let answers = serde_json::to_string(&journey.visible_answers())?;
    let record = store::submissions::NewSubmission {
        case_id: &case_id,
        owner_id: owner,
        draft_id,
        idempotency_key: key,
        service_version: service.version,
        answers: &answers,
        lang: lang.code(),
        fee_total: fee.total,
        receipt_id: &receipt_id,
        invoice_id: invoice_id.as_deref(),
        created_at: &at,
    };
    store::submissions::insert(&mut tx, &record).await?;
    store::drafts::mark_submitted(&mut tx, draft_id, owner, &case_id, &at).await?;
    tx.commit().await?;
    for (file_id, ..) in &taken {
        state.objects.delete(&store::objects::upload(file_id)).await;
    }
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
