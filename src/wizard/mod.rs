//! Renders a service's form definition: one component per field kind, the step, and "check
//! your answers". The page owns the data (definition, draft, lookups); these only show it and
//! write what the citizen types into the answers.

pub mod fields;
pub mod local_copy;
pub mod summary;

use guichet_model::api::Place;
use guichet_model::form::Answers;
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
