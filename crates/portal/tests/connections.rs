//! No client can starve the others: held connections and bodies from one address leave
//! another address's page load and sign-in fast, a trickled header and an idle keep-alive
//! connection are closed, and the API's wait for a slot is bounded while static files never
//! wait. The loads are bounded in count and time and stay on loopback; the second client
//! speaks from 127.0.0.2, which Linux routes to the same loopback interface.

mod common;

use common::{problem, Portal, PASSWORD};
use reqwest::StatusCode;
use serde_json::json;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// A raw connection from `from` to the portal.
async fn connect(portal: &Portal, from: &str) -> std::io::Result<TcpStream> {
    let target: SocketAddr = portal.base.trim_start_matches("http://").parse().unwrap();
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from.parse().unwrap(), 0))?;
    socket.connect(target).await
}

/// A browser on another address than the attacker's.
fn neighbour() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).local_address("127.0.0.2".parse::<IpAddr>().unwrap()).build().unwrap()
}

/// The CSRF cookie and token an anonymous visitor gets for free.
async fn free_token(portal: &Portal) -> (String, String) {
    let response = reqwest::get(portal.url("/api/v1/session")).await.unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let info: serde_json::Value = response.json().await.unwrap();
    (cookie, info["csrf_token"].as_str().unwrap().to_owned())
}

/// Reads until the server closes the connection or `within` passes; true when it closed.
async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buffer = [0u8; 4096];
    let deadline = Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline.into(), stream.read(&mut buffer)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test]
async fn six_hundred_held_sign_ins_leave_another_client_loading_and_signing_in_within_a_second() {
    let portal = Portal::start().await;
    let (cookie, token) = free_token(&portal).await;
    // Each connection announces a body it never sends, as in the review's attack.
    let held = format!(
        "POST /api/v1/session HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nX-CSRF-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    );
    let mut connections = Vec::new();
    for _ in 0..600 {
        if let Ok(mut stream) = connect(&portal, "127.0.0.1").await {
            let _ = stream.write_all(held.as_bytes()).await;
            connections.push(stream);
        }
    }
    assert!(connections.len() >= 500, "the attacker opened {} connections", connections.len());

    let client = neighbour();
    let started = Instant::now();
    let page = client.get(portal.url("/index.html")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(1), "index.html took {:?}", started.elapsed());
    let started = Instant::now();
    let info: serde_json::Value = client.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    let signed_in = client
        .post(portal.url("/api/v1/session"))
        .header("x-csrf-token", info["csrf_token"].as_str().unwrap())
        .json(&json!({ "username": "anna.zimmermann", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(1), "signing in took {:?}", started.elapsed());

    // The attacker's own share is bounded: past its in-flight cap its requests were answered
    // 429 at once (and those connections closed, their bodies unread), past its connection cap
    // connections were closed unanswered; only the in-flight cap's worth is still held.
    let (mut held, mut answered_429, mut closed) = (0, 0, 0);
    for stream in &mut connections {
        let mut buffer = [0u8; 512];
        match tokio::time::timeout(Duration::from_millis(20), stream.read(&mut buffer)).await {
            Err(_) => held += 1,
            Ok(Ok(n)) if buffer[..n].starts_with(b"HTTP/1.1 429") => answered_429 += 1,
            Ok(Ok(0) | Err(_)) => closed += 1,
            Ok(Ok(n)) => panic!("the attacker got {:?}", String::from_utf8_lossy(&buffer[..n])),
        }
    }
    let limits = guichet_portal::config::Limits::default();
    assert!(held <= limits.requests_per_client, "{held} held, {answered_429} answered 429, {closed} closed");
    assert!(answered_429 > 0, "past the in-flight cap requests are refused, not queued");
}

#[tokio::test]
async fn a_header_trickled_line_by_line_is_cut_off_and_an_idle_connection_closed() {
    let portal = Portal::start_with(|c| c.limits.header_timeout_secs = 1).await;

    let mut trickle = connect(&portal, "127.0.0.1").await.unwrap();
    trickle.write_all(b"GET /index.html HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let started = Instant::now();
    let mut cut = false;
    for _ in 0..20 {
        if trickle.write_all(b"X-Slow: yes\r\n").await.is_err() || closed_within(&mut trickle, Duration::from_millis(250)).await {
            cut = true;
            break;
        }
    }
    assert!(cut, "a header trickled for {:?} was still open", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(3), "cut off after {:?}", started.elapsed());

    // A keep-alive connection that answered one request and then stays silent is closed.
    let mut idle = connect(&portal, "127.0.0.1").await.unwrap();
    idle.write_all(b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let mut head = [0u8; 12];
    idle.read_exact(&mut head).await.unwrap();
    assert_eq!(&head, b"HTTP/1.1 200");
    assert!(closed_within(&mut idle, Duration::from_secs(3)).await, "an idle keep-alive connection stayed open");
}

#[tokio::test]
async fn the_wait_for_an_api_slot_is_bounded_and_static_files_never_wait() {
    let portal = Portal::start_with(|c| {
        c.limits.api_slots = 1;
        c.limits.api_slot_wait_ms = 200;
    })
    .await;
    let (cookie, token) = free_token(&portal).await;
    // The one slot, held by a body that never comes (from a third address).
    let mut holder = connect(&portal, "127.0.0.3").await.unwrap();
    holder
        .write_all(format!("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nX-CSRF-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n").as_bytes())
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;

    let client = neighbour();
    let started = Instant::now();
    let (status, body) = {
        let response = client.get(portal.url("/api/v1/session")).send().await.unwrap();
        assert!(response.headers().contains_key("retry-after"), "a 503 says when to come back: {response:?}");
        problem(response).await
    };
    assert_eq!((status, body["code"].as_str()), (StatusCode::SERVICE_UNAVAILABLE, Some("busy")));
    assert!(started.elapsed() < Duration::from_secs(2), "the refusal took {:?}", started.elapsed());
    assert_eq!(client.get(portal.url("/index.html")).send().await.unwrap().status(), StatusCode::OK);
    drop(holder);
}
