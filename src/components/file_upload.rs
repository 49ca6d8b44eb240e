//! A file picker for every upload (a wizard's file field, the documents of a reply): the limits
//! stated up front and checked before anything is sent, a progress bar per file on its way,
//! the files in place as a list, and a plain word when a file is refused. A refused file leaves
//! the picker as it was, ready for the next try. The requests are the page's: it hands in
//! `send` (and `remove`), and this only renders and says what came of them.

use crate::api::ApiError;
use crate::components::error_summary::focus_by_id;
use crate::i18n::{args, fluent_id, format_bytes, t, use_i18n};
use guichet_model::validate;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// A request the picker asked the page to make, and how it ended. On success the page has
/// already taken the file in (or let it go), so `held` shows it.
pub type Request = Pin<Box<dyn Future<Output = Result<(), ApiError>>>>;

/// A file the server holds.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldFile {
    pub id: String,
    pub name: String,
    pub size: u64,
}

/// What the picker takes.
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_bytes: u64,
    pub media_types: Vec<String>,
    /// How many files it holds at most; `None`: one at a time, as often as the citizen likes.
    pub max_files: Option<u32>,
}

/// A file on its way, shown with its progress until the server has it.
#[derive(Clone)]
struct Upload {
    serial: u32,
    name: String,
    progress: RwSignal<f64>,
}

/// The short name citizens know a media type by.
pub fn type_name(media_type: &str) -> &str {
    match media_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        other => other,
    }
}

/// The types a picker takes, as a limits text names them: "PDF, PNG".
pub fn type_names(media_types: &[impl AsRef<str>]) -> String {
    media_types.iter().map(|t| type_name(t.as_ref())).collect::<Vec<_>>().join(", ")
}

/// The media type a browser gives a file, or one from its extension when it gives none.
fn media_type_of(file: &web_sys::File) -> String {
    let declared = file.type_();
    if !declared.is_empty() {
        return declared;
    }
    let name = file.name().to_lowercase();
    let by_extension = [(".pdf", "application/pdf"), (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".png", "image/png")];
    by_extension.iter().find(|(ext, _)| name.ends_with(ext)).map(|(_, t)| (*t).to_owned()).unwrap_or_default()
}

