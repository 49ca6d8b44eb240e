//! A Swiss postcode and an eCH-0010 postal address, with the municipality and locality that
//! follow from the official directory (looked up by the page).

use super::label::{Extras, LabelText};
use super::text::TextInput;
use crate::i18n::{args, t, use_i18n};
use crate::wizard::{distinct_municipalities, use_form, FormState, PlaceLookup};
use guichet_model::api::Place;
use guichet_model::form::{part_key, Field};
use guichet_model::swiss::postcode_is_well_formed;
use leptos::prelude::*;

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
pub(super) fn PostcodeField(field: Field, key: String) -> impl IntoView {
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
pub(super) fn AddressField(field: Field, key: String) -> impl IntoView {
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
