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
    /// `Secure`, and HSTS is sent. State-changing requests must come from this origin.
    pub public_origin: Option<String>,
    /// `GUICHET_DEV_ORIGIN`, e.g. `http://127.0.0.1:8081`: a development proxy (`trunk serve`)
    /// whose pages may also change state. Never set in production.
    pub dev_origin: Option<String>,
    /// `GUICHET_TRUSTED_PROXY_HEADER`, e.g. `x-forwarded-for`: the header in which the
    /// portal's own reverse proxy names the client's address (its last entry). Without it the
    /// peer address counts, so a client cannot choose its own address.
    pub trusted_proxy_header: Option<String>,
    /// `GUICHET_DEMO_ON_PUBLIC_ORIGIN=1`: the second opt-in that demo accounts, whose password
    /// is public, need on an https origin.
    pub demo_on_public_origin: bool,
    /// `GUICHET_HASHING_SLOTS`, default 4: password checks at once.
    pub hashing_slots: usize,
    /// `GUICHET_HASHING_WAIT_MS`, default 2000: how long a sign-in waits for a slot before 503.
    pub hashing_wait_ms: u64,
    /// `GUICHET_REQUEST_TIMEOUT_SECS`, default 20: the longest a request may take, its body
    /// included (uploads get six times as long).
    pub request_timeout_secs: u64,
    /// `GUICHET_BACKOFFICE_TOKEN`: the bearer token of the authorities' API
    /// (`/api/backoffice/v1`), at least 32 characters; unset, that API answers 404.
    pub backoffice_token: Option<String>,
    /// `GUICHET_DEMO_LARGE`: the demo data also holds an organisation with 100,000 cases, for
    /// benchmarks (seeding takes a while).
    pub demo_large: bool,
    /// Connection, header-time and API-slot limits per client and in total.
    pub limits: Limits,
    /// What one account may keep: open drafts, files, bytes, replies a day.
    pub quotas: Quotas,
    /// Where the bytes of documents and uploads are kept.
    pub object_store: ObjectStoreConfig,
}