/// The limits paragraph (`{id}-limits`), the refusal (`{id}-upload-error`), the input (`id`)
/// and the list; the page puts the label (and a form field's hint and error) around them.
#[component]
pub fn FileUpload(
    /// The input's id; the ids of its limits and refusal start with it.
    id: String,
    limits: Limits,
    /// How the limits are put to the citizen.
    #[prop(into)]
    limits_text: Signal<String>,
    /// The list's accessible name, unless the page's own label names the files already.
    #[prop(optional)]
    list_label: Option<Signal<String>>,
    /// The files in place.
    #[prop(into)]
    held: Signal<Vec<HeldFile>>,
    /// Sends a file, telling its progress (0.0 to 1.0) to the signal given.
    send: Callback<(web_sys::File, RwSignal<f64>), Request>,
    /// Removes a file; without it, the files in place have no remove button.
    #[prop(optional)]
    remove: Option<Callback<HeldFile, Request>>,
    /// Whether a hint of the field's own (`{id}-hint`) stands before the limits.
    #[prop(optional)]
    has_hint: bool,
    /// Whether the field's own error (`{id}-error`) is shown.
    #[prop(optional, into)]
    invalid: Signal<bool>,
    /// A class of the page's own for the list.
    #[prop(optional)]
    list_class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let uploads = RwSignal::new(Vec::<Upload>::new());
    let problem = RwSignal::new(None::<String>);
    let serial = StoredValue::new(0u32);
    let id = StoredValue::new(id);
    let Limits { max_bytes, media_types, max_files } = limits;
    let accept = media_types.join(",");
    let multiple = max_files.is_some_and(|n| n > 1);
    let types = StoredValue::new(type_names(&media_types));
    let media_types = StoredValue::new(media_types);
    let say = move |message: &'static str, name: &str, size: Option<u64>| {
        let lang = i18n.lang_untracked();
        let pairs = [
            ("name", name.to_owned().into()),
            ("size", size.map(|s| format_bytes(lang, s)).unwrap_or_default().into()),
            ("max", format_bytes(lang, max_bytes).into()),
            ("types", types.get_value().into()),
            ("count", max_files.unwrap_or(1).into()),
        ];
        problem.set(Some(i18n.t_args(message, &args(pairs))));
    };
    // What the server's refusal means for this file.
    let refused = move |error: ApiError, name: &str, size: u64| match error {
        ApiError::Invalid(errors) => match errors.first().map(|e| e.code.as_str()) {
            Some(validate::FILE_TOO_LARGE) => say(fluent_id("wizard-file-too-large"), name, Some(size)),
            Some(validate::FILES_TOO_MANY) => say(fluent_id("wizard-file-too-many"), name, None),
            Some(validate::QUOTA_FILES | validate::QUOTA_BYTES) => problem.set(Some(i18n.t(ApiError::Invalid(errors).message_id()))),
            _ => say(fluent_id("wizard-file-wrong-type"), name, None),
        },
        // A timeout is as good as no network: the file did not arrive, try again later.
        ApiError::Network | ApiError::Timeout => say(fluent_id("wizard-file-offline"), name, None),
        error => problem.set(Some(i18n.t(error.message_id()))),
    };

    let start = move |file: web_sys::File| {
        let name = file.name();
        let size = file.size() as u64;
        let on_the_way = held.with_untracked(Vec::len) + uploads.with_untracked(Vec::len);
        if max_files.is_some_and(|max| on_the_way >= max as usize) {
            return say(fluent_id("wizard-file-too-many"), &name, None);
        }
        if size > max_bytes {
            return say(fluent_id("wizard-file-too-large"), &name, Some(size));
        }
        if !media_types.with_value(|types| types.contains(&media_type_of(&file))) {
            return say(fluent_id("wizard-file-wrong-type"), &name, None);
        }
        let upload = Upload { serial: serial.get_value(), name: name.clone(), progress: RwSignal::new(0.0) };
        serial.update_value(|n| *n += 1);
        uploads.update(|u| u.push(upload.clone()));
        let request = send.run((file, upload.progress));
        leptos::task::spawn_local(async move {
            let result = request.await;
            uploads.update(|u| u.retain(|other| other.serial != upload.serial));
            if let Err(error) = result {
                refused(error, &name, size);
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        problem.set(None);
        if let Some(list) = input.files() {
            for index in 0..list.length() {
                if let Some(file) = list.get(index) {
                    start(file);
                }
            }
        }
        // Cleared, so the same file can be chosen again after a refusal.
        input.set_value("");
    };
    let remove_file = move |file: HeldFile| {
        let Some(remove) = remove else { return };
        problem.set(None);
        let request = remove.run(file.clone());
        leptos::task::spawn_local(async move {
            match request.await {
                // The button is gone: focus goes back to the file input.
                Ok(()) => focus_by_id(&id.get_value()),
                Err(ApiError::Network | ApiError::Timeout) => say(fluent_id("wizard-file-offline"), &file.name, None),
                Err(error) => problem.set(Some(i18n.t(error.message_id()))),
            }
        });
    };

    let key = id.get_value();
    let list_class = if list_class.is_empty() { "file-list".to_owned() } else { format!("file-list {list_class}") };
    view! {
        <p class="field__hint" id=format!("{key}-limits")>{limits_text}</p>
        <p class="field__error" id=format!("{key}-upload-error") role="alert" hidden=move || problem.with(Option::is_none)>
            <span class="visually-hidden">{t("common-error-prefix")}" "</span>
            {move || problem.get()}
        </p>
        <input
            id=key
            class="input input--file"
            type="file"
            accept=accept
            multiple=multiple
            aria-invalid=move || (invalid.get() || problem.with(Option::is_some)).then_some("true")
            aria-describedby=move || {
                let key = id.get_value();
                let mut ids = vec![format!("{key}-limits")];
                if has_hint {
                    ids.insert(0, format!("{key}-hint"));
                }
                if problem.with(Option::is_some) {
                    ids.push(format!("{key}-upload-error"));
                }
                if invalid.get() {
                    ids.push(format!("{key}-error"));
                }
                ids.join(" ")
            }
            on:change=on_change
        />
        <ul class=list_class aria-label=move || list_label.map(|l| l.get()) aria-live="polite" hidden=move || held.with(Vec::is_empty) && uploads.with(Vec::is_empty)>
            <For each=move || uploads.get() key=|u| u.serial let(upload)>
                <li class="file-list__item">
                    <span class="file-list__name">{upload.name.clone()}</span>
                    <progress class="file-list__progress" max="100" value=move || (upload.progress.get() * 100.0).round()
                        aria-label=move || i18n.t_args("wizard-file-uploading", &args([("name", upload.name.clone().into())]))></progress>
                </li>
            </For>
            <For each=move || held.get() key=|f| f.id.clone() let(file)>
                <li class="file-list__item">
                    <span class="file-list__name">{file.name.clone()}</span>
                    <span class="file-list__size">{move || format_bytes(i18n.lang(), file.size)}</span>
                    {remove.is_some().then(|| {
                        let name = file.name.clone();
                        view! {
                            <button type="button" class="button button--link" on:click=move |_| remove_file(file.clone())>
                                {t("wizard-file-remove")}<span class="visually-hidden">" "{name}</span>
                            </button>
                        }
                    })}
                </li>
            </For>
        </ul>
    }
}
