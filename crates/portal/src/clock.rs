//! Wall-clock time that tests can move forward, so session expiry is tested without sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use time::OffsetDateTime;

#[derive(Clone, Default)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc() + time::Duration::seconds(self.offset_secs.load(Ordering::Relaxed))
    }

    /// Now as RFC 3339, the form every stored instant takes.
    pub fn rfc3339(&self) -> String {
        self.now().format(&time::format_description::well_known::Rfc3339).expect("formattable")
    }

    pub fn unix(&self) -> i64 {
        self.now().unix_timestamp()
    }

    /// Moves this clock forward; only tests call it.
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::Relaxed);
    }
}
