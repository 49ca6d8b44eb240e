//! A thread per case between the citizen's side and the authority, an inbox across cases, and
//! documents the citizen's side adds to a case. Everything is scoped by the case's owner, so
//! another party's ids answer 404. Reading an authority's message is recorded with its time.

use super::extract::{ApiJson, ContentLang, SignedIn};
use crate::domain::ownership::not_yours;
use crate::domain::quotas;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::random_id, Owned};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use guichet_model::api::{Created, DocumentMeta, Inbox, NewMessage, CASE_DOCUMENT_MAX_BYTES, CASE_DOCUMENT_TYPES};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::{validate, Lang};
use serde::Deserialize;

/// The party's case, or a 404 for anything else.
async fn own_case(state: &AppState, user: &SignedIn, id: &str) -> ApiResult<()> {
    if store::cases::is_owned(&state.db, id, user.account_id).await? {
        Ok(())
    } else {
        Err(not_yours(state, Owned::Case, id, user.account_id).await)
    }
}

/// Records that the citizen's side opened an authority's message; the first time counts.
#[utoipa::path(post, path = "/api/v1/messages/{id}/read", tag = "messages", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn mark_read(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<StatusCode> {
    if !store::messages::mark_read(&state.db, &id, user.account_id, &state.clock.rfc3339()).await? {
        return Err(ApiError::not_found());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// A reply in the case's thread, with documents the party uploaded to the case before.
#[utoipa::path(post, path = "/api/v1/cases/{id}/messages", tag = "messages", params(("id" = String, Path)), request_body = NewMessage,
    responses((status = 201, body = Created),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn reply(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    ApiJson(message): ApiJson<NewMessage>,
) -> ApiResult<(StatusCode, Json<Created>)> {
    own_case(&state, &user, &id).await?;
    let body = validate::message_body(&message.body).map_err(|code| ApiError::validation(vec![FieldError::new("body", code)]))?;
    let message_id = random_id();
    let at = state.clock.rfc3339();
    let day_ago = (state.clock.now() - time::Duration::days(1)).format(&time::format_description::well_known::Rfc3339).expect("formattable");
    let mut tx = state.db.begin().await?;
    let new = store::messages::NewMessage { id: &message_id, case_id: &id, author: Some(user.person_id), body, created_at: &at };
    // Counted in the insert: replies a day and the bytes the account keeps.
    let guard =
        store::messages::ReplyGuard { quota: quotas::guard(&state, user.account_id), since: &day_ago, max_replies: state.config.quotas.replies_per_day };
    if !store::messages::insert(&mut tx, &new, Some(guard)).await? {
        drop(tx);
        let today = store::messages::replies_since(&state.db, user.account_id, &day_ago).await?;
        if today >= state.config.quotas.replies_per_day {
            tracing::warn!(target: "security", event = "quota-reached", account = user.account_id, replies = today, "refused a reply over the daily limit");
            return Err(quotas::too_many_replies());
        }
        return Err(quotas::refusal(&state, user.account_id, body.len() as i64, "body").await);
    }
    for document in &message.attachments {
        // Only the party's own uploads to this case, not yet sent, can go with a message.
        if !store::documents::attach_to_message(&mut tx, document, &id, &message_id).await? {
            return Err(ApiError::validation(vec![FieldError::new("attachments", "unknown")]));
        }
    }
    store::cases::touch(&mut tx, &id, &at).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(Created { id: message_id })))
}

/// The latest messages across the party's cases, newest first, and the unread count.
#[utoipa::path(get, path = "/api/v1/messages", tag = "messages", params(("lang" = Option<String>, Query)),
    responses((status = 200, body = Inbox), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn inbox(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang) -> ApiResult<Json<Inbox>> {
    Ok(Json(store::messages::inbox(&state.db, user.account_id, lang).await?))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseDocumentQuery {
    /// The file's name on the citizen's device; it is cleaned before it is stored.
    #[param(min_length = 1)]
    name: String,
}

/// Adds a document (PDF, JPEG or PNG, at most 10 MB, recognised by its bytes) to the party's
/// case. It can then go with a reply.
#[utoipa::path(post, path = "/api/v1/cases/{id}/documents", tag = "messages", params(("id" = String, Path), CaseDocumentQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "the file's bytes"),
    responses((status = 201, body = DocumentMeta),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 413, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn add_document(
    State(state): State<AppState>,
    user: SignedIn,
    ContentLang(lang): ContentLang,
    Path(id): Path<String>,
    query: Result<Query<CaseDocumentQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<(StatusCode, Json<DocumentMeta>)> {
    let Ok(Query(query)) = query else {
        return Err(ApiError::new(ErrorCode::MalformedRequest, "name is required"));
    };
    own_case(&state, &user, &id).await?;
    let too_large =
        || ApiError::new(ErrorCode::TooLarge, "The file is larger than a case accepts").with_errors(vec![FieldError::new("file", validate::FILE_TOO_LARGE)]);
    let announced = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > CASE_DOCUMENT_MAX_BYTES) {
        return Err(too_large());
    }
    // Refused before the body is read when the account is already at its file count.
    let (files, _) = store::quotas::usage(&state.db, user.account_id).await?;
    if files >= state.config.quotas.stored_files {
        return Err(quotas::refusal(&state, user.account_id, 0, "file").await);
    }
    let bytes = std::sync::Arc::new(super::uploads::read_limited(body, CASE_DOCUMENT_MAX_BYTES, "file").await?);
    let Some(media_type) = crate::domain::file_types::recognise(bytes.clone(), &CASE_DOCUMENT_TYPES).await else {
        return Err(ApiError::validation(vec![FieldError::new("file", validate::FILE_TYPE)]));
    };
    let bytes = std::sync::Arc::try_unwrap(bytes).unwrap_or_else(|shared| (*shared).clone());
    let document = random_id();
    let key = store::objects::document(&document);
    let stored = state.objects.put(&key, bytes).await?;
    let name = crate::domain::filenames::for_type(&query.name, media_type, "document");
    let title = serde_json::to_string(&guichet_model::api::LocalizedText::new(Lang::ALL.map(|l| (l, name.clone()))))?;
    let at = state.clock.rfc3339();
    let new = store::documents::NewDocument {
        id: &document,
        case_id: &id,
        title: &title,
        filename: &name,
        media_type,
        stored: &stored,
        created_at: &at,
        added_by: Some(user.person_id),
    };
    // The quota is checked by the insert itself, so parallel uploads cannot pass it together.
    if !store::documents::insert(&state.db, &new, Some(quotas::guard(&state, user.account_id))).await? {
        state.objects.delete(&key).await;
        return Err(quotas::refusal(&state, user.account_id, stored.size, "file").await);
    }
    Ok((StatusCode::CREATED, Json(store::documents::meta_of_new(&state.db, &document, lang).await?)))
}
