//! What handlers take from a request: the session and the party it acts as, the client's
//! address, the content language, and JSON bodies whose errors are problems.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::{header, request::Parts, Method, StatusCode};
use guichet_model::api::MandateScope;
use guichet_model::problem::ErrorCode;
use guichet_model::Lang;
use serde::de::DeserializeOwned;
use std::net::SocketAddr;

/// The session of the current request, put in the request's extensions by `session_layer`.
#[derive(Clone, Debug)]
pub struct Session {
    pub(crate) token_hash: String,
    /// The signed-in person.
    pub account_id: Option<i64>,
    pub csrf_token: String,
    /// Unix seconds, for the absolute timeout.
    pub(crate) created_at: i64,
    /// The organisation acted for and the mandate's scope, checked on this very request.
    pub(crate) acting_for: Option<(i64, MandateScope)>,
    /// This request found the mandate withdrawn: it is refused with `mandate-ended`, so the app
    /// learns it before showing the person's data under the organisation's name.
    pub(crate) mandate_ended: bool,
}

/// A handler argument for the party a signed-in session acts as: the person, or the
/// organisation they act for under a mandate checked on this request. Without a session the
/// request gets 401; a state change under a read-only mandate gets 403.
pub struct SignedIn {
    /// The party whose cases, documents, messages and drafts these are.
    pub account_id: i64,
    /// The person who signed in and takes the action.
    pub person_id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let Some(Session { account_id: Some(person_id), acting_for, mandate_ended, .. }) = parts.extensions.get::<Session>() else {
            return Err(ApiError::unauthenticated());
        };
        if *mandate_ended {
            return Err(ApiError::new(ErrorCode::MandateEnded, "The mandate has ended; the session acts for the person again"));
        }
        let changes_state = !matches!(parts.method, Method::GET | Method::HEAD);
        match acting_for {
            Some((organisation, scope)) => {
                if changes_state && *scope == MandateScope::Read {
                    tracing::info!(target: "security", event = "read-only-refused", person = person_id, organisation, "refused a change under a read-only mandate");
                    return Err(ApiError::new(ErrorCode::Forbidden, "The mandate allows reading only"));
                }
                if changes_state {
                    // Every action under a mandate is recorded with the person who took it.
                    tracing::info!(target: "security", event = "mandate-action", person = person_id, organisation, method = %parts.method, path = parts.uri.path(), "acted for an organisation");
                }
                Ok(SignedIn { account_id: *organisation, person_id: *person_id })
            }
            None => Ok(SignedIn { account_id: *person_id, person_id: *person_id }),
        }
    }
}

/// A handler argument for the signed-in person themselves, whoever they act for: their
/// sessions, signing out, choosing whom to act for.
pub struct Person {
    pub person_id: i64,
    /// The hash of the session's token, to tell this session from the person's others.
    pub token_hash: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Person {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Session>() {
            Some(Session { account_id: Some(person_id), token_hash, .. }) => Ok(Person { person_id: *person_id, token_hash: token_hash.clone() }),
            _ => Err(ApiError::unauthenticated()),
        }
    }
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
        let from_query = parts.uri.query().into_iter().flat_map(|q| q.split('&')).find_map(|pair| pair.strip_prefix("lang=").and_then(Lang::parse));
        let from_header = || {
            let header = parts.headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            header.split(',').find_map(|item| Lang::parse(item.split(';').next().unwrap_or("")))
        };
        Ok(ContentLang(from_query.or_else(from_header).unwrap_or(Lang::REFERENCE)))
    }
}

/// The client's address: the last entry of the configured proxy header (what the portal's own
/// reverse proxy saw), else the connection's peer. Never a header a client could choose.
pub struct ClientAddress(pub String);

impl ClientAddress {
    pub fn of(config: &crate::Config, headers: &axum::http::HeaderMap, extensions: &axum::http::Extensions) -> ClientAddress {
        let from_proxy = config
            .trusted_proxy_header
            .as_deref()
            .and_then(|name| headers.get(name))
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty());
        let peer = || extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        ClientAddress(from_proxy.or_else(peer).unwrap_or_else(|| "unknown".to_owned()))
    }
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress::of(&state.config, &parts.headers, &parts.extensions))
    }
}

/// The answer to a delete: 204 when a row went, 404 when there was nothing (or nothing of
/// this account's) to delete.
pub fn deleted(rows: u64) -> ApiResult<StatusCode> {
    if rows == 0 {
        return Err(ApiError::not_found());
    }
    Ok(StatusCode::NO_CONTENT)
}
