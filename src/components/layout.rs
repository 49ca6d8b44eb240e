//! The frame around every page: skip link, header with language menu and account, footer.

use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::i18n::{args, fluent_id, remember_lang, t, use_i18n, INTERFACE_LANGS};
use crate::routes::{go_to, Page};
use crate::session::use_session;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos::prelude::*;

#[component]
pub fn SkipLink() -> impl IntoView {
    // rel=external: leptos_router leaves the click to the browser, which moves focus to <main>.
    view! { <a class="skip-link" href="#main" rel="external">{t("common-skip-to-content")}</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let sign_out = Action::new_local(|_: &()| api::session::sign_out());
    Effect::new(move |_| {
        // Signed out on the server (or the session was already gone): forget it here too.
        if let Some(result) = sign_out.value().get() {
            if result.is_ok() || result == Err(api::ApiError::SignInRequired) {
                // Leave the protected page first, so it does not ask to sign in and come back.
                go_to(&navigate, &format!("{}?signed-out=1", Page::SignIn.href(i18n.lang_untracked())), false);
                session.user.set(None);
            }
        }
    });
    // Answers only this device holds are not dropped without asking.
    let unsaved = RwSignal::new(0usize);
    let username = move || session.user.with_untracked(|u| u.as_ref().map(|u| u.username.clone())).unwrap_or_default();
    let start_sign_out = move |_| {
        leptos::task::spawn_local(async move {
            match crate::wizard::local_copy::forget_saved(&username()).await {
                0 => {
                    sign_out.dispatch(());
                }
                left => unsaved.set(left),
            }
        });
    };
    let sign_out_anyway = move |_| {
        crate::wizard::local_copy::forget_all(&username());
        unsaved.set(0);
        sign_out.dispatch(());
    };
    let unsaved_text = Signal::derive(move || i18n.t_args("common-sign-out-unsaved-text", &args([("count", unsaved.get().into())])));
    let account = move || {
        session.user.get().map(|user| {
            view! {
                <div class="account">
                    <span class="account__name">
                        <span class="visually-hidden">{t("common-signed-in-as")}" "</span>
                        <span translate="no">{user.display_name}</span>
                    </span>
                    <button type="button" class="button button--link" on:click=start_sign_out>
                        {t("common-sign-out")}
                    </button>
                    <ConfirmDialog id="sign-out-unsaved" open=Signal::derive(move || unsaved.get() > 0)
                        title=Signal::derive(move || i18n.t("common-sign-out-unsaved-title")) text=unsaved_text
                        cancel_label=fluent_id("common-sign-out-stay") confirm_label=fluent_id("common-sign-out-anyway")
                        on_cancel=move |_| unsaved.set(0) on_confirm=sign_out_anyway/>
                </div>
            }
        })
    };
    view! {
        <header class="site-header">
            <div class="site-header__top">
                <LanguageMenu/>
            </div>
            <div class="site-header__inner">
                <a class="brand" href=move || Page::Cases.href(i18n.lang())>
                    <span class="brand__mark" aria-hidden="true"></span>
                    {t("common-portal-name")}
                </a>
                {account}
            </div>
            <nav class="main-nav" aria-label=t("common-main-nav-label")>
                <ul>
                    {move || session.is_signed_in().then(|| view! {
                        <li><A href=move || Page::Cases.href(i18n.lang())>{t("common-nav-cases")}</A></li>
                        <li><A href=move || Page::Messages.href(i18n.lang())>
                            {t("common-nav-messages")}
                            {move || (session.unread.get() > 0).then(|| view! {
                                " " <span class="nav-count">{move || i18n.t_args("common-nav-unread", &crate::i18n::args([("count", session.unread.get().into())]))}</span>
                            })}
                        </A></li>
                    })}
                    <li><A href=move || Page::Services.href(i18n.lang())>{t("common-nav-services")}</A></li>
                </ul>
            </nav>
        </header>
    }
}

/// Each language named in itself; a switch keeps the current page and its query.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move |lang| {
        let page = Page::of_path(&location.pathname.read()).unwrap_or(Page::Home);
        let search = location.search.read();
        if search.is_empty() { page.href(lang) } else { format!("{}?{search}", page.href(lang)) }
    };
    view! {
        <nav class="language-menu" aria-label=t("common-language-menu-label")>
            <ul>
                {INTERFACE_LANGS
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <li>
                                <a
                                    href=move || href(lang)
                                    hreflang=lang.code()
                                    lang=lang.code()
                                    translate="no"
                                    aria-current=move || (i18n.lang() == lang).then_some("true")
                                    on:click=move |_| remember_lang(lang)
                                >
                                    {lang.autonym()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t("common-footer-text")}</p>
        </footer>
    }
}
