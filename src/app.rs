//! The router and the layout shell: language from the URL, `<html lang>`, focus on route
//! change, and the round trip through sign-in when the session ends.

use crate::api;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::i18n::{use_i18n, I18n, INTERFACE_LANGS};
use crate::pages::{case_detail::CaseDetailPage, dashboard::DashboardPage, not_found::NotFoundPage, sign_in::SignInPage};
use crate::routes::{sign_in_href, Page, Section};
use crate::session::{use_session, Session};
use guichet_model::api::Me;
use guichet_model::Lang;
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::{path, NavigateOptions};
use wasm_bindgen::JsCast;

#[component]
pub fn App(i18n: I18n, user: Option<Me>) -> impl IntoView {
    provide_context(i18n);
    let session = Session::new(user);
    provide_context(session);
    // A 401 anywhere ends the mirrored session; `SignedInOnly` then sends the citizen to
    // sign in and back to the page they were on.
    api::client::on_sign_in_required(move || session.user.set(None));
    Effect::new(move |_| set_html_lang(i18n.lang()));

    view! {
        <Router>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=RootRedirect/>
                <ParentRoute path=path!("/:lang") view=Shell>
                    <Route path=path!("") view=LangHome/>
                    <Route path=path!(":section") view=SectionPage/>
                    <Route path=path!(":section/:id") view=ItemPage/>
                    <Route path=path!("*rest") view=NotFoundPage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

fn set_html_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

fn replace() -> NavigateOptions {
    NavigateOptions { replace: true, ..Default::default() }
}

/// `/`: the remembered or negotiated language's dashboard.
#[component]
fn RootRedirect() -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    view! { <Redirect path=Page::Cases.href(lang) options=replace()/> }
}

/// `/de`: the dashboard in that language.
#[component]
fn LangHome() -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    view! { <Redirect path=Page::Cases.href(lang) options=replace()/> }
}

/// The language of the URL, if it is one the interface speaks.
fn url_lang() -> Memo<Option<Lang>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("lang").and_then(|c| INTERFACE_LANGS.into_iter().find(|l| l.code() == c))))
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    let lang = url_lang();
    Effect::new(move |_| {
        if let Some(lang) = lang.get() {
            i18n.switch_to(lang);
        }
    });
    focus_heading_on_navigation();
    link_alternate_languages();

    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1">
            <Show when=move || lang.get().is_some() fallback=|| view! { <NotFoundPage/> }>
                <Outlet/>
            </Show>
        </main>
        <Footer/>
    }
}

/// Keeps `<link rel="alternate" hreflang>` in the head pointing at the current page in every
/// interface language, so search engines and assistive tools find each version.
fn link_alternate_languages() {
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let page = Page::of_path(&path).unwrap_or(Page::Home);
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
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
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

#[component]
fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("section").and_then(|s| Section::from_slug(&s))) {
        Some(Section::Cases) => view! { <SignedInOnly><DashboardPage/></SignedInOnly> }.into_any(),
        Some(Section::SignIn) => view! { <SignInPage/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("section").and_then(|s| Section::from_slug(&s))) {
        Some(Section::Cases) => view! { <SignedInOnly><CaseDetailPage/></SignedInOnly> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Shows its children to a signed-in account; anyone else goes to sign in and comes back.
#[component]
fn SignedInOnly(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let location = use_location();
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || {
        let (path, search) = (location.pathname.get_untracked(), location.search.get_untracked());
        if signed_in.get() {
            children().into_any()
        } else if Page::of_path(&path) == Some(Page::SignIn) {
            // Already on the way to sign in (e.g. after signing out): nothing to come back to.
            ().into_any()
        } else {
            let here = if search.is_empty() { path } else { format!("{path}?{search}") };
            view! { <Redirect path=sign_in_href(i18n.lang_untracked(), Some(&here)) options=replace()/> }.into_any()
        }
    }
}
