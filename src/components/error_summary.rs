use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One problem in a form: the id of the field it concerns and the message to show.
#[derive(Clone, Debug, PartialEq)]
pub struct FormProblem {
    pub field: Option<String>,
    pub message: String,
}

/// The list of a form's problems at its top. It takes focus when it appears, and each entry
/// links to (and focuses) its field.
#[component]
pub fn ErrorSummary(#[prop(into)] title: Signal<String>, #[prop(into)] problems: Signal<Vec<FormProblem>>) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !problems.with(Vec::is_empty) {
            if let Some(element) = summary.get() {
                let _ = element.focus();
            }
        }
    });
    view! {
        <div class="error-summary" node_ref=summary tabindex="-1" role="alert" hidden=move || problems.with(Vec::is_empty)>
            <h2 class="error-summary__title">{title}</h2>
            <ul>
                {move || {
                    problems
                        .get()
                        .into_iter()
                        .map(|problem| match problem.field {
                            Some(field) => view! {
                                <li>
                                    <a href=format!("#{field}") rel="external" on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_by_id(&field);
                                    }>{problem.message}</a>
                                </li>
                            }
                            .into_any(),
                            None => view! { <li>{problem.message}</li> }.into_any(),
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// Moves focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
