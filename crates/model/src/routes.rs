//! The app's one route table, read by the app (which page a URL shows, the links it writes) and
//! by the portal (which data and code to hint when it serves a page's URL), so both read a URL
//! the same way.
//!
//! A URL is a language prefix and a slug in that language (`/de/faelle`, `/fr/dossiers`), so no
//! citizen reads a route in a language that is not theirs. Slugs of every language resolve, so a
//! shared link never breaks, and the language menu maps a page to its slug in another language.

use crate::api::encode_component;
use crate::Lang;

/// The first segment after the language: a part of the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The dashboard and the cases.
    Cases,
    SignIn,
    /// The catalogue, a service's start page and its applications.
    Services,
    /// The inbox across all cases.
    Messages,
    /// Documents across all cases.
    Documents,
}

impl Section {
    pub const ALL: [Section; 5] = [Section::Cases, Section::SignIn, Section::Services, Section::Messages, Section::Documents];

    /// The section's path segment in `lang`.
    pub fn slug(self, lang: Lang) -> &'static str {
        let slugs = match self {
            // de, fr, it, rm, en
            Section::Cases => ["faelle", "dossiers", "pratiche", "cas", "cases"],
            Section::SignIn => ["anmelden", "connexion", "accesso", "s-annunziar", "sign-in"],
            Section::Services => ["dienstleistungen", "prestations", "servizi", "servetschs", "services"],
            Section::Messages => ["nachrichten", "messages", "messaggi", "messadis", "messages"],
            Section::Documents => ["dokumente", "documents", "documenti", "documents", "documents"],
        };
        in_lang(slugs, lang)
    }

    /// The section a slug of any language names.
    pub fn of_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| Lang::ALL.iter().any(|l| s.slug(*l) == slug))
    }
}

/// One of five words, given in the order of `Lang::ALL`.
fn in_lang(words: [&'static str; 5], lang: Lang) -> &'static str {
    let [de, fr, it, rm, en] = words;
    match lang {
        Lang::De => de,
        Lang::Fr => fr,
        Lang::It => it,
        Lang::Rm => rm,
        Lang::En => en,
    }
}

/// Where a citizen is within a service's wizard: the last segment of its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WizardAt {
    /// A step, by the id the service definition gives it.
    Step(String),
    /// "Check your answers".
    Check,
    /// The confirmation after submitting.
    Done,
}

impl WizardAt {
    /// The last segment of the wizard's URL in `lang`: a step's id, or a word for the summary
    /// and the confirmation.
    pub fn slug(&self, lang: Lang) -> &str {
        match self {
            WizardAt::Step(step) => step,
            WizardAt::Check => in_lang(["pruefen", "verification", "verifica", "controlla", "check"], lang),
            WizardAt::Done => in_lang(["bestaetigung", "confirmation", "conferma", "confermaziun", "confirmation"], lang),
        }
    }

    /// What a last segment names, whatever its language; anything but the summary's and the
    /// confirmation's words is a step.
    pub fn of_slug(slug: &str) -> WizardAt {
        let named = |at: WizardAt| Lang::ALL.iter().any(|l| at.slug(*l) == slug).then_some(at);
        named(WizardAt::Check).or_else(|| named(WizardAt::Done)).unwrap_or_else(|| WizardAt::Step(slug.to_owned()))
    }
}

/// A page of the app, independent of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/de`: leads to the dashboard.
    Home,
    /// The dashboard; its filters are in the query.
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
    Wizard {
        service: String,
        draft: String,
        at: WizardAt,
    },
}

/// The code of a page that a release build of the app loads as a chunk of its own, when the
/// page first opens (`#[lazy]` in the app). The portal hints a page's chunk with the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chunk {
    Wizard,
    SignIn,
    Case,
    Documents,
    Inbox,
    Catalogue,
    Service,
}

impl Chunk {
    pub const ALL: [Chunk; 7] = [Chunk::Wizard, Chunk::SignIn, Chunk::Case, Chunk::Documents, Chunk::Inbox, Chunk::Catalogue, Chunk::Service];
}

impl Page {
    /// The page's path in `lang`.
    pub fn href(&self, lang: Lang) -> String {
        let at = |section: Section| format!("/{lang}/{}", section.slug(lang));
        match self {
            Page::Home => format!("/{lang}"),
            Page::Cases => at(Section::Cases),
            Page::Case(id) => format!("{}/{id}", at(Section::Cases)),
            Page::SignIn => at(Section::SignIn),
            Page::Services => at(Section::Services),
            Page::Messages => at(Section::Messages),
            Page::Documents => at(Section::Documents),
            Page::Service(id) => format!("{}/{id}", at(Section::Services)),
            Page::Wizard { service, draft, at: step } => format!("{}/{service}/{draft}/{}", at(Section::Services), step.slug(lang)),
        }
    }

