//! Sessions (backend-for-frontend: the browser only holds an HttpOnly cookie), CSRF and
//! password sign-in.
//!
//! Sign-in is split in two: `verify_password` proves who someone is, `start_session` makes
//! them signed in. An OIDC callback (e.g. AGOV) replaces only the first half.

use crate::error::{ApiError, ApiJson, ApiResult};
use crate::throttle::{self, ClientAddress};
use crate::AppState;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use guichet_model::api::{AccountKind, ActiveSession, DeviceKey, MandateScope, Me, Party, PartyChoice, SessionInfo, SessionList, SignInRequest};
use guichet_model::problem::{ErrorCode, CSRF_HEADER};
use guichet_model::{validate, Lang};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The session of the current request, put in the request's extensions by `session_layer`.
#[derive(Clone, Debug)]
pub struct Session {
    token_hash: String,
    /// The signed-in person.
    pub account_id: Option<i64>,
    pub csrf_token: String,
    /// Unix seconds, for the absolute timeout.
    created_at: i64,
    /// The organisation acted for and the mandate's scope, checked on this very request.
    acting_for: Option<(i64, MandateScope)>,
    /// This request found the mandate withdrawn: it is refused with `mandate-ended`, so the app
    /// learns it before showing the person's data under the organisation's name.
    mandate_ended: bool,
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
    // The mandate is looked up with the session, every time: a withdrawn one ends the access
    // at once, also in sessions already open.
    let row: Option<(Option<i64>, String, i64, i64, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.acting_for, \
         (SELECT m.scope FROM mandates m WHERE m.person_id = s.account_id AND m.organisation_id = s.acting_for \
          AND m.withdrawn_at IS NULL ORDER BY m.granted_at DESC LIMIT 1) \
         FROM sessions s WHERE s.token_hash = ?",
    )
    .bind(&token_hash)
    .fetch_optional(&state.db)
    .await?;
    let Some((account_id, csrf_token, created_at, last_seen_at, organisation, scope)) = row else {
        return Ok(None);
    };
    let mut mandate_ended = false;
    let acting_for = match (organisation, scope.as_deref().and_then(MandateScope::parse)) {
        (Some(organisation), Some(scope)) => Some((organisation, scope)),
        (Some(organisation), None) => {
            sqlx::query("UPDATE sessions SET acting_for = NULL WHERE token_hash = ?").bind(&token_hash).execute(&state.db).await?;
            tracing::info!(target: "security", event = "mandate-ended", person = account_id, organisation, session = &token_hash[..8], "the mandate is gone: the session acts for the person again");
            mandate_ended = true;
            None
        }
        (None, _) => None,
    };
    let now = state.clock.unix();
    if now - last_seen_at > state.config.session_idle_secs || now - created_at > state.config.session_absolute_secs {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(&token_hash).execute(&state.db).await?;
        tracing::info!(target: "security", event = "session-expired", account = account_id, session = &token_hash[..8], "session ended by its timeout");
        return Ok(None);
    }
    // Touch at most every few seconds, so a burst of requests does not queue writes.
    if now - last_seen_at >= 5 {
        sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")
            .bind(now)
            .bind(&token_hash)
            .execute(&state.db)
            .await?;
    }
    Ok(Some(Session { token_hash, account_id, csrf_token, created_at, acting_for, mandate_ended }))
}

/// Whether the request carries a signed-in session: the page's preload hints then name its data.
pub(crate) async fn is_signed_in(state: &AppState, headers: &HeaderMap) -> bool {
    matches!(load_session(state, headers).await, Ok(Some(Session { account_id: Some(_), .. })))
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn hash_token(token: &str) -> String {
    sha256_hex(token.as_bytes())
}

/// A fresh 256-bit AES key in standard base64, which the browser's `atob` reads.
fn random_device_key() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The person's key for their browser's copies, made at the first sign-in.
async fn device_key(state: &AppState, person_id: i64) -> ApiResult<DeviceKey> {
    let mut name = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut name);
    sqlx::query("INSERT INTO device_keys (account_id, account, key) VALUES (?, ?, ?) ON CONFLICT (account_id) DO NOTHING")
        .bind(person_id)
        .bind(hex(&name))
        .bind(random_device_key())
        .execute(&state.db)
        .await?;
    let (account, key): (String, String) = sqlx::query_as("SELECT account, key FROM device_keys WHERE account_id = ?").bind(person_id).fetch_one(&state.db).await?;
    Ok(DeviceKey { account, key })
}

