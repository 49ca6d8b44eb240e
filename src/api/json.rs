//! JSON in and out through the browser's own `JSON.parse` and `JSON.stringify`, so no JSON
//! parser is compiled into the wasm (measured in the README's architecture section).

use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::JsValue;

/// A value the browser has already parsed (e.g. `Response.json()`) as a Rust type.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value).ok()
}

pub fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    from_js(js_sys::JSON::parse(text).ok()?)
}

pub fn to_string(value: &impl Serialize) -> Option<String> {
    // Maps as plain objects and `None` as `null`, as serde_json writes them.
    let value = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}
