//! The authorities' side of the reference portal: a small API under `/api/backoffice/v1` to
//! move a case forward, ask for an action, deliver a document and write to the citizen.
//! It is protected by a bearer token from the configuration, never by a citizen session, and
//! answers 404 when no token is configured. Cases are named by the reference in the letters.

use super::extract::ApiJson;
use crate::domain::texts;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::random_id};
use crate::AppState;
use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use guichet_model::api::{ActionRequest, AuthorityMessage, CaseStatus, Created, DocumentDelivery, LocalizedText, MandateChange, MandateScope, StatusChange};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::Lang;
use sha2::{Digest, Sha256};

/// A delivered document, base64 included.
pub const DOCUMENT_BODY_LIMIT: usize = 14 * 1024 * 1024;

/// Lets a request through only with `Authorization: Bearer <the configured token>`.
pub async fn authorised(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(expected) = state.config.backoffice_token.as_deref() else {
        return ApiError::not_found().into_response();
    };
    let given = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    // Comparing digests: the time taken says nothing about how much of the token was right.
    let matches = given.is_some_and(|given| Sha256::digest(given.as_bytes()) == Sha256::digest(expected.as_bytes()));
    if !matches {
        tracing::warn!(target: "security", event = "backoffice-refused", token_given = given.is_some(), "refused a back-office request");
        return ApiError::new(ErrorCode::Unauthenticated, "A back-office token is required").into_response();
    }
    next.run(request).await
}

/// The case with this reference.
async fn case_id(state: &AppState, reference: &str) -> ApiResult<String> {
    store::cases::id_by_reference(&state.db, reference).await?.ok_or_else(ApiError::not_found)
}

/// Localised text must have at least one language with text in it.
fn stored(text: &LocalizedText, field: &str) -> ApiResult<String> {
    if text.pick(Lang::REFERENCE).is_none() {
        return Err(ApiError::validation(vec![FieldError::new(field, guichet_model::validate::REQUIRED)]));
    }
    Ok(serde_json::to_string(text)?)
}