/// The object store of documents and uploads.
#[derive(Clone, Debug, Default)]
pub struct ObjectStoreConfig {
    /// `GUICHET_OBJECT_STORE`, default `file://<GUICHET_DATA_DIR or data>/objects`: a folder
    /// (`file:///var/lib/guichet/objects`) or an S3 bucket with an optional prefix
    /// (`s3://guichet/documents`). For S3, the `AWS_*` variables are read as well.
    pub url: String,
    /// `GUICHET_S3_ENDPOINT`, e.g. `http://127.0.0.1:8333`: an S3-compatible store's address.
    pub endpoint: Option<String>,
    /// `GUICHET_S3_ACCESS_KEY_ID`.
    pub access_key_id: Option<String>,
    /// `GUICHET_S3_SECRET_ACCESS_KEY`.
    pub secret_access_key: Option<String>,
    /// `GUICHET_S3_REGION`, default `us-east-1`.
    pub region: Option<String>,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let data_dir = PathBuf::from(var("GUICHET_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("GUICHET_DATABASE_URL").unwrap_or_else(|| format!("sqlite://{}", data_dir.join("guichet.db").display()));
        let flag = |name: &str| matches!(var(name).as_deref(), Some("1" | "true" | "yes"));
        let number = |name: &str, default: i64| -> anyhow::Result<i64> {
            var(name).map(|v| v.parse().map_err(|_| anyhow::anyhow!("{name} must be a number"))).unwrap_or(Ok(default))
        };
        Config {
            database_url,
            bind: var("GUICHET_BIND").unwrap_or_else(|| "127.0.0.1".into()),
            port: number("GUICHET_PORT", 8080)? as u16,
            dist_dir: PathBuf::from(var("GUICHET_DIST").unwrap_or_else(|| "dist".into())),
            demo: flag("GUICHET_DEMO"),
            session_idle_secs: number("GUICHET_SESSION_IDLE_SECS", 30 * 60)?,
            session_absolute_secs: number("GUICHET_SESSION_ABSOLUTE_SECS", 12 * 60 * 60)?,
            public_origin: var("GUICHET_PUBLIC_ORIGIN").map(|o| o.trim_end_matches('/').to_owned()),
            dev_origin: var("GUICHET_DEV_ORIGIN").map(|o| o.trim_end_matches('/').to_owned()),
            trusted_proxy_header: var("GUICHET_TRUSTED_PROXY_HEADER").map(|h| h.to_ascii_lowercase()),
            demo_on_public_origin: flag("GUICHET_DEMO_ON_PUBLIC_ORIGIN"),
            hashing_slots: number("GUICHET_HASHING_SLOTS", 4)?.max(1) as usize,
            hashing_wait_ms: number("GUICHET_HASHING_WAIT_MS", 2000)?.max(0) as u64,
            request_timeout_secs: number("GUICHET_REQUEST_TIMEOUT_SECS", 20)?.max(1) as u64,
            backoffice_token: var("GUICHET_BACKOFFICE_TOKEN"),
            demo_large: flag("GUICHET_DEMO_LARGE"),
            object_store: ObjectStoreConfig {
                url: var("GUICHET_OBJECT_STORE").unwrap_or_else(|| format!("file://{}", data_dir.join("objects").display())),
                endpoint: var("GUICHET_S3_ENDPOINT"),
                access_key_id: var("GUICHET_S3_ACCESS_KEY_ID"),
                secret_access_key: var("GUICHET_S3_SECRET_ACCESS_KEY"),
                region: var("GUICHET_S3_REGION"),
            },
            limits: {
                let d = Limits::default();
                let at_least_one = |name: &str, default: usize| number(name, default as i64).map(|n| n.max(1) as usize);
                Limits {
                    connections: at_least_one("GUICHET_MAX_CONNECTIONS", d.connections)?,
                    connections_per_client: at_least_one("GUICHET_MAX_CONNECTIONS_PER_CLIENT", d.connections_per_client)?,
                    requests_per_client: at_least_one("GUICHET_MAX_REQUESTS_PER_CLIENT", d.requests_per_client)?,
                    api_slots: at_least_one("GUICHET_API_SLOTS", d.api_slots)?,
                    api_slot_wait_ms: number("GUICHET_API_SLOT_WAIT_MS", d.api_slot_wait_ms as i64)?.max(0) as u64,
                    header_timeout_secs: number("GUICHET_HEADER_TIMEOUT_SECS", d.header_timeout_secs as i64)?.max(1) as u64,
                    shutdown_grace_secs: number("GUICHET_SHUTDOWN_GRACE_SECS", d.shutdown_grace_secs as i64)?.max(0) as u64,
                }
            },
            quotas: {
                let d = Quotas::default();
                Quotas {
                    open_drafts: number("GUICHET_QUOTA_DRAFTS", d.open_drafts)?.max(1),
                    stored_files: number("GUICHET_QUOTA_FILES", d.stored_files)?.max(1),
                    stored_bytes: number("GUICHET_QUOTA_BYTES", d.stored_bytes)?.max(1),
                    replies_per_day: number("GUICHET_QUOTA_REPLIES_PER_DAY", d.replies_per_day)?.max(1),
                }
            },
        }
        .checked()
    }

    /// Secure by default: a portal reachable from other machines must know its https origin
    /// (or cookies would lose `Secure` and `__Host-` without a word), and demo accounts with
    /// their public password need a second, explicit opt-in there.
    pub fn checked(self) -> anyhow::Result<Config> {
        let loopback = self.bind.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()) || self.bind == "localhost";
        if !loopback && !self.public_origin_is_https() {
            anyhow::bail!("GUICHET_BIND={} reaches other machines: set GUICHET_PUBLIC_ORIGIN to the portal's https:// origin", self.bind);
        }
        if self.backoffice_token.as_ref().is_some_and(|t| t.chars().count() < MIN_BACKOFFICE_TOKEN_LEN) {
            anyhow::bail!("GUICHET_BACKOFFICE_TOKEN must be at least {} characters", MIN_BACKOFFICE_TOKEN_LEN);
        }
        if self.demo && self.public_origin_is_https() && !self.demo_on_public_origin {
            anyhow::bail!("GUICHET_DEMO seeds accounts with a public password: on an https origin it also needs GUICHET_DEMO_ON_PUBLIC_ORIGIN=1");
        }
        Ok(self)
    }

    pub fn public_origin_is_https(&self) -> bool {
        self.public_origin.as_deref().is_some_and(|o| o.starts_with("https://"))
    }

