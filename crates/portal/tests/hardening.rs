//! The portal's edges over HTTP: body limits with 413, a time limit that cuts off trickled
//! bodies, one error format (problem+json) for every error axum answers by itself, and the
//! security headers on errors too.

mod common;

use common::{problem, Portal, PASSWORD};
use reqwest::StatusCode;
use std::time::Duration;

fn assert_guarded(response: &reqwest::Response) {
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert_eq!(header("content-type"), "application/problem+json", "{:?}", response.url());
    assert_eq!(header("cache-control"), "no-store");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn an_oversized_json_body_gets_413_as_a_problem() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let response = client
        .post(portal.url("/api/v1/session"))
        .header("x-csrf-token", &csrf)
        .json(&serde_json::json!({ "username": "anna.zimmermann", "password": "x".repeat(2 * 1024 * 1024) }))
        .send()
        .await
        .unwrap();
    assert_guarded(&response);
    let (status, body) = problem(response).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::PAYLOAD_TOO_LARGE, Some("too-large")));
    // The right password in a normal body still works.
    assert_eq!(portal.sign_in(&client, &csrf, "anna.zimmermann", PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_body_trickled_in_slower_than_the_time_limit_is_cut_off() {
    let portal = Portal::start_with(|c| c.request_timeout_secs = 1).await;
    let (client, csrf) = portal.visitor().await;
    let chunks = futures_util::stream::unfold(0, |n| async move {
        if n == 10 {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let chunk: Result<Vec<u8>, std::io::Error> = Ok(if n == 0 { b"{\"username\":\"".to_vec() } else { b"a".to_vec() });
        Some((chunk, n + 1))
    });
    let started = std::time::Instant::now();
    let response = client
        .post(portal.url("/api/v1/session"))
        .header("x-csrf-token", &csrf)
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(chunks))
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_millis(2500), "answered after {:?}", started.elapsed());
    let (status, body) = problem(response).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::REQUEST_TIMEOUT, Some("request-timeout")));
}

#[tokio::test]
async fn errors_axum_answers_itself_are_problems_too() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.signed_in("anna.zimmermann").await;

    let wrong_method = client.put(portal.url("/api/v1/drafts/some-id/submission")).header("x-csrf-token", &csrf).send().await.unwrap();
    let allow = wrong_method.headers().get("allow").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert!(allow.contains("GET") && allow.contains("POST") && !allow.contains("PUT"), "{allow}");
    assert_guarded(&wrong_method);
    assert_eq!(problem(wrong_method).await.1["code"], "method-not-allowed");

    // A path parameter that is not UTF-8, and a query that does not parse.
    let bad_path = client.get(portal.url("/api/v1/cases/%FF%FE")).send().await.unwrap();
    assert_guarded(&bad_path);
    let (status, body) = problem(bad_path).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::BAD_REQUEST, Some("malformed-request")));
    let unknown = client.get(portal.url("/api/v1/nothing-here")).send().await.unwrap();
    assert_guarded(&unknown);
    assert_eq!(problem(unknown).await.1["code"], "not-found");
    // The OpenAPI document's path, with a method it does not have.
    let post_document = client.post(portal.url("/api/openapi.json")).send().await.unwrap();
    assert_guarded(&post_document);
    let (status, body) = problem(post_document).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::METHOD_NOT_ALLOWED, Some("method-not-allowed")));
}

#[tokio::test]
async fn on_an_https_origin_cookies_are_host_only_and_secure_and_hsts_is_sent() {
    let origin = "https://portal.example";
    let portal = Portal::start_with(|c| c.public_origin = Some(origin.into())).await;
    let client = reqwest::Client::new();
    let first = client.get(portal.url("/api/v1/session")).send().await.unwrap();
    let hsts = first.headers().get("strict-transport-security").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert!(hsts.starts_with("max-age=") && hsts.contains("includeSubDomains"), "{hsts}");
    let set = first.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(set.starts_with("__Host-guichet-csrf=") && set.contains("; Secure") && set.contains("Path=/") && !set.contains("Domain"), "{set}");
    let csrf = first.json::<serde_json::Value>().await.unwrap()["csrf_token"].as_str().unwrap().to_owned();

    // Signing in from the public origin: the session cookie is __Host- and Secure too.
    let cookie = set.split(';').next().unwrap().to_owned();
    let signed = client
        .post(portal.url("/api/v1/session"))
        .header("origin", origin)
        .header("cookie", cookie)
        .header("x-csrf-token", &csrf)
        .json(&serde_json::json!({ "username": "anna.zimmermann", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), StatusCode::OK);
    let session = signed
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-guichet-session="))
        .expect("a __Host- session cookie");
    assert!(session.contains("; Secure") && session.contains("HttpOnly") && session.contains("SameSite=Strict"), "{session}");
    // The portal's own http address is not its origin any more.
    let (_, body) = problem(
        client
            .post(portal.url("/api/v1/session"))
            .header("origin", &portal.base)
            .header("x-csrf-token", &csrf)
            .json(&serde_json::json!({}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(body["code"], "foreign-origin");
}
