//! The device's copy of answers the server has not confirmed yet, per account and draft, so a
//! reload, a lost network or an ended session loses nothing. Its presence means "unsaved".

use guichet_model::form::Answers;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalCopy {
    /// The server version these answers were typed on.
    pub base_version: u32,
    pub answers: Answers,
    /// The answers of a save sent on `base_version` whose reply never came (the page was
    /// reloaded or closed meanwhile). If the server holds exactly these at the next version,
    /// that version is this device's own save, and the answers typed on top of it still count.
    #[serde(default)]
    pub sent: Option<Answers>,
}

impl LocalCopy {
    /// Whether this copy still holds answers newer than the server's `draft`.
    pub fn is_ahead_of(&self, version: u32, answers: &Answers) -> bool {
        let on_this_version = self.base_version == version || (self.base_version + 1 == version && self.sent.as_ref() == Some(answers));
        on_this_version && self.answers != *answers
    }
}

impl LocalCopy {
    /// Whether these answers exist only here: ahead of the server, or typed on an older
    /// version another device has changed since (the wizard asks which to keep).
    pub fn is_unsaved(&self, version: u32, answers: &Answers) -> bool {
        self.is_ahead_of(version, answers) || (self.base_version < version && self.answers != *answers)
    }
}

/// Records what was typed on `base_version`, keeping a save in flight from that version.
pub fn typed(key: &str, base_version: u32, answers: Answers) {
    let sent = load(key).filter(|c| c.base_version == base_version).and_then(|c| c.sent);
    store(key, &LocalCopy { base_version, answers, sent });
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// One key per account and draft: another person on the same device never sees it.
pub fn key(username: &str, draft: &str) -> String {
    format!("guichet.draft.{username}.{draft}")
}

pub fn load(key: &str) -> Option<LocalCopy> {
    crate::api::json::parse(&storage()?.get_item(key).ok()??)
}

pub fn store(key: &str, copy: &LocalCopy) {
    if let (Some(storage), Ok(json)) = (storage(), crate::api::json::to_string(copy).ok_or(())) {
        let _ = storage.set_item(key, &json);
    }
}

pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The account's device copies, as (draft id, storage key).
fn keys_of(username: &str) -> Vec<(String, String)> {
    let Some(storage) = storage() else { return Vec::new() };
    let prefix = key(username, "");
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|k| Some((k.strip_prefix(&prefix)?.to_owned(), k.clone())))
        .collect()
}

/// Removes the copies the server already holds and returns how many are left: answers that
/// exist only on this device. A draft the server cannot be asked about counts as unsaved.
pub async fn forget_saved(username: &str) -> usize {
    let mut left = 0;
    for (draft, key) in keys_of(username) {
        let Some(copy) = load(&key) else { continue };
        match crate::api::drafts::get(&draft).await {
            Ok(server) if !copy.is_unsaved(server.version, &server.answers) || server.case_id.is_some() => clear(&key),
            Err(crate::api::ApiError::NotFound) => clear(&key),
            _ => left += 1,
        }
    }
    left
}

/// Removes every copy of the account from this device.
pub fn forget_all(username: &str) {
    for (_, key) in keys_of(username) {
        clear(&key);
    }
}
