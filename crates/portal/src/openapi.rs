//! The OpenAPI document, generated from the shared model types and the handlers' annotations.

use crate::{auth, cases, documents};
use axum::Json;
use guichet_model::api::{AccountKind, CaseDetail, CaseList, CaseStatus, CaseSummary, DocumentMeta, Me, SessionInfo, SignInRequest, StatusEvent, Text};
use guichet_model::problem::{ErrorCode, FieldError, Problem};
use guichet_model::Lang;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "guichet portal API", version = "1", description = "The portal API that the guichet citizen frontend talks to. Errors are application/problem+json with a machine `code`."),
    paths(auth::session_info, auth::sign_in, auth::sign_out, cases::list, cases::detail, documents::meta, documents::content),
    components(schemas(Lang, Text, AccountKind, Me, SessionInfo, SignInRequest, CaseStatus, CaseSummary, CaseList,
        StatusEvent, DocumentMeta, CaseDetail, ErrorCode, FieldError, Problem)),
    tags((name = "session", description = "Sign-in, sign-out and the CSRF token"),
        (name = "cases", description = "The signed-in account's cases"),
        (name = "documents", description = "Documents sent by the authorities"))
)]
pub struct ApiDoc;

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
