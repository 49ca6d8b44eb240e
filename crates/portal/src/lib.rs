//! The reference portal: the JSON API guichet talks to, and the server for the built app.
//!
//! # Layout
//! Floors that import downwards only, from HTTP to the model crate:
//! - `http/`: one module per resource with its handlers, `router()` in `http/mod.rs`;
//!   `extract.rs` (SignedIn, Person, ApiJson, ContentLang, ClientAddress), `middleware.rs`
//!   (session and CSRF layer, access log, time limit, problem+json), `connections.rs`.
//! - `domain/`: what the portal decides: submission, receipts, drafts' rules, sign-in limits,
//!   quotas, file types, services, places, and the server's words for citizens.
//! - `store/`: every query, one write path per table, ids and hashes, localised texts.
//! - `demo/`: the demo data; only start-up (`prepare`) imports it.
//! - Beside them: `pdf/` (documents), `site.rs` (the built app), `openapi.rs`, `jobs.rs`
//!   (the sweeper), and the leaves every floor may use: `config.rs`, `clock.rs`, `error.rs`.

pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod error;
pub mod http;
pub mod jobs;
pub mod openapi;
pub mod pdf;
pub mod site;
pub mod store;

use std::sync::Arc;
use tokio::net::TcpListener;

pub use clock::Clock;
pub use config::Config;
pub use http::router;

#[derive(Clone)]
pub struct AppState {
    pub db: store::Db,
    /// The bytes of documents and uploads.
    pub objects: store::objects::Objects,
    pub config: Arc<Config>,
    pub clock: Clock,
    /// Slots for password checks, which cost memory and a core each.
    pub hashing: Arc<tokio::sync::Semaphore>,
    pub signer: Arc<domain::signer::Signer>,
    pub site: Arc<site::Site>,
    pub services: Arc<domain::services::Services>,
    /// The API's share per client and its shared slots (see `http::connections`).
    pub api_admission: Arc<http::connections::ApiAdmission>,
}

/// Opens the database, runs the migrations, seeds the demo data when asked, and loads dist/.
pub async fn prepare(config: Config, clock: Clock) -> anyhow::Result<AppState> {
    // Broken service definitions stop the start here, before anything listens.
    let services = domain::services::Services::embedded()?;
    let db = store::Db::connect(&config.database_url).await?;
    let objects = store::objects::Objects::open(&config.object_store).await?;
    domain::texts::store_status_labels(&db).await?;
    if config.demo && store::accounts::is_empty(&db).await? {
        tracing::info!("seeding the demo data");
        demo::seed(&db, &objects, &clock, config.demo_large).await?;
    }
    let remaining = store::legacy_blobs::remaining(&db).await?;
    if remaining > 0 {
        tracing::warn!(remaining, "files still have their bytes in the database: run `guichet-portal migrate-blobs` to move them to the object store");
    }
    services.sync(&db).await?;
    let site = site::Site::load(&config.dist_dir, config.public_origin_is_https())?;
    let hashing = Arc::new(tokio::sync::Semaphore::new(config.hashing_slots));
    let signer = Arc::new(domain::signer::Signer::load(&db).await?);
    Ok(AppState {
        api_admission: Arc::new(http::connections::ApiAdmission::new(&config.limits)),
        hashing,
        signer,
        db,
        objects,
        config: Arc::new(config),
        clock,
        site: Arc::new(site),
        services: Arc::new(services),
    })
}

/// `guichet-portal migrate-blobs`: moves the bytes that files written before the object store
/// still keep in the database into the store named by the configuration.
pub async fn migrate_blobs(config: &Config) -> anyhow::Result<u64> {
    let db = store::Db::connect(&config.database_url).await?;
    let objects = store::objects::Objects::open(&config.object_store).await?;
    let moved = store::legacy_blobs::move_all(&db, &objects).await?;
    db.close().await;
    Ok(moved)
}

/// Serves until the process is stopped. Expired sessions and drafts are swept in the background.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    tokio::spawn(jobs::sweep_expired(state.clone()));
    http::connections::serve_until(listener, state, shutdown_signal()).await
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
