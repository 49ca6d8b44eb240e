use crate::i18n::t;
use leptos::prelude::*;

/// Placeholder rows the size of real ones, so nothing shifts when the data arrives.
#[component]
pub fn ListSkeleton(#[prop(default = 4)] rows: usize) -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true">
            <p class="visually-hidden" role="status">{t("common-loading")}</p>
            <ul class="skeleton__list" aria-hidden="true">
                {(0..rows).map(|_| view! { <li class="skeleton__row"></li> }).collect_view()}
            </ul>
        </div>
    }
}
