//! A load balancer's questions: alive, and ready to serve (the database answers). A wrong
//! database setting stops the start with one line naming it.

mod common;

use common::Portal;
use reqwest::StatusCode;

#[tokio::test]
async fn health_and_readiness_answer_without_a_session() {
    let portal = Portal::start().await;
    let client = reqwest::Client::new();
    for (path, body) in [("/health", "ok\n"), ("/ready", "ready\n")] {
        let response = client.get(portal.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert!(response.headers().get("set-cookie").is_none(), "{path} starts no session");
        assert_eq!(response.text().await.unwrap(), body);
    }
}

#[tokio::test]
async fn a_database_that_cannot_be_opened_stops_the_start_naming_the_setting_and_not_the_password() {
    let dir = tempfile::tempdir().unwrap();
    for url in ["postgres://guichet:secret-pw@127.0.0.1:1/guichet", &format!("sqlite://{}/missing/dir\0/x.db", dir.path().display())] {
        let mut config = guichet_portal::Config::from_env().unwrap();
        config.database_url = url.to_owned();
        config.dist_dir = dir.path().to_owned();
        let error = guichet_portal::prepare(config, guichet_portal::Clock::default()).await.err().expect("the start stops");
        let line = format!("{error:#}");
        assert!(line.starts_with("GUICHET_DATABASE_URL: the database cannot be opened"), "{line}");
        assert!(!line.contains("secret-pw"), "{line}");
    }
}
