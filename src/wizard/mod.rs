//! Renders a service's form definition: one component per field kind, the step, "check your
//! answers" and the confirmation. The page owns the data (definition, draft, lookups); these
//! show it and write what the citizen types into the answers, and `sync` takes the answers to
//! the server and keeps the device's copy (`local_copy`).

pub mod confirmation;
pub mod errors;
pub mod fields;
pub mod local_copy;
pub mod save_state;
pub mod summary;
pub mod sync;

use crate::i18n::today_iso;
use guichet_model::api::Place;
use guichet_model::form::{Answers, ServiceDefinition};
use guichet_model::journey::{Context, Journey};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

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

/// Runs `f` with the journey for the current answers, read without tracking (a view that
/// must follow them tracks them first); postcodes known from lookups are checked.
pub fn with_journey<R>(
    definition: StoredValue<Arc<ServiceDefinition>>,
    answers: RwSignal<Answers>,
    places: RwSignal<HashMap<String, PlaceLookup>>,
    f: impl FnOnce(&Journey) -> R,
) -> R {
    let today = today_iso();
    answers.with_untracked(|answers| {
        places.with_untracked(|places| {
            let municipalities = |postcode: &str| match places.get(postcode) {
                Some(PlaceLookup::Found(found)) => Some(distinct_municipalities(found)),
                _ => None,
            };
            definition.with_value(|d| f(&Journey::new(d, answers, Context { today: &today, places: Some(&municipalities) })))
        })
    })
}
