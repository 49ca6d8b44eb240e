//! The OpenAPI document, generated from the shared model types and the handlers' annotations.

use crate::http::{backoffice, cases, documents, drafts, messages, places, services, session, uploads};
use axum::Json;
use guichet_model::api::LocalizedText;
use guichet_model::api::{
    AccountKind, ActionRequest, ActiveSession, AuthorityLevel, AuthorityMessage, CaseDetail, CaseList, CaseStatus, CaseSummary, Choice, Created, Decision,
    DocumentDelivery, DocumentItem, DocumentMeta, DocumentOverview, Inbox, InboxItem, MandateChange, MandateScope, Me, Message, NewMessage, Party, PartyChoice,
    Place, PlaceList, Sender, SessionInfo, SessionList, SignInRequest, StatusChange, StatusCount, StatusEvent, Text,
};
use guichet_model::api::{Catalogue, CatalogueTopic, Draft, DraftList, DraftSummary, NewDraft, SaveDraft, ServiceSummary, Submission};
use guichet_model::form::{
    Audience, ChoiceOption, ChoiceStyle, Condition, DateRule, FeeItem, FeeRule, Field, FieldKind, FileAnswer, LinkOut, ServiceDefinition, Step, Topic,
};
use guichet_model::problem::{ErrorCode, FieldError, Problem};
use guichet_model::Lang;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    modifiers(&Edges),
    info(title = "guichet portal API", version = "1", description = "The portal API that the guichet citizen frontend talks to. Errors are application/problem+json with a machine `code`."),
    paths(session::session_info, session::sign_in, session::sign_out, session::sessions, session::sign_out_everywhere, session::end_session, cases::list, cases::detail, documents::overview, documents::meta, documents::content, places::list,
        services::catalogue, services::definition, drafts::create, drafts::list, drafts::get, drafts::save, drafts::delete, drafts::submit, drafts::submission,
        uploads::upload, uploads::remove, messages::reply, messages::inbox, messages::mark_read, messages::add_document, backoffice::change_status, backoffice::request_action, backoffice::deliver_document, backoffice::send_message, backoffice::grant_mandate, backoffice::withdraw_mandate, session::choose_party),
    components(schemas(ActiveSession, SessionList, Lang, Text, AccountKind, Me, SessionInfo, SignInRequest, CaseStatus, CaseSummary, CaseList,
        StatusEvent, DocumentMeta, DocumentOverview, DocumentItem, CaseDetail, StatusCount, Choice, Sender, AuthorityLevel, Decision, StatusChange, ActionRequest, DocumentDelivery, AuthorityMessage, Created, Message, NewMessage, Inbox, InboxItem, Party, PartyChoice, MandateScope, MandateChange, Place, PlaceList, LocalizedText, Audience, Catalogue, CatalogueTopic, ServiceSummary, ServiceDefinition, Step, Field, FieldKind,
        ChoiceOption, ChoiceStyle, Condition, DateRule, FeeItem, FeeRule, LinkOut, Topic, Draft, DraftSummary, DraftList, NewDraft, SaveDraft, Submission, FileAnswer, ErrorCode, FieldError, Problem)),
    tags((name = "session", description = "Sign-in, sign-out and the CSRF token"),
        (name = "cases", description = "The signed-in account's cases"),
        (name = "documents", description = "Documents sent by the authorities"),
        (name = "services", description = "The catalogue of online services and their form definitions"),
        (name = "drafts", description = "Applications in progress, saved as the citizen goes, and their submission"),
        (name = "places", description = "Postcodes and municipalities, from swisstopo's official directory of localities"),
        (name = "messages", description = "Each case's thread with the authority, the inbox, and documents the citizen adds to a case"),
        (name = "back office", description = "The authorities' side: a bearer token from GUICHET_BACKOFFICE_TOKEN, never a citizen session; 404 when none is configured"))
)]
pub struct ApiDoc;

/// Operations anyone may call; every other needs the session cookie, and every state change
/// the CSRF header as well.
const PUBLIC: [&str; 5] = ["/api/v1/session", "/api/v1/services", "/api/v1/services/{id}", "/api/v1/places", "/api/openapi.json"];

/// What every operation shares, added in one place so the document and the server agree: the
/// session cookie and CSRF header as security schemes, and the problems the portal's edges can
/// answer anywhere (malformed input, no session, CSRF or origin refused, not found, wrong
/// method, too slow, too large, too many, busy, internal).
struct Edges;

impl utoipa::Modify for Edges {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("guichet-session"))));
        components.add_security_scheme("csrf", SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-CSRF-Token"))));
        components.add_security_scheme("backoffice", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
        let problem = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(guichet_model::problem::PROBLEM_CONTENT_TYPE, ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build())
                .build()
        };
        let shared = [
            ("400", "malformed path, query or body"),
            ("401", "no session, or it ended"),
            ("403", "CSRF token or origin refused, or not allowed"),
            ("404", "unknown, or another account's"),
            ("405", "the path has no such method; Allow names those it has"),
            ("408", "the request took longer than the server waits"),
            ("413", "the body is larger than the endpoint accepts"),
            ("422", "fields refused; see errors"),
            ("429", "too many attempts; see Retry-After"),
            ("500", "internal error"),
            ("503", "busy; see Retry-After"),
        ];
        for (path, item) in api.paths.paths.iter_mut() {
            let public = PUBLIC.contains(&path.as_str());
            // The back office names its own scheme in its annotations.
            let backoffice = path.starts_with("/api/backoffice/");
            let operations = [
                (&mut item.get, false),
                (&mut item.head, false),
                (&mut item.post, true),
                (&mut item.put, true),
                (&mut item.delete, true),
                (&mut item.patch, true),
            ];
            for (operation, changes_state) in operations {
                let Some(operation) = operation.as_mut() else { continue };
                for (status, description) in shared {
                    operation.responses.responses.entry(status.to_owned()).or_insert_with(|| problem(description).into());
                }
                let mut schemes: Vec<&str> = Vec::new();
                if !public {
                    schemes.push("session");
                }
                if changes_state {
                    schemes.push("csrf");
                }
                if !schemes.is_empty() && !backoffice {
                    let requirement = schemes.iter().fold(SecurityRequirement::default(), |r, name| r.add::<&str, [&str; 0], &str>(name, []));
                    operation.security = Some(vec![requirement]);
                }
            }
        }
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
