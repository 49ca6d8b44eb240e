//! URLs: a language prefix and a slug in that language (`/de/faelle`, `/fr/dossiers`), so no
//! citizen reads a route in a language that is not theirs. Slugs of every language resolve,
//! and the language menu maps a page to its slug in the other language.

use guichet_model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Cases,
    SignIn,
}

impl Section {
    const ALL: [Section; 2] = [Section::Cases, Section::SignIn];

    pub fn slug(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Section::Cases, Lang::De) => "faelle",
            (Section::Cases, Lang::Fr) => "dossiers",
            (Section::Cases, Lang::It) => "pratiche",
            (Section::Cases, Lang::Rm) => "cas",
            (Section::Cases, Lang::En) => "cases",
            (Section::SignIn, Lang::De) => "anmelden",
            (Section::SignIn, Lang::Fr) => "connexion",
            (Section::SignIn, Lang::It) => "accesso",
            (Section::SignIn, Lang::Rm) => "s-annunziar",
            (Section::SignIn, Lang::En) => "sign-in",
        }
    }

    /// The section a slug of any language names.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| Lang::ALL.iter().any(|l| s.slug(*l) == slug))
    }
}

/// A page of the app, independent of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Cases,
    Case(String),
    SignIn,
}

impl Page {
    pub fn href(&self, lang: Lang) -> String {
        match self {
            Page::Home => format!("/{lang}"),
            Page::Cases => format!("/{lang}/{}", Section::Cases.slug(lang)),
            Page::Case(id) => format!("/{lang}/{}/{id}", Section::Cases.slug(lang)),
            Page::SignIn => format!("/{lang}/{}", Section::SignIn.slug(lang)),
        }
    }

    /// The page a path shows, whatever its language; `None` for unknown paths.
    pub fn of_path(path: &str) -> Option<Page> {
        let mut segments = path.trim_matches('/').split('/').skip(1);
        match (segments.next(), segments.next(), segments.next()) {
            (None | Some(""), None, None) => Some(Page::Home),
            (Some(slug), id, None) => match (Section::from_slug(slug)?, id) {
                (Section::Cases, None) => Some(Page::Cases),
                (Section::Cases, Some(id)) if !id.is_empty() => Some(Page::Case(id.to_owned())),
                (Section::SignIn, None) => Some(Page::SignIn),
                _ => None,
            },
            _ => None,
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