    /// The anonymous CSRF cookie's name, `__Host-` on https like the session's.
    pub fn csrf_cookie_name(&self) -> &'static str {
        if self.public_origin_is_https() {
            "__Host-guichet-csrf"
        } else {
            "guichet-csrf"
        }
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

#[cfg(test)]
mod tests {
    use super::Config;

    fn config(bind: &str, origin: Option<&str>, demo: bool, second_opt_in: bool) -> anyhow::Result<Config> {
        Config {
            database_url: String::new(),
            bind: bind.into(),
            port: 0,
            dist_dir: "dist".into(),
            demo,
            session_idle_secs: 1,
            session_absolute_secs: 1,
            public_origin: origin.map(Into::into),
            dev_origin: None,
            trusted_proxy_header: None,
            demo_on_public_origin: second_opt_in,
            hashing_slots: 1,
            hashing_wait_ms: 0,
            request_timeout_secs: 20,
            backoffice_token: None,
            demo_large: false,
            limits: Default::default(),
            quotas: Default::default(),
            object_store: Default::default(),
        }
        .checked()
    }

    #[test]
    fn only_loopback_runs_without_an_https_origin() {
        assert!(config("127.0.0.1", None, true, false).is_ok());
        assert!(config("::1", None, false, false).is_ok());
        assert!(config("0.0.0.0", None, false, false).is_err());
        assert!(config("0.0.0.0", Some("http://portal.example"), false, false).is_err());
        assert!(config("0.0.0.0", Some("https://my.lu.ch"), false, false).is_ok());
    }

    #[test]
    fn demo_accounts_on_a_public_origin_need_a_second_opt_in() {
        assert!(config("0.0.0.0", Some("https://demo.example"), true, false).is_err());
        assert!(config("0.0.0.0", Some("https://demo.example"), true, true).is_ok());
    }
}

/// The limits, with defaults that a browser (six connections per host) or an office behind
/// one address stays far below.
#[derive(Clone, Debug)]
pub struct Limits {
    /// `GUICHET_MAX_CONNECTIONS`: open connections in total.
    pub connections: usize,
    /// `GUICHET_MAX_CONNECTIONS_PER_CLIENT`: open connections per client (not counted behind
    /// a trusted proxy, where every connection comes from the proxy: it must limit them).
    pub connections_per_client: usize,
    /// `GUICHET_MAX_REQUESTS_PER_CLIENT`: API requests in flight per client; more get 429.
    pub requests_per_client: usize,
    /// `GUICHET_API_SLOTS`: API requests in flight in total.
    pub api_slots: usize,
    /// `GUICHET_API_SLOT_WAIT_MS`: how long an API request waits for a slot before 503.
    pub api_slot_wait_ms: u64,
    /// `GUICHET_HEADER_TIMEOUT_SECS`: how long a request's headers may take to arrive, and so
    /// how long a keep-alive connection may stay idle.
    pub header_timeout_secs: u64,
    /// `GUICHET_SHUTDOWN_GRACE_SECS`: after SIGTERM, how long requests in flight (uploads from a
    /// slow phone included) may take to finish before the process exits.
    pub shutdown_grace_secs: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connections: 4096,
            connections_per_client: 256,
            requests_per_client: 64,
            api_slots: 512,
            api_slot_wait_ms: 2000,
            header_timeout_secs: 10,
            shutdown_grace_secs: 30,
        }
    }
}

/// The limits per account, with defaults far above what a citizen needs.
#[derive(Clone, Debug)]
pub struct Quotas {
    /// `GUICHET_QUOTA_DRAFTS`: applications in progress at once.
    pub open_drafts: i64,
    /// `GUICHET_QUOTA_FILES`: files kept, uploads into applications plus documents added to cases.
    pub stored_files: i64,
    /// `GUICHET_QUOTA_BYTES`: bytes kept, those files plus the replies' text.
    pub stored_bytes: i64,
    /// `GUICHET_QUOTA_REPLIES_PER_DAY`: replies written in any 24 hours.
    pub replies_per_day: i64,
}

impl Default for Quotas {
    fn default() -> Self {
        Quotas { open_drafts: 10, stored_files: 60, stored_bytes: 150 * 1024 * 1024, replies_per_day: 30 }
    }
}

/// Shortest accepted back-office token: 32 characters of a password generator are beyond guessing.
pub const MIN_BACKOFFICE_TOKEN_LEN: usize = 32;
