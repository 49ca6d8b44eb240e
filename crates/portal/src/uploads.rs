//! Files a citizen adds to an application. The body is the file itself (the browser sends it
//! with progress events); its type is decided by its first bytes, never by the name or the
//! declared type, and its size by the field's limit, checked while it arrives (413 when over).
//! A file belongs to one draft of one account: any other account gets 404.

use crate::auth::{sha256_hex, SignedIn};
use crate::drafts::{load, service_of};
use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::extract::rejection::QueryRejection;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use guichet_model::form::{Answers, FieldKind, FileAnswer, ServiceDefinition};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::validate;
use http_body_util::BodyExt;
use serde::Deserialize;
use std::collections::HashMap;
use time::format_description::well_known::Rfc3339;

/// A draft holds at most this many files, whatever its fields allow, so a draft cannot be used
/// as storage.
const MAX_FILES_PER_DRAFT: i64 = 20;

/// How old a file no answer names must be before a save deletes it.
const ORPHAN_GRACE_MINUTES: i64 = 10;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The answer key of the file field, e.g. `policy-document`.
    field: String,
    /// The file's name on the citizen's device; it is cleaned before it is stored.
    name: String,
}

fn too_large(field: &str) -> ApiError {
    ApiError::new(ErrorCode::TooLarge, "The file is larger than the field allows")
        .with_errors(vec![FieldError::new(field, validate::FILE_TOO_LARGE)])
}

fn field_error(field: &str, code: &str) -> ApiError {
    ApiError::validation(vec![FieldError::new(field, code)])
}

/// Reads the body while it arrives and stops at `max` bytes, so an oversized upload costs the
/// server no more than the limit, whatever `Content-Length` claimed.
pub(crate) async fn read_limited(body: Body, max: u64, field: &str) -> ApiResult<Vec<u8>> {
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
    let file_id = crate::seed::random_id(&mut rand::thread_rng());
    let reserved = sqlx::query(&format!(
        "INSERT INTO draft_files (id, draft_id, owner_id, field, filename, media_type, size_bytes, sha256, content, created_at) \
         SELECT ?2, ?3, ?1, ?4, '', '', ?5, '', X'', ?6 \
         WHERE (SELECT COUNT(*) FROM draft_files WHERE draft_id = ?3) < ?7 \
           AND (SELECT COUNT(*) FROM draft_files WHERE draft_id = ?3 AND field = ?4) < ?8 \
           AND {} < ?9 AND {} + ?5 <= ?10",
        crate::quotas::FILES_OF_ACCOUNT,
        crate::quotas::BYTES_OF_ACCOUNT
    ))
    .bind(user.account_id)
    .bind(&file_id)
    .bind(&id)
    .bind(&query.field)
    .bind(*max_bytes as i64)
    .bind(state.clock.now().format(&Rfc3339).expect("formattable"))
    .bind(MAX_FILES_PER_DRAFT)
    .bind(i64::from(*max_files))
    .bind(state.config.quotas.stored_files)
    .bind(state.config.quotas.stored_bytes)
    .execute(&state.db)
    .await?;
    if reserved.rows_affected() == 0 {
        return Err(refused_place(&state, &id, &query.field, i64::from(*max_files), user.account_id, *max_bytes as i64).await);
    }
    let stored = receive(&state, &file_id, body, *max_bytes, media_types, &query).await;
    if stored.is_err() {
        // The place goes back, whatever broke.
        sqlx::query("DELETE FROM draft_files WHERE id = ?").bind(&file_id).execute(&state.db).await?;
    }
    let file = stored?;
    Ok((StatusCode::CREATED, Json(file)).into_response())
}

/// Reads an upload into its reserved place: the bytes must be a whole file of a type the
/// field allows, named with that type's extension.
async fn receive(state: &AppState, file_id: &str, body: Body, max_bytes: u64, media_types: &[String], query: &UploadQuery) -> ApiResult<FileAnswer> {
    let bytes = std::sync::Arc::new(read_limited(body, max_bytes, &query.field).await?);
    let allowed: Vec<&str> = media_types.iter().map(String::as_str).collect();
    let Some(media_type) = crate::file_types::recognise(bytes.clone(), &allowed).await else {
        tracing::info!(field = query.field, "refused an upload whose bytes are not an allowed type");
        return Err(field_error(&query.field, validate::FILE_TYPE));
    };
    let bytes = std::sync::Arc::try_unwrap(bytes).unwrap_or_else(|shared| (*shared).clone());
    let file = FileAnswer {
        id: file_id.to_owned(),
        media_type: media_type.to_owned(),
        size: bytes.len() as u64,
        name: crate::filenames::for_type(&query.name, media_type, "document"),
    };
    sqlx::query("UPDATE draft_files SET filename = ?, media_type = ?, size_bytes = ?, sha256 = ?, content = ? WHERE id = ?")
        .bind(&file.name)
        .bind(&file.media_type)
        .bind(file.size as i64)
        .bind(sha256_hex(&bytes))
        .bind(bytes)
        .bind(file_id)
        .execute(&state.db)
        .await?;
    Ok(file)
}

