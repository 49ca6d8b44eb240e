//! Validators shared by the app (instant feedback) and the server (the authority). They return
//! codes such as `required`; the app turns each code into a translated message.

use crate::api::SignInRequest;
use crate::problem::FieldError;

pub const REQUIRED: &str = "required";
pub const TOO_LONG: &str = "too-long";

/// Longest username or password the portal accepts; longer input is refused before hashing.
pub const MAX_CREDENTIAL_LEN: usize = 256;

pub fn sign_in(request: &SignInRequest) -> Vec<FieldError> {
    [("username", request.username.trim()), ("password", request.password.as_str())]
        .into_iter()
        .filter_map(|(field, value)| {
            let code = if value.is_empty() {
                REQUIRED
            } else if value.len() > MAX_CREDENTIAL_LEN {
                TOO_LONG
            } else {
                return None;
            };
            Some(FieldError { field: field.into(), code: code.into() })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(u: &str, p: &str) -> SignInRequest {
        SignInRequest { username: u.into(), password: p.into() }
    }

    #[test]
    fn both_fields_are_required() {
        let errors = sign_in(&req("  ", ""));
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0], FieldError { field: "username".into(), code: REQUIRED.into() });
        assert_eq!(errors[1].field, "password");
    }

    #[test]
    fn valid_credentials_pass_and_overlong_ones_do_not() {
        assert!(sign_in(&req("sophie.rochat", "secret")).is_empty());
        let long = "x".repeat(MAX_CREDENTIAL_LEN + 1);
        assert_eq!(sign_in(&req("a", &long))[0].code, TOO_LONG);
    }
}
