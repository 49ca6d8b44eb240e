//! What an error tells the citizen: the Fluent id for a failed request and for a field's
//! validation code. The codes come from the API and the model; choosing the words is this
//! layer's job, so `api/` names no message and does not import `i18n/`.

use super::fluent_id;
use crate::api::ApiError;
use guichet_model::problem::ErrorCode;
use guichet_model::validate;

// An inherent method defined beside the messages rather than beside the type: every caller
// keeps writing `error.message_id()`, and the HTTP layer stays free of Fluent.
impl ApiError {
    /// The Fluent id of the message that tells the citizen what happened and what to do.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Network => fluent_id("error-network"),
            ApiError::Timeout => fluent_id("error-timeout"),
            ApiError::SignInRequired => fluent_id("error-session-expired"),
            ApiError::NotFound => fluent_id("error-not-found"),
            // The account's limits and typed control characters say what to do about them.
            ApiError::Invalid(errors) => match errors.first().map(|e| e.code.as_str()) {
                Some(validate::QUOTA_DRAFTS) => fluent_id("error-quota-drafts"),
                Some(validate::QUOTA_FILES) => fluent_id("error-quota-files"),
                Some(validate::QUOTA_BYTES) => fluent_id("error-quota-bytes"),
                Some(validate::QUOTA_REPLIES) => fluent_id("error-quota-replies"),
                Some(validate::CONTROL_CHARACTER) => fluent_id("error-control-character"),
                _ => fluent_id("error-invalid"),
            },
            ApiError::Refused(ErrorCode::InvalidCredentials) => fluent_id("error-invalid-credentials"),
            ApiError::Refused(ErrorCode::RateLimited) => fluent_id("error-rate-limited"),
            ApiError::Refused(ErrorCode::Conflict) => fluent_id("error-conflict"),
            ApiError::Refused(ErrorCode::MandateEnded) => fluent_id("error-mandate-ended"),
            ApiError::Refused(_) => fluent_id("error-forbidden"),
            ApiError::Server => fluent_id("error-server"),
        }
    }
}

/// The Fluent id that explains a form field's error code; every message takes the field's
/// `$label`.
pub fn field_message_id(code: &str) -> &'static str {
    match code {
        validate::REQUIRED => fluent_id("wizard-error-required"),
        validate::TOO_LONG => fluent_id("wizard-error-too-long"),
        validate::NUMBER_INVALID => fluent_id("wizard-error-number-invalid"),
        validate::NUMBER_TOO_SMALL => fluent_id("wizard-error-number-too-small"),
        validate::NUMBER_TOO_LARGE => fluent_id("wizard-error-number-too-large"),
        validate::DATE_INVALID => fluent_id("wizard-error-date-invalid"),
        validate::DATE_IN_PAST => fluent_id("wizard-error-date-in-past"),
        validate::DATE_IN_FUTURE => fluent_id("wizard-error-date-in-future"),
        validate::CHOICE_UNKNOWN => fluent_id("wizard-error-choice-unknown"),
        validate::EMAIL_INVALID => fluent_id("wizard-error-email-invalid"),
        validate::PHONE_INVALID => fluent_id("wizard-error-phone-invalid"),
        validate::POSTCODE_INVALID => fluent_id("wizard-error-postcode-invalid"),
        validate::POSTCODE_UNKNOWN => fluent_id("wizard-error-postcode-unknown"),
        validate::MUNICIPALITY_MISMATCH => fluent_id("wizard-error-municipality-mismatch"),
        validate::AHV_FORMAT => fluent_id("wizard-error-ahv-format"),
        validate::AHV_CHECKSUM => fluent_id("wizard-error-ahv-checksum"),
        validate::IBAN_FORMAT => fluent_id("wizard-error-iban-format"),
        validate::IBAN_CHECKSUM => fluent_id("wizard-error-iban-checksum"),
        validate::IBAN_COUNTRY => fluent_id("wizard-error-iban-country"),
        validate::PLATE_INVALID => fluent_id("wizard-error-plate-invalid"),
        validate::FILE_TOO_LARGE => fluent_id("wizard-error-file-too-large"),
        validate::FILE_TYPE => fluent_id("wizard-error-file-type"),
        validate::FILES_TOO_MANY => fluent_id("wizard-error-files-too-many"),
        validate::GROUP_TOO_FEW => fluent_id("wizard-error-group-too-few"),
        validate::GROUP_TOO_MANY => fluent_id("wizard-error-group-too-many"),
        validate::STEP_NOT_REACHABLE => fluent_id("wizard-error-step-not-reachable"),
        validate::CONTROL_CHARACTER => fluent_id("wizard-error-control-character"),
        validate::UNKNOWN_ANSWER => fluent_id("wizard-error-unknown-answer"),
        validate::QUOTA_FILES => fluent_id("wizard-error-quota-files"),
        validate::QUOTA_BYTES => fluent_id("wizard-error-quota-bytes"),
        _ => fluent_id("wizard-error-invalid"),
    }
}
