//! A thread per case between the citizen's side and the authority, an inbox across cases, and
//! documents the citizen's side adds to a case. Everything is scoped by the case's owner, so
//! another party's ids answer 404. Reading an authority's message is recorded with its time.

use crate::auth::SignedIn;
use crate::documents::{document_meta, DocumentRow, SELECT_DOCUMENT};
use crate::error::{not_yours, ApiError, ApiJson, ApiResult, ContentLang, Owned};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use guichet_model::api::{
    Created, DocumentMeta, Inbox, InboxItem, Message, NewMessage, CASE_DOCUMENT_MAX_BYTES, CASE_DOCUMENT_TYPES,
};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::{validate, Lang};
use serde::Deserialize;

#[derive(sqlx::FromRow)]
struct MessageRow {
    id: String,
    case_id: String,
    from_authority: bool,
    author: Option<String>,
    body: String,
    created_at: String,
    read_at: Option<String>,
}

const SELECT_MESSAGE: &str = "SELECT m.id, m.case_id, m.from_authority, a.display_name AS author, m.body, m.created_at, m.read_at \
     FROM messages m LEFT JOIN accounts a ON a.id = m.author_account_id";


/// Messages with their attachments, in the order given.
async fn with_attachments(state: &AppState, rows: Vec<MessageRow>, lang: Lang) -> ApiResult<Vec<Message>> {
    let mut messages = Vec::with_capacity(rows.len());
    for row in rows {
        let documents: Vec<DocumentRow> =
            sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE d.message_id = ? ORDER BY d.created_at, d.id")).bind(&row.id).fetch_all(&state.db).await?;
        messages.push(Message {
            attachments: documents.into_iter().map(|d| document_meta(d, lang)).collect::<ApiResult<_>>()?,
            id: row.id,
            from_authority: row.from_authority,
            author: row.author,
            body: row.body,
            created_at: row.created_at,
            read_at: row.read_at,
        });
    }
    Ok(messages)
}

/// A case's thread, oldest first. The caller has checked that the case is the party's.
pub async fn thread(state: &AppState, case_id: &str, lang: Lang) -> ApiResult<Vec<Message>> {
    let rows: Vec<MessageRow> = sqlx::query_as(&format!("{SELECT_MESSAGE} WHERE m.case_id = ? ORDER BY m.created_at, m.id")).bind(case_id).fetch_all(&state.db).await?;
    with_attachments(state, rows, lang).await
}

/// The id of the party's case, or a 404 for anything else.
async fn own_case(state: &AppState, user: &SignedIn, id: &str) -> ApiResult<String> {
    let found: Option<(String,)> = sqlx::query_as("SELECT id FROM cases WHERE id = ? AND owner_id = ?").bind(id).bind(user.account_id).fetch_optional(&state.db).await?;
    match found {
        Some((id,)) => Ok(id),
        None => Err(not_yours(state, Owned::Case, id, user.account_id).await),
    }
}

/// Records that the citizen's side opened an authority's message; the first time counts.
#[utoipa::path(post, path = "/api/v1/messages/{id}/read", tag = "messages", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn mark_read(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<StatusCode> {
    let found: Option<(String,)> = sqlx::query_as("SELECT m.id FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.id = ? AND c.owner_id = ?")
        .bind(&id)
        .bind(user.account_id)
        .fetch_optional(&state.db)
        .await?;
    if found.is_none() {
        return Err(ApiError::not_found());
    }
    sqlx::query("UPDATE messages SET read_at = ? WHERE id = ? AND from_authority = 1 AND read_at IS NULL").bind(state.clock.rfc3339()).bind(&id).execute(&state.db).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A reply in the case's thread, with documents the party uploaded to the case before.
#[utoipa::path(post, path = "/api/v1/cases/{id}/messages", tag = "messages", params(("id" = String, Path)), request_body = NewMessage,
    responses((status = 201, body = Created),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn reply(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>, ApiJson(message): ApiJson<NewMessage>) -> ApiResult<(StatusCode, Json<Created>)> {
    let case_id = own_case(&state, &user, &id).await?;
    let body = validate::message_body(&message.body).map_err(|code| ApiError::validation(vec![FieldError::new("body", code)]))?;
    let message_id = crate::seed::random_id(&mut rand::thread_rng());
    let at = state.clock.rfc3339();
    let day_ago = (state.clock.now() - time::Duration::days(1)).format(&time::format_description::well_known::Rfc3339).expect("formattable");
    let mut tx = state.db.begin().await?;
    // Counted in the insert: replies a day and the bytes the account keeps.
    let stored = sqlx::query(&format!(
        "INSERT INTO messages (id, case_id, from_authority, author_account_id, body, created_at) SELECT ?2, ?3, 0, ?4, ?5, ?6 \
         WHERE (SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = ?1 AND m.from_authority = 0 AND m.created_at > ?7) < ?8 \
           AND {} + LENGTH(?5) <= ?9",
        crate::quotas::BYTES_OF_ACCOUNT
    ))
    .bind(user.account_id)
    .bind(&message_id)
    .bind(&case_id)
    .bind(user.person_id)
    .bind(body)
    .bind(&at)
    .bind(&day_ago)
    .bind(state.config.quotas.replies_per_day)
    .bind(state.config.quotas.stored_bytes)
    .execute(&mut *tx)
    .await?;
    if stored.rows_affected() == 0 {
        drop(tx);
        let (today,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = ? AND m.from_authority = 0 AND m.created_at > ?",
        )
        .bind(user.account_id)
        .bind(&day_ago)
        .fetch_one(&state.db)
        .await?;
        if today >= state.config.quotas.replies_per_day {
            tracing::warn!(target: "security", event = "quota-reached", account = user.account_id, replies = today, "refused a reply over the daily limit");
            return Err(crate::quotas::too_many_replies());
        }
        return Err(crate::quotas::refusal(&state, user.account_id, body.len() as i64, "body").await);
    }
    for document in &message.attachments {
        // Only the party's own uploads to this case, not yet sent, can go with a message.
        let attached = sqlx::query("UPDATE documents SET message_id = ? WHERE id = ? AND case_id = ? AND from_citizen = 1 AND message_id IS NULL")
            .bind(&message_id)
            .bind(document)
            .bind(&case_id)
            .execute(&mut *tx)
            .await?;
        if attached.rows_affected() == 0 {
            return Err(ApiError::validation(vec![FieldError::new("attachments", "unknown")]));
        }
    }
    sqlx::query("UPDATE cases SET updated_at = ? WHERE id = ?").bind(&at).bind(&case_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(Created { id: message_id })))
}

