//! The portal's HTTP side: one module per resource with its handlers, the extractors, the
//! layers, and the server's accept loop. Handlers decide through `domain` and read and write
//! through `store`.

pub mod backoffice;
pub mod cases;
pub mod connections;
pub mod documents;
pub mod drafts;
pub mod extract;
pub mod messages;
pub mod middleware;
pub mod places;
pub mod probes;
pub mod services;
pub mod session;
pub mod uploads;

use crate::AppState;
use axum::routing::get;
use axum::Router;

/// Bodies of JSON requests: a sign-in or a new draft is far below this.
const JSON_BODY_LIMIT: usize = 16 * 1024;
/// A draft's answers: 500 answers of up to 4,000 characters fit with room to spare.
const DRAFT_BODY_LIMIT: usize = 2 * 1024 * 1024;

pub fn router(state: AppState) -> Router {
    use axum::extract::DefaultBodyLimit;
    use axum::middleware::{from_fn, from_fn_with_state};
    use axum::routing::{delete, post, put};
    let limit = std::time::Duration::from_secs(state.config.request_timeout_secs);
    // Sessions and CSRF where a route and method match (so a wrong method gets its 405 first).
    let s = |methods: axum::routing::MethodRouter<AppState>| methods.route_layer(from_fn_with_state(state.clone(), middleware::session_layer));
    let json = Router::new()
        .route("/session", s(get(session::session_info).post(session::sign_in).delete(session::sign_out)))
        .route("/session/party", s(put(session::choose_party)))
        .route("/sessions", s(get(session::sessions).delete(session::sign_out_everywhere)))
        .route("/sessions/{id}", s(delete(session::end_session)))
        .route("/cases", s(get(cases::list)))
        .route("/cases/{id}", s(get(cases::detail)))
        .route("/cases/{id}/messages", s(post(messages::reply)))
        .route("/messages", s(get(messages::inbox)))
        .route("/messages/{id}/read", s(post(messages::mark_read)))
        .route("/documents", s(get(documents::overview)))
        .route("/documents/{id}", s(get(documents::meta)))
        .route("/documents/{id}/content", s(get(documents::content)))
        .route("/places", s(get(places::list)))
        .route("/services", s(get(services::catalogue)))
        .route("/services/{id}", s(get(services::definition)))
        .route("/drafts", s(get(drafts::list).post(drafts::create)))
        .route("/drafts/{id}", s(get(drafts::get).put(drafts::save).layer(DefaultBodyLimit::max(DRAFT_BODY_LIMIT)).delete(drafts::delete)))
        .route("/drafts/{id}/submission", s(get(drafts::submission).post(drafts::submit)))
        .route("/drafts/{id}/files/{file}", s(delete(uploads::remove)))
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .layer(from_fn(move |r, n| middleware::time_limit(limit, r, n)));
    // An upload from a phone on a slow network may take minutes; its size is checked as it comes.
    let uploads = Router::new()
        .route("/drafts/{id}/files", s(post(uploads::upload)))
        .route("/cases/{id}/documents", s(post(messages::add_document)))
        .layer(from_fn(move |r, n| middleware::time_limit(limit * UPLOAD_TIME_FACTOR, r, n)));
    // The authorities' side: its own token, no citizen session, no CSRF (no cookies are used).
    let backoffice = Router::new()
        .route("/cases/{reference}/status", post(backoffice::change_status))
        .route("/cases/{reference}/action", post(backoffice::request_action))
        .route("/cases/{reference}/documents", post(backoffice::deliver_document).layer(DefaultBodyLimit::max(backoffice::DOCUMENT_BODY_LIMIT)))
        .route("/cases/{reference}/messages", post(backoffice::send_message))
        .route("/mandates", post(backoffice::grant_mandate))
        .route("/mandates/withdrawal", post(backoffice::withdraw_mandate))
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .route_layer(from_fn_with_state(state.clone(), backoffice::authorised))
        .fallback(middleware::api_not_found)
        .layer(from_fn(middleware::problems_only))
        .layer(from_fn(move |r, n| middleware::time_limit(limit, r, n)))
        .layer(from_fn_with_state(state.clone(), connections::admit_api))
        .layer(from_fn_with_state(state.clone(), middleware::access_log));
    let api = json
        .merge(uploads)
        .fallback(middleware::api_not_found)
        .layer(from_fn(middleware::problems_only))
        // Only the API waits for slots: static files and the app are served from memory.
        .layer(from_fn_with_state(state.clone(), connections::admit_api))
        .layer(from_fn_with_state(state.clone(), middleware::access_log))
        // A 1,000-case list is 340 KB of JSON; phones on slow networks get ~8% of that.
        .layer(tower_http::compression::CompressionLayer::new());

    Router::new()
        .nest("/api/v1", api)
        .nest("/api/backoffice/v1", backoffice)
        .route("/api/openapi.json", get(crate::openapi::document).layer(from_fn(middleware::problems_only)))
        .route("/health", get(probes::health))
        .route("/ready", get(probes::ready))
        .fallback(crate::site::serve)
        .layer(from_fn_with_state(state.clone(), crate::site::security_headers))
        .with_state(state)
}

/// Uploads may take this many times the request time limit.
const UPLOAD_TIME_FACTOR: u32 = 6;
