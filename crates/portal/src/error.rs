//! The portal's one error type, which every floor returns: it leaves as
//! `application/problem+json` with a machine code. Database failures are logged in full and
//! answered only as `internal`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use guichet_model::problem::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};

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
