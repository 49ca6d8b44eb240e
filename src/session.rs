//! Who is signed in, shared by every page, and when the server will end the session. The
//! server owns the session; this only mirrors it. Signing out goes through here too, as it
//! is also what this device forgets: the person's copies and their key.

use crate::api::{self, ApiError};
use crate::vault;
use crate::wizard::local_copy;
use guichet_model::api::{Me, SessionInfo};
use leptos::prelude::*;

/// Where every tab of this browser keeps the session's end, so one "stay signed in" counts
/// for all of them.
const ENDS_AT_KEY: &str = "guichet.session.ends-at";

#[derive(Clone, Copy)]
pub struct Session {
    pub user: RwSignal<Option<Me>>,
    /// When the server ends the session unless it sees a request before: ms since the epoch.
    pub ends_at: RwSignal<f64>,
    idle_ms: StoredValue<f64>,
    /// The absolute timeout, which no activity moves.
    absolute_end: StoredValue<f64>,
    /// A signed-in session ended by itself (a timeout, a 401), not by signing out: only then
    /// is the citizen told it expired.
    pub expired: RwSignal<bool>,
    /// The authorities' messages not yet opened, for the header.
    pub unread: RwSignal<u64>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl Session {
    pub fn new(info: Option<SessionInfo>) -> Self {
        let session = Session {
            user: RwSignal::new(None),
            ends_at: RwSignal::new(f64::INFINITY),
            idle_ms: StoredValue::new(f64::INFINITY),
            absolute_end: StoredValue::new(f64::INFINITY),
            expired: RwSignal::new(false),
            unread: RwSignal::new(0),
        };
        if let Some(info) = info {
            session.started(&info);
        }
        session
    }

    /// The server no longer knows the session, or its time ran out.
    pub fn ended_by_itself(&self) {
        if self.user.with_untracked(Option::is_some) {
            self.expired.set(true);
        }
        self.user.set(None);
    }

    /// A fresh answer about the session (start-up, sign-in, "stay signed in").
    pub fn started(&self, info: &SessionInfo) {
        let now = js_sys::Date::now();
        if info.user.is_some() {
            self.expired.set(false);
        }
        self.user.set(info.user.clone());
        self.idle_ms.set_value(info.idle_timeout_secs as f64 * 1000.0);
        self.absolute_end.set_value(info.ends_in_secs.map_or(f64::INFINITY, |s| now + s as f64 * 1000.0));
        self.touched();
    }

    /// The server has just seen a request of this session: its idle clock starts again.
    pub fn touched(&self) {
        let ends_at = (js_sys::Date::now() + self.idle_ms.get_value()).min(self.absolute_end.get_value());
        self.ends_at.set(ends_at);
        if let Some(storage) = storage() {
            let _ = storage.set_item(ENDS_AT_KEY, &ends_at.to_string());
        }
    }

    /// Follows the other tabs' requests, so no tab warns about a session another one keeps up.
    pub fn follow_other_tabs(&self) {
        let ends_at = self.ends_at;
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(ENDS_AT_KEY) {
                if let Some(value) = event.new_value().and_then(|v| v.parse::<f64>().ok()) {
                    ends_at.set(value);
                }
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// Whether the end ahead is the absolute one, which no request moves.
    pub fn ends_for_good(&self) -> bool {
        self.ends_at.get() >= self.absolute_end.get_value()
    }

    pub fn is_signed_in(&self) -> bool {
        self.user.with(Option::is_some)
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// How many applications hold answers that only this device has, once the copies the server
/// already holds are forgotten: signing out would lose them, so the citizen is asked first.
pub fn unsaved_before_sign_out() -> impl std::future::Future<Output = usize> {
    // Futures handed on or mapped rather than new `async fn`s around them: this module is in
    // the first load, and each state machine costs bytes there.
    local_copy::forget_saved()
}

/// The citizen chose to sign out all the same: their unsaved answers go now, whatever the
/// server answers to the sign-out.
pub fn discard_unsaved() {
    local_copy::forget_all();
}

/// Signs out on the server and removes every copy of the person from this device with their
/// key; the portal has replaced the key, so a copy this misses stays unreadable. A session that
/// had already ended is signed out all the same.
pub fn sign_out() -> impl std::future::Future<Output = Result<(), ApiError>> {
    futures::FutureExt::map(api::session::sign_out(), |result| {
        if matches!(result, Ok(()) | Err(ApiError::SignInRequired)) {
            vault::forget_account();
        }
        result
    })
}
