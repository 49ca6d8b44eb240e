//! The postcode lookup the wizard calls as the citizen types.

use crate::domain::places::places;
use crate::error::{ApiError, ApiResult};
use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use guichet_model::api::PlaceList;
use guichet_model::problem::FieldError;
use guichet_model::{swiss, validate};
use std::collections::HashMap;

/// The localities and municipalities of a postcode. A well-formed but unknown postcode gives an
/// empty list rather than 404, so an app looking up as the citizen types logs no errors.
#[utoipa::path(get, path = "/api/v1/places", tag = "places",
    params(("postcode" = String, Query, pattern = "^[1-9][0-9]{3}$", description = "four digits from 1000 to 9999, e.g. 6005")),
    responses((status = 200, body = PlaceList, description = "cacheable for a day"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json",
            description = "`postcode-invalid`: missing, or not four digits from 1000 to 9999")))]
pub async fn list(query: Result<Query<HashMap<String, String>>, QueryRejection>) -> ApiResult<impl IntoResponse> {
    // A query that does not parse is answered like a missing postcode, as problem+json. The
    // check is the wizard's own, so the app and this lookup agree on what a postcode is.
    let postcode = query
        .ok()
        .and_then(|Query(mut q)| q.remove("postcode"))
        .filter(|p| swiss::postcode_is_well_formed(p))
        .ok_or_else(|| ApiError::validation(vec![FieldError::new("postcode", validate::POSTCODE_INVALID)]))?;
    let list = PlaceList { places: places().lookup(postcode.trim()) };
    // Static reference data; the session layer only adds no-store where nothing is set.
    Ok(([(header::CACHE_CONTROL, "public, max-age=86400")], Json(list)))
}
