//! The device's copy of answers the server has not confirmed yet, per account and draft, so a
//! reload, a lost network or an ended session loses nothing. Its presence means "unsaved".
//! Copies are kept encrypted for the signed-in person (`crate::vault`), by draft id. The wizard's
//! sync (`super::sync`) writes them as a save goes: typed, sending, saved.

use crate::vault::{self, Kind};
use guichet_model::api::Draft;
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

/// What the device's copy makes of the draft the server sent, when the wizard starts.
pub enum Restored {
    /// Nothing here the server lacks (a copy it already holds is removed).
    Nothing,
    /// Answers typed on the server's version, or on top of this device's own save that landed
    /// unseen: they are shown and saved again.
    Ahead(Answers),
    /// Answers typed on an older version that another device has since changed: shown, still
    /// on their own version, until the citizen chooses.
    Behind { base_version: u32, answers: Answers },
}

pub fn restore(draft: &Draft) -> Restored {
    match load(&draft.id) {
        Some(copy) if copy.is_ahead_of(draft.version, &draft.answers) => Restored::Ahead(copy.answers),
        Some(copy) if copy.is_unsaved(draft.version, &draft.answers) => Restored::Behind { base_version: copy.base_version, answers: copy.answers },
        Some(_) => {
            clear(&draft.id);
            Restored::Nothing
        }
        None => Restored::Nothing,
    }
}

/// Records what was typed on `base_version`, keeping a save in flight from that version.
pub fn typed(draft: &str, base_version: u32, answers: Answers) {
    let sent = load(draft).filter(|c| c.base_version == base_version).and_then(|c| c.sent);
    store(draft, &LocalCopy { base_version, answers, sent });
}

/// A save of `sent` on `base_version` is on its way. Should the page go before the reply
/// comes, the next start can tell this save apart from another device's.
pub fn sending(draft: &str, base_version: u32, sent: &Answers) {
    store(draft, &LocalCopy { base_version, answers: sent.clone(), sent: Some(sent.clone()) });
}

/// The server took `sent` as `version`. The copy goes, unless the citizen typed on meanwhile:
/// that is still unsaved, now on the new version.
pub fn saved(draft: &str, version: u32, sent: &Answers, answers: Answers) {
    if answers == *sent {
        clear(draft);
    } else {
        store(draft, &LocalCopy { base_version: version, answers, sent: None });
    }
}

/// Whether this device holds answers of the draft that the server has not confirmed.
pub fn holds(draft: &str) -> bool {
    load(draft).is_some()
}

pub fn load(draft: &str) -> Option<LocalCopy> {
    crate::api::json::parse(&vault::get(Kind::Draft, draft)?)
}

fn store(draft: &str, copy: &LocalCopy) {
    if let Some(json) = crate::api::json::to_string(copy) {
        vault::put(Kind::Draft, draft, json);
    }
}

pub fn clear(draft: &str) {
    vault::remove(Kind::Draft, draft);
}

/// Removes the copies the server already holds and returns how many are left: answers that
/// exist only on this device. A draft the server cannot be asked about counts as unsaved, and
/// so does a copy this tab has not opened (no wizard yet) or typed for another party than the
/// session acts for now (the server would not know it here): none goes unasked.
pub async fn forget_saved() -> usize {
    let mut left = 0;
    for (draft, checkable) in vault::ids(Kind::Draft) {
        if !checkable {
            left += 1;
            continue;
        }
        let Some(copy) = load(&draft) else { continue };
        match crate::api::drafts::get(&draft).await {
            Ok(server) if !copy.is_unsaved(server.version, &server.answers) || server.case_id.is_some() => clear(&draft),
            Err(crate::api::ApiError::NotFound) => clear(&draft),
            _ => left += 1,
        }
    }
    left
}

/// Removes every application copy of the signed-in person from this device; at sign-out the
/// vault then removes the rest (replies) with the key.
pub fn forget_all() {
    for (draft, _) in vault::ids(Kind::Draft) {
        clear(&draft);
    }
}
