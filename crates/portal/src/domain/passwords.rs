//! Who someone is, by password: the half of sign-in that an OIDC callback (e.g. AGOV)
//! replaces; `http::session::start_session` is the other half.

use crate::error::{ApiError, ApiResult};
use crate::store;
use crate::AppState;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use guichet_model::problem::ErrorCode;

/// Returns the account id when the password matches. Unknown usernames cost the same time as
/// known ones, so the answer's timing does not reveal which usernames exist.
pub async fn verify(state: &AppState, username: &str, password: &str) -> ApiResult<Option<i64>> {
    // Organisations do not sign in: people act for them under a mandate.
    let row = store::accounts::person_with_password(&state.db, username).await?;
    let password = password.to_owned();
    let (id, stored) = match row {
        Some((id, hash)) => (Some(id), hash),
        None => (None, dummy_hash().to_owned()),
    };
    // Each check takes ~19 MiB and a core for a moment: a burst waits for a slot, briefly, and
    // is then told to come back rather than piling up.
    let wait = std::time::Duration::from_millis(state.config.hashing_wait_ms);
    let _permit = match tokio::time::timeout(wait, state.hashing.acquire()).await {
        Ok(permit) => permit.map_err(|_| ApiError::internal())?,
        Err(_) => {
            tracing::warn!(target: "security", event = "sign-in-busy", "every password-hashing slot is taken");
            return Err(ApiError::new(ErrorCode::Busy, "Too many sign-ins at once").retry_after(5));
        }
    };
    let matches =
        tokio::task::spawn_blocking(move || PasswordHash::new(&stored).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok()))
            .await
            .unwrap_or(false);
    Ok(id.filter(|_| matches))
}

fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash("not a real password"))
}

pub fn hash(password: &str) -> String {
    let salt = argon2::password_hash::SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 hashing").to_string()
}
