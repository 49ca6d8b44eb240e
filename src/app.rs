//! The layout shell and the choice of page: language from the URL, `<html lang>`, focus on
//! route change, and the round trip through sign-in when the session ends.

use crate::api;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::session_timeout::SessionTimeout;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{use_i18n, I18n, INTERFACE_LANGS};
use crate::pages::{
    case_detail::CaseDetailPage, catalogue::CataloguePage, dashboard::DashboardPage, not_found::NotFoundPage, service_start::ServiceStartPage,
    sign_in::SignInPage, wizard::WizardPage,
};
use crate::routes::{sign_in_href, Page, WizardAt};
use crate::session::{use_session, Session};
use guichet_model::api::SessionInfo;
use guichet_model::Lang;
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{path, NavigateOptions};
use wasm_bindgen::JsCast;

fn url_lang(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    INTERFACE_LANGS.into_iter().find(|l| l.code() == first)
}

#[component]
pub fn App(i18n: I18n, session: Option<SessionInfo>) -> impl IntoView {
    provide_context(i18n);
    let session = Session::new(session);
    provide_context(session);
    api::client::on_session_activity(move || session.touched());
    session.follow_other_tabs();
    // A 401 anywhere ends the mirrored session; `SignedInOnly` then sends the citizen to
    // sign in and back to the page they were on.
    api::client::on_sign_in_required(move || session.ended_by_itself());
    Effect::new(move |_| set_html_lang(i18n.lang()));
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Replaces the current history entry, so Back skips the redirect.
fn replace() -> NavigateOptions {
    NavigateOptions { replace: true, ..NavigateOptions::default() }
}

/// The frame and the page. One wildcard route hands every path to the model's route table,
/// which knows the slugs of all five languages; leptos_router does the history, links and query.
#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |_| {
        if let Some(lang) = url_lang(&location.pathname.read()) {
            i18n.switch_to(lang);
        }
    });
    focus_heading_on_navigation();
    link_alternate_languages();
    // The header's unread count, as soon as someone is signed in.
    let session = use_session();
    Effect::new(move |_| {
        if session.user.with(Option::is_some) {
            leptos::task::spawn_local(async move {
                if let Ok(inbox) = api::messages::inbox(i18n.lang_untracked()).await {
                    session.unread.set(inbox.unread);
                }
            });
        }
    });
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=move || view! { <Redirect path=Page::Cases.href(i18n.lang_untracked()) options=replace()/> }/>
                <Route path=path!("/*any") view=PageView/>
            </Routes>
        </main>
        <Footer/>
        <SessionWarning/>
    }
}

/// Warns before the session ends, and "stay signed in" really extends it on the server; when
/// it has ended, the citizen is sent to sign in and back (a wizard's answers are kept).
#[component]
fn SessionWarning() -> impl IntoView {
    let session = use_session();
    let stay = Action::new_local(move |_: &()| async move {
        if let Ok(info) = api::session::current().await {
            session.started(&info);
        }
    });
    move || {
        session.is_signed_in().then(|| {
            view! {
                <SessionTimeout
                    ends_at=session.ends_at
                    extendable=Signal::derive(move || !session.ends_for_good())
                    on_stay=move |_| { stay.dispatch(()); }
                    on_expired=move |_| session.ended_by_itself()
                />
            }
        })
    }
}

