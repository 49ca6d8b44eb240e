//! Dates, numbers and sizes formatted by the browser's `Intl`, in Swiss regional formats.
//! No ICU data ships with the app.

use guichet_model::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// The Swiss locale for `lang`, or de-CH where the browser has no data for it (Romansh).
fn locales(lang: Lang) -> Array {
    let wanted = Array::of1(&JsValue::from_str(lang.swiss_locale()));
    let supported = Intl::DateTimeFormat::supported_locales_of(&wanted, &Object::new());
    if supported.length() > 0 {
        wanted
    } else {
        Array::of1(&JsValue::from_str(Lang::De.swiss_locale()))
    }
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    options
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Date,
    DateTime,
    Time,
    Number,
    Chf,
    Relative,
    Bytes(&'static str),
}

thread_local! {
    // Building an Intl formatter costs far more than using one; a list of 1,000 cases would
    // otherwise build thousands.
    static FORMATTERS: RefCell<HashMap<(Lang, Kind), JsValue>> = RefCell::new(HashMap::new());
}

/// The cached formatter of a kind for a language: a bound `format` function, or for
/// relative times the `Intl.RelativeTimeFormat` itself.
fn formatter(lang: Lang, kind: Kind) -> JsValue {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((lang, kind))
            .or_insert_with(|| {
                let locales = locales(lang);
                let date = |pairs: &[(&str, &str)]| Intl::DateTimeFormat::new(&locales, &options(pairs)).format().into();
                let number = |pairs: &[(&str, &str)]| Intl::NumberFormat::new(&locales, &options(pairs)).format().into();
                match kind {
                    Kind::Date => date(&[("day", "2-digit"), ("month", "2-digit"), ("year", "numeric"), ("timeZone", "UTC")]),
                    Kind::DateTime => date(&[("day", "2-digit"), ("month", "2-digit"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")]),
                    Kind::Time => date(&[("hour", "2-digit"), ("minute", "2-digit")]),
                    Kind::Number => number(&[("maximumFractionDigits", "2")]),
                    Kind::Chf => number(&[("style", "currency"), ("currency", "CHF"), ("minimumFractionDigits", "2")]),
                    Kind::Bytes(unit) => number(&[("style", "unit"), ("unit", unit), ("maximumFractionDigits", "1")]),
                    Kind::Relative => Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "auto")])).into(),
                }
            })
            .clone()
    })
}

fn call(lang: Lang, kind: Kind, value: &JsValue) -> Option<String> {
    formatter(lang, kind).unchecked_into::<js_sys::Function>().call1(&JsValue::NULL, value).ok()?.as_string()
}

fn parse(iso: &str) -> Option<js_sys::Date> {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    (!date.get_time().is_nan()).then_some(date)
}

/// `2026-03-14` as `14.03.2026` (de-CH, fr-CH, it-CH).
pub fn format_date(lang: Lang, iso_date: &str) -> String {
    // A bare date is read as UTC midnight; it is formatted in UTC so it never shifts a day.
    parse(iso_date).and_then(|date| call(lang, Kind::Date, &date)).unwrap_or_else(|| iso_date.to_owned())
}

/// An instant as a local date and time, e.g. `14.03.2026, 09:41`.
pub fn format_date_time(lang: Lang, rfc3339: &str) -> String {
    parse(rfc3339).and_then(|date| call(lang, Kind::DateTime, &date)).unwrap_or_else(|| rfc3339.to_owned())
}

/// The time now, e.g. `14:03`, for "saved at".
pub fn format_time_now(lang: Lang) -> String {
    call(lang, Kind::Time, &js_sys::Date::new_0()).unwrap_or_default()
}

/// A file size in kB or MB, with the locale's digits and separators.
pub fn format_bytes(lang: Lang, bytes: u64) -> String {
    let (value, unit) = if bytes >= 1_000_000 { (bytes as f64 / 1e6, "megabyte") } else { ((bytes as f64 / 1e3).max(1.0), "kilobyte") };
    call(lang, Kind::Bytes(unit), &JsValue::from_f64(value)).unwrap_or_else(|| format!("{value:.1} {unit}"))
}

/// A number with the locale's grouping: `1’234’567.5` (de-CH, it-CH), `1 234 567,5` (fr-CH).
pub fn format_number(lang: Lang, value: f64) -> String {
    call(lang, Kind::Number, &JsValue::from_f64(value)).unwrap_or_else(|| value.to_string())
}

/// An amount in Swiss francs: `CHF 1’234.50` (de-CH), `1 234.50 CHF` (fr-CH).
pub fn format_chf(lang: Lang, amount: f64) -> String {
    call(lang, Kind::Chf, &JsValue::from_f64(amount)).unwrap_or_else(|| format!("CHF {amount:.2}"))
}

/// A day relative to today in words: `morgen`, `dans 3 jours`, `ieri`.
pub fn format_relative_days(lang: Lang, days_from_today: i32) -> String {
    formatter(lang, Kind::Relative)
        .unchecked_into::<Intl::RelativeTimeFormat>()
        .format(f64::from(days_from_today), "day")
        .as_string()
        .unwrap_or_else(|| days_from_today.to_string())
}

thread_local! {
    /// Today's local date as UTC midnight in ms, and when it was worked out: a list of 1,000
    /// deadlines asks for it 1,000 times.
    static TODAY: RefCell<(f64, f64)> = const { RefCell::new((f64::NAN, f64::NEG_INFINITY)) };
}

fn today_ms() -> f64 {
    let now = js_sys::Date::now();
    TODAY.with(|today| {
        let (midnight, computed_at) = *today.borrow();
        if now - computed_at < 60_000.0 {
            return midnight;
        }
        let midnight = parse(&today_iso()).map_or(f64::NAN, |d| d.get_time());
        *today.borrow_mut() = (midnight, now);
        midnight
    })
}

/// The citizen's local date, `YYYY-MM-DD`, as the date rules of a form see it.
pub fn today_iso() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Whole days from today (the citizen's local date) to a `YYYY-MM-DD` date.
pub fn days_from_today(iso_date: &str) -> Option<i32> {
    let days = (parse(iso_date)?.get_time() - today_ms()) / 86_400_000.0;
    days.is_finite().then(|| days.round() as i32)
}
