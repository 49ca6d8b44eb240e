//! Errors as RFC 9457 `application/problem+json`. The server sends codes, never sentences
//! for the citizen: the app maps each code to a Fluent id in the citizen's language.

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";
/// The header that carries the session's CSRF token on every state-changing request.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// What went wrong, as a stable machine code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// No session, or it expired: sign in again.
    Unauthenticated,
    /// Username or password wrong. Deliberately does not say which.
    InvalidCredentials,
    /// The CSRF header is missing or does not match the session.
    CsrfFailed,
    /// The request came from a foreign origin.
    ForeignOrigin,
    Forbidden,
    /// The mandate the session acted under was withdrawn: this request is refused, and the
    /// session acts for the signed-in person from now on. The app says so and reloads.
    MandateEnded,
    NotFound,
    Conflict,
    /// The request body has field errors; see `errors`.
    Validation,
    /// The body is not the JSON the endpoint expects.
    MalformedRequest,
    /// The body is larger than the endpoint accepts, e.g. an upload over the field's limit.
    TooLarge,
    /// The path exists, but not with this method; `Allow` names the methods it has.
    MethodNotAllowed,
    /// The request (its body, or the server's answer) took longer than the server waits.
    RequestTimeout,
    RateLimited,
    /// The server is at capacity for this kind of request; try again after `Retry-After`.
    Busy,
    Internal,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::InvalidCredentials => "invalid-credentials",
            ErrorCode::CsrfFailed => "csrf-failed",
            ErrorCode::ForeignOrigin => "foreign-origin",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::MandateEnded => "mandate-ended",
            ErrorCode::NotFound => "not-found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Validation => "validation",
            ErrorCode::MalformedRequest => "malformed-request",
            ErrorCode::TooLarge => "too-large",
            ErrorCode::MethodNotAllowed => "method-not-allowed",
            ErrorCode::RequestTimeout => "request-timeout",
            ErrorCode::RateLimited => "rate-limited",
            ErrorCode::Busy => "busy",
            ErrorCode::Internal => "internal",
        }
    }

    /// The HTTP status that carries this code.
    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::Unauthenticated | ErrorCode::InvalidCredentials => 401,
            ErrorCode::CsrfFailed | ErrorCode::ForeignOrigin | ErrorCode::Forbidden | ErrorCode::MandateEnded => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::Conflict => 409,
            ErrorCode::Validation => 422,
            ErrorCode::MalformedRequest => 400,
            ErrorCode::TooLarge => 413,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::RequestTimeout => 408,
            ErrorCode::RateLimited => 429,
            ErrorCode::Busy => 503,
            ErrorCode::Internal => 500,
        }
    }
}

/// A field that failed validation, with a code such as `required` or `ahv-checksum`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FieldError {
    /// The answer key, which is also the id of the input in the app.
    pub field: String,
    pub code: String,
    /// The wizard step the field belongs to, so the app can show the error in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: impl Into<String>) -> Self {
        FieldError { field: field.into(), code: code.into(), step: None }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Problem {
    /// A URI naming the problem type: `urn:guichet:problem:<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short English summary for operators and logs; the app does not show it.
    pub title: String,
    pub status: u16,
    pub code: ErrorCode,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl Problem {
    pub fn new(code: ErrorCode, title: impl Into<String>) -> Self {
        Problem { kind: format!("urn:guichet:problem:{}", code.code()), title: title.into(), status: code.status(), code, errors: Vec::new() }
    }

    pub fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_serialises_as_rfc_9457() {
        let p = Problem::new(ErrorCode::Validation, "Invalid fields").with_errors(vec![FieldError::new("username", "required")]);
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["type"], "urn:guichet:problem:validation");
        assert_eq!(json["status"], 422);
        assert_eq!(json["code"], "validation");
        assert_eq!(json["errors"][0]["code"], "required");
    }

    #[test]
    fn codes_match_their_serde_names() {
        for code in [ErrorCode::Unauthenticated, ErrorCode::CsrfFailed, ErrorCode::RateLimited, ErrorCode::NotFound] {
            assert_eq!(serde_json::to_string(&code).unwrap(), format!("\"{}\"", code.code()));
        }
    }
}
