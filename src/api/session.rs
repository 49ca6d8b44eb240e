use super::client::{self, set_csrf_token, ApiError};
use guichet_model::api::{SessionInfo, SignInRequest};

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
