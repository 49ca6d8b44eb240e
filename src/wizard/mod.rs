//! Renders a service's form definition: one component per field kind, the step, and "check
//! your answers". The page owns the data (definition, draft, lookups); these only show it and
//! write what the citizen types into the answers.

pub mod fields;
pub mod local_copy;
pub mod summary;

use guichet_model::api::Place;
use guichet_model::form::Answers;
use guichet_model::validate;
use crate::i18n::fluent_id;
use leptos::prelude::*;
use std::collections::HashMap;

/// The result of looking up a postcode.
#[derive(Clone, Debug, PartialEq)]
pub enum PlaceLookup {
    Pending,
    Found(Vec<Place>),
    /// The lookup could not be reached: the citizen types the locality.
    Failed,
}

/// What every field of a form shares, provided as context by the wizard page.
#[derive(Clone, Copy)]
pub struct FormState {
    pub answers: RwSignal<Answers>,
    /// The message to show at each answer key.
    pub errors: Signal<HashMap<String, String>>,
    pub places: RwSignal<HashMap<String, PlaceLookup>>,
    /// Asks the page to look up a well-formed postcode.
    pub look_up: Callback<String>,
    /// The draft that file fields upload into.
    pub draft_id: StoredValue<String>,
    /// Asks the page to save unsaved answers now rather than after the typing pause: on
    /// leaving a field, and once an upload or removal is done.
    pub save_now: Trigger,
}

impl FormState {
    pub fn value(&self, key: &str) -> String {
        self.answers.with(|a| a.get(key).cloned().unwrap_or_default())
    }

    /// One answer as a memo: what shows it updates only when this answer changes, not on
    /// every keystroke elsewhere (which would also reset a half-typed date).
    pub fn watch(&self, key: &str) -> Memo<String> {
        let (answers, key) = (self.answers, key.to_owned());
        Memo::new(move |_| answers.with(|a| a.get(&key).cloned().unwrap_or_default()))
    }

    pub fn set(&self, key: &str, value: String) {
        self.answers.update(|a| {
            a.insert(key.to_owned(), value);
        });
    }

    pub fn error(&self, key: &str) -> Option<String> {
        self.errors.with(|e| e.get(key).cloned())
    }

    /// The BFS numbers of a postcode's municipalities, once looked up.
    pub fn municipalities(&self, postcode: &str) -> Option<Vec<u32>> {
        self.places.with(|p| match p.get(postcode) {
            Some(PlaceLookup::Found(places)) => Some(distinct_municipalities(places)),
            _ => None,
        })
    }
}

/// The municipalities among places, each once, in the lookup's order.
pub fn distinct_municipalities(places: &[Place]) -> Vec<u32> {
    let mut seen = Vec::new();
    for place in places {
        if !seen.contains(&place.bfs_number) {
            seen.push(place.bfs_number);
        }
    }
    seen
}

pub fn use_form() -> FormState {
    expect_context::<FormState>()
}

/// The Fluent id that explains an error code; every message takes the field's `$label`.
pub fn error_message_id(code: &str) -> &'static str {
    match code {
        validate::REQUIRED => fluent_id("wizard-error-required"),
        validate::TOO_LONG => fluent_id("wizard-error-too-long"),
        validate::NUMBER_INVALID => fluent_id("wizard-error-number-invalid"),
        validate::NUMBER_TOO_SMALL => fluent_id("wizard-error-number-too-small"),
        validate::NUMBER_TOO_LARGE => fluent_id("wizard-error-number-too-large"),
        validate::DATE_INVALID => fluent_id("wizard-error-date-invalid"),
        validate::DATE_IN_PAST => fluent_id("wizard-error-date-in-past"),
        validate::DATE_IN_FUTURE => fluent_id("wizard-error-date-in-future"),
        validate::CHOICE_UNKNOWN => fluent_id("wizard-error-choice-unknown"),
        validate::EMAIL_INVALID => fluent_id("wizard-error-email-invalid"),
        validate::PHONE_INVALID => fluent_id("wizard-error-phone-invalid"),
        validate::POSTCODE_INVALID => fluent_id("wizard-error-postcode-invalid"),
        validate::POSTCODE_UNKNOWN => fluent_id("wizard-error-postcode-unknown"),
        validate::MUNICIPALITY_MISMATCH => fluent_id("wizard-error-municipality-mismatch"),
        validate::AHV_FORMAT => fluent_id("wizard-error-ahv-format"),
        validate::AHV_CHECKSUM => fluent_id("wizard-error-ahv-checksum"),
        validate::IBAN_FORMAT => fluent_id("wizard-error-iban-format"),
        validate::IBAN_CHECKSUM => fluent_id("wizard-error-iban-checksum"),
        validate::IBAN_COUNTRY => fluent_id("wizard-error-iban-country"),
        validate::PLATE_INVALID => fluent_id("wizard-error-plate-invalid"),
        validate::FILE_TOO_LARGE => fluent_id("wizard-error-file-too-large"),
        validate::FILE_TYPE => fluent_id("wizard-error-file-type"),
        validate::FILES_TOO_MANY => fluent_id("wizard-error-files-too-many"),
        validate::GROUP_TOO_FEW => fluent_id("wizard-error-group-too-few"),
        validate::GROUP_TOO_MANY => fluent_id("wizard-error-group-too-many"),
        validate::STEP_NOT_REACHABLE => fluent_id("wizard-error-step-not-reachable"),
        validate::CONTROL_CHARACTER => fluent_id("wizard-error-control-character"),
        validate::UNKNOWN_ANSWER => fluent_id("wizard-error-unknown-answer"),
        validate::QUOTA_FILES => fluent_id("wizard-error-quota-files"),
        validate::QUOTA_BYTES => fluent_id("wizard-error-quota-bytes"),
        _ => fluent_id("wizard-error-invalid"),
    }
}
