//! The OpenAPI document, generated from the shared model types and the handlers' annotations.

use crate::{auth, cases, documents, drafts, places, services, uploads};
use axum::Json;
use guichet_model::api::{ActiveSession, SessionList, AccountKind, CaseDetail, CaseList, CaseStatus, CaseSummary, DocumentMeta, Me, Place, PlaceList, SessionInfo, SignInRequest, StatusEvent, Text};
use guichet_model::problem::{ErrorCode, FieldError, Problem};
use guichet_model::form::{
    Audience, Catalogue, CatalogueTopic, ChoiceOption, ChoiceStyle, Condition, DateRule, Draft, DraftList, DraftSummary, FeeItem, FeeRule, Field,
    FieldKind, FileAnswer, LinkOut, NewDraft, SaveDraft, ServiceDefinition, ServiceSummary, Step, Submission, Topic,
};
use guichet_model::Lang;
use guichet_model::api::LocalizedText;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "guichet portal API", version = "1", description = "The portal API that the guichet citizen frontend talks to. Errors are application/problem+json with a machine `code`."),
    paths(auth::session_info, auth::sign_in, auth::sign_out, auth::sessions, auth::sign_out_everywhere, auth::end_session, cases::list, cases::detail, documents::meta, documents::content, places::list,
        services::catalogue, services::definition, drafts::create, drafts::list, drafts::get, drafts::save, drafts::delete, drafts::submit, drafts::submission,
        uploads::upload, uploads::remove),
    components(schemas(ActiveSession, SessionList, Lang, Text, AccountKind, Me, SessionInfo, SignInRequest, CaseStatus, CaseSummary, CaseList,
        StatusEvent, DocumentMeta, CaseDetail, Place, PlaceList, LocalizedText, Audience, Catalogue, CatalogueTopic, ServiceSummary, ServiceDefinition, Step, Field, FieldKind,
        ChoiceOption, ChoiceStyle, Condition, DateRule, FeeItem, FeeRule, LinkOut, Topic, Draft, DraftSummary, DraftList, NewDraft, SaveDraft, Submission, FileAnswer, ErrorCode, FieldError, Problem)),
    tags((name = "session", description = "Sign-in, sign-out and the CSRF token"),
        (name = "cases", description = "The signed-in account's cases"),
        (name = "documents", description = "Documents sent by the authorities"),
        (name = "services", description = "The catalogue of online services and their form definitions"),
        (name = "drafts", description = "Applications in progress, saved as the citizen goes, and their submission"),
        (name = "places", description = "Postcodes and municipalities, from swisstopo's official directory of localities"))
)]
pub struct ApiDoc;

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
