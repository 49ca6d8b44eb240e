//! Dates, numbers and sizes formatted by the browser's `Intl`, in Swiss regional formats.
//! No ICU data ships with the app.

use guichet_model::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The Swiss locale for `lang`, or de-CH where the browser has no data for it (Romansh).
fn locales(lang: Lang) -> Array {
    let wanted = Array::of1(&JsValue::from_str(lang.swiss_locale()));
    let supported = Intl::DateTimeFormat::supported_locales_of(&wanted, &Object::new());
    if supported.length() > 0 { wanted } else { Array::of1(&JsValue::from_str(Lang::De.swiss_locale())) }
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    options
}

fn parse(iso: &str) -> Option<js_sys::Date> {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    (!date.get_time().is_nan()).then_some(date)
}

/// `2026-03-14` as `14.03.2026` (de-CH), `14.03.2026` (fr-CH), `14.03.2026` (it-CH).
pub fn format_date(lang: Lang, iso_date: &str) -> String {
    // A bare date is read as UTC midnight; format it in UTC so it never shifts a day.
    let Some(date) = parse(iso_date) else { return iso_date.to_owned() };
    let options = options(&[("day", "2-digit"), ("month", "2-digit"), ("year", "numeric"), ("timeZone", "UTC")]);
    Intl::DateTimeFormat::new(&locales(lang), &options).format().call1(&JsValue::NULL, &date).ok().and_then(|v| v.as_string()).unwrap_or_else(|| iso_date.to_owned())
}

/// An instant as a local date and time, e.g. `14.03.2026, 09:41`.
pub fn format_date_time(lang: Lang, rfc3339: &str) -> String {
    let Some(date) = parse(rfc3339) else { return rfc3339.to_owned() };
    let options = options(&[("day", "2-digit"), ("month", "2-digit"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")]);
    Intl::DateTimeFormat::new(&locales(lang), &options).format().call1(&JsValue::NULL, &date).ok().and_then(|v| v.as_string()).unwrap_or_else(|| rfc3339.to_owned())
}

/// A file size in kB or MB, with the locale's digits and separators.
pub fn format_bytes(lang: Lang, bytes: u64) -> String {
    let (value, unit) = if bytes >= 1_000_000 { (bytes as f64 / 1e6, "megabyte") } else { ((bytes as f64 / 1e3).max(1.0), "kilobyte") };
    let options = options(&[("style", "unit"), ("unit", unit), ("maximumFractionDigits", "1")]);
    Intl::NumberFormat::new(&locales(lang), &options).format().call1(&JsValue::NULL, &JsValue::from_f64(value)).ok().and_then(|v| v.as_string()).unwrap_or_else(|| format!("{value:.1} {unit}"))
}

fn number_format(lang: Lang, options: &Object, value: f64) -> Option<String> {
    Intl::NumberFormat::new(&locales(lang), options).format().call1(&JsValue::NULL, &JsValue::from_f64(value)).ok()?.as_string()
}

/// A number with the locale's grouping: `1’234.5` (de-CH, it-CH), `1 234,5` (fr-CH).
pub fn format_number(lang: Lang, value: f64) -> String {
    number_format(lang, &options(&[("maximumFractionDigits", "2")]), value).unwrap_or_else(|| value.to_string())
}

/// An amount in Swiss francs with two decimals: `CHF 1’234.50` (de-CH), `1 234,50 CHF` (fr-CH).
pub fn format_chf(lang: Lang, amount: f64) -> String {
    let options = options(&[("style", "currency"), ("currency", "CHF"), ("minimumFractionDigits", "2")]);
    number_format(lang, &options, amount).unwrap_or_else(|| format!("CHF {amount:.2}"))
}

/// A day relative to today in words: `gestern`, `in 3 Tagen`, `il y a 2 jours`.
pub fn format_relative_days(lang: Lang, days_from_today: i32) -> String {
    let options = options(&[("numeric", "auto")]);
    Intl::RelativeTimeFormat::new(&locales(lang), &options)
        .format(f64::from(days_from_today), "day")
        .as_string()
        .unwrap_or_else(|| days_from_today.to_string())
}

/// Whole days from today (the citizen's local date) to a `YYYY-MM-DD` date.
pub fn days_from_today(iso_date: &str) -> Option<i32> {
    let now = js_sys::Date::new_0();
    let today = format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date());
    let (target, today) = (parse(iso_date)?, parse(&today)?);
    Some(((target.get_time() - today.get_time()) / 86_400_000.0).round() as i32)
}
