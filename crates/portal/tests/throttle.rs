//! Sign-in throttling over HTTP: an attacker is slowed down and told when to come back, and
//! the owner of the account under attack can still sign in from their own device.

mod common;

use common::{problem, Portal, PASSWORD};
use reqwest::{Client, StatusCode};

/// The portal's reverse proxy names the client in this header; tests play several clients.
const PROXY_HEADER: &str = "x-forwarded-for";

async fn portal() -> Portal {
    Portal::start_with(|c| c.trusted_proxy_header = Some(PROXY_HEADER.into())).await
}

async fn sign_in_from(portal: &Portal, address: &str, username: &str, password: &str) -> reqwest::Response {
    let client = Client::builder().cookie_store(true).build().unwrap();
    let info: serde_json::Value = client.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    client
        .post(portal.url("/api/v1/session"))
        .header("x-csrf-token", info["csrf_token"].as_str().unwrap())
        // A client may send its own header; only the last entry, the proxy's, counts.
        .header(PROXY_HEADER, format!("198.51.100.77, {address}"))
        .json(&serde_json::json!({ "username": username, "password": password }))
        .send()
        .await
        .unwrap()
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).expect("a Retry-After")
}

#[tokio::test]
async fn the_owner_signs_in_from_another_client_while_an_attacker_is_refused_with_a_time_to_wait() {
    let portal = portal().await;
    for _ in 0..5 {
        assert_eq!(sign_in_from(&portal, "203.0.113.9", "anna.zimmermann", "guess").await.status(), StatusCode::UNAUTHORIZED);
    }
    let refused = sign_in_from(&portal, "203.0.113.9", "anna.zimmermann", PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&refused);
    assert!((1..=15 * 60).contains(&wait), "{wait}");
    assert_eq!(problem(refused).await.1["code"], "rate-limited");

    // Anna, on her own phone, is not locked out by the attacker.
    assert_eq!(sign_in_from(&portal, "192.0.2.33", "anna.zimmermann", PASSWORD).await.status(), StatusCode::OK);
    // The attacker's wait ends; it is a wait, not a lock.
    portal.clock.advance(wait as i64 + 1);
    assert_eq!(sign_in_from(&portal, "203.0.113.9", "anna.zimmermann", "guess").await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn one_client_spraying_a_password_over_many_usernames_is_throttled() {
    let portal = portal().await;
    let mut statuses = Vec::new();
    for n in 0..32 {
        statuses.push(sign_in_from(&portal, "203.0.113.50", &format!("user{n}"), "Sommer2026!").await.status());
    }
    assert!(statuses[..30].iter().all(|s| *s == StatusCode::UNAUTHORIZED), "{statuses:?}");
    assert!(statuses[30..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    // Another client is not affected.
    assert_eq!(sign_in_from(&portal, "192.0.2.34", "sophie.rochat", PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn when_every_hashing_slot_is_taken_a_sign_in_is_told_to_come_back() {
    let portal = Portal::start_with(|c| {
        c.trusted_proxy_header = Some(PROXY_HEADER.into());
        c.hashing_slots = 1;
        c.hashing_wait_ms = 1;
    })
    .await;
    let attempts = (0..8).map(|n| {
        let portal = &portal;
        async move { sign_in_from(portal, &format!("192.0.2.{n}"), "luca.bernasconi", "guess").await }
    });
    let responses = futures_util::future::join_all(attempts).await;
    let busy: Vec<&reqwest::Response> = responses.iter().filter(|r| r.status() == StatusCode::SERVICE_UNAVAILABLE).collect();
    assert!(!busy.is_empty(), "{:?}", responses.iter().map(|r| r.status()).collect::<Vec<_>>());
    assert!(busy.iter().all(|r| retry_after(r) >= 1));
}
