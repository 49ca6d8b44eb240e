//! The words around an input that every field kind shares: the label, the hint, the help and
//! the error, and the `aria-describedby` that ties them to the input.

use crate::components::localized::LocalizedContent;
use crate::i18n::t;
use crate::wizard::{use_form, FormState};
use guichet_model::api::LocalizedText;
use guichet_model::form::Field;
use leptos::prelude::*;

/// `aria-describedby` for a field: its hint, then its error while there is one.
pub(super) fn described_by(form: FormState, key: String, has_hint: bool) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{key}-hint"));
        }
        if form.error(&key).is_some() {
            ids.push(format!("{key}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The label's words: the text, and "(optional)" for optional fields.
#[component]
pub(super) fn LabelText(label: LocalizedText, required: bool) -> impl IntoView {
    view! {
        <LocalizedContent text=label/>
        {(!required).then(|| view! { " "<span class="field__optional">{t("wizard-optional")}</span> })}
    }
}

/// Hint, help and error below a label, in GOV.UK's order.
#[component]
pub(super) fn Extras(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let error_key = key.clone();
    let error = Signal::derive(move || form.error(&error_key));
    view! {
        {field.hint.map(|hint| view! { <p class="field__hint" id=format!("{key}-hint")><LocalizedContent text=hint/></p> })}
        {field.help.map(|help| view! {
            <details class="help">
                <summary>{t("wizard-help")}</summary>
                <p><LocalizedContent text=help/></p>
            </details>
        })}
        <p class="field__error" id=format!("{key}-error") hidden=move || error.with(Option::is_none)>
            <span class="visually-hidden">{t("common-error-prefix")}" "</span>
            {error}
        </p>
    }
}
