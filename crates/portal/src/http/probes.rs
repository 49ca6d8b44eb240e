//! What a load balancer asks: is the process alive (`/health`), and can it serve
//! (`/ready`: its database and its object store answer). Neither needs a session nor touches one.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

/// The process answers.
pub async fn health() -> impl IntoResponse {
    ([(header::CACHE_CONTROL, "no-store")], "ok\n")
}

/// The database and the object store answer; 503 otherwise, so the balancer sends requests
/// elsewhere.
pub async fn ready(State(state): State<AppState>) -> ApiResult<impl IntoResponse> {
    if let Err(e) = state.db.ping().await {
        tracing::warn!(error = %e, "not ready: the database does not answer");
        return Err(ApiError::database_unavailable());
    }
    if !state.objects.ready().await {
        tracing::warn!("not ready: the object store does not answer");
        return Err(ApiError::object_store_unavailable());
    }
    Ok(([(header::CACHE_CONTROL, "no-store")], "ready\n"))
}
