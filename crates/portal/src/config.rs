//! Configuration from environment variables, with defaults for running on one machine.

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `GUICHET_DATABASE_URL`, default `sqlite://<GUICHET_DATA_DIR or data>/guichet.db`.
    pub database_url: String,
    /// `GUICHET_BIND`, default `127.0.0.1`.
    pub bind: String,
    /// `GUICHET_PORT`, default 8080.
    pub port: u16,
    /// `GUICHET_DIST`: the built app, default `dist`.
    pub dist_dir: PathBuf,
    /// `GUICHET_DEMO=1`: seed the demo accounts and cases into an empty database.
    pub demo: bool,
    /// `GUICHET_SESSION_IDLE_SECS`, default 30 minutes.
    pub session_idle_secs: i64,
    /// `GUICHET_SESSION_ABSOLUTE_SECS`, default 12 hours.
    pub session_absolute_secs: i64,
    /// `GUICHET_PUBLIC_ORIGIN`, e.g. `https://my.lu.ch`: on https, cookies get `__Host-` and
    /// `Secure`, and HSTS is sent.
    pub public_origin: Option<String>,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let data_dir = PathBuf::from(var("GUICHET_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("GUICHET_DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("guichet.db").display()));
        let number = |name: &str, default: i64| -> anyhow::Result<i64> {
            var(name).map(|v| v.parse().map_err(|_| anyhow::anyhow!("{name} must be a number"))).unwrap_or(Ok(default))
        };
        Ok(Config {
            database_url,
            bind: var("GUICHET_BIND").unwrap_or_else(|| "127.0.0.1".into()),
            port: number("GUICHET_PORT", 8080)? as u16,
            dist_dir: PathBuf::from(var("GUICHET_DIST").unwrap_or_else(|| "dist".into())),
            demo: matches!(var("GUICHET_DEMO").as_deref(), Some("1" | "true" | "yes")),
            session_idle_secs: number("GUICHET_SESSION_IDLE_SECS", 30 * 60)?,
            session_absolute_secs: number("GUICHET_SESSION_ABSOLUTE_SECS", 12 * 60 * 60)?,
            public_origin: var("GUICHET_PUBLIC_ORIGIN"),
        })
    }

    pub fn public_origin_is_https(&self) -> bool {
        self.public_origin.as_deref().is_some_and(|o| o.starts_with("https://"))
    }

    /// The session cookie's name: `__Host-` requires Secure, so only on https.
    pub fn session_cookie_name(&self) -> &'static str {
        if self.public_origin_is_https() {
            "__Host-guichet-session"
        } else {
            "guichet-session"
        }
    }
}
