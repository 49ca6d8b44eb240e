//! Signing in and out, whom a session acts for, and the person's sessions (backend-for-frontend:
//! the browser only holds an HttpOnly cookie).
//!
//! Sign-in is split in two: `passwords::verify` proves who someone is, `start_session` makes
//! them signed in. An OIDC callback (e.g. AGOV) replaces only the first half.

use super::extract::{ApiJson, ClientAddress, Person, Session};
use super::middleware::{cookie_value, hash_token};
use crate::domain::{passwords, throttle};
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::random_token};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use guichet_model::api::{AccountKind, ActiveSession, DeviceKey, MandateScope, Me, Party, PartyChoice, SessionInfo, SessionList, SignInRequest};
use guichet_model::problem::ErrorCode;
use guichet_model::{validate, Lang};

/// Creates a signed-in session and returns it with its cookie.
pub async fn start_session(state: &AppState, account_id: i64, device: &str) -> ApiResult<(Session, HeaderValue)> {
    let token = random_token();
    let now = state.clock.unix();
    let session = Session {
        token_hash: hash_token(&token),
        account_id: Some(account_id),
        csrf_token: random_token(),
        created_at: now,
        acting_for: None,
        mandate_ended: false,
    };
    store::sessions::insert(&state.db, &session.token_hash, account_id, &session.csrf_token, now, device).await?;
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
    let device_key = match session.account_id {
        Some(person_id) => {
            let (account, key) = store::device_keys::get_or_create(&state.db, person_id).await?;
            Some(DeviceKey { account, key })
        }
        None => None,
    };
    Ok(SessionInfo {
        user,
        csrf_token: session.csrf_token.clone(),
        idle_timeout_secs: state.config.session_idle_secs as u64,
        ends_in_secs: session.account_id.map(|_| (session.created_at + state.config.session_absolute_secs - state.clock.unix()).max(0) as u64),
        device_key,
    })
}

async fn me(state: &AppState, account_id: i64, acting_for: Option<i64>) -> ApiResult<Me> {
    let profile = store::accounts::profile(&state.db, account_id).await?;
    let mut mandates = Vec::new();
    let mut acting = None;
    for (id, uid, name, scope) in store::mandates::of_person(&state.db, account_id).await? {
        let party = Party { uid: uid.unwrap_or_default(), name, scope: MandateScope::parse(&scope).unwrap_or(MandateScope::Read) };
        if acting_for == Some(id) {
            acting = Some(party.clone());
        }
        if !mandates.iter().any(|p: &Party| p.uid == party.uid) {
            mandates.push(party);
        }
    }
    Ok(Me {
        username: profile.username,
        display_name: profile.display_name,
        kind: if profile.kind == "organisation" { AccountKind::Organisation } else { AccountKind::Person },
        preferred_lang: Lang::parse(&profile.preferred_lang).unwrap_or(Lang::REFERENCE),
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
pub async fn choose_party(
    State(state): State<AppState>,
    person: Person,
    axum::Extension(session): axum::Extension<Session>,
    ApiJson(choice): ApiJson<PartyChoice>,
) -> ApiResult<Response> {
    let acting_for = match &choice.uid {
        None => None,
        Some(uid) => {
            let Some((organisation, scope)) = store::mandates::for_organisation(&state.db, person.person_id, uid).await? else {
                tracing::warn!(target: "security", event = "mandate-missing", person = person.person_id, "asked to act for an organisation without a mandate");
                return Err(ApiError::not_found());
            };
            Some((organisation, MandateScope::parse(&scope).unwrap_or(MandateScope::Read)))
        }
    };
    let token = random_token();
    let rotated = Session { token_hash: hash_token(&token), csrf_token: random_token(), acting_for, ..session };
    let changed = store::sessions::rotate(&state.db, &person.token_hash, &rotated.token_hash, &rotated.csrf_token, acting_for.map(|(o, _)| o)).await?;
    // Ended meanwhile (signed out in another tab): nothing to switch.
    if !changed {
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
    let info =
        SessionInfo { user: None, csrf_token: token.clone(), idle_timeout_secs: state.config.session_idle_secs as u64, ends_in_secs: None, device_key: None };
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
    let checked = match passwords::verify(&state, &username, &request.password).await {
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
        store::sessions::delete(&state.db, &old.token_hash).await?;
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
    store::sessions::delete(&state.db, &user.token_hash).await?;
    store::device_keys::rotate(&state.db, user.person_id).await?;
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
    let rows = store::sessions::active_of(&state.db, user.person_id, now - state.config.session_idle_secs, now - state.config.session_absolute_secs).await?;
    let time = |secs: i64| {
        time::OffsetDateTime::from_unix_timestamp(secs).ok().and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok()).unwrap_or_default()
    };
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
    let ended = store::sessions::delete_all_of(&state.db, user.person_id).await?;
    store::device_keys::rotate(&state.db, user.person_id).await?;
    tracing::info!(target: "security", event = "sign-out-everywhere", account = user.person_id, session = &user.token_hash[..8], ended, "signed out everywhere");
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
    super::extract::deleted(store::sessions::delete_by_public_id(&state.db, user.person_id, &id).await?)
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
