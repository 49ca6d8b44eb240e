//! A real portal for the HTTP tests: its own database seeded with the demo data, a stand-in
//! dist/, and browser-like clients with cookies and the CSRF token. The database is a SQLite
//! file, or, when the suite runs beside PostgreSQL (`scripts/with-postgres`), a fresh database
//! of that cluster: every test runs on both.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use guichet_model::api::Draft;
use guichet_model::api::{CaseDetail, CaseList, SessionInfo};
use guichet_model::form::Answers;
use guichet_portal::config::ObjectStoreConfig;
use guichet_portal::{prepare, Clock, Config};

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

pub const PASSWORD: &str = guichet_portal::demo::DEMO_PASSWORD;
pub const IDLE: i64 = 600;
pub const ABSOLUTE: i64 = 3600;
pub const LOADER: &str = "import init from '/app-0123456789abcdef.js'; await init();";
/// The back office's token in tests.
pub const BACKOFFICE_TOKEN: &str = "test-backoffice-token-0123456789abcdef";

pub struct Portal {
    pub base: String,
    pub clock: Clock,
    pub database_url: String,
    pub object_store: ObjectStoreConfig,
    /// The instance's state, for calling its jobs directly.
    pub state: guichet_portal::AppState,
    dir: tempfile::TempDir,
}

