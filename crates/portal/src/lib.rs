//! The reference portal: the JSON API guichet talks to, and the server for the built app.

pub mod auth;
pub mod backoffice;
pub mod cases;
pub mod clock;
pub mod config;
pub mod connections;
pub mod db;
pub mod documents;
pub mod drafts;
pub mod error;
pub mod file_types;
pub mod filenames;
pub mod messages;
pub mod openapi;
pub mod pdf;
pub mod places;
pub mod quotas;
pub mod receipts;
pub mod seed;
pub mod services;
pub mod site;
pub mod submission;
pub mod throttle;
pub mod uploads;

use axum::routing::get;
use axum::Router;
use std::sync::Arc;
use tokio::net::TcpListener;

pub use clock::Clock;
pub use config::Config;

#[derive(Clone)]
pub struct AppState {
    pub db: sqlx::SqlitePool,
    pub config: Arc<Config>,
    pub clock: Clock,
    /// Slots for password checks, which cost memory and a core each.
    pub hashing: Arc<tokio::sync::Semaphore>,
    pub signer: Arc<auth::Signer>,
    pub site: Arc<site::Site>,
    pub services: Arc<services::Services>,
    /// The API's share per client and its shared slots (see `connections`).
    pub api_admission: Arc<connections::ApiAdmission>,
}

/// Opens the database, runs the migrations, seeds the demo data when asked, and loads dist/.
pub async fn prepare(config: Config, clock: Clock) -> anyhow::Result<AppState> {
    // Broken service definitions stop the start here, before anything listens.
    let services = services::Services::embedded()?;
    let db = db::connect(&config.database_url).await?;
    if config.demo && seed::is_empty(&db).await? {
        tracing::info!("seeding the demo data");
        seed::demo(&db, &clock, config.demo_large).await?;
    }
    services.sync(&db).await?;
    let site = site::Site::load(&config.dist_dir, config.public_origin_is_https())?;
    let hashing = Arc::new(tokio::sync::Semaphore::new(config.hashing_slots));
    let signer = Arc::new(auth::Signer::load(&db).await?);
    Ok(AppState {
        api_admission: Arc::new(connections::ApiAdmission::new(&config.limits)),
        hashing,
        signer,
        db,
        config: Arc::new(config),
        clock,
        site: Arc::new(site),
        services: Arc::new(services),
    })
}

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
    let s = |methods: axum::routing::MethodRouter<AppState>| methods.route_layer(from_fn_with_state(state.clone(), auth::session_layer));
    let json = Router::new()
        .route("/session", s(get(auth::session_info).post(auth::sign_in).delete(auth::sign_out)))
        .route("/session/party", s(put(auth::choose_party)))
        .route("/sessions", s(get(auth::sessions).delete(auth::sign_out_everywhere)))
        .route("/sessions/{id}", s(delete(auth::end_session)))
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
        .layer(from_fn(move |r, n| error::time_limit(limit, r, n)));
    // An upload from a phone on a slow network may take minutes; its size is checked as it comes.
    let uploads = Router::new()
        .route("/drafts/{id}/files", s(post(uploads::upload)))
        .route("/cases/{id}/documents", s(post(messages::add_document)))
        .layer(from_fn(move |r, n| error::time_limit(limit * UPLOAD_TIME_FACTOR, r, n)));
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
        .fallback(error::api_not_found)
        .layer(from_fn(error::problems_only))
        .layer(from_fn(move |r, n| error::time_limit(limit, r, n)))
        .layer(from_fn_with_state(state.clone(), connections::admit_api))
        .layer(from_fn_with_state(state.clone(), auth::access_log));
    let api = json
        .merge(uploads)
        .fallback(error::api_not_found)
        .layer(from_fn(error::problems_only))
        // Only the API waits for slots: static files and the app are served from memory.
        .layer(from_fn_with_state(state.clone(), connections::admit_api))
        .layer(from_fn_with_state(state.clone(), auth::access_log))
        // A 1,000-case list is 340 KB of JSON; phones on slow networks get ~8% of that.
        .layer(tower_http::compression::CompressionLayer::new());

    Router::new()
        .nest("/api/v1", api)
        .nest("/api/backoffice/v1", backoffice)
        .route("/api/openapi.json", get(openapi::document).layer(from_fn(error::problems_only)))
        .fallback(site::serve)
        .layer(from_fn_with_state(state.clone(), site::security_headers))
        .with_state(state)
}

/// Uploads may take this many times the request time limit.
const UPLOAD_TIME_FACTOR: u32 = 6;

/// Serves until the process is stopped. Expired sessions and drafts are swept in the background.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    tokio::spawn(auth::sweep_expired(state.clone()));
    connections::serve_until(listener, state, shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
