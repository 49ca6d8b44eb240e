//! The portal over real HTTP, each test against its own SQLite file seeded with the demo data.

mod common;

use common::{problem, Portal, ABSOLUTE, IDLE, LOADER, PASSWORD};
use guichet_model::api::{CaseList, CaseStatus, SessionInfo, StatusFilter};
use guichet_model::Lang;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn session_cookie(response: &reqwest::Response) -> String {
    let header = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(header.contains("HttpOnly") && header.contains("SameSite=Strict") && header.contains("Path=/"), "{header}");
    header.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn sign_in_starts_a_new_session_and_names_the_account() {
    let portal = Portal::start().await;
    let client = portal.browser();
    let first = client.get(portal.url("/api/v1/session")).send().await.unwrap();
    // Before sign-in there is no session, only the signed CSRF token in its cookie.
    let anonymous_cookie = session_cookie(&first);
    assert!(anonymous_cookie.starts_with("guichet-csrf="), "{anonymous_cookie}");
    let info: SessionInfo = first.json().await.unwrap();
    assert!(info.user.is_none());
    assert_eq!(info.idle_timeout_secs, IDLE as u64);

    let response = portal.sign_in(&client, &info.csrf_token, "Sophie.Rochat ", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    let set: Vec<String> = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    assert!(set.iter().any(|c| c.starts_with("guichet-session=") && c.contains("HttpOnly") && c.contains("SameSite=Strict")), "{set:?}");
    assert!(set.iter().any(|c| c.starts_with("guichet-csrf=;") && c.contains("Max-Age=0")), "the anonymous token is dropped: {set:?}");
    let signed: SessionInfo = response.json().await.unwrap();
    assert_ne!(signed.csrf_token, info.csrf_token, "the CSRF token changes with the session");
    assert_eq!(info.ends_in_secs, None, "no absolute end before sign-in");
    assert!(signed.ends_in_secs.is_some_and(|s| s <= ABSOLUTE as u64 && s >= ABSOLUTE as u64 - 5), "{:?}", signed.ends_in_secs);
    let user = signed.user.unwrap();
    assert_eq!((user.username.as_str(), user.display_name.as_str(), user.preferred_lang), ("sophie.rochat", "Sophie Rochat", Lang::Fr));

    // The pre-sign-in cookie gives no access.
    let replay = Client::new().get(portal.url("/api/v1/cases")).header("cookie", &anonymous_cookie).send().await.unwrap();
    assert_eq!(problem(replay).await.1["code"], "unauthenticated");
}

#[tokio::test]
async fn visitors_cost_no_stored_state_and_head_sets_no_cookie() {
    let portal = Portal::start().await;
    let sessions_before = portal.count("sessions").await;
    for _ in 0..5 {
        let get = Client::new().get(portal.url("/api/v1/session")).send().await.unwrap();
        assert_eq!(get.status(), StatusCode::OK);
        let head = Client::new().head(portal.url("/api/v1/session")).send().await.unwrap();
        assert_eq!(head.status(), StatusCode::OK);
        assert!(head.headers().get("set-cookie").is_none());
    }
    assert_eq!(portal.count("sessions").await, sessions_before);

    // A second tab of the same visitor gets the same token, so the first tab can still sign in.
    let (tabs, tab_csrf) = portal.visitor().await;
    let again: SessionInfo = tabs.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    assert_eq!(again.csrf_token, tab_csrf);

    // A token that is not the portal's own (forged, or another visitor's cookie) is refused.
    let (client, csrf) = portal.visitor().await;
    let (other, other_csrf) = portal.visitor().await;
    for token in [format!("{}x", &csrf[..csrf.len() - 1]), "made.up".to_owned(), other_csrf] {
        let refused = portal.sign_in(&client, &token, "sophie.rochat", PASSWORD).await;
        assert_eq!(problem(refused).await.1["code"], "csrf-failed", "{token}");
    }
    let forged_pair = other
        .post(portal.url("/api/v1/session"))
        .header("x-csrf-token", "abc.def")
        .header("cookie", "guichet-csrf=abc.def")
        .json(&json!({ "username": "sophie.rochat", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(forged_pair).await.1["code"], "csrf-failed");
    assert_eq!(portal.sign_in(&client, &csrf, "sophie.rochat", PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn wrong_credentials_are_refused_alike_and_then_rate_limited() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let (status, body) = problem(portal.sign_in(&client, &csrf, "sophie.rochat", "wrong").await).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("invalid-credentials")));
    let (status, body) = problem(portal.sign_in(&client, &csrf, "nobody", "wrong").await).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("invalid-credentials")));

    for _ in 1..5 {
        portal.sign_in(&client, &csrf, "sophie.rochat", "wrong").await;
    }
    // Five failures: even the right password waits now.
    let (status, body) = problem(portal.sign_in(&client, &csrf, "sophie.rochat", PASSWORD).await).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("rate-limited")));
    portal.clock.advance(15 * 60);
    let (client, csrf) = portal.visitor().await;
    assert_eq!(portal.sign_in(&client, &csrf, "sophie.rochat", PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn sign_in_fields_are_validated_with_codes() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let (status, body) = problem(portal.sign_in(&client, &csrf, " ", "").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"], json!([{ "field": "username", "code": "required" }, { "field": "password", "code": "required" }]));

    // Unknown fields are refused, never applied.
    let response = client
        .post(portal.url("/api/v1/session"))
        .header("x-csrf-token", &csrf)
        .json(&json!({ "username": "sophie.rochat", "password": PASSWORD, "role": "admin" }))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(response).await.1["code"], "malformed-request");
}

#[tokio::test]
async fn state_changes_need_the_csrf_token_and_our_origin() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let body = json!({ "username": "sophie.rochat", "password": PASSWORD });

    let missing = client.post(portal.url("/api/v1/session")).json(&body).send().await.unwrap();
    assert_eq!(problem(missing).await, (StatusCode::FORBIDDEN, problem_json("csrf-failed")));
    let wrong = client.post(portal.url("/api/v1/session")).header("x-csrf-token", "forged").json(&body).send().await.unwrap();
    assert_eq!(problem(wrong).await.1["code"], "csrf-failed");
    let foreign =
        client.post(portal.url("/api/v1/session")).header("x-csrf-token", &csrf).header("origin", "https://evil.example").json(&body).send().await.unwrap();
    assert_eq!(problem(foreign).await.1["code"], "foreign-origin");
    let cross_site =
        client.post(portal.url("/api/v1/session")).header("x-csrf-token", &csrf).header("sec-fetch-site", "cross-site").json(&body).send().await.unwrap();
    assert_eq!(problem(cross_site).await.1["code"], "foreign-origin");
    // Our host under another scheme is another origin; and a foreign Origin is refused even
    // when Sec-Fetch-Site claims same-origin.
    for (origin, site) in [(portal.base.replace("http://", "https://"), "same-origin"), ("https://evil.example".to_owned(), "same-origin")] {
        let refused = client
            .post(portal.url("/api/v1/session"))
            .header("x-csrf-token", &csrf)
            .header("origin", origin)
            .header("sec-fetch-site", site)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(problem(refused).await.1["code"], "foreign-origin");
    }

    // A signed-in session cannot be ended without the token either.
    let (client, csrf) = portal.signed_in("sophie.rochat").await;
    let refused = client.delete(portal.url("/api/v1/session")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(portal.cases(&client, "fr").await.total, 13);
    let same_origin = client.delete(portal.url("/api/v1/session")).header("x-csrf-token", &csrf).header("origin", &portal.base).send().await.unwrap();
    assert_eq!(same_origin.status(), StatusCode::NO_CONTENT);
}

fn problem_json(code: &str) -> Value {
    json!({ "type": format!("urn:guichet:problem:{code}"), "title": "CSRF token missing or wrong", "status": 403, "code": code })
}

#[tokio::test]
async fn parallel_password_guesses_are_limited_too() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let guesses = (0..20).map(|i| {
        let (client, csrf, portal) = (client.clone(), csrf.clone(), &portal);
        async move { portal.sign_in(&client, &csrf, "anna.zimmermann", &format!("guess-{i}")).await.status() }
    });
    let statuses = futures_util::future::join_all(guesses).await;
    let checked = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
    let refused = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!((checked, refused), (5, 15), "{statuses:?}");
}

#[tokio::test]
async fn a_state_change_after_the_session_expired_asks_to_sign_in_again() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.signed_in("anna.zimmermann").await;
    portal.clock.advance(IDLE + 1);
    let sign_out = client.delete(portal.url("/api/v1/session")).header("x-csrf-token", &csrf).send().await.unwrap();
    assert_eq!(problem(sign_out).await.1["code"], "unauthenticated");
    // Without any cookie at all, the same.
    let anonymous = Client::new().post(portal.url("/api/v1/session")).header("x-csrf-token", "x").json(&json!({})).send().await.unwrap();
    assert_eq!(problem(anonymous).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_out_invalidates_the_session_on_the_server() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let response = portal.sign_in(&client, &csrf, "anna.zimmermann", PASSWORD).await;
    let cookie = session_cookie(&response);
    let csrf = response.json::<SessionInfo>().await.unwrap().csrf_token;

    let out = client.delete(portal.url("/api/v1/session")).header("x-csrf-token", &csrf).send().await.unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    assert!(out.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    let replay = Client::new().get(portal.url("/api/v1/cases")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(problem(replay).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sessions_end_after_the_idle_timeout() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    portal.clock.advance(IDLE - 10);
    assert_eq!(portal.cases(&client, "de").await.total, 14, "activity within the idle timeout keeps the session");
    portal.clock.advance(IDLE + 1);
    let expired = client.get(portal.url("/api/v1/cases")).send().await.unwrap();
    assert_eq!(
        problem(expired).await,
        (
            StatusCode::UNAUTHORIZED,
            json!({ "type": "urn:guichet:problem:unauthenticated", "title": "Sign in required", "status": 401, "code": "unauthenticated" })
        )
    );
}

#[tokio::test]
async fn sessions_end_after_the_absolute_timeout_despite_activity() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    // Active every half idle period until a minute before the absolute end (the margin is for
    // the real seconds a slow machine adds to the test clock)...
    let mut elapsed = 0;
    while elapsed + IDLE / 2 < ABSOLUTE - 60 {
        portal.clock.advance(IDLE / 2);
        elapsed += IDLE / 2;
        assert_eq!(client.get(portal.url("/api/v1/cases")).send().await.unwrap().status(), StatusCode::OK);
    }
    // ...then past it, still well within the idle timeout.
    assert!(ABSOLUTE + 1 - elapsed < IDLE);
    portal.clock.advance(ABSOLUTE + 1 - elapsed);
    let expired = client.get(portal.url("/api/v1/cases")).send().await.unwrap();
    assert_eq!(problem(expired).await.1["code"], "unauthenticated");
}

#[tokio::test]
async fn the_api_needs_a_signed_in_session() {
    let portal = Portal::start().await;
    let (client, _) = portal.visitor().await;
    for path in ["/api/v1/cases", "/api/v1/cases/x", "/api/v1/documents/x", "/api/v1/documents/x/content"] {
        let response = client.get(portal.url(path)).send().await.unwrap();
        assert_eq!(problem(response).await.1["code"], "unauthenticated", "{path}");
    }
    let unknown = client.get(portal.url("/api/v1/nothing-here")).send().await.unwrap();
    assert_eq!(problem(unknown).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn demo_accounts_have_their_cases_in_their_language() {
    let portal = Portal::start().await;
    for (username, lang, count) in [
        ("anna.zimmermann", "de", 14),
        ("sophie.rochat", "fr", 13),
        ("luca.bernasconi", "it", 12),
        ("marco.amstutz", "de", 5),
        ("petra.keller", "de", 5),
        ("marco.amstutz>Bäckerei Amstutz AG", "de", 11),
        ("petra.keller>Immobilien Pilatus AG", "de", 1000),
    ] {
        let (client, _) = match username.split_once('>') {
            Some((person, organisation)) => portal.acting_for(person, organisation).await,
            None => portal.signed_in(username).await,
        };
        let list = portal.cases(&client, lang).await;
        assert_eq!(list.total, count, "{username}");
        assert_eq!(list.cases.len() as u64, count.min(25), "one page");
        assert!(list.cases.iter().all(|c| c.service.lang.code() == lang && c.status_label.lang.code() == lang));
        assert!(list.count_of(StatusFilter::Is(CaseStatus::ActionRequired)) > 0, "{username} has something to do");
    }
}

#[tokio::test]
async fn content_language_follows_the_query_then_accept_language_and_falls_back() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    let de = portal.cases(&client, "de").await;
    let it = portal.cases(&client, "it").await;
    assert_eq!(de.cases.len(), it.cases.len());
    assert!(it.cases.iter().all(|c| c.service.lang == Lang::It));
    assert_ne!(de.cases[0].service.text, it.cases[0].service.text);

    let by_header: CaseList = client.get(portal.url("/api/v1/cases")).header("accept-language", "fr-CH, de;q=0.5").send().await.unwrap().json().await.unwrap();
    assert!(by_header.cases.iter().all(|c| c.service.lang == Lang::Fr));

    // Lucerne's authorities have no Romansh names: they fall back to German, and say so.
    let rm = portal.cases(&client, "rm").await;
    assert!(rm.cases.iter().all(|c| c.service.lang == Lang::Rm));
    assert!(rm.cases.iter().all(|c| c.authority.lang == Lang::De));
}

#[tokio::test]
async fn case_detail_has_history_and_documents() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("sophie.rochat").await;
    let list = portal.cases(&client, "fr").await;
    for summary in &list.cases {
        let detail = portal.detail(&client, &summary.id, "fr").await;
        assert_eq!(&detail.summary, summary);
        let last = detail.history.last().expect("a history");
        assert_eq!(last.status, summary.status);
        assert!(detail.history.windows(2).all(|w| w[0].at <= w[1].at), "oldest first");
        assert!(detail.history.iter().all(|e| e.text.lang == Lang::Fr && !e.text.text.is_empty()));
        assert!(!detail.documents.is_empty(), "every case has at least its receipt");
    }
}

#[tokio::test]
async fn another_citizens_cases_and_documents_are_not_found() {
    let portal = Portal::start().await;
    let (sophie, _) = portal.signed_in("sophie.rochat").await;
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    let list = portal.cases(&sophie, "fr").await;
    let mut checked = 0;
    for summary in &list.cases {
        let detail = portal.detail(&sophie, &summary.id, "fr").await;
        let mut paths = vec![format!("/api/v1/cases/{}", summary.id)];
        for document in &detail.documents {
            paths.push(format!("/api/v1/documents/{}", document.id));
            paths.push(format!("/api/v1/documents/{}/content", document.id));
        }
        for path in paths {
            let theirs = anna.get(portal.url(&path)).send().await.unwrap();
            assert_eq!(
                problem(theirs).await,
                (StatusCode::NOT_FOUND, json!({ "type": "urn:guichet:problem:not-found", "title": "Not found", "status": 404, "code": "not-found" })),
                "{path}"
            );
            assert_eq!(sophie.get(portal.url(&path)).send().await.unwrap().status(), StatusCode::OK, "{path}");
            checked += 1;
        }
    }
    assert!(checked > 30);
}

#[tokio::test]
async fn documents_download_as_attachments_with_their_checksum() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    let list = portal.cases(&client, "de").await;
    let detail = portal.detail(&client, &list.cases[0].id, "de").await;
    let document = &detail.documents[0];

    let meta: Value = client.get(portal.url(&format!("/api/v1/documents/{}", document.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(meta["sha256"], document.sha256.as_str());

    let response = client.get(portal.url(&format!("/api/v1/documents/{}/content", document.id))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["cache-control"], "private, no-store");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=\""), "{disposition}");
    let encoded: String = document
        .filename
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect();
    assert!(disposition.ends_with(&format!("filename*=UTF-8''{encoded}")), "{disposition}");
    assert!(document.filename.ends_with(&format!("{}.pdf", list.cases[0].reference)));

    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(bytes.len() as u64, document.size_bytes);
    let digest = Sha256::digest(&bytes);
    assert_eq!(guichet_portal::store::ids::hex(&digest), document.sha256);
    use base64::Engine;
    assert_eq!(headers["repr-digest"].to_str().unwrap(), format!("sha-256=:{}:", base64::engine::general_purpose::STANDARD.encode(digest)));
}

#[tokio::test]
async fn the_app_is_served_with_its_policy_caching_and_compression() {
    let portal = Portal::start().await;
    let client = Client::new();
    let route = client.get(portal.url("/de/faelle/abc")).send().await.unwrap();
    assert_eq!(route.status(), StatusCode::OK);
    let headers = route.headers().clone();
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(headers["cache-control"], "no-cache");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    let csp = headers["content-security-policy"].to_str().unwrap();
    use base64::Engine;
    let loader_hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(LOADER.as_bytes()));
    assert!(csp.contains(&format!("script-src 'self' 'sha256-{loader_hash}' 'wasm-unsafe-eval'")), "{csp}");
    for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
        assert!(csp.contains(directive), "{directive}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
    // The app's hashed files first, so they never wait behind the small requests.
    assert_eq!(
        headers["link"],
        "</app-0123456789abcdef.js>; rel=modulepreload, </locales/de/common.ftl>; rel=preload; as=fetch; crossorigin, </api/v1/session>; rel=preload; as=fetch; crossorigin"
    );
    assert!(route.text().await.unwrap().contains("app"));

    // Signed in, the page also hints the requests the app makes as it opens, written as the
    // app writes them: the dashboard's lists for its query, elsewhere the header's unread count.
    let (citizen, _) = portal.signed_in("anna.zimmermann").await;
    let hinted = |path: &str| {
        let citizen = citizen.clone();
        let url = portal.url(path);
        async move { citizen.get(url).send().await.unwrap().headers()["link"].to_str().unwrap().to_owned() }
    };
    let dashboard = hinted("/de/faelle?status=open&q=Hund+%C3%A4&page=2&unknown=x").await;
    let hint = |path: &str| format!("<{path}>; rel=preload; as=fetch; crossorigin");
    assert!(dashboard.starts_with("</app-0123456789abcdef.js>; rel=modulepreload, </locales/de/common.ftl>"), "{dashboard}");
    for path in [
        "/api/v1/cases?lang=de&status=open&q=Hund%20%C3%A4&page=2",
        "/api/v1/cases?lang=de&status=action-required&sort=deadline",
        "/api/v1/drafts?lang=de",
        "/api/v1/messages?lang=de",
    ] {
        assert!(dashboard.contains(&hint(path)), "{path} in {dashboard}");
    }
    let case_page = hinted("/de/faelle/abc").await;
    assert!(case_page.ends_with(&format!("{}, {}", hint("/api/v1/cases/abc?lang=de"), hint("/api/v1/messages?lang=de"))), "{case_page}");
    let wizard = hinted("/de/dienstleistungen/dog-registration/d1/dog").await;
    for path in ["/api/v1/services/dog-registration", "/api/v1/drafts/d1", "/api/v1/messages?lang=de"] {
        assert!(wizard.contains(&hint(path)), "{path} in {wizard}");
    }
    let odd = hinted("/de/faelle/a%2Fb").await;
    assert!(odd.ends_with(&hint("/api/v1/messages?lang=de")) && !odd.contains("/api/v1/cases"), "an id with escapes is not guessed at: {odd}");

    // Content-hashed files are immutable; compressed on request; revalidated by ETag.
    let mut accept_br = HeaderMap::new();
    accept_br.insert("accept-encoding", HeaderValue::from_static("gzip, br"));
    let js = client.get(portal.url("/app-0123456789abcdef.js")).headers(accept_br).send().await.unwrap();
    assert_eq!(js.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(js.headers()["content-encoding"], "br");
    assert_eq!(js.headers()["content-type"], "text/javascript; charset=utf-8");
    let etag = js.headers()["etag"].clone();
    let compressed = js.bytes().await.unwrap();
    let mut raw = Vec::new();
    brotli::BrotliDecompress(&mut &compressed[..], &mut raw).unwrap();
    assert_eq!(raw, "export default function init() {}\n".repeat(100).as_bytes());
    let gzip = client.get(portal.url("/app-0123456789abcdef.js")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let again = client.get(portal.url("/app-0123456789abcdef.js")).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    // Locales can be replaced in a deployment, so they are revalidated.
    let ftl = client.get(portal.url("/locales/de/common.ftl")).send().await.unwrap();
    assert_eq!(ftl.headers()["cache-control"], "no-cache");
    assert_eq!(client.get(portal.url("/missing.js")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(problem(client.get(portal.url("/api/other")).send().await.unwrap()).await.0, StatusCode::NOT_FOUND);
    assert_eq!(client.post(portal.url("/fr/dossiers")).send().await.unwrap().status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn api_answers_are_compressed_for_slow_networks() {
    let portal = Portal::start().await;
    let (client, _) = portal.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let compressed = client.get(portal.url("/api/v1/cases?lang=de")).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(compressed.headers()["content-encoding"], "br");
    let body = compressed.bytes().await.unwrap();
    let mut json = Vec::new();
    brotli::BrotliDecompress(&mut &body[..], &mut json).unwrap();
    let list: CaseList = serde_json::from_slice(&json).unwrap();
    assert_eq!(list.total, 1000);
    assert!(body.len() * 3 < json.len(), "{} bytes compressed from {}", body.len(), json.len());
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let portal = Portal::start().await;
    let doc: Value = Client::new().get(portal.url("/api/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/session", "/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/documents/{id}", "/api/v1/documents/{id}/content"] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    for schema in ["CaseSummary", "CaseDetail", "Problem", "ErrorCode", "SessionInfo"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
}

#[tokio::test]
async fn a_citizen_sees_their_sessions_ends_one_and_signs_out_everywhere() {
    use guichet_model::api::SessionList;
    let portal = Portal::start().await;
    let phone = Client::builder().cookie_store(true).user_agent("Mozilla/5.0 (Linux; Android 14) Gecko/20100101 Firefox/133.0").build().unwrap();
    let info: SessionInfo = phone.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    let phone_csrf: SessionInfo = portal.sign_in(&phone, &info.csrf_token, "anna.zimmermann", PASSWORD).await.json().await.unwrap();
    let (desk, desk_csrf) = portal.signed_in("anna.zimmermann").await;
    let (luca, luca_csrf) = portal.signed_in("luca.bernasconi").await;

    let list: SessionList = desk.get(portal.url("/api/v1/sessions")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list.sessions.len(), 2, "{list:?}");
    assert_eq!(list.sessions.iter().filter(|s| s.current).count(), 1);
    let on_phone = list.sessions.iter().find(|s| !s.current).unwrap();
    assert_eq!(on_phone.device, "Firefox, Android");

    // Luca cannot end Anna's session; Anna ends the one on her phone from the desk.
    let url = portal.url(&format!("/api/v1/sessions/{}", on_phone.id));
    assert_eq!(luca.delete(&url).header("x-csrf-token", &luca_csrf).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(desk.delete(&url).header("x-csrf-token", &desk_csrf).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    let ended = phone.get(portal.url("/api/v1/cases")).send().await.unwrap();
    assert_eq!(problem(ended).await.1["code"], "unauthenticated");
    assert_eq!(phone_csrf.user.unwrap().username, "anna.zimmermann");

    // Everywhere: a second device too, and the answer clears the browser's site data.
    let (other, _) = portal.signed_in("anna.zimmermann").await;
    let everywhere = desk.delete(portal.url("/api/v1/sessions")).header("x-csrf-token", &desk_csrf).send().await.unwrap();
    assert_eq!(everywhere.status(), StatusCode::NO_CONTENT);
    assert_eq!(everywhere.headers()["clear-site-data"], "\"cache\", \"cookies\"");
    for client in [&desk, &other] {
        assert_eq!(client.get(portal.url("/api/v1/cases")).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    }
    assert_eq!(luca.get(portal.url("/api/v1/cases")).send().await.unwrap().status(), StatusCode::OK, "other accounts keep theirs");
}