/// Sets a case's status with a citizen text for its history. A refusal needs its reason and
/// the legal remedy; a closed case no longer waits for anything.
#[utoipa::path(post, path = "/api/backoffice/v1/cases/{reference}/status", tag = "back office",
    params(("reference" = String, Path)), request_body = StatusChange, security(("backoffice" = [])),
    responses((status = 204), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn change_status(State(state): State<AppState>, Path(reference): Path<String>, ApiJson(change): ApiJson<StatusChange>) -> ApiResult<StatusCode> {
    let id = case_id(&state, &reference).await?;
    let text = match &change.text {
        Some(text) => stored(text, "text")?,
        None => texts::localized_json(texts::event_text_id(change.status)),
    };
    let (reason, remedy) = match (change.status, &change.reason, &change.remedy) {
        (CaseStatus::Rejected, Some(reason), Some(remedy)) => (Some(stored(reason, "reason")?), Some(stored(remedy, "remedy")?)),
        (CaseStatus::Rejected, reason, _) => {
            let missing = if reason.is_none() { "reason" } else { "remedy" };
            return Err(ApiError::validation(vec![FieldError::new(missing, guichet_model::validate::REQUIRED)]));
        }
        _ => (None, None),
    };
    let at = state.clock.rfc3339();
    let mut tx = state.db.begin().await?;
    // An action request sets its own deadline and text (see `request_action`).
    store::cases::set_status(&mut tx, &id, change.status, &at, reason.as_deref(), remedy.as_deref()).await?;
    store::events::record(&mut tx, &id, &at, change.status, &text).await?;
    tx.commit().await?;
    tracing::info!(target: "security", event = "backoffice-status", reference, status = change.status.code(), "back office changed a case's status");
    Ok(StatusCode::NO_CONTENT)
}

/// Asks the citizen to act by a deadline: the case waits for them and says what to do.
#[utoipa::path(post, path = "/api/backoffice/v1/cases/{reference}/action", tag = "back office",
    params(("reference" = String, Path)), request_body = ActionRequest, security(("backoffice" = [])),
    responses((status = 204), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn request_action(State(state): State<AppState>, Path(reference): Path<String>, ApiJson(request): ApiJson<ActionRequest>) -> ApiResult<StatusCode> {
    let id = case_id(&state, &reference).await?;
    let text = stored(&request.text, "text")?;
    if !guichet_model::swiss::iso_date_is_valid(&request.due_on) {
        return Err(ApiError::validation(vec![FieldError::new("due_on", "date")]));
    }
    let at = state.clock.rfc3339();
    let status = CaseStatus::ActionRequired;
    let mut tx = state.db.begin().await?;
    store::cases::ask_action(&mut tx, &id, &at, &text, &request.due_on).await?;
    store::events::record(&mut tx, &id, &at, status, &texts::localized_json(texts::event_text_id(status))).await?;
    tx.commit().await?;
    tracing::info!(target: "security", event = "backoffice-action", reference, due_on = request.due_on, "back office asked the citizen to act");
    Ok(StatusCode::NO_CONTENT)
}

/// Delivers a document into the case, as the authority's letters are.
#[utoipa::path(post, path = "/api/backoffice/v1/cases/{reference}/documents", tag = "back office",
    params(("reference" = String, Path)), request_body = DocumentDelivery, security(("backoffice" = [])),
    responses((status = 201, body = Created), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn deliver_document(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    ApiJson(delivery): ApiJson<DocumentDelivery>,
) -> ApiResult<(StatusCode, Json<Created>)> {
    let id = case_id(&state, &reference).await?;
    let title = stored(&delivery.title, "title")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(delivery.content_base64.as_bytes())
        .map_err(|_| ApiError::validation(vec![FieldError::new("content_base64", "base64")]))?;
    let Some(media_type) = crate::domain::file_types::sniff(&bytes) else {
        return Err(ApiError::validation(vec![FieldError::new("content_base64", guichet_model::validate::FILE_TYPE)]));
    };
    let document = random_id();
    let at = state.clock.rfc3339();
    let filename = crate::domain::filenames::for_type(&delivery.filename, media_type, "document");
    let stored = state.objects.put(&store::objects::document(&document), bytes).await?;
    let new = store::documents::NewDocument {
        id: &document,
        case_id: &id,
        title: &title,
        filename: &filename,
        media_type,
        stored: &stored,
        created_at: &at,
        added_by: None,
    };
    let mut tx = state.db.begin().await?;
    store::documents::insert(&mut tx, &new, None).await?;
    store::cases::touch(&mut tx, &id, &at).await?;
    tx.commit().await?;
    tracing::info!(target: "security", event = "backoffice-document", reference, media_type, "back office delivered a document");
    Ok((StatusCode::CREATED, Json(Created { id: document })))
}

/// Writes to the citizen in the case's thread; it shows as unread until they open it.
#[utoipa::path(post, path = "/api/backoffice/v1/cases/{reference}/messages", tag = "back office",
    params(("reference" = String, Path)), request_body = AuthorityMessage, security(("backoffice" = [])),
    responses((status = 201, body = Created), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn send_message(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    ApiJson(message): ApiJson<AuthorityMessage>,
) -> ApiResult<(StatusCode, Json<Created>)> {
    let id = case_id(&state, &reference).await?;
    let body = guichet_model::validate::message_body(&message.body).map_err(|code| ApiError::validation(vec![FieldError::new("body", code)]))?;
    let message = random_id();
    let at = state.clock.rfc3339();
    let mut tx = state.db.begin().await?;
    let new = store::messages::NewMessage { id: &message, case_id: &id, author: None, body, created_at: &at };
    store::messages::insert(&mut tx, &new, None).await?;
    store::cases::touch(&mut tx, &id, &at).await?;
    tx.commit().await?;
    tracing::info!(target: "security", event = "backoffice-message", reference, "back office wrote to the citizen");
    Ok((StatusCode::CREATED, Json(Created { id: message })))
}

/// The person and the organisation a mandate change names.
async fn mandate_parties(state: &AppState, change: &MandateChange) -> ApiResult<(i64, i64)> {
    let person = store::accounts::person_id(&state.db, &change.person).await?;
    let organisation = store::accounts::organisation_id(&state.db, &change.organisation).await?;
    match (person, organisation) {
        (Some(person), Some(organisation)) => Ok((person, organisation)),
        _ => Err(ApiError::not_found()),
    }
}

/// Lets a person act for an organisation, for everything or read only.
#[utoipa::path(post, path = "/api/backoffice/v1/mandates", tag = "back office", request_body = MandateChange, security(("backoffice" = [])),
    responses((status = 201, body = Created), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn grant_mandate(State(state): State<AppState>, ApiJson(change): ApiJson<MandateChange>) -> ApiResult<(StatusCode, Json<Created>)> {
    let (person, organisation) = mandate_parties(&state, &change).await?;
    let id = random_id();
    let scope = change.scope.unwrap_or(MandateScope::Full);
    let at = state.clock.rfc3339();
    let mut tx = state.db.begin().await?;
    // One active mandate per pair: a new grant replaces the old one.
    store::mandates::withdraw(&mut tx, person, organisation, &at).await?;
    store::mandates::insert(&mut tx, &id, person, organisation, scope.code(), &at).await?;
    tx.commit().await?;
    tracing::info!(target: "security", event = "mandate-granted", person, organisation, scope = scope.code(), "back office granted a mandate");
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// Withdraws a person's mandate for an organisation: access ends at once, also in sessions
/// already open.
#[utoipa::path(post, path = "/api/backoffice/v1/mandates/withdrawal", tag = "back office", request_body = MandateChange, security(("backoffice" = [])),
    responses((status = 204), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn withdraw_mandate(State(state): State<AppState>, ApiJson(change): ApiJson<MandateChange>) -> ApiResult<StatusCode> {
    let (person, organisation) = mandate_parties(&state, &change).await?;
    if store::mandates::withdraw(&state.db, person, organisation, &state.clock.rfc3339()).await? == 0 {
        return Err(ApiError::not_found());
    }
    tracing::info!(target: "security", event = "mandate-withdrawn", person, organisation, "back office withdrew a mandate");
    Ok(StatusCode::NO_CONTENT)
}
