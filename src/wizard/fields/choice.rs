//! Fields answered by choosing: radio buttons, checkboxes, a select, yes or no, and a
//! declaration to tick.

use super::label::{described_by, Extras, LabelText};
use crate::components::localized::LocalizedContent;
use crate::i18n::t;
use crate::wizard::use_form;
use guichet_model::form::{ChoiceOption, Field, YES};
use leptos::prelude::*;

/// Radio buttons (`multiple` false) or checkboxes in a fieldset; the first input carries the
/// field's id for error links. Checkboxes answer with the chosen values joined by commas.
#[component]
pub(super) fn Choices(field: Field, key: String, options: Vec<ChoiceOption>, #[prop(optional)] multiple: bool) -> impl IntoView {
    let form = use_form();
    let chosen = form.watch(&key);
    let invalid_key = key.clone();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let id = if index == 0 { key.clone() } else { format!("{key}-{}", option.value) };
            let (change_key, value) = (key.clone(), option.value.clone());
            let checked_value = value.clone();
            let label = if option.label.0.is_empty() { yes_no_label(&option.value).into_any() } else { view! { <LocalizedContent text=option.label/> }.into_any() };
            view! {
                <div class="choice">
                    <input class="choice__input" type=if multiple { "checkbox" } else { "radio" } id=id.clone() name=key.clone() value=value.clone()
                        prop:checked=move || chosen.with(|v| if multiple { v.split(',').any(|v| v == checked_value) } else { *v == checked_value })
                        on:change=move |ev| {
                            if !multiple {
                                return form.set(&change_key, value.clone());
                            }
                            let mut chosen: Vec<String> = form.value(&change_key).split(',').filter(|v| !v.is_empty() && *v != value).map(str::to_owned).collect();
                            if event_target_checked(&ev) {
                                chosen.push(value.clone());
                            }
                            form.set(&change_key, chosen.join(","));
                        }/>
                    <label class="choice__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field--error=move || form.error(&invalid_key).is_some()
            aria-describedby=described_by(form, key.clone(), field.hint.is_some())>
            <legend class="field__label"><LabelText label=field.label.clone() required=field.required/></legend>
            <Extras field=field.clone() key=key.clone()/>
            <div class="choices">{items}</div>
        </fieldset>
    }
}

fn yes_no_label(value: &str) -> AnyView {
    if value == YES {
        t("wizard-yes").into_any()
    } else {
        t("wizard-no").into_any()
    }
}

#[component]
pub(super) fn Select(field: Field, key: String, options: Vec<ChoiceOption>) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (value_key, change_key, invalid_key, aria_key) = (key.clone(), key.clone(), key.clone(), key.clone());
    let items = options
        .into_iter()
        .map(|option| {
            let value = option.value.clone();
            view! {
                <option value=option.value.clone() prop:selected=move || watched.with(|v| *v == value)>
                    <LocalizedContent text=option.label/>
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.clone()/>
            <select id=key.clone() name=key.clone() class="input select"
                aria-invalid=move || form.error(&aria_key).is_some().then_some("true")
                aria-describedby=described_by(form, value_key.clone(), field.hint.is_some())
                prop:value=move || watched.get()
                on:change=move |ev| form.set(&change_key, event_target_value(&ev))>
                <option value="">{t("wizard-select-placeholder")}</option>
                {items}
            </select>
        </div>
    }
}

/// A statement confirmed by ticking it.
#[component]
pub(super) fn Declaration(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let ticked = form.watch(&key);
    let (change_key, invalid_key, aria_key) = (key.clone(), key.clone(), key.clone());
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <Extras field=field.clone() key=key.clone()/>
            <div class="choice">
                <input class="choice__input" type="checkbox" id=key.clone() name=key.clone()
                    aria-invalid=move || form.error(&aria_key).is_some().then_some("true")
                    aria-describedby=described_by(form, key.clone(), field.hint.is_some())
                    prop:checked=move || ticked.with(|v| v == YES)
                    on:change=move |ev| form.set(&change_key, if event_target_checked(&ev) { YES.to_owned() } else { String::new() })/>
                <label class="choice__label" for=key.clone()><LocalizedContent text=field.label.clone()/></label>
            </div>
        </div>
    }
}
