//! The layout shell and the choice of page: language from the URL, `<html lang>`, focus on
//! route change, and the round trip through sign-in when the session ends.

use crate::api;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::i18n::{use_i18n, I18n, INTERFACE_LANGS};
use crate::pages::{case_detail::CaseDetailPage, dashboard::DashboardPage, not_found::NotFoundPage, sign_in::SignInPage};
use crate::router::{use_router, Redirect, Router};
use crate::routes::{sign_in_href, Page};
use crate::session::{use_session, Session};
use guichet_model::api::Me;
use guichet_model::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the current URL shows, whatever its language: a language switch keeps the page and
/// only its content is fetched anew.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    /// `/`: to be sent to the remembered or negotiated language.
    Root,
    Page(Page),
    NotFound,
}

fn url_lang(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    INTERFACE_LANGS.into_iter().find(|l| l.code() == first)
}

#[component]
pub fn App(i18n: I18n, user: Option<Me>) -> impl IntoView {
    provide_context(i18n);
    let session = Session::new(user);
    provide_context(session);
    let router = Router::install();
    // A 401 anywhere ends the mirrored session; `SignedInOnly` then sends the citizen to
    // sign in and back to the page they were on.
    api::client::on_sign_in_required(move || session.user.set(None));
    Effect::new(move |_| set_html_lang(i18n.lang()));
    Effect::new(move |_| {
        if let Some(lang) = router.location.with(|l| url_lang(&l.path)) {
            i18n.switch_to(lang);
        }
    });
    let shown = Memo::new(move |_| {
        router.location.with(|l| match (l.path.as_str(), url_lang(&l.path)) {
            ("/", _) => Shown::Root,
            (path, Some(_)) => Page::of_path(path).map_or(Shown::NotFound, Shown::Page),
            _ => Shown::NotFound,
        })
    });
    focus_heading_on_navigation();
    link_alternate_languages();

    let page = move || match shown.get() {
        Shown::Root => view! { <Redirect to=Page::Cases.href(i18n.lang_untracked())/> }.into_any(),
        // `/fr`: the language of the URL, which the messages may still be on their way to.
        Shown::Page(Page::Home) => {
            let lang = router.location.with_untracked(|l| url_lang(&l.path)).unwrap_or(Lang::REFERENCE);
            view! { <Redirect to=Page::Cases.href(lang)/> }.into_any()
        }
        Shown::Page(Page::Cases) => view! { <SignedInOnly><DashboardPage/></SignedInOnly> }.into_any(),
        Shown::Page(Page::Case(id)) => {
            let id = StoredValue::new(id);
            view! { <SignedInOnly><CaseDetailPage id=id.get_value()/></SignedInOnly> }.into_any()
        }
        Shown::Page(Page::SignIn) => view! { <SignInPage/> }.into_any(),
        Shown::NotFound => view! { <NotFoundPage/> }.into_any(),
    };
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1">{page}</main>
        <Footer/>
    }
}

fn set_html_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Keeps `<link rel="alternate" hreflang>` in the head pointing at the current page in every
/// interface language, so search engines and assistive tools find each version.
fn link_alternate_languages() {
    let router = use_router();
    Effect::new(move |_| {
        let page = router.location.with(|l| Page::of_path(&l.path)).unwrap_or(Page::Home);
        let document = document();
        let (Some(head), Ok(origin)) = (document.head(), window().location().origin()) else { return };
        for lang in INTERFACE_LANGS {
            let id = format!("alternate-{lang}");
            let link = document.get_element_by_id(&id).or_else(|| {
                let link = document.create_element("link").ok()?;
                link.set_id(&id);
                let _ = link.set_attribute("rel", "alternate");
                let _ = link.set_attribute("hreflang", lang.code());
                head.append_child(&link).ok()?;
                Some(link)
            });
            if let Some(link) = link {
                let _ = link.set_attribute("href", &format!("{origin}{}", page.href(lang)));
            }
        }
    });
}

/// After a client-side navigation, focus moves to the new page's `<h1>`, so screen readers
/// announce it and keyboard users start at the top of the content.
fn focus_heading_on_navigation() {
    let router = use_router();
    let path = Memo::new(move |_| router.location.with(|l| l.path.clone()));
    Effect::new(move |previous: Option<String>| {
        let path = path.get();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(|| {
                let heading = document().query_selector("main h1").ok().flatten();
                if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = heading.focus();
                }
            });
        }
        path
    });
}

/// Shows its children to a signed-in account; anyone else goes to sign in and comes back.
#[component]
fn SignedInOnly(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let router = use_router();
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || {
        let here = router.location.get_untracked();
        if signed_in.get() {
            children().into_any()
        } else if Page::of_path(&here.path) == Some(Page::SignIn) {
            // Already on the way to sign in (e.g. after signing out): nothing to come back to.
            ().into_any()
        } else {
            view! { <Redirect to=sign_in_href(i18n.lang_untracked(), Some(&here.href()))/> }.into_any()
        }
    }
}
