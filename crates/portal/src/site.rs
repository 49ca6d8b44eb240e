//! Serves the built app from dist/: compressed once at start-up (brotli, gzip), hashed files
//! cached for a year, index.html revalidated every time, unknown routes answered with
//! index.html (the app routes them), and the security headers on every response.

use crate::error::ApiError;
use axum::body::Body;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use guichet_model::routes::{Chunk, Page};
use guichet_model::{api, Lang};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

struct Asset {
    raw: Vec<u8>,
    brotli: Option<Vec<u8>>,
    gzip: Option<Vec<u8>>,
    content_type: &'static str,
    etag: HeaderValue,
    immutable: bool,
}

pub struct Site {
    files: HashMap<String, Asset>,
    /// Per language: the `Link` header that preloads what the app fetches first.
    preloads: HashMap<String, HeaderValue>,
    /// The wasm modules each lazily loaded page needs, from `lazy-pages.json` (scripts/build-app),
    /// by the name of the app's function that loads them (see [`lazy_pages_key`]).
    lazy_pages: HashMap<String, Vec<String>>,
    csp: HeaderValue,
    https: bool,
}

impl Site {
    /// Reads every file under `dist`. A missing dist/ is allowed (API only); the app's routes
    /// then answer 503 with a hint to build it.
    pub fn load(dist: &Path, https: bool) -> anyhow::Result<Site> {
        let mut files = HashMap::new();
        if dist.is_dir() {
            load_dir(dist, dist, &mut files)?;
        } else {
            tracing::warn!(dist = %dist.display(), "no built app found; serving the API only");
        }
        let inline_scripts = files.get("/index.html").map(|index| inline_script_hashes(&String::from_utf8_lossy(&index.raw))).unwrap_or_default();
        let csp = content_security_policy(&inline_scripts);
        let preloads = preload_headers(&files);
        let lazy_pages = files.get("/lazy-pages.json").and_then(|f| serde_json::from_slice(&f.raw).ok()).unwrap_or_default();
        Ok(Site { files, preloads, lazy_pages, csp: HeaderValue::from_str(&csp)?, https })
    }

    fn index(&self) -> Option<&Asset> {
        self.files.get("/index.html")
    }

    /// The code chunks of `page`, when a release build loads it lazily: hinted with the page,
    /// they download beside the main module instead of after it. A signed-out visitor of a page
    /// behind the sign-in gets the sign-in page's, as that is what the app shows them.
    fn lazy_modules(&self, page: &Page, signed_in: bool) -> &[String] {
        let shown = if page.needs_sign_in() && !signed_in { Some(Chunk::SignIn) } else { page.chunk() };
        shown.and_then(|chunk| self.lazy_pages.get(lazy_pages_key(chunk))).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// A chunk's key in `lazy-pages.json`: scripts/build-app names each chunk by the app's `#[lazy]`
/// function that loads it (src/app.rs).
fn lazy_pages_key(chunk: Chunk) -> &'static str {
    match chunk {
        Chunk::Wizard => "wizard_view",
        Chunk::SignIn => "sign_in_view",
        Chunk::Case => "case_view",
        Chunk::Documents => "documents_view",
        Chunk::Inbox => "inbox_view",
        Chunk::Catalogue => "catalogue_view",
        Chunk::Service => "service_view",
    }
}

fn load_dir(root: &Path, dir: &Path, files: &mut HashMap<String, Asset>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            load_dir(root, &path, files)?;
            continue;
        }
        let relative = path.strip_prefix(root)?.to_string_lossy().replace('\\', "/");
        if relative.ends_with(".br") || relative.ends_with(".gz") || relative.ends_with(".trunk-lock") {
            continue;
        }
        let raw = std::fs::read(&path)?;
        let content_type = content_type(&relative);
        let compressible = raw.len() > 512 && !content_type.starts_with("image/png") && !content_type.starts_with("font/woff");
        let name = relative.rsplit('/').next().unwrap_or(&relative);
        let asset = Asset {
            brotli: compressible.then(|| compressed(&path, "br", &raw, brotli)),
            gzip: compressible.then(|| compressed(&path, "gz", &raw, gzip)),
            etag: HeaderValue::from_str(&format!("\"{}\"", &crate::store::ids::hex(&Sha256::digest(&raw))[..20]))?,
            immutable: is_content_hashed(name),
            content_type,
            raw,
        };
        files.insert(format!("/{relative}"), asset);
    }
    Ok(())
}

/// The compressed form of a file, from its sidecar (`app.wasm.br`) when that is up to date,
/// else compressed now and the sidecar written for the next start.
fn compressed(path: &Path, extension: &str, raw: &[u8], compress: fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let sidecar = path.with_file_name(format!("{}.{extension}", path.file_name().unwrap_or_default().to_string_lossy()));
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(&sidecar).is_some_and(|s| Some(s) >= modified(path)) {
        if let Ok(bytes) = std::fs::read(&sidecar) {
            return bytes;
        }
    }
    let bytes = compress(raw);
    if let Err(e) = std::fs::write(&sidecar, &bytes) {
        tracing::debug!(error = %e, sidecar = %sidecar.display(), "could not cache a compressed file");
    }
    bytes
}

