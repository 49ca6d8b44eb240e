//! The key a browser encrypts its copies with (unsaved answers, unsent replies): handed out
//! only to a signed-in person, one per person, replaced at every sign-out so copies left on a
//! device stay unreadable; and the party switch, which replaces the session id and CSRF token.

mod common;

use base64::Engine;
use common::{Portal, IDLE, PASSWORD};
use guichet_model::api::{DeviceKey, SessionInfo};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

async fn info(portal: &Portal, client: &Client) -> SessionInfo {
    client.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap()
}

async fn key_of(portal: &Portal, client: &Client) -> DeviceKey {
    info(portal, client).await.device_key.expect("a signed-in session has a device key")
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("guichet-session=").map(|rest| rest.split(';').next().unwrap_or("").to_owned()))
}

#[tokio::test]
async fn only_a_signed_in_person_gets_a_device_key_and_each_person_their_own() {
    let portal = Portal::start().await;
    let (visitor, csrf) = portal.visitor().await;
    let anonymous: Value = visitor.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    assert!(anonymous.get("device_key").is_none(), "a visitor gets no key: {anonymous}");

    let signed: SessionInfo = portal.sign_in(&visitor, &csrf, "anna.zimmermann", PASSWORD).await.json().await.unwrap();
    let anna = signed.device_key.expect("the sign-in answer carries the key");
    assert_eq!(base64::engine::general_purpose::STANDARD.decode(&anna.key).unwrap().len(), 32, "an AES-256 key");
    assert_eq!(key_of(&portal, &visitor).await, anna, "the same key for the whole session");
    let (other_device, _) = portal.signed_in("anna.zimmermann").await;
    assert_eq!(key_of(&portal, &other_device).await, anna, "the same person on another device: the same key");

    let (luca, _) = portal.signed_in("luca.bernasconi").await;
    let luca = key_of(&portal, &luca).await;
    assert_ne!(luca.key, anna.key);
    assert_ne!(luca.account, anna.account);
    assert!(!anna.account.contains("anna") && !luca.account.contains("luca"), "the name on the device says nobody's name");

    // Acting for an organisation, the copies are still the person's.
    let (marco, _) = portal.signed_in("marco.amstutz").await;
    let before = key_of(&portal, &marco).await;
    let (marco_for_bakery, _) = portal.acting_for("marco.amstutz", "Bäckerei Amstutz AG").await;
    assert_eq!(key_of(&portal, &marco_for_bakery).await, before);
}

#[tokio::test]
async fn signing_out_and_signing_out_everywhere_replace_the_key_an_expiry_does_not() {
    let portal = Portal::start().await;
    let (anna, csrf) = portal.signed_in("anna.zimmermann").await;
    let (luca, _) = portal.signed_in("luca.bernasconi").await;
    let first = key_of(&portal, &anna).await;
    let lucas = key_of(&portal, &luca).await;

    assert_eq!(anna.delete(portal.url("/api/v1/session")).header("x-csrf-token", &csrf).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    let (anna, csrf) = portal.signed_in("anna.zimmermann").await;
    let second = key_of(&portal, &anna).await;
    assert_ne!(second.key, first.key, "sign-out replaced the key");
    assert_eq!(second.account, first.account, "the account keeps its name, so the app finds its old copies to delete");
    assert_eq!(key_of(&portal, &luca).await, lucas, "another person's key stays");

    let (phone, _) = portal.signed_in("anna.zimmermann").await;
    assert_eq!(anna.delete(portal.url("/api/v1/sessions")).header("x-csrf-token", &csrf).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert!(info(&portal, &phone).await.device_key.is_none(), "the phone's session ended too");
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    let third = key_of(&portal, &anna).await;
    assert_ne!(third.key, second.key, "sign-out everywhere replaced the key");
    assert_eq!(key_of(&portal, &luca).await, lucas);

    // An expiry keeps the key: the same person signing in again reads what the device kept.
    portal.clock.advance(IDLE + 1);
    assert!(info(&portal, &anna).await.device_key.is_none(), "an ended session gets no key");
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    assert_eq!(key_of(&portal, &anna).await, third);
}

#[tokio::test]
async fn the_party_switch_replaces_the_session_id_and_the_csrf_token() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let signed = portal.sign_in(&client, &csrf, "marco.amstutz", PASSWORD).await;
    let old_cookie = session_cookie(&signed).unwrap();
    let old_csrf = signed.json::<SessionInfo>().await.unwrap().csrf_token;
    let uid = info(&portal, &client).await.user.unwrap().mandates[0].uid.clone();

    let switched = client.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &old_csrf).json(&json!({ "uid": uid })).send().await.unwrap();
    assert_eq!(switched.status(), StatusCode::OK);
    let new_cookie = session_cookie(&switched).expect("a new session cookie");
    let new_csrf = switched.json::<SessionInfo>().await.unwrap().csrf_token;
    assert_ne!(new_cookie, old_cookie);
    assert_ne!(new_csrf, old_csrf);

    // The old session id no longer opens anything, and the old token changes nothing.
    let stale = Client::new().get(portal.url("/api/v1/cases")).header("cookie", format!("guichet-session={old_cookie}")).send().await.unwrap();
    assert_eq!(stale.status(), StatusCode::UNAUTHORIZED);
    let fresh = Client::new().get(portal.url("/api/v1/cases")).header("cookie", format!("guichet-session={new_cookie}")).send().await.unwrap();
    assert_eq!(fresh.status(), StatusCode::OK);
    let with_old_token = client.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &old_csrf).json(&json!({ "uid": null })).send().await.unwrap();
    assert_eq!(with_old_token.status(), StatusCode::FORBIDDEN);
    let with_new_token = client.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &new_csrf).json(&json!({ "uid": null })).send().await.unwrap();
    assert_eq!(with_new_token.status(), StatusCode::OK);
    assert_eq!(info(&portal, &client).await.user.unwrap().acting_for, None);
}