/// What the current URL shows, whatever its language: a language switch keeps the page and
/// only its content is fetched anew.
#[component]
fn PageView() -> impl IntoView {
    let location = use_location();
    // Within one application the step is left out: the wizard page stays while the citizen
    // moves between steps, and reads the step itself.
    let shown = Memo::new(move |_| {
        let path = location.pathname.read();
        url_lang(&path).and_then(|_| Page::of_path(&path)).map(|page| match page {
            Page::Wizard { service, draft, .. } => Page::Wizard { service, draft, at: WizardAt::Check },
            page => page,
        })
    });
    move || match shown.get() {
        // `/fr`: the language of the URL, which the messages may still be on their way to.
        Some(Page::Home) => {
            let lang = url_lang(&location.pathname.get_untracked()).unwrap_or(Lang::REFERENCE);
            view! { <Redirect path=Page::Cases.href(lang) options=replace()/> }.into_any()
        }
        Some(page) if page.needs_sign_in() => view! { <SignedInOnly>{page_view(page.clone())}</SignedInOnly> }.into_any(),
        Some(page) => page_view(page),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A page's view, without the sign-in guard; the home page only leads to the dashboard.
fn page_view(page: Page) -> AnyView {
    match page {
        Page::Home | Page::Cases => view! { <DashboardPage/> }.into_any(),
        Page::Case(id) => lazy_page(case_view(id)),
        Page::Documents => lazy_page(documents_view()),
        Page::Messages => lazy_page(inbox_view()),
        Page::SignIn => lazy_page(sign_in_view()),
        Page::Services => lazy_page(catalogue_view()),
        Page::Service(id) => lazy_page(service_view(id)),
        Page::Wizard { service, draft, .. } => lazy_page(wizard_view(service, draft)),
    }
}

// Every page but the dashboard, the page a returning citizen opens most. A release build
// (`scripts/build-app`) puts each one's code in a wasm chunk of its own, loaded when the page
// first opens (and hinted by the portal when it is the page opened), so the first load carries
// only the dashboard and the frame. Elsewhere these are plain async functions. The route
// table's `Chunk` names them for the portal, which finds their files in `lazy-pages.json` by
// these functions' names.

/// A page whose code may still be on its way: the skeleton of index.html holds its place.
fn lazy_page(page: impl std::future::Future<Output = AnyView> + Send + 'static) -> AnyView {
    let skeleton = || view! { <div class="page"><div class="skeleton__heading"></div><ListSkeleton/></div> };
    view! { <Suspense fallback=skeleton>{Suspend::new(page)}</Suspense> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn wizard_view(service: String, draft: String) -> AnyView {
    // The answers only this device holds, decrypted before the page reads them.
    crate::vault::open().await;
    view! { <WizardPage service=service draft=draft/> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn sign_in_view() -> AnyView {
    view! { <SignInPage/> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn case_view(id: String) -> AnyView {
    // A reply being written, decrypted before the page reads it.
    crate::vault::open().await;
    view! { <CaseDetailPage id=id/> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn documents_view() -> AnyView {
    view! { <crate::pages::documents::DocumentsPage/> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn inbox_view() -> AnyView {
    view! { <crate::pages::inbox::InboxPage/> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn catalogue_view() -> AnyView {
    view! { <CataloguePage/> }.into_any()
}

#[cfg_attr(guichet_split, lazy)]
async fn service_view(id: String) -> AnyView {
    view! { <ServiceStartPage id=id/> }.into_any()
}

fn set_html_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Keeps `<link rel="alternate" hreflang>` in the head pointing at the current page in every
/// interface language, so search engines and assistive tools find each version.
fn link_alternate_languages() {
    let location = use_location();
    Effect::new(move |_| {
        let page = Page::of_path(&location.pathname.read()).unwrap_or(Page::Home);
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
/// announce it and keyboard users start at the top of the content; or, for a link to a field
/// (a "change" link on "check your answers": `…#persons.0.first-name`), to that field.
fn focus_heading_on_navigation() {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_when_shown(location.hash.get_untracked(), FOCUS_WAIT_FRAMES);
        }
        path
    });
}

/// How long focus waits for the new page to appear: its code may first have to load (a lazy
/// page's chunk), about three seconds of animation frames.
const FOCUS_WAIT_FRAMES: u32 = 180;

fn focus_when_shown(hash: String, frames_left: u32) {
    request_animation_frame(move || {
        let target =
            hash.strip_prefix('#').and_then(|id| document().get_element_by_id(&String::from(js_sys::decode_uri_component(id).unwrap_or_else(|_| id.into()))));
        let target = target.or_else(|| document().query_selector("main h1").ok().flatten());
        match target.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(target) => {
                let _ = target.focus();
            }
            None if frames_left > 0 => focus_when_shown(hash, frames_left - 1),
            None => {}
        }
    });
}

/// Shows its children to a signed-in account; anyone else goes to sign in and comes back.
#[component]
fn SignedInOnly(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let location = use_location();
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || {
        let path = location.pathname.get_untracked();
        if signed_in.get() {
            children().into_any()
        } else if Page::of_path(&path) == Some(Page::SignIn) {
            // Already on the way to sign in (e.g. after signing out): nothing to come back to.
            ().into_any()
        } else {
            let search = location.search.get_untracked();
            let here = if search.is_empty() { path } else { format!("{path}?{search}") };
            let mut to = sign_in_href(i18n.lang_untracked(), Some(&here));
            if session.expired.get_untracked() {
                to.push_str("&expired=1");
            }
            view! { <Redirect path=to options=replace()/> }.into_any()
        }
    }
}