/// Why an upload found no place: the draft's or the field's file count, or the account's quota.
async fn refused_place(state: &AppState, draft_id: &str, field: &str, max_files: i64, account: i64, adding: i64) -> ApiError {
    let counts: Result<(i64, i64), _> = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN field = ? THEN 1 ELSE 0 END), 0) FROM draft_files WHERE draft_id = ?",
    )
    .bind(field)
    .bind(draft_id)
    .fetch_one(&state.db)
    .await;
    match counts {
        Ok((in_draft, in_field)) if in_draft >= MAX_FILES_PER_DRAFT || in_field >= max_files => field_error(field, validate::FILES_TOO_MANY),
        Ok(_) => crate::quotas::refusal(&state, account, adding, field).await,
        Err(e) => e.into(),
    }
}

/// Removes a file from a draft that was not submitted yet.
#[utoipa::path(delete, path = "/api/v1/drafts/{id}/files/{file}", tag = "drafts",
    params(("id" = String, Path), ("file" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn remove(State(state): State<AppState>, user: SignedIn, Path((id, file)): Path<(String, String)>) -> ApiResult<StatusCode> {
    let result = sqlx::query(
        "DELETE FROM draft_files WHERE id = ? AND draft_id = ? AND owner_id = ? \
         AND draft_id IN (SELECT id FROM drafts WHERE case_id IS NULL)",
    )
    .bind(&file)
    .bind(&id)
    .bind(user.account_id)
    .execute(&state.db)
    .await?;
    crate::error::deleted(result)
}

/// Rewrites every file answer from what the server holds: files that are not in this draft
/// (removed, or never uploaded) drop out, and name, type and size are the server's, so an
/// answer cannot claim a file it does not have.
pub async fn normalise(state: &AppState, draft_id: &str, service: &ServiceDefinition, answers: &mut Answers) -> ApiResult<()> {
    // Most services take no files: their saves need no look at the files table.
    if !service.steps.iter().flat_map(|s| &s.fields).any(|f| matches!(f.kind, FieldKind::File { .. })) {
        return Ok(());
    }
    let keys: Vec<String> =
        answers.keys().filter(|k| matches!(service.field_at(k).map(|f| &f.kind), Some(FieldKind::File { .. }))).cloned().collect();
    let rows: Vec<(String, String, String, String, i64, String)> =
        sqlx::query_as("SELECT id, field, filename, media_type, size_bytes, created_at FROM draft_files WHERE draft_id = ?")
            .bind(draft_id)
            .fetch_all(&state.db)
            .await?;
    if rows.is_empty() && keys.is_empty() {
        return Ok(());
    }
    // Each file by id, with the field it was uploaded into.
    let held: HashMap<&str, (&str, FileAnswer)> = rows
        .iter()
        .map(|(id, field, name, media_type, size, _)| {
            (id.as_str(), (field.as_str(), FileAnswer { id: id.clone(), media_type: media_type.clone(), size: *size as u64, name: name.clone() }))
        })
        .collect();
    let mut named = std::collections::HashSet::new();
    for key in keys {
        let Some(value) = answers.get_mut(&key) else { continue };
        // An unreadable answer is left for the validator to refuse.
        let Some(claimed) = FileAnswer::parse_all(value) else { continue };
        let files: Vec<FileAnswer> = claimed
            .iter()
            .filter_map(|c| held.get(c.id.as_str()))
            .filter(|(field, _)| *field == key)
            // Each file once, however often an answer names it.
            .filter(|(_, file)| named.insert(file.id.clone()))
            .map(|(_, file)| file.clone())
            .collect();
        *value = FileAnswer::join(&files);
    }
    // Files no answer names any more (the other version won a conflict, an answer was
    // cleared) would count against the limits unseen: gone once they are a while old, so a
    // save already on its way while a file uploads does not take it.
    let settled = (state.clock.now() - time::Duration::minutes(ORPHAN_GRACE_MINUTES)).format(&Rfc3339).expect("formattable");
    for (id, .., created_at) in &rows {
        if !named.contains(id) && *created_at < settled {
            sqlx::query("DELETE FROM draft_files WHERE id = ? AND draft_id = ?").bind(id).bind(draft_id).execute(&state.db).await?;
        }
    }
    Ok(())
}

/// The files a submission keeps, those named by shown file answers, each with its field's
/// label as the document title (localised JSON).
pub fn submitted_files(service: &ServiceDefinition, visible: &Answers) -> Vec<(String, String)> {
    visible
        .iter()
        .filter_map(|(key, value)| service.field_at(key).filter(|f| matches!(f.kind, FieldKind::File { .. })).map(|f| (value, f)))
        .flat_map(|(value, field)| {
            let title = serde_json::to_string(&field.label).unwrap_or_default();
            FileAnswer::parse_all(value).unwrap_or_default().into_iter().map(move |f| (f.id, title.clone()))
        })
        .collect()
}
