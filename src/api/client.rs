//! One function performs every request: credentials and CSRF header, JSON in and out,
//! problem+json parsed, HTTP status mapped to a typed error, and the request aborted when the
//! reactive scope that started it is cleaned up (e.g. the citizen navigated away).

use super::json;
use guichet_model::problem::{ErrorCode, FieldError, Problem, CSRF_HEADER};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestCredentials, RequestInit, Response};

/// What a failed request means to the app. The words for each are the interface's to choose
/// (`message_id`, beside the messages), so this layer names none.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer: offline, DNS, connection reset. Worth retrying.
    Network,
    /// No answer within `REQUEST_TIMEOUT`: a very slow network or server. Worth retrying.
    Timeout,
    /// The session is missing or expired: sign in again, then come back.
    SignInRequired,
    /// The id does not exist or belongs to someone else.
    NotFound,
    /// The server checked the fields and refused them; each error has a code.
    Invalid(Vec<FieldError>),
    /// Refused for a stated reason: wrong password, CSRF, conflict, too many attempts.
    Refused(ErrorCode),
    /// A 5xx or an answer the app cannot read. Worth retrying.
    Server,
}

impl ApiError {
    /// Whether trying the same request again may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, ApiError::Network | ApiError::Timeout | ApiError::Server)
    }
}

/// How long a request may wait for the server's answer before the citizen is offered a retry:
/// long enough for a slow mobile network, short enough not to leave a skeleton up for good.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

thread_local! {
    static CSRF_TOKEN: RefCell<String> = const { RefCell::new(String::new()) };
    static ON_SIGN_IN_REQUIRED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    static ON_SESSION_ACTIVITY: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    static ON_MANDATE_ENDED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Remembers the session's CSRF token for all later state-changing requests.
pub(crate) fn set_csrf_token(token: &str) {
    CSRF_TOKEN.with(|t| *t.borrow_mut() = token.to_owned());
}

pub(crate) fn has_csrf_token() -> bool {
    CSRF_TOKEN.with(|t| !t.borrow().is_empty())
}

/// Called whenever the server answers 401 for an expired session, so the app can send the
/// citizen to sign in and back.
pub fn on_sign_in_required(callback: impl Fn() + 'static) {
    ON_SIGN_IN_REQUIRED.with(|c| *c.borrow_mut() = Some(Rc::new(callback)));
}

/// Called when the server refuses a request because the mandate the session acted under was
/// withdrawn: whatever page is open, the header must stop naming the organisation.
pub fn on_mandate_ended(callback: impl Fn() + 'static) {
    ON_MANDATE_ENDED.with(|c| *c.borrow_mut() = Some(Rc::new(callback)));
}

/// Called after every answered API request: the server has restarted the session's idle clock.
pub fn on_session_activity(callback: impl Fn() + 'static) {
    ON_SESSION_ACTIVITY.with(|c| *c.borrow_mut() = Some(Rc::new(callback)));
}

pub(crate) async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    typed(send_for_json("GET", path, None, &[]).await)
}

/// The request and the browser's parse of its answer, one function for every answer type: only
/// the conversion to a Rust type (`typed`) is generic, so each type adds its conversion alone.
async fn send_for_json(method: &str, path: &str, body: Option<String>, headers: &[(&str, &str)]) -> Result<JsValue, ApiError> {
    read_json(send(method, path, body, headers).await?).await
}

/// The answer's body, parsed by the browser; an unreadable one is the server's fault.
async fn read_json(response: Response) -> Result<JsValue, ApiError> {
    match response.json() {
        Ok(promise) => JsFuture::from(promise).await.map_err(|_| ApiError::Server),
        Err(_) => Err(ApiError::Server),
    }
}

fn typed<T: DeserializeOwned>(value: Result<JsValue, ApiError>) -> Result<T, ApiError> {
    json::from_js(value?).ok_or(ApiError::Server)
}

pub(crate) async fn post<T: DeserializeOwned>(path: &str, body: &impl serde::Serialize) -> Result<T, ApiError> {
    let body = json::to_string(body).ok_or(ApiError::Server)?;
    typed(send_for_json("POST", path, Some(body), &[]).await)
}

/// A POST without a body whose answer has none either (204).
pub(crate) async fn post_empty(path: &str) -> Result<(), ApiError> {
    send("POST", path, None, &[]).await.map(|_| ())
}

/// A POST without a body that must happen at most once: the server answers a repeated
/// `Idempotency-Key` with the first result.
pub(crate) async fn post_once<T: DeserializeOwned>(path: &str, idempotency_key: &str) -> Result<T, ApiError> {
    typed(send_for_json("POST", path, None, &[("idempotency-key", idempotency_key)]).await)
}

pub(crate) async fn put<T: DeserializeOwned>(path: &str, body: &impl serde::Serialize) -> Result<T, ApiError> {
    let body = json::to_string(body).ok_or(ApiError::Server)?;
    typed(send_for_json("PUT", path, Some(body), &[]).await)
}

pub(crate) async fn delete(path: &str) -> Result<(), ApiError> {
    send("DELETE", path, None, &[]).await.map(|_| ())
}

/// A static file of the app (e.g. a locale), fetched as text.
pub(crate) async fn get_text(path: &str) -> Result<String, ApiError> {
    let response = send("GET", path, None, &[]).await?;
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    text.ok_or(ApiError::Network)
}

