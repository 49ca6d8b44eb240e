//! Background work: timed-out sessions, old sign-in counts and expired drafts are deleted
//! every few minutes, so none of them grows without bound. Several instances share the work
//! through `store::jobs`: each run is claimed by one of them. Once a day, bytes in the object
//! store that no row names any more (an expired draft's files, a submission that failed
//! half-way) go too.

use crate::domain::{drafts, throttle};
use crate::store;
use crate::AppState;

/// How often the sweep runs, across all instances together.
const SWEEP_EVERY_SECS: i64 = 300;

/// How often the object store is swept: it lists every key, which costs more than a query.
const BYTES_SWEEP_EVERY_SECS: i64 = 24 * 60 * 60;

/// Bytes younger than this are kept even without a row: their row may be being written.
const UNNAMED_BYTES_KEPT_SECS: i64 = 24 * 60 * 60;

pub async fn sweep_expired(state: AppState) {
    // Each instance looks every minute; the one that claims the due sweep runs it.
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        let now = state.clock.unix();
        match store::jobs::claim(&state.db, "sweep-expired", now, now + SWEEP_EVERY_SECS).await {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => {
                tracing::warn!(error = %e, "could not claim the sweep");
                continue;
            }
        }
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
        if !store::jobs::claim(&state.db, "sweep-unnamed-bytes", now, now + BYTES_SWEEP_EVERY_SECS).await.unwrap_or(false) {
            continue;
        }
        let written_before = state.clock.now() - time::Duration::seconds(UNNAMED_BYTES_KEPT_SECS);
        match sweep_unnamed_bytes(&state, written_before).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(objects = n, "deleted bytes that no document or upload names"),
            Err(e) => tracing::warn!(error = %e, "could not sweep the object store"),
        }
    }
}

/// Deletes the bytes written before `written_before` whose document or upload row is gone;
/// how many went.
pub async fn sweep_unnamed_bytes(state: &AppState, written_before: time::OffsetDateTime) -> anyhow::Result<usize> {
    let mut deleted = 0;
    for (key, id) in state.objects.older_than("uploads", written_before).await? {
        if !store::draft_files::exists(&state.db, &id).await? {
            state.objects.delete(&key).await;
            deleted += 1;
        }
    }
    for (key, id) in state.objects.older_than("documents", written_before).await? {
        if !store::documents::exists(&state.db, &id).await? {
            state.objects.delete(&key).await;
            deleted += 1;
        }
    }
    Ok(deleted)
}
