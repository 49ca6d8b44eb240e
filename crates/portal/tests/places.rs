//! The postcode lookup over real HTTP. It needs no sign-in: a fresh client without cookies asks.

mod common;

use common::{problem, Portal};
use guichet_model::api::PlaceList;
use reqwest::StatusCode;
use serde_json::Value;

async fn get(portal: &Portal, query: &str) -> reqwest::Response {
    reqwest::get(portal.url(&format!("/api/v1/places{query}"))).await.unwrap()
}

#[tokio::test]
async fn a_postcode_lists_its_municipalities_and_may_be_cached() {
    let portal = Portal::start().await;
    let response = get(&portal, "?postcode=6005").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "public, max-age=86400");
    let list: PlaceList = response.json().await.unwrap();
    let mut municipalities: Vec<(&str, u32, &str)> = list.places.iter().map(|p| (p.municipality.as_str(), p.bfs_number, p.canton.as_str())).collect();
    municipalities.dedup();
    assert_eq!(municipalities, [("Horw", 1058, "LU"), ("Kriens", 1059, "LU"), ("Luzern", 1061, "LU")]);
    assert!(list.places.iter().all(|p| p.postcode == "6005"));
    assert!(list.places.iter().any(|p| p.locality == "St. Niklausen LU" && p.bfs_number == 1058));

    // Well-formed but unknown: an empty list, not a 404 in the browser's console.
    let unknown = get(&portal, "?postcode=9999").await;
    assert_eq!(unknown.status(), StatusCode::OK);
    assert_eq!(unknown.json::<PlaceList>().await.unwrap(), PlaceList { places: vec![] });
}

#[tokio::test]
async fn a_malformed_or_missing_postcode_is_a_field_error() {
    let portal = Portal::start().await;
    for query in ["?postcode=abc", "?postcode=12345", "?postcode=0600", "?postcode=", "?postcode=%FF%FE", "?lang=de", ""] {
        let response = get(&portal, query).await;
        assert_eq!(response.headers()["cache-control"], "no-store", "{query}");
        let (status, body) = problem(response).await;
        assert_eq!((status, body["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("validation")), "{query}");
        assert_eq!(body["errors"][0]["field"], "postcode", "{query}");
        assert_eq!(body["errors"][0]["code"], "postcode-invalid", "{query}");
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_lookup() {
    let portal = Portal::start().await;
    let doc: Value = reqwest::get(portal.url("/api/openapi.json")).await.unwrap().json().await.unwrap();
    assert!(doc["paths"]["/api/v1/places"]["get"].is_object());
    assert!(doc["components"]["schemas"]["PlaceList"].is_object());
}
