//! The reference portal: the JSON API guichet talks to, and the server for the built app.

pub mod auth;
pub mod cases;
pub mod clock;
pub mod config;
pub mod db;
pub mod documents;
pub mod drafts;
pub mod error;
pub mod filenames;
pub mod openapi;
pub mod pdf;
pub mod places;
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
    pub site: Arc<site::Site>,
    pub services: Arc<services::Services>,
}

/// Opens the database, runs the migrations, seeds the demo data when asked, and loads dist/.
pub async fn prepare(config: Config, clock: Clock) -> anyhow::Result<AppState> {
    // Broken service definitions stop the start here, before anything listens.
    let services = services::Services::embedded()?;
    let db = db::connect(&config.database_url).await?;
    if config.demo && seed::is_empty(&db).await? {
        tracing::info!("seeding the demo data");
        seed::demo(&db, &clock).await?;
    }
    services.sync(&db).await?;
    let site = site::Site::load(&config.dist_dir, config.public_origin_is_https())?;
    let hashing = Arc::new(tokio::sync::Semaphore::new(config.hashing_slots));
    Ok(AppState {
        hashing,
        db,
        config: Arc::new(config),
        clock,
        site: Arc::new(site),
        services: Arc::new(services),
    })
}

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/session", get(auth::session_info).post(auth::sign_in).delete(auth::sign_out))
        .route("/cases", get(cases::list))
        .route("/cases/{id}", get(cases::detail))
        .route("/documents/{id}", get(documents::meta))
        .route("/documents/{id}/content", get(documents::content))
        .route("/places", get(places::list))
        .route("/services", get(services::catalogue))
        .route("/services/{id}", get(services::definition))
        .route("/drafts", get(drafts::list).post(drafts::create))
        .route("/drafts/{id}", get(drafts::get).put(drafts::save).delete(drafts::delete))
        .route("/drafts/{id}/submission", get(drafts::submission).post(drafts::submit))
        .route("/drafts/{id}/files", axum::routing::post(uploads::upload))
        .route("/drafts/{id}/files/{file}", axum::routing::delete(uploads::remove))
        .fallback(error::api_not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), auth::session_layer))
        // A 1,000-case list is 340 KB of JSON; phones on slow networks get ~8% of that.
        .layer(tower_http::compression::CompressionLayer::new());

    Router::new()
        .nest("/api/v1", api)
        .route("/api/openapi.json", get(openapi::document))
        .fallback(site::serve)
        .layer(axum::middleware::from_fn_with_state(state.clone(), site::security_headers))
        .with_state(state)
}

/// Serves until the process is stopped. Expired sessions and drafts are swept in the background.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    tokio::spawn(auth::sweep_expired(state.clone()));
    axum::serve(listener, router(state).into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
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
