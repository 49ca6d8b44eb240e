//! Repeatable items, such as the persons moving, each holding fields of its own.

use super::label::LabelText;
use crate::components::error_summary::focus_by_id;
use crate::components::localized::{content_text, LocalizedContent};
use crate::i18n::{args, t, use_i18n};
use crate::wizard::use_form;
use guichet_model::api::LocalizedText;
use guichet_model::form::{add_item, group_len, item_key, part_key, remove_item, Field};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Repeatable items (the persons moving): add and remove, with focus moved to where the
/// citizen continues.
#[component]
pub(super) fn GroupField(
    field: Field,
    key: String,
    min: u32,
    max: u32,
    item_label: LocalizedText,
    fields: Vec<Field>,
    /// Shows a field of an item: the field, its answer key and the item's key as scope.
    field_view: fn(Field, String, String) -> AnyView,
) -> impl IntoView {
    let form = use_form();
    let i18n = use_i18n();
    let key = StoredValue::new(key);
    let fields = StoredValue::new(fields);
    let item_label = StoredValue::new(item_label);
    let len = Memo::new(move |_| form.answers.with(|a| group_len(a, &key.get_value())));
    // A required group starts with as many items as it needs, so there is something to fill in.
    if field.required && len.get_untracked() < min as usize {
        form.answers.update(|a| {
            while group_len(a, &key.get_value()) < min as usize {
                add_item(a, &key.get_value());
            }
        });
    }
    let label_of = move |index: usize| format!("{} {}", content_text(&item_label.get_value(), i18n.lang()), index + 1);
    let add = move |_: leptos::ev::MouseEvent| {
        let mut index = 0;
        form.answers.update(|a| index = add_item(a, &key.get_value()));
        focus_first_input_in(&item_key(&key.get_value(), index));
    };
    let remove = move |index: usize| {
        form.answers.update(|a| remove_item(a, &key.get_value(), index));
        let remaining = len.get_untracked();
        if remaining == 0 {
            focus_by_id(&format!("{}-add", key.get_value()));
        } else {
            focus_first_input_in(&item_key(&key.get_value(), index.min(remaining - 1)));
        }
    };
    let error_key = key.get_value();
    let error = Signal::derive(move || form.error(&error_key));
    view! {
        <fieldset class="field field--group" id=key.get_value() tabindex="-1" aria-describedby=format!("{}-error", key.get_value())>
            <legend class="field__label"><LabelText label=field.label.clone() required=field.required/></legend>
            {field.hint.clone().map(|hint| view! { <p class="field__hint"><LocalizedContent text=hint/></p> })}
            <p class="field__error" id=format!("{}-error", key.get_value()) hidden=move || error.with(Option::is_none)>
                <span class="visually-hidden">{t("common-error-prefix")}" "</span>
                {error}
            </p>
            <For each=move || 0..len.get() key=|index| *index let:index>
                <fieldset class="group-item" id=item_key(&key.get_value(), index)>
                    <legend class="group-item__title">{move || label_of(index)}</legend>
                    {fields
                        .get_value()
                        .into_iter()
                        .map(|inner| {
                            let item = item_key(&key.get_value(), index);
                            let inner_key = part_key(&item, &inner.id);
                            field_view(inner, inner_key, item)
                        })
                        .collect_view()}
                    <button type="button" class="button button--secondary button--small"
                        hidden={move || len.get() <= min as usize}
                        on:click=move |_| remove(index)>
                        {move || i18n.t_args("wizard-group-remove", &args([("item", label_of(index).into())]))}
                    </button>
                </fieldset>
            </For>
            <button type="button" class="button button--secondary" id=format!("{}-add", key.get_value())
                hidden={move || len.get() >= max as usize}
                on:click=add>
                {move || i18n.t_args("wizard-group-add", &args([("item", content_text(&item_label.get_value(), i18n.lang()).into())]))}
            </button>
        </fieldset>
    }
}

/// After the DOM has caught up, focuses the first input inside the element with this id.
fn focus_first_input_in(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        let input = document()
            .get_element_by_id(&id)
            .and_then(|e| e.query_selector("input, select, textarea").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
        }
    });
}
