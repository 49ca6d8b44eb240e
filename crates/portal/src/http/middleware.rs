//! The layers every API request passes: the session and CSRF check, the access log, the
//! time limit, and problem+json for every error, also those axum answers by itself.

use super::extract::{ClientAddress, Session};
use crate::domain::signer::constant_time_eq;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::sha256_hex};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use guichet_model::api::MandateScope;
use guichet_model::problem::{ErrorCode, Problem, CSRF_HEADER, PROBLEM_CONTENT_TYPE};

/// Loads the session named by the cookie (ending it if it timed out) and, for every
/// state-changing method, refuses foreign origins and a missing or wrong CSRF token.
pub async fn session_layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    match load_session(&state, request.headers()).await {
        Ok(session) => guarded(&state, session, request, next).await,
        Err(e) => e.into_response(),
    }
}

/// The access log: what was asked and answered, by which client and session (a prefix of the
/// session's hash), never headers, cookies, tokens, queries or bodies.
pub async fn access_log(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let method = request.method().clone();
    let route = request.extensions().get::<axum::extract::MatchedPath>().map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let client = ClientAddress::of(&state.config, request.headers(), request.extensions()).0;
    let session = cookie_value(request.headers(), state.config.session_cookie_name()).map(|token| hash_token(&token)[..8].to_owned());
    let response = next.run(request).await;
    tracing::info!(
        target: "access",
        %method,
        route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        client,
        session = session.as_deref().unwrap_or("-"),
    );
    response
}

async fn guarded(state: &AppState, session: Option<Session>, mut request: Request, next: Next) -> Response {
    // Only these change state; any other method goes on to the router, which answers 405.
    let safe = !matches!(*request.method(), Method::POST | Method::PUT | Method::PATCH | Method::DELETE);
    if !safe {
        if let Err(e) = check_origin(&state.config, request.headers()) {
            return e.into_response();
        }
        let sent = request.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
        let valid = match (&session, cookie_value(request.headers(), state.config.csrf_cookie_name())) {
            (Some(session), _) => constant_time_eq(sent.as_bytes(), session.csrf_token.as_bytes()),
            // Before sign-in: the token in the header must be the signed one of the cookie.
            (None, Some(cookie)) => constant_time_eq(sent.as_bytes(), cookie.as_bytes()) && state.signer.verifies(&cookie),
            // No session (it expired, or never was): the app must sign in again, which 401
            // tells it.
            (None, None) => return ApiError::unauthenticated().into_response(),
        };
        if !valid {
            tracing::warn!(target: "security", event = "csrf-refused", signed_in = session.is_some(), "refused a state change with a missing or wrong CSRF token");
            return ApiError::new(ErrorCode::CsrfFailed, "CSRF token missing or wrong").into_response();
        }
    }
    if let Some(session) = session {
        request.extensions_mut().insert(session);
    }
    let mut response = next.run(request).await;
    response.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Browsers say where a request comes from. A state change must come from the configured
/// public origin (scheme, host and port), or the named development proxy; without a public
/// origin (a portal on loopback) from `http://` and the Host asked for. `Sec-Fetch-Site`
/// decides only when there is no `Origin`; clients that send neither (not browsers) still
/// need the CSRF token.
fn check_origin(config: &crate::Config, headers: &HeaderMap) -> ApiResult<()> {
    let foreign = || {
        tracing::warn!(target: "security", event = "foreign-origin", "refused a state change from another origin");
        ApiError::new(ErrorCode::ForeignOrigin, "Request from a foreign origin")
    };
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().map_err(|_| foreign())?;
        let own = match &config.public_origin {
            Some(public) => public.clone(),
            None => format!("http://{}", headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("")),
        };
        return if origin == own || config.dev_origin.as_deref() == Some(origin) { Ok(()) } else { Err(foreign()) };
    }
    match headers.get("sec-fetch-site").map(|s| s.as_bytes()) {
        None | Some(b"same-origin" | b"none") => Ok(()),
        Some(_) => Err(foreign()),
    }
}