/// A new key at sign-out: whatever copies the old one encrypted, on any device, stay unreadable
/// for good. The account's name stays, so the app still recognises them as its own to delete.
async fn rotate_device_key(state: &AppState, person_id: i64) -> ApiResult<()> {
    sqlx::query("UPDATE device_keys SET key = ? WHERE account_id = ?").bind(random_device_key()).bind(person_id).execute(&state.db).await?;
    Ok(())
}

/// A SHA-256 as lowercase hex: session hashes, and the checksums shown with documents.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Creates a signed-in session and returns it with its cookie.
async fn start_session(state: &AppState, account_id: i64, device: &str) -> ApiResult<(Session, HeaderValue)> {
    let token = random_token();
    let now = state.clock.unix();
    let session = Session { token_hash: hash_token(&token), account_id: Some(account_id), csrf_token: random_token(), created_at: now, acting_for: None, mandate_ended: false };
    sqlx::query("INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, device) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(&session.token_hash)
        .bind(account_id)
        .bind(&session.csrf_token)
        .bind(now)
        .bind(now)
        .bind(device)
        .execute(&state.db)
        .await?;
    Ok((session, cookie(state, state.config.session_cookie_name(), &token, None)))
}

/// An HttpOnly, SameSite=Strict cookie for the whole site, `Secure` on https; `max_age`
/// `Some(0)` deletes it.
fn cookie(state: &AppState, name: &str, value: &str, max_age: Option<u32>) -> HeaderValue {
    let secure = if state.config.public_origin_is_https() { "; Secure" } else { "" };
    let max_age = max_age.map(|s| format!("; Max-Age={s}")).unwrap_or_default();
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict{max_age}{secure}")).expect("cookie is ASCII")
}

async fn session_info_for(state: &AppState, session: &Session) -> ApiResult<SessionInfo> {
    let user = match session.account_id {
        Some(id) => Some(me(state, id, session.acting_for.map(|(organisation, _)| organisation)).await?),
        None => None,
    };
    Ok(SessionInfo {
        user,
        csrf_token: session.csrf_token.clone(),
        idle_timeout_secs: state.config.session_idle_secs as u64,
        ends_in_secs: session.account_id.map(|_| (session.created_at + state.config.session_absolute_secs - state.clock.unix()).max(0) as u64),
        device_key: match session.account_id {
            Some(person_id) => Some(device_key(state, person_id).await?),
            None => None,
        },
    })
}

async fn me(state: &AppState, account_id: i64, acting_for: Option<i64>) -> ApiResult<Me> {
    let (username, display_name, kind, lang): (String, String, String, String) =
        sqlx::query_as("SELECT username, display_name, kind, preferred_lang FROM accounts WHERE id = ?")
            .bind(account_id)
            .fetch_one(&state.db)
            .await?;
    let rows: Vec<(i64, Option<String>, String, String)> = sqlx::query_as(
        "SELECT o.id, o.uid, o.display_name, m.scope FROM mandates m JOIN accounts o ON o.id = m.organisation_id \
         WHERE m.person_id = ? AND m.withdrawn_at IS NULL ORDER BY o.display_name",
    )
    .bind(account_id)
    .fetch_all(&state.db)
    .await?;
    let mut mandates = Vec::new();
    let mut acting = None;
    for (id, uid, name, scope) in rows {
        let party = Party { uid: uid.unwrap_or_default(), name, scope: MandateScope::parse(&scope).unwrap_or(MandateScope::Read) };
        if acting_for == Some(id) {
            acting = Some(party.clone());
        }
        if !mandates.iter().any(|p: &Party| p.uid == party.uid) {
            mandates.push(party);
        }
    }
    Ok(Me {
        username,
        display_name,
        kind: if kind == "organisation" { AccountKind::Organisation } else { AccountKind::Person },
        preferred_lang: Lang::parse(&lang).unwrap_or(Lang::REFERENCE),
        mandates,
        acting_for: acting,
    })
}

/// Chooses whom the session acts for: an organisation the person holds an active mandate for
/// (by its UID), or themselves. It lives in the session, so no link can choose it. The
/// session id and CSRF token are replaced, as at sign-in: the rights changed, so whatever
/// knew the old ones learns nothing of the new party.
#[utoipa::path(put, path = "/api/v1/session/party", tag = "session", request_body = PartyChoice,
    responses((status = 200, body = SessionInfo),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn choose_party(State(state): State<AppState>, person: Person, axum::Extension(session): axum::Extension<Session>, ApiJson(choice): ApiJson<PartyChoice>) -> ApiResult<Response> {
    let acting_for = match &choice.uid {
        None => None,
        Some(uid) => {
            let found: Option<(i64, String)> = sqlx::query_as(
                "SELECT o.id, m.scope FROM mandates m JOIN accounts o ON o.id = m.organisation_id \
                 WHERE m.person_id = ? AND o.uid = ? AND m.withdrawn_at IS NULL ORDER BY m.granted_at DESC LIMIT 1",
            )
            .bind(person.person_id)
            .bind(uid)
            .fetch_optional(&state.db)
            .await?;
            let Some((organisation, scope)) = found else {
                tracing::warn!(target: "security", event = "mandate-missing", person = person.person_id, "asked to act for an organisation without a mandate");
                return Err(ApiError::not_found());
            };
            Some((organisation, MandateScope::parse(&scope).unwrap_or(MandateScope::Read)))
        }
    };
    let token = random_token();
    let rotated = Session { token_hash: hash_token(&token), csrf_token: random_token(), acting_for, ..session };
    let changed = sqlx::query("UPDATE sessions SET token_hash = ?, csrf_token = ?, acting_for = ? WHERE token_hash = ?")
        .bind(&rotated.token_hash)
        .bind(&rotated.csrf_token)
        .bind(acting_for.map(|(o, _)| o))
        .bind(&person.token_hash)
        .execute(&state.db)
        .await?;
    // Ended meanwhile (signed out in another tab): nothing to switch.
    if changed.rows_affected() == 0 {
        return Err(ApiError::unauthenticated());
    }
    tracing::info!(target: "security", event = "acting-for", person = person.person_id, organisation = acting_for.map(|(o, _)| o), session = &rotated.token_hash[..8], "chose whom to act for");
    let mut response = Json(session_info_for(&state, &rotated).await?).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, state.config.session_cookie_name(), &token, None));
    Ok(response)
}