/// A database of its own for one portal: `name` in `dir` on SQLite, or, with
/// `GUICHET_TEST_DATABASE=postgres`, a new database in the PostgreSQL cluster that
/// `scripts/with-postgres` names in `GUICHET_TEST_POSTGRES`.
pub async fn database_url(dir: &Path, name: &str) -> String {
    static CREATED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    if std::env::var("GUICHET_TEST_DATABASE").as_deref() != Ok("postgres") {
        return format!("sqlite://{}", dir.join(name).display());
    }
    let admin = std::env::var("GUICHET_TEST_POSTGRES").expect("GUICHET_TEST_DATABASE=postgres runs inside scripts/with-postgres");
    let database = format!("guichet_{}_{}", std::process::id(), CREATED.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let pool = sqlx::PgPool::connect(&admin).await.expect("the test cluster answers");
    sqlx::query(&format!("CREATE DATABASE {database}")).execute(&pool).await.unwrap();
    pool.close().await;
    admin.replacen("/postgres?", &format!("/{database}?"), 1)
}

/// The S3 server of `scripts/with-seaweedfs` (`GUICHET_TEST_S3_*`), under a prefix of its own
/// in the bucket, so tests never see each other's bytes.
pub fn s3_store() -> ObjectStoreConfig {
    static CREATED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name}: the tests run inside scripts/with-seaweedfs"));
    let prefix = format!("test-{}-{}", std::process::id(), CREATED.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    ObjectStoreConfig {
        url: format!("s3://{}/{prefix}", var("GUICHET_TEST_S3_BUCKET")),
        endpoint: Some(var("GUICHET_TEST_S3_ENDPOINT")),
        access_key_id: Some(var("GUICHET_TEST_S3_ACCESS_KEY_ID")),
        secret_access_key: Some(var("GUICHET_TEST_S3_SECRET_ACCESS_KEY")),
        region: None,
    }
}

/// A portal's object store: a folder in `dir` beside SQLite (the embedded default), the S3
/// server beside PostgreSQL (a canton's installation).
pub fn object_store(dir: &Path) -> ObjectStoreConfig {
    if std::env::var("GUICHET_TEST_DATABASE").as_deref() == Ok("postgres") {
        return s3_store();
    }
    ObjectStoreConfig { url: format!("file://{}", dir.join("objects").display()), ..Default::default() }
}

/// A pool on the portal's database, whichever it is, for reading its tables in a test.
pub async fn read_database(url: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::AnyPool::connect(url).await.unwrap()
}

impl Portal {
    pub async fn start() -> Portal {
        Portal::start_with(|_| {}).await
    }

    /// A portal with some settings changed from the test defaults.
    pub async fn start_with(configure: impl FnOnce(&mut Config)) -> Portal {
        let dir = tempfile::tempdir().unwrap();
        let dist = dir.path().join("dist");
        std::fs::create_dir_all(dist.join("locales/de")).unwrap();
        std::fs::write(dist.join("index.html"), format!("<!doctype html><html><head><script type=module>{LOADER}</script></head><body>app</body></html>"))
            .unwrap();
        std::fs::write(dist.join("app-0123456789abcdef.js"), "export default function init() {}\n".repeat(100)).unwrap();
        std::fs::write(dist.join("locales/de/common.ftl"), "common-retry = Erneut versuchen\n").unwrap();
        let mut config = Config {
            database_url: database_url(dir.path(), "portal.db").await,
            bind: "127.0.0.1".into(),
            port: 0,
            dist_dir: dist,
            demo: true,
            session_idle_secs: IDLE,
            session_absolute_secs: ABSOLUTE,
            public_origin: None,
            dev_origin: None,
            trusted_proxy_header: None,
            demo_on_public_origin: false,
            hashing_slots: 4,
            hashing_wait_ms: 2000,
            request_timeout_secs: 20,
            backoffice_token: Some(BACKOFFICE_TOKEN.into()),
            demo_large: false,
            limits: Default::default(),
            quotas: Default::default(),
            object_store: object_store(dir.path()),
        };
        configure(&mut config);
        let (database_url, object_store) = (config.database_url.clone(), config.object_store.clone());
        let clock = Clock::default();
        let state = prepare(config, clock.clone()).await.unwrap();
        let kept = state.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        // The real server: its connection caps and header timeout are under test too.
        tokio::spawn(async move { guichet_portal::http::connections::serve_until(listener, state, std::future::pending()).await.unwrap() });
        Portal { base, clock, database_url, object_store, state: kept, dir }
    }

    /// Another instance of the same portal: its own process state and pool on the same
    /// database, as behind a load balancer.
    pub async fn beside(&self) -> Portal {
        self.beside_with(|_| {}).await
    }

    pub async fn beside_with(&self, configure: impl FnOnce(&mut Config)) -> Portal {
        let (database_url, object_store) = (self.database_url.clone(), self.object_store.clone());
        Portal::start_with(move |config| {
            config.database_url = database_url;
            config.object_store = object_store;
            config.demo = false;
            configure(config);
        })
        .await
    }

    /// The rows of a table, read straight from the portal's database.
    pub async fn count(&self, table: &str) -> i64 {
        let pool = read_database(&self.database_url).await;
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn browser(&self) -> Client {
        Client::builder().cookie_store(true).build().unwrap()
    }

    /// A browser that has loaded the app: it holds an anonymous session and its CSRF token.
    pub async fn visitor(&self) -> (Client, String) {
        let client = self.browser();
        let info: SessionInfo = client.get(self.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
        (client, info.csrf_token)
    }

    pub async fn signed_in(&self, username: &str) -> (Client, String) {
        let (client, csrf) = self.visitor().await;
        let response = self.sign_in(&client, &csrf, username, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {username}");
        let info: SessionInfo = response.json().await.unwrap();
        (client, info.csrf_token)
    }

    /// A person signed in and acting for the organisation named `organisation` under their
    /// mandate, as the party switcher does it.
    pub async fn acting_for(&self, username: &str, organisation: &str) -> (Client, String) {
        let (client, csrf) = self.signed_in(username).await;
        let info: SessionInfo = client.get(self.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
        let uid = info
            .user
            .unwrap()
            .mandates
            .into_iter()
            .find(|p| p.name == organisation)
            .unwrap_or_else(|| panic!("{username} has no mandate for {organisation}"))
            .uid;
        let response = client.put(self.url("/api/v1/session/party")).header("x-csrf-token", &csrf).json(&json!({ "uid": uid })).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{username} acts for {organisation}");
        // The switch replaces the CSRF token (and the session cookie).
        let info: SessionInfo = response.json().await.unwrap();
        (client, info.csrf_token)
    }

    pub async fn sign_in(&self, client: &Client, csrf: &str, username: &str, password: &str) -> reqwest::Response {
        client.post(self.url("/api/v1/session")).header("x-csrf-token", csrf).json(&json!({ "username": username, "password": password })).send().await.unwrap()
    }

    pub async fn cases(&self, client: &Client, lang: &str) -> CaseList {
        let response = client.get(self.url(&format!("/api/v1/cases?lang={lang}"))).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    pub async fn detail(&self, client: &Client, id: &str, lang: &str) -> CaseDetail {
        client.get(self.url(&format!("/api/v1/cases/{id}?lang={lang}"))).send().await.unwrap().json().await.unwrap()
    }
}

pub async fn problem(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    (status, response.json().await.unwrap())
}

// The QR-bill checks: poppler renders, zxing-cpp (in the venv scripts/setup makes) decodes.

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

pub fn python() -> PathBuf {
    let python = std::env::var_os("GUICHET_QRBILL_PYTHON").map(PathBuf::from).unwrap_or_else(|| root().join("target/qrbill-venv/bin/python"));
    assert!(
        python.exists(),
        "the QR-bill check needs a Python with zxing-cpp, pillow and qrbill at {}: run scripts/setup \
         (or point GUICHET_QRBILL_PYTHON at one)",
        python.display()
    );
    python
}

/// Runs a command, feeding it `stdin`; returns stdout, stderr, failing the test with both if it fails.
pub fn run(command: &mut Command, stdin: &[u8]) -> (String, String) {
    let name = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {name} ({e}); scripts/setup installs poppler-utils and the venv"));
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{name} failed: {}\n{stderr}\n{stdout}", out.status);
    (stdout, stderr)
}

/// The text of the QR code on the first page of a PDF, as a bank's scanner reads it.
pub fn decode_qr_bill(pdf: &[u8], dir: &Path) -> String {
    let pdf_path = dir.join("bill.pdf");
    std::fs::write(&pdf_path, pdf).unwrap();
    let png_stem = dir.join("bill-300dpi");
    run(Command::new("pdftoppm").args(["-png", "-r", "300", "-f", "1", "-l", "1", "-singlefile"]).arg(&pdf_path).arg(&png_stem), b"");
    let (decoded, _) = run(Command::new(python()).arg(root().join("tests/qrbill/decode.py")).arg(png_stem.with_extension("png")), b"");
    decoded
}

/// The text of a PDF, laid out as printed.
pub fn pdf_text(pdf: &[u8]) -> String {
    run(Command::new("pdftotext").args(["-layout", "-", "-"]), pdf).0
}

/// A signed-in citizen with their own cookies, driving drafts like the app does.
pub struct Citizen<'a> {
    pub portal: &'a Portal,
    pub client: Client,
    pub csrf: String,
}

impl<'a> Citizen<'a> {
    pub async fn new(portal: &'a Portal, username: &str) -> Citizen<'a> {
        let (client, csrf) = portal.signed_in(username).await;
        Citizen { portal, client, csrf }
    }

    /// A person acting for an organisation under their mandate.
    pub async fn acting_for(portal: &'a Portal, username: &str, organisation: &str) -> Citizen<'a> {
        let (client, csrf) = portal.acting_for(username, organisation).await;
        Citizen { portal, client, csrf }
    }

    /// The same browser (cookies and CSRF token) sending its next requests to another instance.
    pub fn on<'b>(&self, portal: &'b Portal) -> Citizen<'b> {
        Citizen { portal, client: self.client.clone(), csrf: self.csrf.clone() }
    }

    pub async fn start(&self, service: &str) -> reqwest::Response {
        self.client.post(self.portal.url("/api/v1/drafts")).header("x-csrf-token", &self.csrf).json(&json!({ "service": service })).send().await.unwrap()
    }

    pub async fn draft(&self, service: &str) -> Draft {
        let response = self.start(service).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }

    pub async fn save(&self, draft: &Draft, answers: &Answers, position: &str) -> reqwest::Response {
        self.save_at(&draft.id, answers, position, draft.version).await
    }

    pub async fn save_at(&self, id: &str, answers: &Answers, position: &str, base_version: u32) -> reqwest::Response {
        self.client
            .put(self.portal.url(&format!("/api/v1/drafts/{id}")))
            .header("x-csrf-token", &self.csrf)
            .json(&json!({ "answers": answers, "position": position, "base_version": base_version }))
            .send()
            .await
            .unwrap()
    }

    pub async fn submit(&self, id: &str, key: &str) -> reqwest::Response {
        self.client
            .post(self.portal.url(&format!("/api/v1/drafts/{id}/submission?lang=fr")))
            .header("x-csrf-token", &self.csrf)
            .header("idempotency-key", key)
            .send()
            .await
            .unwrap()
    }
}

/// Every step of the dog registration, insured, with `files` as the policy document.
pub fn dog_registration(files: &str) -> guichet_model::form::Answers {
    answers(&[
        ("dog-name", "Bello"),
        ("breed", "Labrador"),
        ("sex", "male"),
        ("dog-birth-date", "2022-04-01"),
        ("microchip", "756098100123456"),
        ("colour", "schwarz"),
        ("insured", "yes"),
        ("insurer", "Mobiliar"),
        ("policy-number", "H-123"),
        ("policy-document", files),
        ("phone", "079 123 45 67"),
        ("email", "anna@example.ch"),
        ("truthful", "yes"),
    ])
}

/// Two birth certificates by post: every step of the civil-status order, complete.
pub fn birth_certificates() -> Answers {
    answers(&[
        ("document-type", "birth-certificate"),
        ("concerned", "self"),
        ("first-name", "Sophie"),
        ("last-name", "Rochat"),
        ("date-of-birth", "1988-04-02"),
        ("copies", "2"),
        ("certificate-language", "fr"),
        ("delivery", "post"),
        ("postal-address.street", "Rue de Lausanne"),
        ("postal-address.number", "45"),
        ("postal-address.postcode", "1700"),
        ("postal-address.locality", "Fribourg"),
        ("postal-address.bfs", "2196"),
        ("truthful", "yes"),
    ])
}

pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// A valid one-page PDF of exactly `len` bytes (at least about 300), padded with a comment,
/// as the portal's uploads parse what they receive.
pub fn pdf_of_len(len: usize) -> Vec<u8> {
    let objects = [
        "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n",
    ];
    let build = |pad: usize| {
        let mut pdf = format!("%PDF-1.7\n%{}\n", "x".repeat(pad));
        let mut offsets = Vec::new();
        for object in objects {
            offsets.push(pdf.len());
            pdf.push_str(object);
        }
        let xref = pdf.len();
        pdf.push_str("xref\n0 4\n0000000000 65535 f \n");
        for offset in offsets {
            pdf.push_str(&format!("{offset:010} 00000 n \n"));
        }
        pdf.push_str(&format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        pdf.into_bytes()
    };
    let mut pad = len.saturating_sub(build(0).len());
    // The xref offset's digits grow with the padding: settle on the length asked for.
    while build(pad).len() > len && pad > 0 {
        pad -= 1;
    }
    let pdf = build(pad);
    assert!(pdf.len() == len || pad == 0, "a PDF of {len} bytes cannot be built");
    pdf
}
