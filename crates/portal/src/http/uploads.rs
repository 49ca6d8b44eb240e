//! Files a citizen adds to an application. The body is the file itself (the browser sends it
//! with progress events); its type is decided by its first bytes, never by the name or the
//! declared type, and its size by the field's limit, checked while it arrives (413 when over).
//! A file belongs to one draft of one account: any other account gets 404.

use super::extract::{deleted, SignedIn};
use crate::domain::drafts::{load, service_of};
use crate::domain::quotas;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::random_id};
use crate::AppState;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use guichet_model::form::{FieldKind, FileAnswer};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::validate;
use http_body_util::BodyExt;
use serde::Deserialize;
use time::format_description::well_known::Rfc3339;

/// A draft holds at most this many files, whatever its fields allow, so a draft cannot be used
/// as storage.
const MAX_FILES_PER_DRAFT: i64 = 20;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The answer key of the file field, e.g. `policy-document`.
    field: String,
    /// The file's name on the citizen's device; it is cleaned before it is stored.
    name: String,
}

fn too_large(field: &str) -> ApiError {
    ApiError::new(ErrorCode::TooLarge, "The file is larger than the field allows").with_errors(vec![FieldError::new(field, validate::FILE_TOO_LARGE)])
}

fn field_error(field: &str, code: &str) -> ApiError {
    ApiError::validation(vec![FieldError::new(field, code)])
}

/// Reads the body while it arrives and stops at `max` bytes, so an oversized upload costs the
/// server no more than the limit, whatever `Content-Length` claimed.
pub async fn read_limited(body: Body, max: u64, field: &str) -> ApiResult<Vec<u8>> {
    let mut body = body;
    let mut bytes = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            tracing::info!(error = %e, "an upload broke off");
            ApiError::new(ErrorCode::MalformedRequest, "The upload broke off")
        })?;
        if let Some(data) = frame.data_ref() {
            if (bytes.len() + data.len()) as u64 > max {
                return Err(too_large(field));
            }
            bytes.extend_from_slice(data);
        }
    }
    Ok(bytes)
}

/// Adds a file to a file field of a draft. The answer is not changed here: the app adds the
/// returned line to the field and saves the draft, so the version check covers files too.
#[utoipa::path(post, path = "/api/v1/drafts/{id}/files", tag = "drafts",
    params(("id" = String, Path), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "the file's bytes: PDF, JPEG or PNG as the field allows"),
    responses((status = 201, body = FileAnswer),
        (status = 400, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 409, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 413, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn upload(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    query: Result<Query<UploadQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    let Ok(Query(query)) = query else {
        return Err(ApiError::new(ErrorCode::MalformedRequest, "field and name are required"));
    };
    let draft = load(&state, &id, user.account_id).await?;
    if draft.case_id.is_some() {
        return Err(ApiError::new(ErrorCode::Conflict, "Already submitted"));
    }
    let service = service_of(&state, &draft.service_slug)?;
    let Some(FieldKind::File { max_bytes, media_types, max_files }) = service.field_at(&query.field).map(|f| &f.kind) else {
        return Err(ApiError::new(ErrorCode::MalformedRequest, "Not a file field"));
    };
    // Refused before a byte is read when the browser announces the size.
    let announced = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > *max_bytes) {
        return Err(too_large(&query.field));
    }
    // The file's place is taken before a byte is read, in one statement that counts the
    // draft's, the field's and the account's files (and bytes, at the field's maximum until
    // the real size is known): parallel uploads cannot all pass a count made beforehand.
    let file_id = random_id();
    let at = state.clock.now().format(&Rfc3339).expect("formattable");
    let place = store::draft_files::Reservation {
        id: &file_id,
        draft_id: &id,
        field: &query.field,
        max_bytes: *max_bytes as i64,
        at: &at,
        max_in_draft: MAX_FILES_PER_DRAFT,
        max_in_field: i64::from(*max_files),
    };
    if !store::draft_files::reserve(&state.db, &place, quotas::guard(&state, user.account_id)).await? {
        return Err(refused_place(&state, &id, &query.field, i64::from(*max_files), user.account_id, *max_bytes as i64).await);
    }
    let stored = receive(&state, &file_id, body, *max_bytes, media_types, &query).await;
    if stored.is_err() {
        // The place goes back, whatever broke.
        store::draft_files::release(&state.db, &file_id).await?;
    }
    let file = stored?;
    Ok((StatusCode::CREATED, Json(file)).into_response())
}

/// Reads an upload into its reserved place: the bytes must be a whole file of a type the
/// field allows, named with that type's extension.
async fn receive(state: &AppState, file_id: &str, body: Body, max_bytes: u64, media_types: &[String], query: &UploadQuery) -> ApiResult<FileAnswer> {
    let bytes = std::sync::Arc::new(read_limited(body, max_bytes, &query.field).await?);
    let allowed: Vec<&str> = media_types.iter().map(String::as_str).collect();
    let Some(media_type) = crate::domain::file_types::recognise(bytes.clone(), &allowed).await else {
        tracing::info!(field = query.field, "refused an upload whose bytes are not an allowed type");
        return Err(field_error(&query.field, validate::FILE_TYPE));
    };
    let bytes = std::sync::Arc::try_unwrap(bytes).unwrap_or_else(|shared| (*shared).clone());
    let file = FileAnswer {
        id: file_id.to_owned(),
        media_type: media_type.to_owned(),
        size: bytes.len() as u64,
        name: crate::domain::filenames::for_type(&query.name, media_type, "document"),
    };
    let stored = state.objects.put(&store::objects::upload(file_id), bytes).await?;
    store::draft_files::fill(&state.db, file_id, &file.name, &file.media_type, &stored).await?;
    Ok(file)
}

/// Why an upload found no place: the draft's or the field's file count, or the account's quota.
async fn refused_place(state: &AppState, draft_id: &str, field: &str, max_files: i64, account: i64, adding: i64) -> ApiError {
    match store::draft_files::counts(&state.db, draft_id, field).await {
        Ok((in_draft, in_field)) if in_draft >= MAX_FILES_PER_DRAFT || in_field >= max_files => field_error(field, validate::FILES_TOO_MANY),
        Ok(_) => quotas::refusal(state, account, adding, field).await,
        Err(e) => e.into(),
    }
}

/// Removes a file from a draft that was not submitted yet.
#[utoipa::path(delete, path = "/api/v1/drafts/{id}/files/{file}", tag = "drafts",
    params(("id" = String, Path), ("file" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn remove(State(state): State<AppState>, user: SignedIn, Path((id, file)): Path<(String, String)>) -> ApiResult<StatusCode> {
    let removed = store::draft_files::remove(&state.db, &file, &id, user.account_id).await?;
    if removed > 0 {
        state.objects.delete(&store::objects::upload(&file)).await;
    }
    deleted(removed)
}