    /// The page a path shows, whatever the language of its slugs; `None` for unknown paths.
    /// The first segment is taken as the language without being read.
    pub fn of_path(path: &str) -> Option<Page> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').skip(1).collect();
        if segments.iter().skip(1).any(|s| s.is_empty()) {
            return None;
        }
        let owned = |s: &str| s.to_owned();
        match segments.as_slice() {
            [] | [""] => Some(Page::Home),
            [slug, rest @ ..] => match (Section::of_slug(slug)?, rest) {
                (Section::Cases, []) => Some(Page::Cases),
                (Section::Cases, [id]) => Some(Page::Case(owned(id))),
                (Section::SignIn, []) => Some(Page::SignIn),
                (Section::Services, []) => Some(Page::Services),
                (Section::Messages, []) => Some(Page::Messages),
                (Section::Documents, []) => Some(Page::Documents),
                (Section::Services, [id]) => Some(Page::Service(owned(id))),
                (Section::Services, [service, draft, at]) => Some(Page::Wizard { service: owned(service), draft: owned(draft), at: WizardAt::of_slug(at) }),
                _ => None,
            },
        }
    }

    /// Shown to a signed-in account only; anyone else is sent to sign in and back. The home
    /// page counts, as it leads to the dashboard.
    pub fn needs_sign_in(&self) -> bool {
        match self {
            Page::Home | Page::Cases | Page::Case(_) | Page::Messages | Page::Documents | Page::Wizard { .. } => true,
            Page::SignIn | Page::Services | Page::Service(_) => false,
        }
    }

    /// The chunk that holds the page's code; `None` for the pages the first load carries (the
    /// dashboard, the page a returning citizen opens most, and the frame).
    pub fn chunk(&self) -> Option<Chunk> {
        match self {
            Page::Home | Page::Cases => None,
            Page::Case(_) => Some(Chunk::Case),
            Page::SignIn => Some(Chunk::SignIn),
            Page::Services => Some(Chunk::Catalogue),
            Page::Service(_) => Some(Chunk::Service),
            Page::Messages => Some(Chunk::Inbox),
            Page::Documents => Some(Chunk::Documents),
            Page::Wizard { .. } => Some(Chunk::Wizard),
        }
    }
}

/// The sign-in page, with where to return to afterwards.
pub fn sign_in_href(lang: Lang, next: Option<&str>) -> String {
    match next {
        Some(next) => format!("{}?next={}", Page::SignIn.href(lang), encode_component(next)),
        None => Page::SignIn.href(lang),
    }
}