/// Who is signed in, and the CSRF token. Without a session nothing is stored: the visitor
/// gets a signed token in a cookie, which the sign-in checks. `HEAD` never sets a cookie.
#[utoipa::path(get, path = "/api/v1/session", tag = "session",
    responses((status = 200, body = SessionInfo)))]
pub async fn session_info(State(state): State<AppState>, method: Method, headers: HeaderMap, session: Option<axum::Extension<Session>>) -> ApiResult<Response> {
    if let Some(axum::Extension(session)) = session {
        return Ok(Json(session_info_for(&state, &session).await?).into_response());
    }
    // A visitor who already holds a good token keeps it, so a second tab does not make the
    // first one's sign-in fail.
    let held = cookie_value(&headers, state.config.csrf_cookie_name()).filter(|t| state.signer.verifies(t));
    let token = held.unwrap_or_else(|| state.signer.sign(&random_token()));
    let info = SessionInfo { user: None, csrf_token: token.clone(), idle_timeout_secs: state.config.session_idle_secs as u64, ends_in_secs: None, device_key: None };
    let mut response = Json(info).into_response();
    if method != Method::HEAD {
        response.headers_mut().insert(header::SET_COOKIE, cookie(&state, state.config.csrf_cookie_name(), &token, None));
    }
    Ok(response)
}

/// Signs in with username and password. The session id is replaced (no fixation) and the
/// CSRF token with it.
#[utoipa::path(post, path = "/api/v1/session", tag = "session", request_body = SignInRequest,
    
    responses((status = 200, body = SessionInfo),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 429, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    headers: HeaderMap,
    old: Option<axum::Extension<Session>>,
    ApiJson(request): ApiJson<SignInRequest>,
) -> ApiResult<Response> {
    let errors = validate::sign_in(&request);
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let username = request.username.trim().to_lowercase();
    // Counted before the slow check, so parallel guesses cannot all slip through.
    let attempt = throttle::begin_sign_in(&state, &username, &client).await?;
    let checked = match verify_password(&state, &username, &request.password).await {
        Ok(checked) => checked,
        // Not a guess (the server was busy or failed): it must not count against the owner.
        Err(e) => {
            throttle::withdraw(&state, attempt).await?;
            return Err(e);
        }
    };
    let Some(account_id) = checked else {
        // The username as a keyed hash: enough to see a pattern, and no list of usernames
        // (they are guessable, first.last) turns it back without the portal's secret.
        tracing::warn!(target: "security", event = "sign-in-failed", user = state.signer.pseudonym(&username).as_str(), client, "wrong username or password");
        return Err(ApiError::new(ErrorCode::InvalidCredentials, "Wrong username or password"));
    };
    throttle::succeeded(&state, attempt).await?;
    // Always a new session id (no fixation); a session signed in before ends here.
    if let Some(axum::Extension(old)) = old {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(&old.token_hash).execute(&state.db).await?;
    }
    let (session, session_cookie) = start_session(&state, account_id, &device_of(&headers)).await?;
    tracing::info!(target: "security", event = "signed-in", account = account_id, client, session = &session.token_hash[..8], "signed in");
    let mut response = Json(session_info_for(&state, &session).await?).into_response();
    response.headers_mut().append(header::SET_COOKIE, session_cookie);
    response.headers_mut().append(header::SET_COOKIE, cookie(&state, state.config.csrf_cookie_name(), "", Some(0)));
    Ok(response)
}

