//! The portal's one error type, which every floor returns: it leaves as
//! `application/problem+json` with a machine code. Database failures are logged in full and
//! answered only as `internal`, or `busy` with `Retry-After` while the database is out of reach.

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

    /// The database is out of reach: try again in a few seconds.
    pub fn database_unavailable() -> Self {
        ApiError::new(ErrorCode::Busy, "Database unavailable").retry_after(DATABASE_RETRY_SECS)
    }

    pub fn object_store_unavailable() -> Self {
        ApiError::new(ErrorCode::Busy, "Object store unavailable").retry_after(DATABASE_RETRY_SECS)
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
        match e {
            // The database is out of reach (restarting, a failover): the client retries soon,
            // and the app keeps what the citizen typed meanwhile.
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => ApiError::database_unavailable(),
            _ => ApiError::internal(),
        }
    }
}

/// What a client waits before retrying when the database or the object store is out of reach.
const DATABASE_RETRY_SECS: u64 = 5;

/// The object store out of reach or refusing: as with the database, the client retries soon.
impl From<object_store::Error> for ApiError {
    fn from(e: object_store::Error) -> Self {
        tracing::error!(error = %e, "object store error");
        match e {
            // Bytes a row names are missing: a fault to look into, not one a retry mends.
            object_store::Error::NotFound { .. } => ApiError::internal(),
            _ => ApiError::object_store_unavailable(),
        }
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        tracing::error!(error = %e, "stored JSON is malformed");
        ApiError::internal()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_database_is_busy_with_a_time_to_wait_and_other_failures_are_internal() {
        let response = ApiError::from(sqlx::Error::PoolTimedOut).into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.headers()[header::RETRY_AFTER], "5");
        let response = ApiError::from(sqlx::Error::RowNotFound).into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!response.headers().contains_key(header::RETRY_AFTER));
    }
}
