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

/// Ends the session on the server; what the device forgets with it is `crate::session`'s.
pub async fn sign_out() -> Result<(), ApiError> {
    client::delete(PATH).await?;
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
