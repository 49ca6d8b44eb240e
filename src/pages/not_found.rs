use crate::i18n::{t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::Page;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(t("not-found-title"));
    view! {
        <div class="page">
            <h1 tabindex="-1">{t("not-found-title")}</h1>
            <p>{t("not-found-text")}</p>
            <p><a href=move || Page::Cases.href(i18n.lang())>{t("not-found-back")}</a></p>
        </div>
    }
}
