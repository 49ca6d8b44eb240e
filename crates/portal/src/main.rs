use guichet_portal::{prepare, serve, Clock, Config};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        // Colours only on a terminal: a log file or collector gets plain `key=value` lines.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let config = Config::from_env()?;
    if std::env::args().nth(1).as_deref() == Some("migrate-blobs") {
        let moved = guichet_portal::migrate_blobs(&config).await?;
        println!("moved the bytes of {moved} files into {}", config.object_store.url);
        return Ok(());
    }
    let address = format!("{}:{}", config.bind, config.port);
    let state = prepare(config, Clock::default()).await?;
    let listener = tokio::net::TcpListener::bind(&address).await?;
    tracing::info!("guichet portal listening on http://{}", listener.local_addr()?);
    serve(listener, state).await
}
