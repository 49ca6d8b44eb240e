//! One component per field kind, chosen here; each kind's file holds its own. Every input's id
//! is its answer key, so an error summary link or a "change" link lands on it; hints and
//! errors are tied with `aria-describedby` (`label`).

mod address;
mod choice;
mod file;
mod group;
mod label;
mod text;

use crate::wizard::use_form;
use address::{AddressField, PostcodeField};
use choice::{Choices, Declaration, Select};
use file::FileField;
use group::GroupField;
use guichet_model::api::LocalizedText;
use guichet_model::form::{ChoiceOption, ChoiceStyle, Field, FieldKind, NO, YES};
use leptos::prelude::*;
use text::{TextArea, TextInput};

/// A field of a step or of a group item (`scope` = `persons.0`), shown while its condition
/// holds: choosing "by post" reveals the address at once.
#[component]
pub fn FieldView(field: Field, key: String, #[prop(optional)] scope: Option<String>) -> impl IntoView {
    let form = use_form();
    let condition = field.condition.clone();
    let shown = Memo::new(move |_| condition.as_ref().is_none_or(|c| form.answers.with(|a| c.holds(a, scope.as_deref()))));
    let field = StoredValue::new(field);
    let key = StoredValue::new(key);
    move || shown.get().then(|| field_kind(field.get_value(), key.get_value()))
}

fn field_kind(field: Field, key: String) -> AnyView {
    match field.kind.clone() {
        FieldKind::LongText => view! { <TextArea field=field key=key/> }.into_any(),
        FieldKind::Choice { style: ChoiceStyle::Radio, options } => view! { <Choices field=field key=key options=options/> }.into_any(),
        FieldKind::Choice { style: ChoiceStyle::Select, options } => view! { <Select field=field key=key options=options/> }.into_any(),
        FieldKind::Checkboxes { options } => view! { <Choices field=field key=key options=options multiple=true/> }.into_any(),
        FieldKind::YesNo => {
            let options = vec![yes_no_option(YES), yes_no_option(NO)];
            view! { <Choices field=field key=key options=options/> }.into_any()
        }
        FieldKind::Declaration => view! { <Declaration field=field key=key/> }.into_any(),
        FieldKind::Postcode => view! { <PostcodeField field=field key=key/> }.into_any(),
        FieldKind::Address => view! { <AddressField field=field key=key/> }.into_any(),
        FieldKind::File { max_bytes, media_types, max_files } => {
            view! { <FileField field=field key=key max_bytes=max_bytes media_types=media_types max_files=max_files/> }.into_any()
        }
        FieldKind::Group { min, max, item_label, fields } => {
            view! { <GroupField field=field key=key min=min max=max item_label=item_label fields=fields field_view=item_field/> }.into_any()
        }
        _ => view! { <TextInput field=field key=key/> }.into_any(),
    }
}

/// A field inside a group's item, handed to the group so it needs no knowledge of the kinds.
fn item_field(field: Field, key: String, scope: String) -> AnyView {
    view! { <FieldView field=field key=key scope=scope/> }.into_any()
}

/// Yes and no carry no text in the definition: the interface says them.
fn yes_no_option(value: &str) -> ChoiceOption {
    ChoiceOption { value: value.to_owned(), label: LocalizedText::default() }
}
