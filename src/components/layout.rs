//! The frame around every page: skip link, header with language menu and account, footer.

use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::i18n::{args, fluent_id, remember_lang, t, use_i18n, INTERFACE_LANGS};
use crate::routes::{go_to, Page};
use crate::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

/// Whom the signed-in person acts for, said plainly, and the choice of the organisations they
/// hold a mandate for. The choice lives in the session on the server, never in a URL; after a
/// switch the app starts afresh on the dashboard, so nothing of the other party stays on screen.
#[component]
fn PartySwitcher(user: guichet_model::api::Me) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let chosen = RwSignal::new(user.acting_for.as_ref().map(|p| p.uid.clone()).unwrap_or_default());
    let failed = RwSignal::new(false);
    let acting = user.acting_for.clone();
    let read_only = user.read_only();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let uid = Some(chosen.get_untracked()).filter(|u| !u.is_empty());
        leptos::task::spawn_local(async move {
            match api::session::choose_party(uid).await {
                Ok(info) => {
                    session.started(&info);
                    let _ = window().location().assign(&Page::Cases.href(i18n.lang_untracked()));
                }
                Err(_) => failed.set(true),
            }
        });
    };
    let own = i18n.t_args("common-party-self", &args([("name", user.display_name.clone().into())]));
    view! {
        <form class="party" on:submit=on_submit>
            <p class="party__now" role="status">
                {match acting {
                    Some(party) => view! {
                        {t("common-party-acting-for")}" " <strong translate="no">{party.name}</strong>
                        {read_only.then(|| view! { " " <span class="party__scope">{t("common-party-read-only")}</span> })}
                    }.into_any(),
                    None => view! { {t("common-party-acting-self")} }.into_any(),
                }}
            </p>
            <label class="visually-hidden" for="party-choice">{t("common-party-label")}</label>
            <select id="party-choice" class="input party__choice" on:change=move |ev| chosen.set(event_target_value(&ev))>
                <option value="" selected=user.acting_for.is_none()>{own}</option>
                {user.mandates.iter().map(|party| {
                    let is = user.acting_for.as_ref().is_some_and(|a| a.uid == party.uid);
                    view! { <option value=party.uid.clone() selected=is translate="no">{party.name.clone()}</option> }
                }).collect_view()}
            </select>
            <button type="submit" class="button button--secondary party__switch">{t("common-party-switch")}</button>
            {move || failed.get().then(|| view! { <p class="field__error" role="alert">{t("common-party-failed")}</p> })}
        </form>
    }
}

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
    let sign_out = Action::new_local(|_: &()| crate::session::sign_out());
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
    let start_sign_out = move |_| {
        leptos::task::spawn_local(async move {
            match crate::session::unsaved_before_sign_out().await {
                0 => {
                    sign_out.dispatch(());
                }
                left => unsaved.set(left),
            }
        });
    };
    let sign_out_anyway = move |_| {
        crate::session::discard_unsaved();
        unsaved.set(0);
        sign_out.dispatch(());
    };
    let unsaved_text = Signal::derive(move || i18n.t_args("common-sign-out-unsaved-text", &args([("count", unsaved.get().into())])));
    let mandate_ended = follow_mandate_end();
    let account = move || {
        session.user.get().map(|user| {
            let switcher = (!user.mandates.is_empty()).then(|| view! { <PartySwitcher user=user.clone()/> });
            view! {
                {switcher}
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
            // In the page before its text, so a screen reader announces the text when it appears.
            {move || mandate_ended.region.get().then(|| view! {
                <div class="site-header__notice" role="alert">
                    {move || mandate_ended.text.get().map(|organisation| view! {
                        <p class="site-header__notice-text">
                            {i18n.t_args("common-mandate-ended", &args([("organisation", organisation.into())]))}
                        </p>
                    })}
                </div>
            })}
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
                        <li><A href=move || Page::Documents.href(i18n.lang())>{t("common-nav-documents")}</A></li>
                    })}
                    <li><A href=move || Page::Services.href(i18n.lang())>{t("common-nav-services")}</A></li>
                </ul>
            </nav>
        </header>
    }
}

/// Where the organisation whose mandate ended waits for the reload that follows (this tab only;
/// read and removed as the app starts).
const MANDATE_ENDED_KEY: &str = "guichet.mandate-ended";

fn tab_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The notice that a mandate ended: its alert region, and the organisation it names.
#[derive(Clone, Copy)]
struct MandateEnded {
    region: RwSignal<bool>,
    text: RwSignal<Option<String>>,
}

/// When the server refuses a request because the mandate the session acted under was withdrawn,
/// the app starts afresh on the dashboard, as after a switch, so nothing of the organisation
/// stays on screen: the header then acts for the person, and says in words that the mandate
/// ended. The notice goes with the next page the citizen opens.
fn follow_mandate_end() -> MandateEnded {
    let i18n = use_i18n();
    let session = use_session();
    let location = use_location();
    let ended = MandateEnded { region: RwSignal::new(false), text: RwSignal::new(None) };
    api::client::on_mandate_ended(move || {
        let organisation = session.user.with_untracked(|u| u.as_ref().and_then(|u| u.acting_for.as_ref().map(|p| p.name.clone())));
        if let (Some(storage), Some(organisation)) = (tab_storage(), organisation) {
            let _ = storage.set_item(MANDATE_ENDED_KEY, &organisation);
        }
        let _ = window().location().assign(&Page::Cases.href(i18n.lang_untracked()));
    });
    let waiting = tab_storage().and_then(|storage| {
        let organisation = storage.get_item(MANDATE_ENDED_KEY).ok().flatten();
        let _ = storage.remove_item(MANDATE_ENDED_KEY);
        organisation
    });
    if let Some(organisation) = waiting {
        // The text a moment after its region, so screen readers announce the alert.
        ended.region.set(true);
        set_timeout(move || ended.text.set(Some(organisation)), std::time::Duration::from_millis(500));
        let shown_on = location.pathname.get_untracked();
        Effect::new(move |_| {
            if location.pathname.get() != shown_on {
                ended.region.set(false);
                ended.text.set(None);
            }
        });
    }
    ended
}

/// Each language named in itself; a switch keeps the current page and its query.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move |lang| {
        let page = Page::of_path(&location.pathname.read()).unwrap_or(Page::Home);
        let search = location.search.read();
        if search.is_empty() {
            page.href(lang)
        } else {
            format!("{}?{search}", page.href(lang))
        }
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
