//! URLs: a language prefix and a slug in that language (`/de/faelle`, `/fr/dossiers`), so no
//! citizen reads a route in a language that is not theirs. Slugs of every language resolve,
//! and the language menu maps a page to its slug in the other language.

use guichet_model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Cases,
    SignIn,
    Services,
    /// The last segment of a wizard URL for "check your answers".
    Check,
    /// The last segment of a wizard URL for the confirmation.
    Done,
    /// The inbox across all cases.
    Messages,
    /// Documents across all cases.
    Documents,
}

impl Section {
    const ALL: [Section; 7] = [Section::Cases, Section::SignIn, Section::Services, Section::Check, Section::Done, Section::Messages, Section::Documents];

    pub fn slug(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Section::Cases, lang) => guichet_model::api::cases_slug(lang),
            (Section::SignIn, lang) => guichet_model::api::sign_in_slug(lang),
            (Section::Services, lang) => guichet_model::api::services_slug(lang),
            (Section::Check, Lang::De) => "pruefen",
            (Section::Check, Lang::Fr) => "verification",
            (Section::Check, Lang::It) => "verifica",
            (Section::Check, Lang::Rm) => "controlla",
            (Section::Check, Lang::En) => "check",
            (Section::Done, Lang::De) => "bestaetigung",
            (Section::Done, Lang::Fr) => "confirmation",
            (Section::Done, Lang::It) => "conferma",
            (Section::Done, Lang::Rm) => "confermaziun",
            (Section::Done, Lang::En) => "confirmation",
            (Section::Messages, lang) => guichet_model::api::messages_slug(lang),
            (Section::Documents, lang) => guichet_model::api::documents_slug(lang),
        }
    }

    /// The section a slug of any language names.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| Lang::ALL.iter().any(|l| s.slug(*l) == slug))
    }
}

/// Where a citizen is within a service's wizard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WizardAt {
    /// A step, by the id the service definition gives it.
    Step(String),
    /// "Check your answers".
    Check,
    /// The confirmation after submitting.
    Done,
}

/// A page of the app, independent of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Cases,
    Case(String),
    SignIn,
    /// The catalogue; the search words are in the query (`?q=`).
    Services,
    /// A service's start page.
    Service(String),
    /// The inbox: the latest messages across all cases.
    Messages,
    /// Documents across all cases; the filters are in the query.
    Documents,
    /// One application (draft) of a service.
    Wizard { service: String, draft: String, at: WizardAt },
}

impl Page {
    pub fn href(&self, lang: Lang) -> String {
        match self {
            Page::Home => format!("/{lang}"),
            Page::Cases => format!("/{lang}/{}", Section::Cases.slug(lang)),
            Page::Case(id) => format!("/{lang}/{}/{id}", Section::Cases.slug(lang)),
            Page::SignIn => format!("/{lang}/{}", Section::SignIn.slug(lang)),
            Page::Services => format!("/{lang}/{}", Section::Services.slug(lang)),
            Page::Messages => format!("/{lang}/{}", Section::Messages.slug(lang)),
            Page::Documents => format!("/{lang}/{}", Section::Documents.slug(lang)),
            Page::Service(id) => format!("/{lang}/{}/{id}", Section::Services.slug(lang)),
            Page::Wizard { service, draft, at } => {
                let at = match at {
                    WizardAt::Step(step) => step.as_str(),
                    WizardAt::Check => Section::Check.slug(lang),
                    WizardAt::Done => Section::Done.slug(lang),
                };
                format!("/{lang}/{}/{service}/{draft}/{at}", Section::Services.slug(lang))
            }
        }
    }

    /// The page a path shows, whatever its language; `None` for unknown paths.
    pub fn of_path(path: &str) -> Option<Page> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').skip(1).collect();
        if segments.iter().skip(1).any(|s| s.is_empty()) {
            return None;
        }
        let owned = |s: &str| s.to_owned();
        match segments.as_slice() {
            [] | [""] => Some(Page::Home),
            [slug, rest @ ..] => match (Section::from_slug(slug)?, rest) {
                (Section::Cases, []) => Some(Page::Cases),
                (Section::Cases, [id]) => Some(Page::Case(owned(id))),
                (Section::SignIn, []) => Some(Page::SignIn),
                (Section::Services, []) => Some(Page::Services),
                (Section::Messages, []) => Some(Page::Messages),
                (Section::Documents, []) => Some(Page::Documents),
                (Section::Services, [id]) => Some(Page::Service(owned(id))),
                (Section::Services, [service, draft, at]) => {
                    let at = match Section::from_slug(at) {
                        Some(Section::Check) => WizardAt::Check,
                        Some(Section::Done) => WizardAt::Done,
                        _ => WizardAt::Step(owned(at)),
                    };
                    Some(Page::Wizard { service: owned(service), draft: owned(draft), at })
                }
                _ => None,
            },
        }
    }
}

/// The sign-in page, with where to return to afterwards.
pub fn sign_in_href(lang: Lang, next: Option<&str>) -> String {
    match next {
        Some(next) => format!("{}?next={}", Page::SignIn.href(lang), String::from(js_sys::encode_uri_component(next))),
        None => Page::SignIn.href(lang),
    }
}

/// Only same-site paths may be returned to: no `//host`, no `https:`, no backslashes, and no
/// control characters (browsers drop tabs and newlines, turning `/\t/host` into `//host`).
pub fn safe_next(next: &str) -> Option<&str> {
    let plain = !next.contains(['\\', ':']) && !next.chars().any(char::is_control);
    (plain && next.starts_with('/') && !next.starts_with("//")).then_some(next)
}

/// Goes to `href` within the app, with a new history entry unless `replace`.
///
/// leptos_router 0.8.17 skips its `pushState` when the target equals the last entry it
/// pushed itself; after the browser's Forward button that entry is stale, and the page then
/// changes without the address bar (a reload would show the wrong step). Pushing the entry
/// here and letting the router replace it keeps both in step.
pub fn go_to(navigate: &impl Fn(&str, leptos_router::NavigateOptions), href: &str, replace: bool) {
    go(navigate, href, replace, true);
}

/// Like [`go_to`], but the page stays scrolled where it is: for a filter that changes a list
/// below the citizen's eyes.
pub fn go_to_in_place(navigate: &impl Fn(&str, leptos_router::NavigateOptions), href: &str, replace: bool) {
    go(navigate, href, replace, false);
}

fn go(navigate: &impl Fn(&str, leptos_router::NavigateOptions), href: &str, replace: bool, scroll: bool) {
    if !replace {
        if let Ok(history) = leptos::prelude::window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
    }
    navigate(href, leptos_router::NavigateOptions { replace: true, scroll, ..Default::default() });
}