/// The latest messages across the party's cases, newest first, and the unread count.
#[utoipa::path(get, path = "/api/v1/messages", tag = "messages", params(("lang" = Option<String>, Query)),
    responses((status = 200, body = Inbox), (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn inbox(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang) -> ApiResult<Json<Inbox>> {
    let (unread,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = ? AND m.from_authority = 1 AND m.read_at IS NULL",
    )
    .bind(user.account_id)
    .fetch_one(&state.db)
    .await?;
    let rows: Vec<MessageRow> = sqlx::query_as(&format!(
        "{SELECT_MESSAGE} JOIN cases c ON c.id = m.case_id WHERE c.owner_id = ? ORDER BY m.created_at DESC, m.id LIMIT {INBOX_SIZE}"
    ))
    .bind(user.account_id)
    .fetch_all(&state.db)
    .await?;
    // Each message's case, in the same order, read once for the whole inbox.
    let cases: Vec<(String, String)> = sqlx::query_as(&format!(
        "SELECT c.reference, s.name FROM messages m JOIN cases c ON c.id = m.case_id JOIN services s ON s.id = c.service_id \
         WHERE c.owner_id = ? ORDER BY m.created_at DESC, m.id LIMIT {INBOX_SIZE}"
    ))
    .bind(user.account_id)
    .fetch_all(&state.db)
    .await?;
    let case_ids: Vec<String> = rows.iter().map(|r| r.case_id.clone()).collect();
    let mut items = Vec::with_capacity(rows.len());
    for ((case_id, (reference, service)), message) in case_ids.into_iter().zip(cases).zip(with_attachments(&state, rows, lang).await?) {
        items.push(InboxItem { case_id, reference, service: crate::cases::localized(&service, lang)?, message });
    }
    Ok(Json(Inbox { unread: unread.max(0) as u64, messages: items }))
}

/// Messages the inbox lists.
const INBOX_SIZE: u32 = 50;

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
    let case_id = own_case(&state, &user, &id).await?;
    let too_large = || ApiError::new(ErrorCode::TooLarge, "The file is larger than a case accepts").with_errors(vec![FieldError::new("file", validate::FILE_TOO_LARGE)]);
    let announced = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > CASE_DOCUMENT_MAX_BYTES) {
        return Err(too_large());
    }
    // Refused before the body is read when the account is already at its file count.
    let (files,): (i64,) = sqlx::query_as(&format!("SELECT {}", crate::quotas::FILES_OF_ACCOUNT)).bind(user.account_id).fetch_one(&state.db).await?;
    if files >= state.config.quotas.stored_files {
        return Err(crate::quotas::refusal(&state, user.account_id, 0, "file").await);
    }
    let bytes = std::sync::Arc::new(crate::uploads::read_limited(body, CASE_DOCUMENT_MAX_BYTES, "file").await?);
    let Some(media_type) = crate::file_types::recognise(bytes.clone(), &CASE_DOCUMENT_TYPES).await else {
        return Err(ApiError::validation(vec![FieldError::new("file", validate::FILE_TYPE)]));
    };
    let bytes = std::sync::Arc::try_unwrap(bytes).unwrap_or_else(|shared| (*shared).clone());
    let size = bytes.len() as i64;
    let document = crate::seed::random_id(&mut rand::thread_rng());
    let name = crate::filenames::for_type(&query.name, media_type, "document");
    let title = serde_json::to_string(&guichet_model::api::LocalizedText::new(Lang::ALL.map(|l| (l, name.clone()))))?;
    let at = state.clock.rfc3339();
    // The quota is checked by the insert itself, so parallel uploads cannot pass it together.
    let stored = sqlx::query(&format!(
        "INSERT INTO documents (id, case_id, title, filename, media_type, sha256, content, created_at, from_citizen, added_by) \
         SELECT ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10 WHERE {} < ?11 AND {} + ?12 <= ?13",
        crate::quotas::FILES_OF_ACCOUNT,
        crate::quotas::BYTES_OF_ACCOUNT
    ))
    .bind(user.account_id)
    .bind(&document)
    .bind(&case_id)
    .bind(title)
    .bind(&name)
    .bind(media_type)
    .bind(crate::auth::sha256_hex(&bytes))
    .bind(bytes)
    .bind(&at)
    .bind(user.person_id)
    .bind(state.config.quotas.stored_files)
    .bind(size)
    .bind(state.config.quotas.stored_bytes)
    .execute(&state.db)
    .await?;
    if stored.rows_affected() == 0 {
        return Err(crate::quotas::refusal(&state, user.account_id, size, "file").await);
    }
    let row: DocumentRow = sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE d.id = ?")).bind(&document).fetch_one(&state.db).await?;
    Ok((StatusCode::CREATED, Json(document_meta(row, lang)?)))
}
