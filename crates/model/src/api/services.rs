//! The catalogue of services. A service's own definition is the schema in `form`.

use super::{encode_component, Text};
use crate::form::Audience;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A service's definition with its texts in every language, as its wizard loads it.
pub fn service_path(id: &str) -> String {
    format!("/api/v1/services/{}", encode_component(id))
}

/// A service in the catalogue, in the requested language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ServiceSummary {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub audience: Audience,
    pub sign_in_required: bool,
    pub has_fee: bool,
    /// Set for services run elsewhere: the catalogue links out, marked as leaving the portal.
    pub link_out: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CatalogueTopic {
    pub id: String,
    pub title: Text,
    pub services: Vec<ServiceSummary>,
}

/// `GET /api/v1/services`: the services by topic, filtered by `q` when given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Catalogue {
    pub topics: Vec<CatalogueTopic>,
}
