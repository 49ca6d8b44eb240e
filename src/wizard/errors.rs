//! The messages of the errors shown on a step: each code's words with the label of the field
//! it is about, e.g. "Person 2: Date of birth" or "New address: Postcode".

use crate::components::localized::content_text;
use crate::i18n::{args, field_message_id, I18n};
use guichet_model::form::{Field, FieldKind, ServiceDefinition};
use guichet_model::problem::FieldError;
use guichet_model::Lang;
use std::collections::HashMap;

/// The message to show at each answer key.
pub fn by_key(definition: &ServiceDefinition, errors: &[FieldError], lang: Lang, i18n: I18n) -> HashMap<String, String> {
    errors
        .iter()
        .map(|e| {
            let label = label_for_key(definition, &e.field, lang, i18n);
            (e.field.clone(), i18n.t_args(field_message_id(&e.code), &args([("label", label.into())])))
        })
        .collect()
}

/// The label an error message names: the field's, with the item or the part it is about.
fn label_for_key(definition: &ServiceDefinition, key: &str, lang: Lang, i18n: I18n) -> String {
    let segments: Vec<&str> = key.split('.').collect();
    let fields: Vec<&Field> = definition.steps.iter().flat_map(|s| &s.fields).collect();
    describe(&fields, &segments, lang, i18n)
}

fn describe(fields: &[&Field], segments: &[&str], lang: Lang, i18n: I18n) -> String {
    let Some((first, rest)) = segments.split_first() else { return String::new() };
    let Some(field) = fields.iter().find(|f| f.id == *first) else { return String::new() };
    let label = content_text(&field.label, lang);
    match (&field.kind, rest) {
        (FieldKind::Group { fields: inner, item_label, .. }, [index, rest @ ..]) if !rest.is_empty() => {
            let number = index.parse::<usize>().map_or(0, |i| i + 1);
            let inner: Vec<&Field> = inner.iter().collect();
            let item = format!("{} {number}", content_text(item_label, lang));
            i18n.t_args("wizard-label-item", &args([("item", item.into()), ("field", describe(&inner, rest, lang, i18n).into())]))
        }
        (FieldKind::Address | FieldKind::Postcode, [part]) => {
            let part = match *part {
                "street" => i18n.t("wizard-address-street"),
                "number" => i18n.t("wizard-address-number"),
                "postcode" => i18n.t("wizard-address-postcode"),
                "locality" => i18n.t("wizard-address-locality"),
                _ => i18n.t("wizard-municipality-label"),
            };
            i18n.t_args("wizard-label-part", &args([("field", label.into()), ("part", part.into())]))
        }
        _ => label,
    }
}
