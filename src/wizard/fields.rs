//! One component per field kind. Every input's id is its answer key, so an error summary link
//! or a "change" link lands on it; hints and errors are tied with `aria-describedby`.

use super::{distinct_municipalities, use_form, FormState, PlaceLookup};
use crate::components::error_summary::focus_by_id;
use crate::components::localized::LocalizedContent;
use crate::i18n::{args, fluent_id, t, use_i18n};
use guichet_model::api::{LocalizedText, Place};
use guichet_model::form::{add_item, group_len, item_key, part_key, remove_item, ChoiceOption, ChoiceStyle, Field, FieldKind, FileAnswer, NO, YES};
use guichet_model::swiss::postcode_is_well_formed;
use guichet_model::validate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
            view! { <GroupField field=field key=key min=min max=max item_label=item_label fields=fields/> }.into_any()
        }
        _ => view! { <TextInput field=field key=key/> }.into_any(),
    }
}

/// Yes and no carry no text in the definition: the interface says them.
fn yes_no_option(value: &str) -> ChoiceOption {
    ChoiceOption { value: value.to_owned(), label: LocalizedText::default() }
}

/// `aria-describedby` for a field: its hint, then its error while there is one.
fn described_by(form: FormState, key: String, has_hint: bool) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{key}-hint"));
        }
        if form.error(&key).is_some() {
            ids.push(format!("{key}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The label's words: the text, and "(optional)" for optional fields.
#[component]
fn LabelText(label: LocalizedText, required: bool) -> impl IntoView {
    view! {
        <LocalizedContent text=label/>
        {(!required).then(|| view! { " "<span class="field__optional">{t("wizard-optional")}</span> })}
    }
}

/// Hint, help and error below a label, in GOV.UK's order.
#[component]
fn Extras(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let error_key = key.clone();
    let error = Signal::derive(move || form.error(&error_key));
    view! {
        {field.hint.map(|hint| view! { <p class="field__hint" id=format!("{key}-hint")><LocalizedContent text=hint/></p> })}
        {field.help.map(|help| view! {
            <details class="help">
                <summary>{t("wizard-help")}</summary>
                <p><LocalizedContent text=help/></p>
            </details>
        })}
        <p class="field__error" id=format!("{key}-error") hidden=move || error.with(Option::is_none)>
            <span class="visually-hidden">{t("common-error-prefix")}" "</span>
            {error}
        </p>
    }
}

/// Text, number, date, e-mail, phone, AHV number, IBAN, plate and file names: one input each,
/// with the keyboard and autofill that suit the kind.
#[component]
fn TextInput(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (input_type, input_mode, autocomplete, width) = match &field.kind {
        FieldKind::Number { .. } => ("text", Some("numeric"), None, "input--short"),
        FieldKind::Date { .. } => ("date", None, None, "input--medium"),
        FieldKind::Email => ("email", None, Some("email"), ""),
        FieldKind::Phone => ("tel", None, Some("tel"), "input--medium"),
        FieldKind::Ahv => ("text", Some("numeric"), None, "input--medium"),
        FieldKind::Iban => ("text", None, None, ""),
        FieldKind::Plate => ("text", None, None, "input--short"),
        _ => ("text", None, autocomplete_of(&field.id), ""),
    };
    let spellcheck = matches!(field.kind, FieldKind::Ahv | FieldKind::Iban | FieldKind::Plate | FieldKind::Email).then_some("false");
    let capitals = matches!(field.kind, FieldKind::Iban | FieldKind::Plate).then_some("characters");
    let value_key = key.clone();
    let input_key = key.clone();
    let invalid_key = key.clone();
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.clone()/>
            <input
                id=key.clone()
                name=key.clone()
                class=format!("input {width}")
                type=input_type
                inputmode=input_mode
                autocomplete=autocomplete
                spellcheck=spellcheck
                autocapitalize=capitals
                aria-invalid=move || form.error(&key).is_some().then_some("true")
                aria-describedby=described_by(form, value_key.clone(), field.hint.is_some())
                prop:value=move || watched.get()
                on:input=move |ev| form.set(&input_key, event_target_value(&ev))
            />
        </div>
    }
}

/// Autofill for common personal fields, so phones fill them in one tap.
fn autocomplete_of(id: &str) -> Option<&'static str> {
    match id {
        "first-name" => Some("given-name"),
        "last-name" => Some("family-name"),
        _ => None,
    }
}

#[component]
fn TextArea(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (value_key, input_key, invalid_key) = (key.clone(), key.clone(), key.clone());
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.clone()/>
            <textarea
                id=key.clone()
                name=key.clone()
                class="input textarea"
                rows="5"
                aria-invalid=move || form.error(&key).is_some().then_some("true")
                aria-describedby=described_by(form, value_key.clone(), field.hint.is_some())
                prop:value=move || watched.get()
                on:input=move |ev| form.set(&input_key, event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// Radio buttons (`multiple` false) or checkboxes in a fieldset; the first input carries the
/// field's id for error links. Checkboxes answer with the chosen values joined by commas.
#[component]
fn Choices(field: Field, key: String, options: Vec<ChoiceOption>, #[prop(optional)] multiple: bool) -> impl IntoView {
    let form = use_form();
    let chosen = form.watch(&key);
    let invalid_key = key.clone();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let id = if index == 0 { key.clone() } else { format!("{key}-{}", option.value) };
            let (change_key, value) = (key.clone(), option.value.clone());
            let checked_value = value.clone();
            let label = if option.label.0.is_empty() { yes_no_label(&option.value).into_any() } else { view! { <LocalizedContent text=option.label/> }.into_any() };
            view! {
                <div class="choice">
                    <input class="choice__input" type=if multiple { "checkbox" } else { "radio" } id=id.clone() name=key.clone() value=value.clone()
                        prop:checked=move || chosen.with(|v| if multiple { v.split(',').any(|v| v == checked_value) } else { *v == checked_value })
                        on:change=move |ev| {
                            if !multiple {
                                return form.set(&change_key, value.clone());
                            }
                            let mut chosen: Vec<String> = form.value(&change_key).split(',').filter(|v| !v.is_empty() && *v != value).map(str::to_owned).collect();
                            if event_target_checked(&ev) {
                                chosen.push(value.clone());
                            }
                            form.set(&change_key, chosen.join(","));
                        }/>
                    <label class="choice__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field--error=move || form.error(&invalid_key).is_some()
            aria-describedby=described_by(form, key.clone(), field.hint.is_some())>
            <legend class="field__label"><LabelText label=field.label.clone() required=field.required/></legend>
            <Extras field=field.clone() key=key.clone()/>
            <div class="choices">{items}</div>
        </fieldset>
    }
}

fn yes_no_label(value: &str) -> AnyView {
    if value == YES { t("wizard-yes").into_any() } else { t("wizard-no").into_any() }
}

#[component]
fn Select(field: Field, key: String, options: Vec<ChoiceOption>) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (value_key, change_key, invalid_key, aria_key) = (key.clone(), key.clone(), key.clone(), key.clone());
    let items = options
        .into_iter()
        .map(|option| {
            let value = option.value.clone();
            view! {
                <option value=option.value.clone() prop:selected=move || watched.with(|v| *v == value)>
                    <LocalizedContent text=option.label/>
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.clone()/>
            <select id=key.clone() name=key.clone() class="input select"
                aria-invalid=move || form.error(&aria_key).is_some().then_some("true")
                aria-describedby=described_by(form, value_key.clone(), field.hint.is_some())
                prop:value=move || watched.get()
                on:change=move |ev| form.set(&change_key, event_target_value(&ev))>
                <option value="">{t("wizard-select-placeholder")}</option>
                {items}
            </select>
        </div>
    }
}

/// A statement confirmed by ticking it.
#[component]
fn Declaration(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let ticked = form.watch(&key);
    let (change_key, invalid_key, aria_key) = (key.clone(), key.clone(), key.clone());
    view! {
        <div class="field" class:field--error=move || form.error(&invalid_key).is_some()>
            <Extras field=field.clone() key=key.clone()/>
            <div class="choice">
                <input class="choice__input" type="checkbox" id=key.clone() name=key.clone()
                    aria-invalid=move || form.error(&aria_key).is_some().then_some("true")
                    aria-describedby=described_by(form, key.clone(), field.hint.is_some())
                    prop:checked=move || ticked.with(|v| v == YES)
                    on:change=move |ev| form.set(&change_key, if event_target_checked(&ev) { YES.to_owned() } else { String::new() })/>
                <label class="choice__label" for=key.clone()><LocalizedContent text=field.label.clone()/></label>
            </div>
        </div>
    }
}

/// A plain labelled input for one part of a composite field.
#[component]
fn PartInput(
    key: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] numeric: bool,
    #[prop(default = "")] width: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let form = use_form();
    let watched = form.watch(&key);
    let (input_key, invalid_key, aria_key, error_key) = (key.clone(), key.clone(), key.clone(), key.clone());
    let error = Signal::derive(move || form.error(&error_key));
    view! {
        <div class="field field--part" class:field--error=move || form.error(&invalid_key).is_some()>
            <label class="field__label" for=key.clone()>{label}{optional.then(|| view! { " "<span class="field__optional">{t("wizard-optional")}</span> })}</label>
            <p class="field__error" id=format!("{key}-error") hidden=move || error.with(Option::is_none)>
                <span class="visually-hidden">{t("common-error-prefix")}" "</span>
                {error}
            </p>
            <input id=key.clone() name=key.clone() class=format!("input {width}") type="text"
                inputmode=numeric.then_some("numeric")
                autocomplete=autocomplete
                aria-invalid=move || form.error(&aria_key).is_some().then_some("true")
                aria-describedby=move || form.error(&key).is_some().then(|| format!("{key}-error"))
                prop:value=move || watched.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    form.set(&input_key, value.clone());
                    if let Some(on_change) = on_change {
                        on_change.run(value);
                    }
                }/>
        </div>
    }
}

/// The localities of a postcode, each once, in the lookup's order; only those of the chosen
/// municipality once one is chosen (6005 in Kriens is only Luzern, in Horw also St. Niklausen).
fn localities_of(places: &[Place], bfs: &str) -> Vec<String> {
    let chosen: Vec<&Place> = places.iter().filter(|p| p.bfs_number.to_string() == bfs.trim()).collect();
    let places: Vec<&Place> = if chosen.is_empty() { places.iter().collect() } else { chosen };
    let mut names: Vec<String> = Vec::new();
    for place in places {
        if !names.contains(&place.locality) {
            names.push(place.locality.clone());
        }
    }
    names
}

/// Looks up a postcode once it is well formed; keeps the chosen municipality only while it
/// still lies in the postcode's area, and fills in the only municipality and the only locality
/// there is. Several localities (7742: La Rösa, Poschiavo, Sfazù) are the citizen's to choose:
/// filling in the first would give them a hamlet's address they may not notice.
fn follow_postcode(form: FormState, postcode_key: String, bfs_key: String, locality_key: String) {
    Effect::new(move |_| {
        let postcode = form.value(&postcode_key).trim().to_owned();
        if !postcode_is_well_formed(&postcode) {
            return;
        }
        let lookup = form.places.with(|p| p.get(&postcode).cloned());
        match lookup {
            None => form.look_up.run(postcode),
            Some(PlaceLookup::Found(places)) => {
                let municipalities = distinct_municipalities(&places);
                let bfs = form.value(&bfs_key);
                if municipalities.len() == 1 {
                    let only = municipalities[0].to_string();
                    if bfs != only {
                        form.set(&bfs_key, only);
                    }
                } else if !bfs.is_empty() && !bfs.parse().is_ok_and(|n: u32| municipalities.contains(&n)) {
                    form.set(&bfs_key, String::new());
                }
                if let [only] = localities_of(&places, &form.value(&bfs_key)).as_slice() {
                    if form.value(&locality_key).trim().is_empty() {
                        form.set(&locality_key, only.clone());
                    }
                }
            }
            Some(_) => {}
        }
    });
}

/// When a postcode has several municipalities (6005: Luzern, Kriens, Horw), the citizen picks
/// one; with one, it is named so the citizen can check it.
#[component]
fn MunicipalityChoice(postcode_key: String, bfs_key: String) -> impl IntoView {
    let form = use_form();
    let i18n = use_i18n();
    let places = Memo::new(move |_| {
        let postcode = form.value(&postcode_key).trim().to_owned();
        form.places.with(|p| match p.get(&postcode) {
            Some(PlaceLookup::Found(places)) => Some(Ok(places.clone())),
            Some(PlaceLookup::Failed) => Some(Err(())),
            _ => None,
        })
    });
    let bfs_key = StoredValue::new(bfs_key);
    move || match places.get() {
        Some(Ok(places)) if distinct_municipalities(&places).len() > 1 => {
            let key = bfs_key.get_value();
            let invalid_key = key.clone();
            let chosen = form.watch(&key);
            let mut seen = Vec::new();
            let options = places
                .into_iter()
                .filter(|p| {
                    let new = !seen.contains(&p.bfs_number);
                    seen.push(p.bfs_number);
                    new
                })
                .enumerate()
                .map(|(index, place)| {
                    let value = place.bfs_number.to_string();
                    let id = if index == 0 { key.clone() } else { format!("{key}-{value}") };
                    let (change_key, checked_value) = (key.clone(), value.clone());
                    view! {
                        <div class="choice">
                            <input class="choice__input" type="radio" id=id.clone() name=key.clone() value=value.clone()
                                prop:checked=move || chosen.with(|v| *v == checked_value)
                                on:change=move |_| form.set(&change_key, value.clone())/>
                            <label class="choice__label" for=id translate="no">{format!("{} ({})", place.municipality, place.canton)}</label>
                        </div>
                    }
                })
                .collect_view();
            let error_key = key.clone();
            let error = Signal::derive(move || form.error(&error_key));
            view! {
                <fieldset class="field field--part" class:field--error=move || form.error(&invalid_key).is_some()
                    aria-describedby=format!("{key}-error")>
                    <legend class="field__label">{t("wizard-municipality-label")}</legend>
                    <p class="field__hint">{t("wizard-municipality-hint")}</p>
                    <p class="field__error" id=format!("{key}-error") hidden=move || error.with(Option::is_none)>
                        <span class="visually-hidden">{t("common-error-prefix")}" "</span>
                        {error}
                    </p>
                    <div class="choices">{options}</div>
                </fieldset>
            }
            .into_any()
        }
        Some(Ok(places)) => places
            .first()
            .map(|place| {
                let text = i18n.t_args("wizard-municipality-found", &args([("municipality", format!("{} ({})", place.municipality, place.canton).into())]));
                view! { <p class="field__note" role="status">{text}</p> }
            })
            .into_any(),
        Some(Err(())) => view! { <p class="field__note" role="status">{t("wizard-postcode-lookup-failed")}</p> }.into_any(),
        None => ().into_any(),
    }
}

/// When a postcode has several localities, the citizen picks theirs; picking fills in the
/// locality, which stays editable where the field shows it.
#[component]
fn LocalityChoice(postcode_key: String, bfs_key: String, locality_key: String) -> impl IntoView {
    let form = use_form();
    let localities = Memo::new(move |_| {
        let postcode = form.value(&postcode_key).trim().to_owned();
        let bfs = form.value(&bfs_key);
        form.places.with(|p| match p.get(&postcode) {
            Some(PlaceLookup::Found(places)) => localities_of(places, &bfs),
            _ => Vec::new(),
        })
    });
    let chosen = form.watch(&locality_key);
    let locality_key = StoredValue::new(locality_key);
    move || {
        let names = localities.get();
        (names.len() > 1).then(|| {
            let key = locality_key.get_value();
            let options = names
                .into_iter()
                .enumerate()
                .map(|(index, name)| {
                    // Ids of their own: the locality's input already has the answer key as id.
                    let id = format!("{key}-choice-{index}");
                    let (checked, value) = (name.clone(), name.clone());
                    view! {
                        <div class="choice">
                            <input class="choice__input" type="radio" id=id.clone() name=format!("{key}-choice") value=name.clone()
                                prop:checked=move || chosen.with(|v| v.trim() == checked)
                                on:change=move |_| form.set(&locality_key.get_value(), value.clone())/>
                            <label class="choice__label" for=id translate="no">{name}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field field--part" aria-describedby=format!("{key}-choice-hint")>
                    <legend class="field__label">{t("wizard-locality-label")}</legend>
                    <p class="field__hint" id=format!("{key}-choice-hint")>{t("wizard-locality-hint")}</p>
                    <div class="choices">{options}</div>
                </fieldset>
            }
        })
    }
}

/// A Swiss postcode; the locality and municipality follow from the official directory.
#[component]
fn PostcodeField(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let (bfs_key, locality_key) = (part_key(&key, "bfs"), part_key(&key, "locality"));
    follow_postcode(form, key.clone(), bfs_key.clone(), locality_key.clone());
    let failed_key = key.clone();
    let lookup_failed = move || {
        let postcode = form.value(&failed_key);
        form.places.with(|p| matches!(p.get(postcode.trim()), Some(PlaceLookup::Failed)))
    };
    let i18n = use_i18n();
    let locality = StoredValue::new(locality_key);
    view! {
        <div class="field-group">
            <TextInput field=field.clone() key=key.clone()/>
            <MunicipalityChoice postcode_key=key.clone() bfs_key=bfs_key.clone()/>
            <LocalityChoice postcode_key=key.clone() bfs_key=bfs_key locality_key=locality.get_value()/>
            {move || lookup_failed().then(|| view! {
                <PartInput key=locality.get_value() label=Signal::derive(move || i18n.t("wizard-address-locality")) autocomplete="address-level2"/>
            })}
        </div>
    }
}

/// An eCH-0010 postal address: street, number, postcode and locality, and the municipality
/// when the postcode has several.
#[component]
fn AddressField(field: Field, key: String) -> impl IntoView {
    let form = use_form();
    let i18n = use_i18n();
    let part = |name: &str| part_key(&key, name);
    follow_postcode(form, part("postcode"), part("bfs"), part("locality"));
    let label = move |id: &'static str| Signal::derive(move || i18n.t(id));
    view! {
        <fieldset class="field field--address" aria-describedby=field.hint.is_some().then(|| format!("{key}-hint"))>
            <legend class="field__label"><LabelText label=field.label.clone() required=field.required/></legend>
            <Extras field=field.clone() key=key.clone()/>
            <div class="address__row">
                <PartInput key=part("street") label=label("wizard-address-street") autocomplete="address-line1" width="input--street"/>
                <PartInput key=part("number") label=label("wizard-address-number") width="input--short" optional=true/>
            </div>
            <div class="address__row">
                <PartInput key=part("postcode") label=label("wizard-address-postcode") autocomplete="postal-code" numeric=true width="input--short"/>
                <PartInput key=part("locality") label=label("wizard-address-locality") autocomplete="address-level2"/>
            </div>
            <MunicipalityChoice postcode_key=part("postcode") bfs_key=part("bfs")/>
            <LocalityChoice postcode_key=part("postcode") bfs_key=part("bfs") locality_key=part("locality")/>
        </fieldset>
    }
}

/// Repeatable items (the persons moving): add and remove, with focus moved to where the
/// citizen continues.
#[component]
fn GroupField(field: Field, key: String, min: u32, max: u32, item_label: LocalizedText, fields: Vec<Field>) -> impl IntoView {
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
    let label_of = move |index: usize| format!("{} {}", crate::components::localized::content_text(&item_label.get_value(), i18n.lang()), index + 1);
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
                            view! { <FieldView field=inner key=inner_key scope=item/> }
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
                {move || i18n.t_args("wizard-group-add", &args([("item", crate::components::localized::content_text(&item_label.get_value(), i18n.lang()).into())]))}
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

/// A file being uploaded, shown with its progress until the server has it.
#[derive(Clone)]
struct Upload {
    serial: u32,
    name: String,
    progress: RwSignal<f64>,
}

/// The short name citizens know a media type by.
pub(crate) fn type_name(media_type: &str) -> &str {
    match media_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        other => other,
    }
}

/// The media type a browser gives a file, or one from its extension when it gives none.
pub(crate) fn media_type_of(file: &web_sys::File) -> String {
    let declared = file.type_();
    if !declared.is_empty() {
        return declared;
    }
    let name = file.name().to_lowercase();
    let by_extension = [(".pdf", "application/pdf"), (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".png", "image/png")];
    by_extension.iter().find(|(ext, _)| name.ends_with(ext)).map(|(_, t)| (*t).to_owned()).unwrap_or_default()
}

/// Files for a file field: the limits stated up front and checked before anything is sent,
/// a progress bar per file, and the uploaded files as a list with a named remove button. A
/// refused file leaves the field as it was, ready for the next try. The answer lists the
/// files the server confirmed, so they are saved and follow the draft like any answer.
#[component]
fn FileField(field: Field, key: String, max_bytes: u64, media_types: Vec<String>, max_files: u32) -> impl IntoView {
    let form = use_form();
    let i18n = use_i18n();
    let watched = form.watch(&key);
    let files = Memo::new(move |_| FileAnswer::parse_all(&watched.get()).unwrap_or_default());
    let uploads = RwSignal::new(Vec::<Upload>::new());
    let problem = RwSignal::new(None::<String>);
    let serial = StoredValue::new(0u32);
    let key = StoredValue::new(key);
    let label = StoredValue::new(field.label.clone());
    let types = media_types.iter().map(|t| type_name(t)).collect::<Vec<_>>().join(", ");
    let accept = media_types.join(",");
    let media_types = StoredValue::new(media_types);
    let limits = {
        let types = types.clone();
        move || {
            let lang = i18n.lang();
            i18n.t_args(
                fluent_id("wizard-file-limits"),
                &args([("types", types.clone().into()), ("size", crate::i18n::format_bytes(lang, max_bytes).into()), ("count", max_files.into())]),
            )
        }
    };
    let types = StoredValue::new(types);
    let say = move |id: &'static str, name: &str, size: Option<u64>| {
        let lang = i18n.lang_untracked();
        let size = size.map(|s| crate::i18n::format_bytes(lang, s)).unwrap_or_default();
        let pairs = [
            ("name", name.to_owned().into()),
            ("size", size.into()),
            ("max", crate::i18n::format_bytes(lang, max_bytes).into()),
            ("types", types.get_value().into()),
            ("count", max_files.into()),
        ];
        problem.set(Some(i18n.t_args(id, &args(pairs))));
    };

    let start = move |file: web_sys::File| {
        let name = file.name();
        let held = files.with_untracked(Vec::len) + uploads.with_untracked(Vec::len);
        if held >= max_files as usize {
            return say(fluent_id("wizard-file-too-many"), &name, None);
        }
        if file.size() as u64 > max_bytes {
            return say(fluent_id("wizard-file-too-large"), &name, Some(file.size() as u64));
        }
        if !media_types.with_value(|types| types.contains(&media_type_of(&file))) {
            return say(fluent_id("wizard-file-wrong-type"), &name, None);
        }
        let upload = Upload { serial: serial.get_value(), name: name.clone(), progress: RwSignal::new(0.0) };
        serial.update_value(|n| *n += 1);
        uploads.update(|u| u.push(upload.clone()));
        let draft = form.draft_id.get_value();
        let field_key = key.get_value();
        leptos::task::spawn_local(async move {
            let progress = upload.progress;
            let result = crate::api::drafts::upload(&draft, &field_key, &file, move |share| progress.set(share)).await;
            uploads.update(|u| u.retain(|other| other.serial != upload.serial));
            match result {
                Ok(stored) => {
                    let mut all = files.get_untracked();
                    all.push(stored);
                    form.set(&field_key, FileAnswer::join(&all));
                    form.save_now.notify();
                }
                Err(crate::api::ApiError::Invalid(errors)) => match errors.first().map(|e| e.code.as_str()) {
                    Some(validate::FILE_TOO_LARGE) => say(fluent_id("wizard-file-too-large"), &name, Some(file.size() as u64)),
                    Some(validate::FILES_TOO_MANY) => say(fluent_id("wizard-file-too-many"), &name, None),
                    Some(validate::QUOTA_FILES | validate::QUOTA_BYTES) => problem.set(Some(i18n.t(crate::api::ApiError::Invalid(errors.clone()).message_id()))),
                    _ => say(fluent_id("wizard-file-wrong-type"), &name, None),
                },
                Err(crate::api::ApiError::Network) => say(fluent_id("wizard-file-offline"), &name, None),
                Err(error) => problem.set(Some(i18n.t(error.message_id()))),
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

    let remove = move |file: FileAnswer| {
        let draft = form.draft_id.get_value();
        problem.set(None);
        leptos::task::spawn_local(async move {
            match crate::api::drafts::remove_file(&draft, &file.id).await {
                Ok(()) | Err(crate::api::ApiError::NotFound) => {
                    let rest: Vec<FileAnswer> = files.get_untracked().into_iter().filter(|f| f.id != file.id).collect();
                    form.set(&key.get_value(), FileAnswer::join(&rest));
                    form.save_now.notify();
                    // The button is gone: focus goes back to the file input.
                    focus_by_id(&key.get_value());
                }
                Err(crate::api::ApiError::Network | crate::api::ApiError::Timeout) => say(fluent_id("wizard-file-offline"), &file.name, None),
                Err(error) => problem.set(Some(i18n.t(error.message_id()))),
            }
        });
    };

    let list_label = move || i18n.t_args("wizard-file-list-label", &args([("label", crate::components::localized::content_text(&label.get_value(), i18n.lang()).into())]));
    let hint_key = key.get_value();
    view! {
        <div class="field" class:field--error=move || form.error(&key.get_value()).is_some()>
            <label class="field__label" for=key.get_value()><LabelText label=field.label.clone() required=field.required/></label>
            <Extras field=field.clone() key=key.get_value()/>
            <p class="field__hint" id=format!("{hint_key}-limits")>{limits}</p>
            <p class="field__error" id=format!("{hint_key}-upload-error") role="alert" hidden=move || problem.with(Option::is_none)>
                <span class="visually-hidden">{t("common-error-prefix")}" "</span>
                {move || problem.get()}
            </p>
            <input
                id=key.get_value()
                class="input input--file"
                type="file"
                accept=accept
                multiple={max_files > 1}
                aria-invalid=move || (form.error(&key.get_value()).is_some() || problem.with(Option::is_some)).then_some("true")
                aria-describedby=move || {
                    let key = key.get_value();
                    let mut ids = vec![format!("{key}-limits")];
                    if field.hint.is_some() {
                        ids.insert(0, format!("{key}-hint"));
                    }
                    if problem.with(Option::is_some) {
                        ids.push(format!("{key}-upload-error"));
                    }
                    if form.error(&key).is_some() {
                        ids.push(format!("{key}-error"));
                    }
                    ids.join(" ")
                }
                on:change=on_change
            />
            <ul class="file-list" aria-label=list_label hidden=move || files.with(Vec::is_empty) && uploads.with(Vec::is_empty)>
                <For each=move || uploads.get() key=|u| u.serial let(upload)>
                    <li class="file-list__item">
                        <span class="file-list__name">{upload.name.clone()}</span>
                        <progress class="file-list__progress" max="100" value=move || (upload.progress.get() * 100.0).round()
                            aria-label=move || i18n.t_args("wizard-file-uploading", &args([("name", upload.name.clone().into())]))></progress>
                    </li>
                </For>
                <For each=move || files.get() key=|f| f.id.clone() let(file)>
                    <li class="file-list__item">
                        <span class="file-list__name">{file.name.clone()}</span>
                        <span class="file-list__size">{move || crate::i18n::format_bytes(i18n.lang(), file.size)}</span>
                        <button type="button" class="button button--link" on:click={
                            let file = file.clone();
                            move |_| remove(file.clone())
                        }>
                            {t("wizard-file-remove")}<span class="visually-hidden">" "{file.name.clone()}</span>
                        </button>
                    </li>
                </For>
            </ul>
        </div>
    }
}