fn brotli(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // Best compression for release builds; multi-megabyte debug builds would take too long.
    let quality = if raw.len() < 4_000_000 { 11 } else { 5 };
    let params = brotli::enc::BrotliEncoderParams { quality, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params).expect("in-memory brotli");
    out
}

fn gzip(raw: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(raw).expect("in-memory gzip");
    encoder.finish().expect("in-memory gzip")
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Trunk names built files `name-<16 hex>.ext` (or `_bg.wasm`): their content never changes.
fn is_content_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `Link: </locales/de/common.ftl>; rel=preload; as=fetch; crossorigin, …` per language: the
/// browser fetches the messages and the session while the wasm downloads, instead of after.
/// The app's own files come first: the browser opens only a few connections at once, and the
/// wasm is the longest download, so it must not wait behind the small requests.
fn preload_headers(files: &HashMap<String, Asset>) -> HashMap<String, HeaderValue> {
    // Only what index.html itself loads: the lazy pages' chunks are hinted with their pages.
    let index = files.get("/index.html").map(|index| String::from_utf8_lossy(&index.raw).into_owned()).unwrap_or_default();
    let mut app: Vec<String> = files
        .iter()
        .filter(|(path, asset)| asset.immutable && path.matches('/').count() == 1 && index.contains(path.as_str()))
        .filter_map(|(path, _)| match path.rsplit('.').next()? {
            "css" => Some(format!("<{path}>; rel=preload; as=style")),
            "js" => Some(format!("<{path}>; rel=modulepreload")),
            "wasm" => Some(format!("<{path}>; rel=preload; as=fetch; crossorigin; type=application/wasm")),
            _ => None,
        })
        .collect();
    // The wasm first, then the stylesheet and the script.
    app.sort_by_key(|link| (!link.contains("wasm"), link.clone()));
    let mut by_lang: HashMap<String, Vec<String>> = HashMap::new();
    for path in files.keys() {
        let mut parts = path.trim_start_matches('/').split('/');
        if let (Some("locales"), Some(lang), Some(file), None) = (parts.next(), parts.next(), parts.next(), parts.next()) {
            if file.ends_with(".ftl") {
                by_lang.entry(lang.to_owned()).or_default().push(format!("<{path}>; rel=preload; as=fetch; crossorigin"));
            }
        }
    }
    by_lang
        .into_iter()
        .filter_map(|(lang, mut links)| {
            links.sort();
            links.splice(0..0, app.iter().cloned());
            links.push("</api/v1/session>; rel=preload; as=fetch; crossorigin".into());
            HeaderValue::from_str(&links.join(", ")).ok().map(|v| (lang, v))
        })
        .collect()
}

/// SHA-256 hashes of the inline `<script>` blocks (Trunk's loader), for `script-src`.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let tag = &after[..open_end];
        let Some(close) = after.find("</script>") else { break };
        if !tag.contains("src=") {
            let body = &after[open_end + 1..close];
            hashes.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()))));
        }
        rest = &after[close + "</script>".len()..];
    }
    hashes
}

