//! The catalogue and the services' definitions.

use super::extract::ContentLang;
use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::Json;
use guichet_model::api::{Catalogue, CatalogueTopic, ServiceSummary};
use guichet_model::api::{LocalizedText, Text};
use guichet_model::form::ServiceDefinition;
use guichet_model::search::fold;
use guichet_model::Lang;
use serde::Deserialize;
use std::collections::HashMap;

fn pick(text: &LocalizedText, lang: Lang) -> Text {
    text.pick(lang).unwrap_or_else(|| Text { text: String::new(), lang })
}

#[derive(Deserialize)]
pub struct CatalogueQuery {
    #[serde(default)]
    q: Option<String>,
}

/// The catalogue by topic. With `q`, only services whose title, summary, description or topic
/// contain every word of it, in the requested language, ignoring case and accents.
#[utoipa::path(get, path = "/api/v1/services", tag = "services",
    params(("lang" = Option<String>, Query), ("q" = Option<String>, Query, description = "search words")),
    responses((status = 200, body = Catalogue)))]
pub async fn catalogue(State(state): State<AppState>, ContentLang(lang): ContentLang, Query(query): Query<CatalogueQuery>) -> Json<Catalogue> {
    let words: Vec<String> = query.q.map(|q| fold(&q)).unwrap_or_default().split_whitespace().map(str::to_owned).collect();
    let services = &state.services;
    let topic_titles: HashMap<&str, &LocalizedText> = services.topics.iter().map(|t| (t.id.as_str(), &t.title)).collect();
    let topics = services
        .topics
        .iter()
        .map(|topic| CatalogueTopic {
            id: topic.id.clone(),
            title: pick(&topic.title, lang),
            services: services
                .services
                .iter()
                .filter(|s| s.topic == topic.id)
                .filter(|s| {
                    let haystack = [&s.title, &s.summary, &s.description, topic_titles[s.topic.as_str()]]
                        .into_iter()
                        .map(|t| fold(&pick(t, lang).text))
                        .collect::<Vec<_>>()
                        .join(" ");
                    words.iter().all(|w| haystack.contains(w.as_str()))
                })
                .map(|s| ServiceSummary {
                    id: s.id.clone(),
                    title: pick(&s.title, lang),
                    summary: pick(&s.summary, lang),
                    audience: s.audience,
                    sign_in_required: s.sign_in_required,
                    has_fee: !s.fees.is_empty(),
                    link_out: s.link_out.as_ref().map(|l| l.url.clone()),
                })
                .collect(),
        })
        .filter(|t: &CatalogueTopic| !t.services.is_empty())
        .collect();
    Json(Catalogue { topics })
}

/// One service's whole definition, with its texts in every language.
#[utoipa::path(get, path = "/api/v1/services/{id}", tag = "services",
    params(("id" = String, Path)),
    responses((status = 200, body = ServiceDefinition),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn definition(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<ServiceDefinition>> {
    state.services.get(&id).cloned().map(Json).ok_or_else(ApiError::not_found)
}