/// `path` goes out exactly as given: the server's preload hints name the same strings.
async fn send(method: &str, path: &str, body: Option<String>, headers: &[(&str, &str)]) -> Result<Response, ApiError> {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let on_timeout = controller.clone();
    let controller = SendWrapper::new(controller);
    on_cleanup(move || {
        if let Some(controller) = controller.take() {
            controller.abort();
        }
    });
    let timed_out = Rc::new(std::cell::Cell::new(false));
    let timer = {
        let timed_out = timed_out.clone();
        leptos::prelude::set_timeout_with_handle(
            move || {
                timed_out.set(true);
                if let Some(controller) = on_timeout {
                    controller.abort();
                }
            },
            REQUEST_TIMEOUT,
        )
        .ok()
    };

    let request_headers = Headers::new().map_err(|_| ApiError::Server)?;
    let csrf = (method != "GET").then(|| CSRF_TOKEN.with(|t| t.borrow().clone()));
    let content_type = body.as_ref().map(|_| "application/json");
    for (name, value) in [("accept", Some("application/json")), (CSRF_HEADER, csrf.as_deref()), ("content-type", content_type)]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .chain(headers.iter().copied())
    {
        request_headers.append(name, value).map_err(|_| ApiError::Server)?;
    }
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_signal(signal.as_ref());
    init.set_headers(&request_headers);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(&body));
    }
    let fetched = match web_sys::window() {
        Some(window) => JsFuture::from(window.fetch_with_str_and_init(path, &init)).await,
        None => Err(JsValue::NULL),
    };
    if let Some(timer) = timer {
        timer.clear();
    }
    let response: Response = fetched.map_err(|_| if timed_out.get() { ApiError::Timeout } else { ApiError::Network })?.unchecked_into();
    if response.ok() {
        if path.starts_with("/api/") {
            session_was_active();
        }
        return Ok(response);
    }
    let status = response.status();
    let problem: Option<Problem> = typed(read_json(response).await).ok();
    Err(error_for(status, problem))
}

/// What a refused request means, from its status and problem body. A 401 also tells the app
/// that the session ended, and `mandate-ended` that it now acts for the person.
fn error_for(status: u16, problem: Option<Problem>) -> ApiError {
    let error = match (status, problem.map(|p| (p.code, p.errors))) {
        (_, Some((_, errors))) if !errors.is_empty() => ApiError::Invalid(errors),
        (_, Some((ErrorCode::Unauthenticated, _))) | (401, None) => ApiError::SignInRequired,
        (_, Some((ErrorCode::NotFound, _))) | (404, None) => ApiError::NotFound,
        (_, Some((ErrorCode::Internal | ErrorCode::Busy, _))) => ApiError::Server,
        (_, Some((code, _))) => ApiError::Refused(code),
        (400..=499, None) => ApiError::Refused(ErrorCode::Forbidden),
        _ => ApiError::Server,
    };
    if error == ApiError::SignInRequired {
        // The token belonged to the ended session; the next sign-in fetches a fresh one.
        set_csrf_token("");
        if let Some(callback) = ON_SIGN_IN_REQUIRED.with(|c| c.borrow().clone()) {
            callback();
        }
    }
    if error == ApiError::Refused(ErrorCode::MandateEnded) {
        if let Some(callback) = ON_MANDATE_ENDED.with(|c| c.borrow().clone()) {
            callback();
        }
    }
    error
}

fn session_was_active() {
    if let Some(callback) = ON_SESSION_ACTIVITY.with(|c| c.borrow().clone()) {
        callback();
    }
}

/// Sends a file as the request body and reports progress (0.0 to 1.0) while it goes out.
/// `fetch` cannot report upload progress, so this one request uses `XMLHttpRequest`; headers,
/// errors and the abort on cleanup are the same as for every other request.
pub(crate) async fn upload<T: DeserializeOwned>(path: &str, file: &web_sys::Blob, on_progress: impl Fn(f64) + 'static) -> Result<T, ApiError> {
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| ApiError::Server)?;
    xhr.open("POST", path).map_err(|_| ApiError::Server)?;
    let content_type = Some(file.type_()).filter(|t| !t.is_empty()).unwrap_or_else(|| "application/octet-stream".to_owned());
    for (name, value) in [("accept", "application/json".to_owned()), ("content-type", content_type), (CSRF_HEADER, CSRF_TOKEN.with(|t| t.borrow().clone()))] {
        xhr.set_request_header(name, &value).map_err(|_| ApiError::Server)?;
    }
    let progress = Closure::<dyn Fn(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
        if event.length_computable() && event.total() > 0.0 {
            on_progress(event.loaded() / event.total());
        }
    });
    if let Ok(target) = xhr.upload() {
        target.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    let finished = js_sys::Promise::new(&mut |resolve, _| xhr.set_onloadend(Some(&resolve)));
    let aborter = SendWrapper::new(xhr.clone());
    on_cleanup(move || {
        let _ = aborter.abort();
    });
    xhr.send_with_opt_blob(Some(file)).map_err(|_| ApiError::Network)?;
    let _ = wasm_bindgen_futures::JsFuture::from(finished).await;
    drop(progress);
    let status = xhr.status().unwrap_or(0);
    let body = xhr.response_text().ok().flatten().unwrap_or_default();
    match status {
        // No answer at all: offline, or the connection broke.
        0 => Err(ApiError::Network),
        200..=299 => {
            session_was_active();
            json::parse(&body).ok_or(ApiError::Server)
        }
        _ => Err(error_for(status, json::parse(&body))),
    }
}
