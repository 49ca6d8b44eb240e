use crate::i18n::use_i18n;
use guichet_model::api::{LocalizedText, Text};
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

/// Service content delivered in every language (a form definition): follows the interface
/// language without a new request, marked with its own `lang` where it falls back.
#[component]
pub fn LocalizedContent(text: LocalizedText) -> impl IntoView {
    let i18n = use_i18n();
    let picked = Memo::new(move |_| text.pick(i18n.lang()));
    move || {
        picked.get().map(|t| {
            let lang = (t.lang != i18n.lang_untracked()).then(|| t.lang.code());
            view! { <span lang=lang data-source="api">{t.text}</span> }
        })
    }
}

/// The plain text of service content in `lang`, for attributes and titles.
pub fn content_text(text: &LocalizedText, lang: guichet_model::Lang) -> String {
    text.pick(lang).map(|t| t.text).unwrap_or_default()
}