/// Ends the session on the server; the old cookie is worthless afterwards, and the browser
/// is told to drop the site's cookies and cached answers.
#[utoipa::path(delete, path = "/api/v1/session", tag = "session",
    
    responses((status = 204)))]
pub async fn sign_out(State(state): State<AppState>, user: Person) -> ApiResult<Response> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(&user.token_hash).execute(&state.db).await?;
    rotate_device_key(&state, user.person_id).await?;
    tracing::info!(target: "security", event = "sign-out", account = user.person_id, session = &user.token_hash[..8], "signed out");
    Ok(signed_out(&state))
}

/// 204 with the session cookie deleted and `Clear-Site-Data` for cookies and cache, not
/// `"storage"`: that would also wipe the encrypted copies of other people on this browser,
/// which are theirs to keep. The app deletes this person's copies itself, and the key rotated
/// above makes any copy it could not reach unreadable for good.
fn signed_out(state: &AppState) -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(state, state.config.session_cookie_name(), "", Some(0)));
    response.headers_mut().insert("clear-site-data", HeaderValue::from_static("\"cache\", \"cookies\""));
    response
}

/// A session's public name: a prefix of its hash, which cannot be turned back into the cookie.
fn public_id(token_hash: &str) -> &str {
    &token_hash[..16]
}

/// The account's active sessions, the current one marked, most recently used first.
#[utoipa::path(get, path = "/api/v1/sessions", tag = "session", responses((status = 200, body = SessionList)))]
pub async fn sessions(State(state): State<AppState>, user: Person) -> ApiResult<Json<SessionList>> {
    let now = state.clock.unix();
    let rows: Vec<(String, Option<String>, i64, i64)> = sqlx::query_as(
        "SELECT token_hash, device, created_at, last_seen_at FROM sessions WHERE account_id = ? AND last_seen_at >= ? AND created_at >= ? \
         ORDER BY last_seen_at DESC",
    )
    .bind(user.person_id)
    .bind(now - state.config.session_idle_secs)
    .bind(now - state.config.session_absolute_secs)
    .fetch_all(&state.db)
    .await?;
    let time = |secs: i64| time::OffsetDateTime::from_unix_timestamp(secs).ok().and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok()).unwrap_or_default();
    let sessions = rows
        .into_iter()
        .map(|(hash, device, created, seen)| ActiveSession {
            id: public_id(&hash).to_owned(),
            device: device.unwrap_or_default(),
            started_at: time(created),
            last_seen_at: time(seen),
            current: hash == user.token_hash,
        })
        .collect();
    Ok(Json(SessionList { sessions }))
}

/// Signs out everywhere: every session of the account ends, this one too.
#[utoipa::path(delete, path = "/api/v1/sessions", tag = "session",
     responses((status = 204)))]
pub async fn sign_out_everywhere(State(state): State<AppState>, user: Person) -> ApiResult<Response> {
    let ended = sqlx::query("DELETE FROM sessions WHERE account_id = ?").bind(user.person_id).execute(&state.db).await?;
    rotate_device_key(&state, user.person_id).await?;
    tracing::info!(target: "security", event = "sign-out-everywhere", account = user.person_id, session = &user.token_hash[..8], ended = ended.rows_affected(), "signed out everywhere");
    Ok(signed_out(&state))
}

/// Ends one other session of the account, e.g. on a lost phone.
#[utoipa::path(delete, path = "/api/v1/sessions/{id}", tag = "session",
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn end_session(State(state): State<AppState>, user: Person, axum::extract::Path(id): axum::extract::Path<String>) -> ApiResult<StatusCode> {
    if id.len() != 16 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::not_found());
    }
    let result = sqlx::query("DELETE FROM sessions WHERE account_id = ? AND substr(token_hash, 1, 16) = ?").bind(user.person_id).bind(&id).execute(&state.db).await?;
    crate::error::deleted(result)
}

