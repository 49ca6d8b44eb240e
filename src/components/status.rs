use crate::components::localized::Localized;
use guichet_model::api::{CaseStatus, Text};
use leptos::prelude::*;

/// A case's status: text from the API plus a shape per status, so it never relies on colour.
#[component]
pub fn StatusBadge(status: CaseStatus, label: Text) -> impl IntoView {
    view! {
        <span class=format!("status status--{}", status.code())>
            <span class="status__icon" aria-hidden="true"></span>
            <Localized text=label/>
        </span>
    }
}