/// The `next` of a sign-in link, when it may be returned to. Only same-site paths may: no
/// `//host`, no `https:`, no backslashes, and no control characters (browsers drop tabs and
/// newlines, turning `/\t/host` into `//host`).
pub fn safe_next(next: &str) -> Option<&str> {
    let plain = !next.contains(['\\', ':']) && !next.chars().any(char::is_control);
    (plain && next.starts_with('/') && !next.starts_with("//")).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_page() -> Vec<Page> {
        let wizard = |at| Page::Wizard { service: "dog-registration".into(), draft: "d1".into(), at };
        vec![
            Page::Home,
            Page::Cases,
            Page::Case("x1".into()),
            Page::SignIn,
            Page::Services,
            Page::Service("dog-registration".into()),
            Page::Messages,
            Page::Documents,
            wizard(WizardAt::Step("dog".into())),
            wizard(WizardAt::Check),
            wizard(WizardAt::Done),
        ]
    }

    #[test]
    fn every_page_round_trips_through_its_path_in_every_language() {
        for lang in Lang::ALL {
            for page in every_page() {
                let href = page.href(lang);
                assert!(href.starts_with(&format!("/{lang}")), "{href}");
                assert_eq!(Page::of_path(&href), Some(page.clone()), "{href}");
                // A trailing slash, as a hand-typed address may have, shows the same page.
                assert_eq!(Page::of_path(&format!("{href}/")), Some(page), "{href}/");
            }
        }
    }

    #[test]
    fn a_path_is_read_whatever_the_language_of_its_slugs() {
        for page in every_page() {
            for written_in in Lang::ALL {
                let href = page.href(written_in);
                for prefix in Lang::ALL {
                    let elsewhere = href.replacen(&format!("/{written_in}"), &format!("/{prefix}"), 1);
                    assert_eq!(Page::of_path(&elsewhere), Some(page.clone()), "{elsewhere}");
                }
            }
        }
    }

    #[test]
    fn pages_have_their_slug_in_each_language() {
        assert_eq!(Page::Cases.href(Lang::Fr), "/fr/dossiers");
        assert_eq!(Page::Case("x1".into()).href(Lang::It), "/it/pratiche/x1");
        assert_eq!(Page::SignIn.href(Lang::Rm), "/rm/s-annunziar");
        assert_eq!(Page::Messages.href(Lang::De), "/de/nachrichten");
        assert_eq!(Page::Documents.href(Lang::It), "/it/documenti");
        assert_eq!(Page::Home.href(Lang::En), "/en");
        let done = Page::Wizard { service: "move".into(), draft: "d2".into(), at: WizardAt::Done };
        assert_eq!(done.href(Lang::Rm), "/rm/servetschs/move/d2/confermaziun");
    }

    #[test]
    fn a_wizard_path_names_its_step_the_summary_or_the_confirmation() {
        let at = |path: &str| match Page::of_path(path) {
            Some(Page::Wizard { at, .. }) => Some(at),
            _ => None,
        };
        assert_eq!(at("/fr/prestations/dog-registration/d1/verification"), Some(WizardAt::Check));
        assert_eq!(at("/de/dienstleistungen/dog-registration/d1/bestaetigung"), Some(WizardAt::Done));
        assert_eq!(at("/it/servizi/dog-registration/d1/chip"), Some(WizardAt::Step("chip".into())));
        // Another section's slug is a step like any other word.
        assert_eq!(at("/de/dienstleistungen/dog-registration/d1/faelle"), Some(WizardAt::Step("faelle".into())));
    }

    #[test]
    fn unknown_paths_show_no_page() {
        for path in [
            "/de/nowhere",
            "/de/dienstleistungen/dog-registration/d1",
            "/de/dienstleistungen/dog-registration/d1/dog/more",
            "/de/faelle/x1/more",
            "/de/anmelden/x",
            "/de//faelle",
            "/de/faelle//x1",
            "/de/pruefen",
            "/de/bestaetigung",
        ] {
            assert_eq!(Page::of_path(path), None, "{path}");
        }
        assert_eq!(Page::of_path("/de/"), Some(Page::Home));
        assert_eq!(Page::of_path("/de"), Some(Page::Home));
    }

    #[test]
    fn the_lazily_loaded_pages_are_known_by_their_paths() {
        let chunk = |path: &str| Page::of_path(path).and_then(|p| p.chunk());
        assert_eq!(chunk("/de/dienstleistungen/dog-registration/x1/dog"), Some(Chunk::Wizard));
        assert_eq!(chunk("/fr/dossiers/abc"), Some(Chunk::Case));
        assert_eq!(chunk("/it/servizi"), Some(Chunk::Catalogue));
        assert_eq!(chunk("/en/services/tax-return"), Some(Chunk::Service));
        assert_eq!(chunk("/rm/documents"), Some(Chunk::Documents));
        assert_eq!(chunk("/de/nachrichten"), Some(Chunk::Inbox));
        assert_eq!(chunk("/it/accesso"), Some(Chunk::SignIn));
        assert_eq!(chunk("/de/faelle"), None);
        assert_eq!(chunk("/de"), None);
        // Another language's slug shows the page, so its code is the same.
        assert_eq!(chunk("/de/dossiers/abc"), Some(Chunk::Case));
        let chunks: std::collections::HashSet<Chunk> = every_page().iter().filter_map(Page::chunk).collect();
        assert_eq!(chunks.len(), Chunk::ALL.len(), "every chunk belongs to a page");
    }

    #[test]
    fn the_pages_behind_the_sign_in_are_the_citizens_own() {
        let open: Vec<Page> = every_page().into_iter().filter(|p| !p.needs_sign_in()).collect();
        assert_eq!(open, [Page::SignIn, Page::Services, Page::Service("dog-registration".into())]);
    }

    #[test]
    fn the_sign_in_link_carries_where_to_return_to() {
        assert_eq!(sign_in_href(Lang::De, Some("/de/faelle/x1")), "/de/anmelden?next=%2Fde%2Ffaelle%2Fx1");
        assert_eq!(sign_in_href(Lang::Fr, None), "/fr/connexion");
    }

    #[test]
    fn only_same_site_paths_are_returned_to_after_sign_in() {
        assert_eq!(safe_next("/fr/dossiers/x"), Some("/fr/dossiers/x"));
        for hostile in
            ["//evil.example/", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "/\t/evil.example", "/\n/evil.example", "evil.example"]
        {
            assert_eq!(safe_next(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn no_two_sections_share_a_slug_in_one_language() {
        for lang in Lang::ALL {
            let mut slugs: Vec<&str> = Section::ALL.iter().map(|s| s.slug(lang)).collect();
            slugs.extend([WizardAt::Check.slug(lang), WizardAt::Done.slug(lang)]);
            let count = slugs.len();
            slugs.sort();
            slugs.dedup();
            assert_eq!(slugs.len(), count, "{lang}");
        }
        // Nor across languages: a slug names one section, whatever its language.
        for section in Section::ALL {
            for lang in Lang::ALL {
                assert_eq!(Section::of_slug(section.slug(lang)), Some(section));
            }
        }
    }
}
