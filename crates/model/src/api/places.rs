//! Localities by postcode, from swisstopo's official directory, for address fields.

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A locality with its postcode and the municipality it lies in, from swisstopo's official
/// directory of localities. A postcode can span several municipalities, even cantons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Place {
    /// Four digits, e.g. `6005`.
    pub postcode: String,
    /// The locality's official name, e.g. `St. Niklausen LU`.
    pub locality: String,
    pub municipality: String,
    /// The Federal Statistical Office's municipality number (eCH-0007), e.g. 1061 for Luzern.
    pub bfs_number: u32,
    /// Two-letter canton abbreviation, e.g. `LU`.
    pub canton: String,
}

/// Every locality of one postcode, sorted by municipality then locality; empty when the postcode
/// is unknown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PlaceList {
    pub places: Vec<Place>,
}
