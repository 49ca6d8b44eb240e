//! Fields typed as one line or several: text, number, date, e-mail, phone, AHV number, IBAN,
//! plate, and long text.

use super::label::{described_by, Extras, LabelText};
use crate::wizard::use_form;
use guichet_model::form::{Field, FieldKind};
use leptos::prelude::*;

/// Text, number, date, e-mail, phone, AHV number, IBAN, plate and file names: one input each,
/// with the keyboard and autofill that suit the kind.
#[component]
pub(super) fn TextInput(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (input_type, input_mode, autocomplete, width) = match &field.kind {
        FieldKind::Number { .. } => ("text", Some("numeric"), None, "input--short"),
        FieldKind::Date { .. } => ("date", None, None, "input--medium"),
        FieldKind::Email => ("email", None, Some("email"), ""),
        FieldKind::Phone => ("tel", None, Some("tel"), "input--medium"),
        FieldKind::Ahv => ("text", Some("numeric"), None, "input--medium"),
        FieldKind::Iban => ("text", None, None, ""),
        FieldKind::Plate => ("text", None, None, "input--short"),
        _ => ("text", None, autocomplete_of(&field.id), ""),
    };
    let spellcheck = matches!(field.kind, FieldKind::Ahv | FieldKind::Iban | FieldKind::Plate | FieldKind::Email).then_some("false");
    let capitals = matches!(field.kind, FieldKind::Iban | FieldKind::Plate).then_some("characters");
    let value_key = key.clone();
    let input_key = key.clone();
    let invalid_key = key.clone();
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.clone()/>
            <input
                id=key.clone()
                name=key.clone()
                class=format!("input {width}")
                type=input_type
                inputmode=input_mode
                autocomplete=autocomplete
                spellcheck=spellcheck
                autocapitalize=capitals
                aria-invalid=move || form.error(&key).is_some().then_some("true")
                aria-describedby=described_by(form, value_key.clone(), field.hint.is_some())
                prop:value=move || watched.get()
                on:input=move |ev| form.set(&input_key, event_target_value(&ev))
            />
        </div>
    }
}

/// Autofill for common personal fields, so phones fill them in one tap.
fn autocomplete_of(id: &str) -> Option<&'static str> {
    match id {
        "first-name" => Some("given-name"),
        "last-name" => Some("family-name"),
        _ => None,
    }
}

#[component]
pub(super) fn TextArea(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (value_key, input_key, invalid_key) = (key.clone(), key.clone(), key.clone());
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.clone()/>
            <textarea
                id=key.clone()
                name=key.clone()
                class="input textarea"
                rows="5"
                aria-invalid=move || form.error(&key).is_some().then_some("true")
                aria-describedby=described_by(form, value_key.clone(), field.hint.is_some())
                prop:value=move || watched.get()
                on:input=move |ev| form.set(&input_key, event_target_value(&ev))
            ></textarea>
        </div>
    }
}
