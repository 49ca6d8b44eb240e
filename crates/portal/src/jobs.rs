//! Background work: timed-out sessions, old sign-in counts and expired drafts are deleted
//! every few minutes, so none of them grows without bound.

use crate::domain::{drafts, throttle};
use crate::store;
use crate::AppState;

pub async fn sweep_expired(state: AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
    loop {
        tick.tick().await;
        let now = state.clock.unix();
        if let Err(e) = store::sessions::delete_expired(&state.db, now - state.config.session_idle_secs, now - state.config.session_absolute_secs).await {
            tracing::warn!(error = %e, "could not sweep expired sessions");
        }
        if throttle::sweep(&state).await.is_err() {
            tracing::warn!("could not sweep old sign-in counts");
        }
        match store::drafts::delete_expired(&state.db, &drafts::kept_since(&state)).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(drafts = n, "deleted applications past their keeping period"),
            Err(_) => tracing::warn!("could not sweep expired drafts"),
        }
    }
}