/// A short description of the browser and system from a User-Agent, e.g. "Firefox, Android".
fn device_of(headers: &HeaderMap) -> String {
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let browser = [("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari")]
        .iter()
        .find(|(mark, _)| agent.contains(mark))
        .map_or("", |(_, name)| *name);
    let system = [("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("Mac OS X", "macOS"), ("Linux", "Linux")]
        .iter()
        .find(|(mark, _)| agent.contains(mark))
        .map_or("", |(_, name)| *name);
    match (browser, system) {
        ("", "") => "unknown".to_owned(),
        (b, "") | ("", b) => b.to_owned(),
        (b, s) => format!("{b}, {s}"),
    }
}

/// Returns the account id when the password matches. Unknown usernames cost the same time as
/// known ones, so the answer's timing does not reveal which usernames exist.
async fn verify_password(state: &AppState, username: &str, password: &str) -> ApiResult<Option<i64>> {
    // Organisations do not sign in: people act for them under a mandate.
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, password_hash FROM accounts WHERE username = ? AND kind = 'person'")
        .bind(username)
        .fetch_optional(&state.db)
        .await?;
    let password = password.to_owned();
    let (id, stored) = match row {
        Some((id, hash)) => (Some(id), hash),
        None => (None, dummy_hash().to_owned()),
    };
    // Each check takes ~19 MiB and a core for a moment: a burst waits for a slot, briefly, and
    // is then told to come back rather than piling up.
    let wait = std::time::Duration::from_millis(state.config.hashing_wait_ms);
    let _permit = match tokio::time::timeout(wait, state.hashing.acquire()).await {
        Ok(permit) => permit.map_err(|_| ApiError::internal())?,
        Err(_) => {
            tracing::warn!(target: "security", event = "sign-in-busy", "every password-hashing slot is taken");
            return Err(ApiError::new(ErrorCode::Busy, "Too many sign-ins at once").retry_after(5));
        }
    };
    let matches = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
    })
    .await
    .unwrap_or(false);
    Ok(id.filter(|_| matches))
}

fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("not a real password"))
}

pub fn hash_password(password: &str) -> String {
    let salt = argon2::password_hash::SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 hashing").to_string()
}

/// Deletes timed-out sessions and expired drafts every few minutes, so neither grows without bound.
pub async fn sweep_expired(state: AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
    loop {
        tick.tick().await;
        let now = state.clock.unix();
        let result = sqlx::query("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")
            .bind(now - state.config.session_idle_secs)
            .bind(now - state.config.session_absolute_secs)
            .execute(&state.db)
            .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not sweep expired sessions");
        }
        if crate::throttle::sweep(&state).await.is_err() {
            tracing::warn!("could not sweep old sign-in counts");
        }
        match crate::drafts::delete_expired(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(drafts = n, "deleted applications past their keeping period"),
            Err(_) => tracing::warn!("could not sweep expired drafts"),
        }
    }
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
    fn constant_time_comparison() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
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

/// Signs values with a key kept in the database (so every instance shares it): the anonymous
/// CSRF token is `value.signature`, checked without storing anything. A second key names
/// people in the security log.
pub struct Signer {
    key: Vec<u8>,
    log_key: Vec<u8>,
}

impl Signer {
    /// The portal's signing key, created on first start.
    pub async fn load(db: &sqlx::SqlitePool) -> anyhow::Result<Signer> {
        let mut keys = Vec::new();
        for name in ["csrf", "log"] {
            sqlx::query("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING").bind(name).bind(random_token()).execute(db).await?;
            let (key,): (String,) = sqlx::query_as("SELECT value FROM secrets WHERE name = ?").bind(name).fetch_one(db).await?;
            keys.push(key.into_bytes());
        }
        let log_key = keys.pop().expect("two keys");
        Ok(Signer { key: keys.pop().expect("two keys"), log_key })
    }

    fn hmac(key: &[u8], value: &str) -> Vec<u8> {
        use hmac::Mac;
        let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).expect("any key length");
        mac.update(value.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    fn mac(&self, value: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Self::hmac(&self.key, value))
    }

    /// A name for someone in the security log: the same person always gets the same one, and
    /// without the portal's secret no list of usernames turns it back.
    pub fn pseudonym(&self, value: &str) -> String {
        hex(&Self::hmac(&self.log_key, value)[..6])
    }

    pub fn sign(&self, value: &str) -> String {
        format!("{value}.{}", self.mac(value))
    }

    pub fn verifies(&self, signed: &str) -> bool {
        signed.rsplit_once('.').is_some_and(|(value, mac)| constant_time_eq(mac.as_bytes(), self.mac(value).as_bytes()))
    }
}
