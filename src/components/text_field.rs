use crate::i18n::t;
use leptos::prelude::*;

/// A labelled text input with its error message tied to it (`aria-describedby`), marked
/// invalid while the error shows. The value lives in the caller's signal, so nothing typed is
/// lost when errors come and go.
#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="field" class:field--error=has_error>
            <label for=id>{label}</label>
            <p class="field__error" id=error_id.clone() hidden=move || !has_error()>
                <span class="visually-hidden">{t("common-error-prefix")}" "</span>
                {error}
            </p>
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                autocapitalize=(input_type == "text").then_some("none")
                spellcheck=(input_type == "text").then_some("false")
                required
                aria-invalid=move || has_error().then_some("true")
                aria-describedby=move || has_error().then(|| error_id.clone())
                bind:value=value
            />
        </div>
    }
}
