//! The session: who is signed in, the CSRF token, and the key for this browser's copies, which
//! every answer about the session carries and `crate::vault` takes before the answer is used.

use super::client::{self, set_csrf_token, ApiError};
use crate::vault;
use guichet_model::api::{PartyChoice, SessionInfo, SignInRequest};

const PATH: &str = "/api/v1/session";

/// Takes the token and the key of a fresh answer.
async fn took(info: SessionInfo) -> SessionInfo {
    set_csrf_token(&info.csrf_token);
    vault::take_key(&info).await;
    info
}

/// Who is signed in; also starts the anonymous session whose CSRF token the sign-in needs.
pub async fn current() -> Result<SessionInfo, ApiError> {
    Ok(took(client::get(PATH).await?).await)
}

pub async fn sign_in(request: &SignInRequest) -> Result<SessionInfo, ApiError> {
    Ok(took(client::post(PATH, request).await?).await)
}

/// Signs out and removes every copy of the person from this device; the portal has replaced
/// their key, so a copy this misses stays unreadable. A session that had already ended is
/// signed out all the same.
pub async fn sign_out() -> Result<(), ApiError> {
    let result = client::delete(PATH).await;
    if matches!(result, Ok(()) | Err(ApiError::SignInRequired)) {
        vault::forget_account();
    }
    result?;
    set_csrf_token("");
    Ok(())
}

pub fn has_csrf_token() -> bool {
    client::has_csrf_token()
}

/// Acts for an organisation (its UID) or, with `None`, for oneself. The portal replaces the
/// session id and the CSRF token.
pub async fn choose_party(uid: Option<String>) -> Result<SessionInfo, ApiError> {
    Ok(took(client::put("/api/v1/session/party", &PartyChoice { uid }).await?).await)
}
