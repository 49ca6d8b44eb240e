use super::client::{self, set_csrf_token, ApiError};
use guichet_model::api::{PartyChoice, SessionInfo, SignInRequest};

const PATH: &str = "/api/v1/session";

/// Who is signed in; also starts the anonymous session whose CSRF token the sign-in needs.
pub async fn current() -> Result<SessionInfo, ApiError> {
    let info: SessionInfo = client::get(PATH).await?;
    set_csrf_token(&info.csrf_token);
    Ok(info)
}

pub async fn sign_in(request: &SignInRequest) -> Result<SessionInfo, ApiError> {
    let info: SessionInfo = client::post(PATH, request).await?;
    set_csrf_token(&info.csrf_token);
    Ok(info)
}

pub async fn sign_out() -> Result<(), ApiError> {
    client::delete(PATH).await?;
    set_csrf_token("");
    Ok(())
}

pub fn has_csrf_token() -> bool {
    client::has_csrf_token()
}

/// Acts for an organisation (its UID) or, with `None`, for oneself.
pub async fn choose_party(uid: Option<String>) -> Result<SessionInfo, ApiError> {
    client::put("/api/v1/session/party", &PartyChoice { uid }).await
}