async fn load_session(state: &AppState, headers: &HeaderMap) -> ApiResult<Option<Session>> {
    let Some(token) = cookie_value(headers, state.config.session_cookie_name()) else {
        return Ok(None);
    };
    let token_hash = hash_token(&token);
    let Some(row) = store::sessions::find(&state.db, &token_hash).await? else {
        return Ok(None);
    };
    let account_id = row.account_id;
    let mut mandate_ended = false;
    let acting_for = match (row.acting_for, row.mandate_scope.as_deref().and_then(MandateScope::parse)) {
        (Some(organisation), Some(scope)) => Some((organisation, scope)),
        (Some(organisation), None) => {
            store::sessions::stop_acting(&state.db, &token_hash).await?;
            tracing::info!(target: "security", event = "mandate-ended", person = account_id, organisation, session = &token_hash[..8], "the mandate is gone: the session acts for the person again");
            mandate_ended = true;
            None
        }
        (None, _) => None,
    };
    let now = state.clock.unix();
    if now - row.last_seen_at > state.config.session_idle_secs || now - row.created_at > state.config.session_absolute_secs {
        store::sessions::delete(&state.db, &token_hash).await?;
        tracing::info!(target: "security", event = "session-expired", account = account_id, session = &token_hash[..8], "session ended by its timeout");
        return Ok(None);
    }
    // Touch at most every few seconds, so a burst of requests does not queue writes.
    if now - row.last_seen_at >= 5 {
        store::sessions::touch(&state.db, &token_hash, now).await?;
    }
    Ok(Some(Session { token_hash, account_id, csrf_token: row.csrf_token, created_at: row.created_at, acting_for, mandate_ended }))
}

/// Whether the request carries a signed-in session: the page's preload hints then name its data.
pub async fn is_signed_in(state: &AppState, headers: &HeaderMap) -> bool {
    matches!(load_session(state, headers).await, Ok(Some(Session { account_id: Some(_), .. })))
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

pub fn hash_token(token: &str) -> String {
    sha256_hex(token.as_bytes())
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

pub async fn api_not_found() -> ApiError {
    ApiError::not_found()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_named_cookie_only() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; guichet-session=abc; b=2"));
        assert_eq!(cookie_value(&headers, "guichet-session").as_deref(), Some("abc"));
        assert_eq!(cookie_value(&headers, "missing"), None);
    }

    #[test]
    fn only_the_configured_origin_and_the_named_dev_proxy_may_change_state() {
        let config = |public: Option<&str>, dev: Option<&str>| crate::Config {
            database_url: String::new(),
            bind: "127.0.0.1".into(),
            port: 0,
            dist_dir: "dist".into(),
            demo: false,
            session_idle_secs: 1,
            session_absolute_secs: 1,
            public_origin: public.map(Into::into),
            dev_origin: dev.map(Into::into),
            trusted_proxy_header: None,
            demo_on_public_origin: false,
            hashing_slots: 1,
            hashing_wait_ms: 0,
            request_timeout_secs: 20,
            backoffice_token: None,
            demo_large: false,
            limits: Default::default(),
            quotas: Default::default(),
            object_store: Default::default(),
        };
        let headers = |origin: Option<&'static str>, site: Option<&'static str>| {
            let mut headers = HeaderMap::new();
            headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
            origin.map(|o| headers.insert(header::ORIGIN, HeaderValue::from_static(o)));
            site.map(|s| headers.insert("sec-fetch-site", HeaderValue::from_static(s)));
            headers
        };
        let local = config(None, Some("http://127.0.0.1:8081"));
        assert!(check_origin(&local, &headers(Some("http://127.0.0.1:8080"), None)).is_ok());
        assert!(check_origin(&local, &headers(Some("http://127.0.0.1:8081"), Some("same-origin"))).is_ok());
        assert!(check_origin(&local, &headers(Some("https://127.0.0.1:8080"), Some("same-origin"))).is_err());
        assert!(check_origin(&local, &headers(Some("https://evil.example"), Some("same-origin"))).is_err());
        assert!(check_origin(&local, &headers(None, Some("cross-site"))).is_err());
        assert!(check_origin(&local, &headers(None, None)).is_ok());
        let public = config(Some("https://my.lu.ch"), None);
        assert!(check_origin(&public, &headers(Some("https://my.lu.ch"), None)).is_ok());
        assert!(check_origin(&public, &headers(Some("http://127.0.0.1:8080"), None)).is_err());
        assert!(check_origin(&public, &headers(Some("https://my.lu.ch:8443"), None)).is_err());
    }
}
