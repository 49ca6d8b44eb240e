use crate::api::{self, ApiError};
use crate::components::error_summary::{ErrorSummary, FormProblem};
use crate::components::text_field::TextField;
use crate::i18n::{args, fluent_id, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::{safe_next, Page};
use crate::session::use_session;
use guichet_model::api::SignInRequest;
use guichet_model::problem::FieldError;
use guichet_model::validate;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// The Fluent id for a field's error code.
fn field_message_id(error: &FieldError) -> &'static str {
    match (error.field.as_str(), error.code.as_str()) {
        ("username", validate::REQUIRED) => fluent_id("sign-in-username-required"),
        ("password", validate::REQUIRED) => fluent_id("sign-in-password-required"),
        (_, validate::TOO_LONG) => fluent_id("validation-too-long"),
        _ => fluent_id("validation-invalid"),
    }
}

fn field_id(field: &str) -> Option<&'static str> {
    match field {
        "username" => Some("username"),
        "password" => Some("password"),
        _ => None,
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let field_errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);

    let next = move || query.with_untracked(|q| q.get("next")).filter(|n| safe_next(n).is_some()).unwrap_or_else(|| Page::Cases.href(i18n.lang_untracked()));
    let go_next = StoredValue::new_local(move || navigate(&next(), NavigateOptions { replace: true, ..Default::default() }));
    let sign_in = Action::new_local(|request: &SignInRequest| {
        let request = request.clone();
        async move {
            // The start-up session request may have failed (offline), or the session expired
            // while the page was open: a fresh one brings a valid CSRF token.
            if !api::session::has_csrf_token() {
                api::session::current().await?;
            }
            match api::session::sign_in(&request).await {
                Err(ApiError::SignInRequired) => {
                    api::session::current().await?;
                    api::session::sign_in(&request).await
                }
                result => result,
            }
        }
    });
    Effect::new(move |_| {
        if session.is_signed_in() && sign_in.value().with_untracked(Option::is_none) {
            go_next.with_value(|go| go());
        }
    });
    Effect::new(move |_| match sign_in.value().get() {
        Some(Ok(info)) => {
            session.started(&info);
            go_next.with_value(|go| go());
        }
        Some(Err(ApiError::Invalid(errors))) => field_errors.set(errors),
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });

    let error_for =
        move |field: &'static str| move || field_errors.with(|errors| errors.iter().find(|e| e.field == field).map(|e| i18n.t(field_message_id(e))));
    let problems = Signal::derive(move || {
        let mut problems: Vec<FormProblem> =
            field_errors.get().iter().map(|e| FormProblem { field: field_id(&e.field).map(str::to_owned), message: i18n.t(field_message_id(e)) }).collect();
        if let Some(error) = failure.get() {
            problems.push(FormProblem { field: None, message: i18n.t(error.message_id()) });
        }
        problems
    });
    use_page_title(move || {
        let page = i18n.t("sign-in-title");
        if problems.with(Vec::is_empty) {
            page
        } else {
            i18n.t_args("common-error-page-title", &args([("title", page.into())]))
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sign_in.pending().get_untracked() {
            return;
        }
        let request = SignInRequest { username: username.get_untracked(), password: password.get_untracked() };
        failure.set(None);
        let errors = validate::sign_in(&request);
        let valid = errors.is_empty();
        field_errors.set(errors);
        if valid {
            sign_in.dispatch(request);
        }
    };

    let notice = move || {
        query.with(|q| {
            if q.get_str("signed-out").is_some() {
                Some(view! { <div class="notice notice--success" role="status"><p>{t("sign-in-signed-out")}</p></div> }.into_any())
            } else if q.get_str("next").is_some() {
                // Coming back to an application: say plainly that nothing typed is lost.
                let to_wizard = q.get_str("next").and_then(safe_next).and_then(Page::of_path).is_some_and(|p| matches!(p, Page::Wizard { .. }));
                // "Expired" only when a session really ended by itself.
                let expired = q.get_str("expired").is_some();
                Some(
                    view! {
                        <div class="notice notice--info">
                            <p>{if expired { t("sign-in-expired")() } else { t("sign-in-to-continue")() }}</p>
                            {to_wizard.then(|| view! { <p>{t("sign-in-answers-safe")}</p> })}
                        </div>
                    }
                    .into_any(),
                )
            } else {
                None
            }
        })
    };

    view! {
        <div class="page page--narrow">
            <h1 tabindex="-1">{t("sign-in-title")}</h1>
            {notice}
            <ErrorSummary title=Signal::derive(t("common-error-summary-title")) problems=problems/>
            <form class="form" on:submit=on_submit novalidate>
                <TextField id="username" label=Signal::derive(t("sign-in-username-label")) value=username
                    error=Signal::derive(error_for("username")) autocomplete="username"/>
                <TextField id="password" label=Signal::derive(t("sign-in-password-label")) value=password
                    error=Signal::derive(error_for("password")) input_type="password" autocomplete="current-password"/>
                <button type="submit" class="button button--primary" aria-disabled=move || sign_in.pending().get().then_some("true")>
                    {move || if sign_in.pending().get() { i18n.t("sign-in-submitting") } else { i18n.t("sign-in-submit") }}
                </button>
            </form>
        </div>
    }
}
