//! Files for a file field, sent into the draft. The answer lists the files the server
//! confirmed, so they are saved and follow the draft like any answer; the picker itself is
//! the shared `FileUpload`.

use super::label::{Extras, LabelText};
use crate::api::{self, ApiError};
use crate::components::file_upload::{type_names, FileUpload, HeldFile, Limits, Request};
use crate::components::localized::content_text;
use crate::i18n::{args, fluent_id, format_bytes, use_i18n};
use crate::wizard::use_form;
use guichet_model::form::{Field, FileAnswer};
use leptos::prelude::*;

#[component]
pub(super) fn FileField(field: Field, key: String, max_bytes: u64, media_types: Vec<String>, max_files: u32) -> impl IntoView {
    let form = use_form();
    let i18n = use_i18n();
    let watched = form.watch(&key);
    let files = Memo::new(move |_| FileAnswer::parse_all(&watched.get()).unwrap_or_default());
    let held = Signal::derive(move || files.with(|all| all.iter().map(|f| HeldFile { id: f.id.clone(), name: f.name.clone(), size: f.size }).collect()));
    let key = StoredValue::new(key);
    let label = StoredValue::new(field.label.clone());
    let types = type_names(&media_types);
    let limits_text = Signal::derive(move || {
        let lang = i18n.lang();
        i18n.t_args(
            fluent_id("wizard-file-limits"),
            &args([("types", types.clone().into()), ("size", format_bytes(lang, max_bytes).into()), ("count", max_files.into())]),
        )
    });
    let list_label = Signal::derive(move || i18n.t_args("wizard-file-list-label", &args([("label", content_text(&label.get_value(), i18n.lang()).into())])));
    let invalid = Signal::derive(move || form.error(&key.get_value()).is_some());

    // The answer takes what the server stored, and is saved at once rather than after a pause.
    let send = Callback::new(move |(file, progress): (web_sys::File, RwSignal<f64>)| -> Request {
        let (draft, field_key) = (form.draft_id.get_value(), key.get_value());
        Box::pin(async move {
            let stored = api::drafts::upload(&draft, &field_key, &file, move |share| progress.set(share)).await?;
            let mut all = files.get_untracked();
            all.push(stored);
            form.set(&field_key, FileAnswer::join(&all));
            form.save_now.notify();
            Ok(())
        })
    });
    // A file the server no longer has is gone all the same.
    let remove = Callback::new(move |file: HeldFile| -> Request {
        let draft = form.draft_id.get_value();
        Box::pin(async move {
            match api::drafts::remove_file(&draft, &file.id).await {
                Ok(()) | Err(ApiError::NotFound) => {
                    let rest: Vec<FileAnswer> = files.get_untracked().into_iter().filter(|f| f.id != file.id).collect();
                    form.set(&key.get_value(), FileAnswer::join(&rest));
                    form.save_now.notify();
                    Ok(())
                }
                Err(error) => Err(error),
            }
        })
    });

    let limits = Limits { max_bytes, media_types, max_files: Some(max_files) };
    view! {
        <div class="field" class:field--error=invalid>
            <label class="field__label" for=key.get_value()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.get_value()/>
            <FileUpload id=key.get_value() limits=limits limits_text=limits_text list_label=list_label held=held send=send remove=remove
                has_hint=field.hint.is_some() invalid=invalid/>
        </div>
    }
}
