use crate::api::ApiError;
use crate::i18n::{t, use_i18n};
use leptos::prelude::*;

/// Says what went wrong and what to do; offers a retry when retrying can help.
#[component]
pub fn ErrorPanel(error: ApiError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let message = error.message_id();
    let retry = error.is_retryable().then(|| {
        view! {
            <button type="button" class="button button--secondary" on:click=move |_| on_retry.run(())>
                {t("common-retry")}
            </button>
        }
    });
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{t("error-title")}</h2>
            <p>{move || i18n.t(message)}</p>
            {retry}
        </div>
    }
}
