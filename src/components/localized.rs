use crate::i18n::use_i18n;
use guichet_model::api::Text;
use leptos::prelude::*;

/// Service content from the API. When it came in a fallback language, the element says so
/// with `lang`, so screen readers pronounce it right.
#[component]
pub fn Localized(text: Text) -> impl IntoView {
    let i18n = use_i18n();
    let content_lang = text.lang;
    let lang = move || (content_lang != i18n.lang()).then(|| content_lang.code());
    view! { <span lang=lang>{text.text}</span> }
}