fn content_security_policy(script_hashes: &[String]) -> String {
    let scripts = script_hashes.iter().fold(String::new(), |acc, h| acc + " " + h);
    format!(
        "default-src 'self'; script-src 'self'{scripts} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

fn accepted_encoding(headers: &HeaderMap) -> Encoding {
    let accepts = |name: &str| {
        headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(|item| {
            let mut parts = item.split(';');
            let token = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| matches!(p.trim().strip_prefix("q="), Some(q) if q.parse::<f32>().unwrap_or(1.0) == 0.0));
            token.eq_ignore_ascii_case(name) && !refused
        })
    };
    if accepts("br") {
        Encoding::Brotli
    } else if accepts("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// The router's fallback: a built file, or index.html for an app route.
pub async fn serve(State(state): State<crate::AppState>, request: Request) -> Response {
    let site = &state.site;
    let path = request.uri().path();
    if path.starts_with("/api/") {
        return ApiError::not_found().into_response();
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let last_segment = path.rsplit('/').next().unwrap_or("");
    match site.files.get(path) {
        Some(asset) => respond(asset, request.headers()),
        // A missing file is a 404; an extension-less path is an app route.
        None if last_segment.contains('.') => (StatusCode::NOT_FOUND, "not found").into_response(),
        None => match site.index() {
            Some(index) => {
                let mut response = respond(index, request.headers());
                // `/de/faelle/abc`: the language, then the page as the app reads it.
                let lang = path.trim_start_matches('/').split('/').next().unwrap_or("");
                if let Some(link) = site.preloads.get(lang) {
                    let signed_in = crate::http::middleware::is_signed_in(&state, request.headers()).await;
                    let page = Page::of_path(path);
                    let mut data = Vec::new();
                    if let Some(lang) = Lang::parse(lang) {
                        if signed_in {
                            data = first_requests(lang, page.as_ref(), request.uri());
                        }
                        if let Some(page) = &page {
                            data.extend(site.lazy_modules(page, signed_in).iter().cloned());
                        }
                    }
                    let links = data.iter().map(|path| format!(", <{path}>; rel=preload; as=fetch; crossorigin")).collect::<String>();
                    let link = if links.is_empty() { Some(link.clone()) } else { HeaderValue::from_bytes(&[link.as_bytes(), links.as_bytes()].concat()).ok() };
                    if let Some(link) = link {
                        response.headers_mut().insert(header::LINK, link);
                    }
                }
                response
            }
            None => (StatusCode::SERVICE_UNAVAILABLE, "The app is not built: run `scripts/build-app`.").into_response(),
        },
    }
}

/// The API requests a signed-in page makes as it opens, exactly as the app writes them: the
/// header's unread count everywhere, the dashboard's lists for its query, a case page's case and
/// a wizard's service and draft. Hinted with the page, they load while the wasm does instead of
/// after it.
fn first_requests(lang: Lang, page: Option<&Page>, uri: &axum::http::Uri) -> Vec<String> {
    // Ids the app would encode differently from how they came are not guessed at.
    let plain = |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let mut requests = match page {
        Some(Page::Cases) => {
            let pairs = Query::<Vec<(String, String)>>::try_from_uri(uri).map(|q| q.0).unwrap_or_default();
            let query = api::CaseQuery::from_pairs_leniently(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            return api::dashboard_requests(lang, &query).into();
        }
        Some(Page::Case(id)) if plain(id) => vec![api::case_path(id, lang)],
        Some(Page::Wizard { service, draft, .. }) if plain(service) && plain(draft) => vec![api::service_path(service), api::draft_path(draft)],
        _ => Vec::new(),
    };
    requests.push(api::inbox_path(lang));
    requests
}

fn respond(asset: &Asset, request_headers: &HeaderMap) -> Response {
    let cache = if asset.immutable { "public, max-age=31536000, immutable" } else { "no-cache" };
    let not_modified = request_headers.get(header::IF_NONE_MATCH).is_some_and(|tag| tag == asset.etag);
    let (body, encoding) = if not_modified {
        (Vec::new(), None)
    } else {
        match (accepted_encoding(request_headers), &asset.brotli, &asset.gzip) {
            (Encoding::Brotli, Some(br), _) => (br.clone(), Some("br")),
            (Encoding::Brotli | Encoding::Gzip, _, Some(gz)) => (gz.clone(), Some("gzip")),
            _ => (asset.raw.clone(), None),
        }
    };
    let mut response = Response::new(Body::from(body));
    if not_modified {
        *response.status_mut() = StatusCode::NOT_MODIFIED;
    }
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::ETAG, asset.etag.clone());
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(encoding) = encoding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    response
}

/// The headers of QUALITY.md's security bar, on every response the server sends.
pub async fn security_headers(State(state): State<crate::AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, state.site.csp.clone());
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    headers.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    headers.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"));
    if state.site.https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_content_hashed("guichet-3f9a0c1d2b4e5f67.js"));
        assert!(is_content_hashed("guichet-3f9a0c1d2b4e5f67_bg.wasm"));
        assert!(is_content_hashed("style-0123456789abcdef.css"));
        assert!(!is_content_hashed("index.html"));
        assert!(!is_content_hashed("common.ftl"));
        assert!(!is_content_hashed("guichet-xyz.js"));
    }

    #[test]
    fn hashes_only_inline_scripts() {
        let html = r#"<script src="/a.js"></script><script type="module">init()</script>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init()"));
        assert_eq!(hashes[0], format!("'sha256-{expected}'"));
        let csp = content_security_policy(&hashes);
        assert!(csp.contains(&format!("script-src 'self' 'sha256-{expected}' 'wasm-unsafe-eval'")));
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
    }

    #[test]
    fn every_chunk_of_the_route_table_is_a_lazy_page_of_the_app() {
        let app = include_str!("../../../src/app.rs");
        let mut lazy: Vec<&str> = app.split("#[cfg_attr(guichet_split, lazy)]\nasync fn ").skip(1).filter_map(|rest| rest.split('(').next()).collect();
        let mut keys: Vec<&str> = Chunk::ALL.into_iter().map(lazy_pages_key).collect();
        keys.sort();
        lazy.sort();
        assert_eq!(keys, lazy, "the chunks' keys in lazy-pages.json are the app's #[lazy] functions");
    }

    #[test]
    fn negotiates_encodings() {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip, deflate, br"));
        assert!(matches!(accepted_encoding(&h), Encoding::Brotli));
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("br;q=0, gzip"));
        assert!(matches!(accepted_encoding(&h), Encoding::Gzip));
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("identity"));
        assert!(matches!(accepted_encoding(&h), Encoding::Identity));
    }
}
