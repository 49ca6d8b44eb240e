//! The JSON shapes of the portal API (`/api/v1`) and the paths the app requests, written once
//! for the app and for the portal's hints. Dates are ISO 8601 strings: `YYYY-MM-DD` for calendar
//! dates and RFC 3339 for instants, so the browser can hand them to `Intl`.
//!
//! One module per resource, named as on both tiers (the app's `src/api/`, the portal's
//! `http/`); everything is re-exported here, so a type is always `api::Name`. The app's own
//! URLs are in `routes`.

mod backoffice;
mod cases;
mod documents;
mod drafts;
mod messages;
mod places;
mod services;
mod session;

pub use backoffice::*;
pub use cases::*;
pub use documents::*;
pub use drafts::*;
pub use messages::*;
pub use places::*;
pub use services::*;
pub use session::*;

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A piece of service content in the language it was actually found in. When `lang` differs
/// from the requested language the app marks the element with that `lang`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Text {
    pub text: String,
    pub lang: Lang,
}

/// Service content in every language it has been written in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<Lang, String>);

impl LocalizedText {
    pub fn new(entries: impl IntoIterator<Item = (Lang, impl Into<String>)>) -> Self {
        Self(entries.into_iter().map(|(l, s)| (l, s.into())).collect())
    }

    /// The text in `lang`, or along its fallback chain; `None` only if no language has it.
    pub fn pick(&self, lang: Lang) -> Option<Text> {
        lang.fallback_chain().chain(Lang::ALL).find_map(|l| self.0.get(&l).filter(|s| !s.is_empty()).map(|s| Text { text: s.clone(), lang: l }))
    }
}

/// What the dashboard requests at once for `query`. The server hints these with the page
/// (`Link: rel=preload`), so they load while the app does; the strings must therefore be the
/// app's requests byte for byte.
pub fn dashboard_requests(lang: Lang, query: &CaseQuery) -> [String; 4] {
    [query.api_path(lang), CaseQuery::waiting().api_path(lang), drafts_path(lang), inbox_path(lang)]
}

/// JavaScript's `encodeURIComponent`, for both sides: every byte but `A–Z a–z 0–9 - _ . ! ~ * ' ( )`
/// percent-encoded in UTF-8.
pub fn encode_component(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_a_service_and_a_draft_have_their_paths_with_the_id_encoded() {
        assert_eq!(case_path("LU-2026/7", Lang::It), "/api/v1/cases/LU-2026%2F7?lang=it");
        assert_eq!(service_path("dog-registration"), "/api/v1/services/dog-registration");
        assert_eq!(draft_path("a b"), "/api/v1/drafts/a%20b");
    }

    #[test]
    fn components_are_encoded_as_encode_uri_component_does() {
        assert_eq!(encode_component("Hund & Katze/ä?"), "Hund%20%26%20Katze%2F%C3%A4%3F");
        assert_eq!(encode_component("a-z_A.Z~0!9*'()"), "a-z_A.Z~0!9*'()");
        assert_eq!(encode_component("50%+1"), "50%25%2B1");
    }

    #[test]
    fn the_dashboard_requests_its_query_the_waiting_cases_drafts_and_messages() {
        let query = CaseQuery { q: Some("Hund ä".into()), page: 2, ..CaseQuery::default() };
        assert_eq!(
            dashboard_requests(Lang::Fr, &query),
            [
                "/api/v1/cases?lang=fr&q=Hund%20%C3%A4&page=2".to_owned(),
                "/api/v1/cases?lang=fr&status=action-required&sort=deadline".to_owned(),
                "/api/v1/drafts?lang=fr".to_owned(),
                "/api/v1/messages?lang=fr".to_owned(),
            ]
        );
        assert_eq!(CaseQuery { page: 1, ..CaseQuery::default() }.api_path(Lang::De), "/api/v1/cases?lang=de");
    }

    #[test]
    fn localized_text_picks_the_language_then_falls_back() {
        let t = LocalizedText::new([(Lang::De, "Hund anmelden"), (Lang::Fr, "Enregistrer un chien")]);
        assert_eq!(t.pick(Lang::Fr).unwrap(), Text { text: "Enregistrer un chien".into(), lang: Lang::Fr });
        assert_eq!(t.pick(Lang::Rm).unwrap().lang, Lang::De);
        assert_eq!(t.pick(Lang::It).unwrap().lang, Lang::De);
        let only_it = LocalizedText::new([(Lang::It, "Solo italiano")]);
        assert_eq!(only_it.pick(Lang::En).unwrap().lang, Lang::It);
        assert_eq!(LocalizedText::default().pick(Lang::De), None);
    }

    #[test]
    fn empty_translations_count_as_missing() {
        let t = LocalizedText::new([(Lang::De, "Umzug melden"), (Lang::It, "")]);
        assert_eq!(t.pick(Lang::It).unwrap().lang, Lang::De);
    }

    #[test]
    fn localized_text_is_a_plain_json_object() {
        let t: LocalizedText = serde_json::from_str(r#"{"de":"Ja","fr":"Oui"}"#).unwrap();
        assert_eq!(t.pick(Lang::Fr).unwrap().text, "Oui");
        assert_eq!(serde_json::to_string(&t).unwrap(), r#"{"de":"Ja","fr":"Oui"}"#);
    }
}
