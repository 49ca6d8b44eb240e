use crate::i18n::use_i18n;
use guichet_model::api::Text;
use leptos::prelude::*;

/// Service content from the API. When it came in a fallback language, the element says so
/// with `lang`, so screen readers pronounce it right. `data-source` tells the pseudo-locale
/// check that this text is not the translators' to translate.
///
/// Not reactive: content is fetched per language, so a language switch renders it anew.
#[component]
pub fn Localized(text: Text) -> impl IntoView {
    let lang = (text.lang != use_i18n().lang_untracked()).then(|| text.lang.code());
    view! { <span lang=lang data-source="api">{text.text}</span> }
}
