use super::cases::encode_segment;
use super::client::{self, ApiError};
use guichet_model::api::Catalogue;
use guichet_model::api::PlaceList;
use guichet_model::form::ServiceDefinition;
use guichet_model::Lang;

/// The catalogue in `lang`, filtered by the search words when there are any.
pub async fn catalogue(lang: Lang, query: &str) -> Result<Catalogue, ApiError> {
    let query = query.trim();
    if query.is_empty() {
        client::get(&format!("/api/v1/services?lang={lang}")).await
    } else {
        client::get(&format!("/api/v1/services?lang={lang}&q={}", encode_segment(query))).await
    }
}

/// A service's whole definition, with its texts in every language.
pub async fn definition(id: &str) -> Result<ServiceDefinition, ApiError> {
    client::get(&guichet_model::api::service_path(id)).await
}

/// The localities and municipalities of a postcode (empty when unknown).
pub async fn places(postcode: &str) -> Result<PlaceList, ApiError> {
    client::get(&format!("/api/v1/places?postcode={}", encode_segment(postcode))).await
}
