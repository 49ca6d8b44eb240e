//! The real binary's log: security events and an access line per request, and never a
//! password, cookie or token, whatever the requests carried.

mod common;

use common::{LOADER, PASSWORD};
use guichet_model::api::{CaseList, SessionInfo};
use reqwest::{Client, StatusCode};
use std::io::Read;
use std::process::{Command, Stdio};

#[tokio::test]
async fn secrets_never_reach_the_log_and_security_events_do() {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), format!("<!doctype html><script type=module>{LOADER}</script>")).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let database_url = common::database_url(dir.path(), "guichet.db").await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_guichet-portal"))
        .env("GUICHET_DEMO", "1")
        .env("GUICHET_DATABASE_URL", &database_url)
        .env("GUICHET_DATA_DIR", dir.path())
        .env("GUICHET_DIST", &dist)
        .env("GUICHET_PORT", port.to_string())
        .env("RUST_LOG", "info")
        .env("GUICHET_BACKOFFICE_TOKEN", common::BACKOFFICE_TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = Client::builder().cookie_store(true).build().unwrap();
    let mut info = None;
    for _ in 0..200 {
        if let Ok(response) = client.get(format!("{base}/api/v1/session")).send().await {
            info = Some(response.json::<SessionInfo>().await.unwrap());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let anonymous = info.expect("the portal starts").csrf_token;
    let sign_in = |password: &'static str| {
        client
            .post(format!("{base}/api/v1/session"))
            .header("x-csrf-token", &anonymous)
            .json(&serde_json::json!({ "username": "anna.zimmermann", "password": password }))
    };
    assert_eq!(sign_in("Falsch-2026!").send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    let signed = sign_in(PASSWORD).send().await.unwrap();
    let cookie = signed.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.starts_with("guichet-session=")).unwrap();
    let session_token = cookie.split(';').next().unwrap().trim_start_matches("guichet-session=").to_owned();
    let csrf = signed.json::<SessionInfo>().await.unwrap().csrf_token;
    let cases: CaseList = client.get(format!("{base}/api/v1/cases?q=secret-search")).send().await.unwrap().json().await.unwrap();
    let foreign = client.get(format!("{base}/api/v1/cases/not-a-case")).send().await.unwrap();
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
    let other = Client::new()
        .post(format!("{base}/api/v1/drafts"))
        .header("cookie", format!("guichet-session={session_token}"))
        .header("x-csrf-token", "wrong-token")
        .json(&serde_json::json!({"service": "dog-registration"}))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::FORBIDDEN);
    assert_eq!(client.delete(format!("{base}/api/v1/session")).header("x-csrf-token", &csrf).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(cases.total, 0, "the search ran");
    // The authority writes to a case: an access line and a security event, never the token.
    let (reference,): (String,) = {
        let pool = common::read_database(&database_url).await;
        sqlx::query_as("SELECT reference FROM cases LIMIT 1").fetch_one(&pool).await.unwrap()
    };
    let written = Client::new()
        .post(format!("{base}/api/backoffice/v1/cases/{reference}/messages"))
        .bearer_auth(common::BACKOFFICE_TOKEN)
        .json(&serde_json::json!({ "body": "Uns fehlt Ihr Pass." }))
        .send()
        .await
        .unwrap();
    assert_eq!(written.status(), StatusCode::CREATED);

    child.kill().unwrap();
    child.wait().unwrap();
    let mut log = String::new();
    child.stdout.take().unwrap().read_to_string(&mut log).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    for secret in
        [PASSWORD, "Falsch-2026!", "secret-search", session_token.as_str(), csrf.as_str(), anonymous.as_str(), "wrong-token", common::BACKOFFICE_TOKEN]
    {
        assert!(!log.contains(secret), "the log holds a secret ({} chars)", secret.len());
    }
    for event in ["event=\"sign-in-failed\"", "event=\"signed-in\"", "event=\"csrf-refused\"", "event=\"sign-out\""] {
        assert!(log.contains(event), "no {event} in the log:\n{log}");
    }
    assert!(log.contains("route=\"/api/v1/cases/{id}\"") && log.contains("status=404"), "an access line per request:\n{log}");
    assert!(
        log.contains("route=\"/api/backoffice/v1/cases/{reference}/messages\"") && log.contains("event=\"backoffice-message\""),
        "the back office's requests are logged:\n{log}"
    );
    // A failed sign-in names the username by a keyed hash: hashing the list of usernames
    // (first.last, easy to guess) does not find it.
    let plain_hash = &guichet_portal::store::ids::sha256_hex(b"anna.zimmermann")[..12];
    assert!(log.contains("event=\"sign-in-failed\" user=") && !log.contains(plain_hash), "an unsalted hash of the username in the log:\n{log}");
}
