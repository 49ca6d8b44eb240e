//! Every API error leaves as `application/problem+json` with a machine code.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use guichet_model::problem::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};
use guichet_model::Lang;
use serde::de::DeserializeOwned;

/// A problem, and for refusals that pass with time the seconds to wait (`Retry-After`).
#[derive(Debug)]
pub struct ApiError(pub Problem, pub Option<u64>);

impl ApiError {
    pub fn new(code: ErrorCode, title: &str) -> Self {
        ApiError(Problem::new(code, title), None)
    }

    pub fn retry_after(self, secs: u64) -> Self {
        ApiError(self.0, Some(secs.max(1)))
    }

    /// Something broke on our side; the details go to the log, never to the client.
    pub fn internal() -> Self {
        ApiError::new(ErrorCode::Internal, "Internal error")
    }

    pub fn not_found() -> Self {
        ApiError::new(ErrorCode::NotFound, "Not found")
    }

    pub fn unauthenticated() -> Self {
        ApiError::new(ErrorCode::Unauthenticated, "Sign in required")
    }

    pub fn with_errors(self, errors: Vec<FieldError>) -> Self {
        ApiError(self.0.with_errors(errors), self.1)
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        ApiError(Problem::new(ErrorCode::Validation, "Invalid fields").with_errors(errors), None)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(self.0)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(secs) = self.1 {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// Database and other unexpected failures: logged in full, reported only as `internal`.
impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "database error");
        ApiError::internal()
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        tracing::error!(error = %e, "stored JSON is malformed");
        ApiError::internal()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// The answer to a delete: 204 when a row went, 404 when there was nothing (or nothing of
/// this account's) to delete.
pub fn deleted(result: sqlx::sqlite::SqliteQueryResult) -> ApiResult<axum::http::StatusCode> {
    if result.rows_affected() == 0 {
        return Err(ApiError::not_found());
    }
    Ok(axum::http::StatusCode::NO_CONTENT)
}

pub async fn api_not_found() -> ApiError {
    ApiError::not_found()
}

/// `axum::Json`, but a body that does not parse becomes a problem, not plain text.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(ApiError::new(ErrorCode::TooLarge, "The body is larger than this endpoint accepts"))
            }
            Err(rejection) => {
                tracing::debug!(%rejection, "malformed request body");
                Err(ApiError::new(ErrorCode::MalformedRequest, "Malformed request body"))
            }
        }
    }
}

/// The language service content is wanted in: `?lang=fr`, else `Accept-Language`, else German.
pub struct ContentLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for ContentLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let from_query = parts.uri.query().into_iter().flat_map(|q| q.split('&')).find_map(|pair| {
            pair.strip_prefix("lang=").and_then(Lang::parse)
        });
        let from_header = || {
            let header = parts.headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            header.split(',').find_map(|item| Lang::parse(item.split(';').next().unwrap_or("")))
        };
        Ok(ContentLang(from_query.or_else(from_header).unwrap_or(Lang::REFERENCE)))
    }
}

/// Every API error leaves as problem+json, also those axum answers by itself (a path or query
/// it cannot read, a method the path does not have, a body over the limit): their status is
/// kept, with its headers (`Allow`), and a problem body takes the place of the plain text.
pub async fn problems_only(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(PROBLEM_CONTENT_TYPE.as_bytes()));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let code = match status.as_u16() {
        404 => ErrorCode::NotFound,
        405 => ErrorCode::MethodNotAllowed,
        408 => ErrorCode::RequestTimeout,
        413 => ErrorCode::TooLarge,
        401 => ErrorCode::Unauthenticated,
        403 => ErrorCode::Forbidden,
        429 => ErrorCode::RateLimited,
        400..=499 => ErrorCode::MalformedRequest,
        _ => ErrorCode::Internal,
    };
    let (parts, _) = response.into_parts();
    let mut problem = Problem::new(code, status.canonical_reason().unwrap_or("Error"));
    problem.status = status.as_u16();
    let mut fresh = ApiError(problem, None).into_response();
    for (name, value) in parts.headers.iter().filter(|(name, _)| *name != header::CONTENT_TYPE && *name != header::CONTENT_LENGTH) {
        fresh.headers_mut().insert(name.clone(), value.clone());
    }
    fresh
}

/// Gives up on a request that takes longer than `limit`, body included: a body trickled in
/// byte by byte holds a connection no longer than this.
pub async fn time_limit(limit: std::time::Duration, request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::info!("a request took longer than the server waits");
            ApiError::new(ErrorCode::RequestTimeout, "The request took too long").into_response()
        }
    }
}

/// Which table an id was looked up in, for [`not_yours`].
#[derive(Clone, Copy)]
pub enum Owned {
    Case,
    Document,
    Draft,
}

/// 404 for an id the account does not own; when the id exists under another account, a
/// security event says so (someone is trying ids), without saying whose it is.
pub async fn not_yours(state: &crate::AppState, kind: Owned, id: &str, account: i64) -> ApiError {
    let query = match kind {
        Owned::Case => "SELECT 1 FROM cases WHERE id = ?",
        Owned::Document => "SELECT 1 FROM documents WHERE id = ?",
        Owned::Draft => "SELECT 1 FROM drafts WHERE id = ?",
    };
    if let Ok(Some((_,))) = sqlx::query_as::<_, (i64,)>(query).bind(id).fetch_optional(&state.db).await {
        let kind = match kind {
            Owned::Case => "case",
            Owned::Document => "document",
            Owned::Draft => "draft",
        };
        tracing::warn!(target: "security", event = "foreign-id", kind, account, "asked for another account's id");
    }
    ApiError::not_found()
}
