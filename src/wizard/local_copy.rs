//! The device's copy of answers the server has not confirmed yet, per account and draft, so a
//! reload, a lost network or an ended session loses nothing. Its presence means "unsaved".

use guichet_model::form::Answers;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalCopy {
    /// The server version these answers were typed on.
    pub base_version: u32,
    pub answers: Answers,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// One key per account and draft: another person on the same device never sees it.
pub fn key(username: &str, draft: &str) -> String {
    format!("guichet.draft.{username}.{draft}")
}

pub fn load(key: &str) -> Option<LocalCopy> {
    serde_json::from_str(&storage()?.get_item(key).ok()??).ok()
}

pub fn store(key: &str, copy: &LocalCopy) {
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(copy)) {
        let _ = storage.set_item(key, &json);
    }
}

pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}
