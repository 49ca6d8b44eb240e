//! Validators shared by the app (instant feedback) and the server (the authority). They return
//! codes such as `required`; the app turns each code into a translated message.

use crate::api::SignInRequest;
use crate::form::{ChoiceOption, DateRule, FieldKind};
use crate::problem::FieldError;
use crate::swiss::{self, IbanProblem};

pub const REQUIRED: &str = "required";

/// A message's text without its surrounding blanks, or the code that refuses it (blank, or
/// longer than `api::MAX_MESSAGE_LEN` characters).
pub fn message_body(body: &str) -> Result<&str, &'static str> {
    let body = body.trim();
    match body.chars().count() {
        0 => Err(REQUIRED),
        n if n > crate::api::MAX_MESSAGE_LEN => Err(TOO_LONG),
        _ if has_forbidden_characters(body, true) => Err(CONTROL_CHARACTER),
        _ => Ok(body),
    }
}

/// Characters that change how text around them is shown: bidi embeddings, overrides, isolates
/// and marks (a right-to-left override shows `fdp.exe` as `exe.pdf`).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that are not seen: zero-width spaces and joiners, word joiners, the byte-order
/// mark, soft hyphens, and the line and paragraph separators that break a line unseen.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2028}' | '\u{2029}' | '\u{2060}'..='\u{2064}' | '\u{206A}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Whether text a citizen typed holds a control character (a line break is allowed in long
/// text: `multiline`), a bidi control, or a line or paragraph separator. Such text is refused,
/// not cleaned, so what the authority reads is what the citizen saw.
pub fn has_forbidden_characters(text: &str, multiline: bool) -> bool {
    text.chars().any(|c| (c.is_control() && !(multiline && c == '\n')) || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}'))
}
pub const TOO_LONG: &str = "too-long";
pub const NUMBER_INVALID: &str = "number-invalid";
pub const NUMBER_TOO_SMALL: &str = "number-too-small";
pub const NUMBER_TOO_LARGE: &str = "number-too-large";
pub const DATE_INVALID: &str = "date-invalid";
/// A date before today where only today or later makes sense (a move date).
pub const DATE_IN_PAST: &str = "date-in-past";
/// A date after today where only today or earlier makes sense (a date of birth).
pub const DATE_IN_FUTURE: &str = "date-in-future";
pub const CHOICE_UNKNOWN: &str = "choice-unknown";
pub const EMAIL_INVALID: &str = "email-invalid";
pub const PHONE_INVALID: &str = "phone-invalid";
pub const POSTCODE_INVALID: &str = "postcode-invalid";
pub const POSTCODE_UNKNOWN: &str = "postcode-unknown";
/// The chosen municipality does not lie in the postcode's area.
pub const MUNICIPALITY_MISMATCH: &str = "municipality-mismatch";
pub const AHV_FORMAT: &str = "ahv-format";
pub const AHV_CHECKSUM: &str = "ahv-checksum";
pub const IBAN_FORMAT: &str = "iban-format";
pub const IBAN_CHECKSUM: &str = "iban-checksum";
pub const IBAN_COUNTRY: &str = "iban-country";
pub const PLATE_INVALID: &str = "plate-invalid";
pub const FILE_TOO_LARGE: &str = "file-too-large";
pub const FILE_TYPE: &str = "file-type";
pub const FILES_TOO_MANY: &str = "files-too-many";
pub const GROUP_TOO_FEW: &str = "group-too-few";
pub const GROUP_TOO_MANY: &str = "group-too-many";
/// The answer names a step the citizen cannot be on yet: an earlier step is incomplete.
pub const STEP_NOT_REACHABLE: &str = "step-not-reachable";
/// Text with a control character (other than a line break in long text) or a bidi override.
pub const CONTROL_CHARACTER: &str = "control-character";
/// An answer under a key the service does not define.
pub const UNKNOWN_ANSWER: &str = "unknown-answer";
/// The account's quotas (see the portal's `quotas`): open applications, stored files, stored
/// bytes, replies a day.
pub const QUOTA_DRAFTS: &str = "quota-drafts";
pub const QUOTA_FILES: &str = "quota-files";
pub const QUOTA_BYTES: &str = "quota-bytes";
pub const QUOTA_REPLIES: &str = "quota-replies";

/// Every code a wizard field can get, so the app and the translation check can map them all.
pub const FIELD_CODES: [&str; 30] = [
    REQUIRED,
    TOO_LONG,
    NUMBER_INVALID,
    NUMBER_TOO_SMALL,
    NUMBER_TOO_LARGE,
    DATE_INVALID,
    DATE_IN_PAST,
    DATE_IN_FUTURE,
    CHOICE_UNKNOWN,
    EMAIL_INVALID,
    PHONE_INVALID,
    POSTCODE_INVALID,
    POSTCODE_UNKNOWN,
    MUNICIPALITY_MISMATCH,
    AHV_FORMAT,
    AHV_CHECKSUM,
    IBAN_FORMAT,
    IBAN_CHECKSUM,
    IBAN_COUNTRY,
    PLATE_INVALID,
    FILE_TOO_LARGE,
    FILE_TYPE,
    GROUP_TOO_FEW,
    GROUP_TOO_MANY,
    STEP_NOT_REACHABLE,
    FILES_TOO_MANY,
    CONTROL_CHARACTER,
    UNKNOWN_ANSWER,
    QUOTA_FILES,
    QUOTA_BYTES,
];

/// Longest answer to a one-line text field, and to a long-text field.
pub const MAX_TEXT_LEN: usize = 200;
pub const MAX_LONG_TEXT_LEN: usize = 4000;

/// Checks one non-empty value of a simple field kind; `today` is `YYYY-MM-DD`. Composite kinds
/// (address, postcode with municipality, group) are checked part by part by the `Journey`.
pub fn field_value(kind: &FieldKind, value: &str, today: &str) -> Option<&'static str> {
    let value = value.trim();
    // File answers are written by the server (one line per file), never typed.
    if !matches!(kind, FieldKind::File { .. }) && has_forbidden_characters(value, matches!(kind, FieldKind::LongText)) {
        return Some(CONTROL_CHARACTER);
    }
    let too_long = |max: usize| (value.chars().count() > max).then_some(TOO_LONG);
    match kind {
        FieldKind::Text | FieldKind::Address | FieldKind::Group { .. } => too_long(MAX_TEXT_LEN),
        FieldKind::LongText => too_long(MAX_LONG_TEXT_LEN),
        FieldKind::Number { min, max } => match value.parse::<i64>() {
            Err(_) => Some(NUMBER_INVALID),
            Ok(n) if n < *min => Some(NUMBER_TOO_SMALL),
            Ok(n) if n > *max => Some(NUMBER_TOO_LARGE),
            Ok(_) => None,
        },
        FieldKind::Date { rule } => {
            if !swiss::iso_date_is_valid(value) {
                Some(DATE_INVALID)
            } else if *rule == DateRule::Future && value < today {
                Some(DATE_IN_PAST)
            } else if *rule == DateRule::Past && value > today {
                Some(DATE_IN_FUTURE)
            } else {
                None
            }
        }
        FieldKind::Choice { options, .. } => ChoiceOption::find(options, value).is_none().then_some(CHOICE_UNKNOWN),
        FieldKind::Checkboxes { options } => value.split(',').any(|v| ChoiceOption::find(options, v).is_none()).then_some(CHOICE_UNKNOWN),
        FieldKind::YesNo => (value != crate::form::YES && value != crate::form::NO).then_some(CHOICE_UNKNOWN),
        FieldKind::Declaration => (value != crate::form::YES).then_some(REQUIRED),
        FieldKind::Email => (!swiss::email_is_valid(value)).then_some(EMAIL_INVALID),
        FieldKind::Phone => (!swiss::phone_is_valid(value)).then_some(PHONE_INVALID),
        // Four digits below 1000 are typed right but name no postcode: say it does not exist.
        FieldKind::Postcode if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) => {
            (!swiss::postcode_is_well_formed(value)).then_some(POSTCODE_UNKNOWN)
        }
        FieldKind::Postcode => (!swiss::postcode_is_well_formed(value)).then_some(POSTCODE_INVALID),
        FieldKind::Ahv => {
            let digits = value.chars().filter(char::is_ascii_digit).count();
            let shape = value.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ') && digits == 13 && value.trim_start().starts_with("756");
            if !shape {
                Some(AHV_FORMAT)
            } else {
                (!swiss::ahv_is_valid(value)).then_some(AHV_CHECKSUM)
            }
        }
        FieldKind::Iban => swiss::iban_problem(value).map(|p| match p {
            IbanProblem::Country => IBAN_COUNTRY,
            IbanProblem::Format => IBAN_FORMAT,
            IbanProblem::Checksum => IBAN_CHECKSUM,
        }),
        FieldKind::Plate => (!swiss::plate_is_valid(value)).then_some(PLATE_INVALID),
        FieldKind::File { max_bytes, media_types, max_files } => files(value, *max_bytes, media_types, *max_files),
    }
}

/// A file answer lists uploads (see [`FileAnswer`]); each is checked against the field's limits.
fn files(value: &str, max_bytes: u64, media_types: &[String], max_files: u32) -> Option<&'static str> {
    let Some(files) = crate::form::FileAnswer::parse_all(value) else {
        return Some(FILE_TYPE);
    };
    if files.len() > max_files as usize {
        Some(FILES_TOO_MANY)
    } else if files.iter().any(|f| !media_types.contains(&f.media_type)) {
        Some(FILE_TYPE)
    } else {
        files.iter().any(|f| f.size > max_bytes).then_some(FILE_TOO_LARGE)
    }
}

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
            Some(FieldError::new(field, code))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_refused_and_a_line_break_only_in_long_text() {
        for bad in ["Bern\u{202E}txt", "nul\u{0000}", "bell\u{0007}", "a\r\nb", "a\u{2028}b", "\u{2066}x\u{2069}"] {
            assert_eq!(message_body(bad), Err(CONTROL_CHARACTER), "{bad:?}");
            assert_eq!(field_value(&FieldKind::Text, bad, "2026-01-01"), Some(CONTROL_CHARACTER), "{bad:?}");
        }
        assert_eq!(message_body("Guten Tag\n\nAnbei der Pass."), Ok("Guten Tag\n\nAnbei der Pass."));
        assert_eq!(field_value(&FieldKind::LongText, "eins\nzwei", "2026-01-01"), None);
        assert_eq!(field_value(&FieldKind::Text, "eins\nzwei", "2026-01-01"), Some(CONTROL_CHARACTER));
        // Letters of every language, emoji with joiners, and typographic marks stay.
        assert_eq!(field_value(&FieldKind::Text, "Zoë d’Ärger – 👩‍👧", "2026-01-01"), None);
    }

    fn req(u: &str, p: &str) -> SignInRequest {
        SignInRequest { username: u.into(), password: p.into() }
    }

    #[test]
    fn both_fields_are_required() {
        let errors = sign_in(&req("  ", ""));
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0], FieldError::new("username", REQUIRED));
        assert_eq!(errors[1].field, "password");
    }

    fn check(kind: FieldKind, value: &str) -> Option<&'static str> {
        field_value(&kind, value, "2026-11-23")
    }

    #[test]
    fn simple_kinds() {
        assert_eq!(check(FieldKind::Text, &"x".repeat(MAX_TEXT_LEN)), None);
        assert_eq!(check(FieldKind::Text, &"x".repeat(MAX_TEXT_LEN + 1)), Some(TOO_LONG));
        let copies = FieldKind::Number { min: 1, max: 10 };
        assert_eq!(check(copies.clone(), "2"), None);
        assert_eq!(check(copies.clone(), "0"), Some(NUMBER_TOO_SMALL));
        assert_eq!(check(copies.clone(), "11"), Some(NUMBER_TOO_LARGE));
        assert_eq!(check(copies, "zwei"), Some(NUMBER_INVALID));
        assert_eq!(check(FieldKind::YesNo, "yes"), None);
        assert_eq!(check(FieldKind::YesNo, "maybe"), Some(CHOICE_UNKNOWN));
        assert_eq!(check(FieldKind::Declaration, "no"), Some(REQUIRED));
        assert_eq!(check(FieldKind::Email, "a@b.ch"), None);
        assert_eq!(check(FieldKind::Email, "a@b"), Some(EMAIL_INVALID));
        assert_eq!(check(FieldKind::Phone, "079 123 45 67"), None);
        assert_eq!(check(FieldKind::Phone, "123"), Some(PHONE_INVALID));
        assert_eq!(check(FieldKind::Plate, "LU 123456"), None);
        assert_eq!(check(FieldKind::Plate, "LX 1"), Some(PLATE_INVALID));
        assert_eq!(check(FieldKind::Postcode, "6005"), None);
        assert_eq!(check(FieldKind::Postcode, "60"), Some(POSTCODE_INVALID));
        assert_eq!(check(FieldKind::Postcode, "0000"), Some(POSTCODE_UNKNOWN), "four digits, but no such postcode");
    }

    #[test]
    fn dates_follow_their_rule() {
        let past = FieldKind::Date { rule: DateRule::Past };
        let future = FieldKind::Date { rule: DateRule::Future };
        assert_eq!(check(past.clone(), "1990-05-17"), None);
        assert_eq!(check(past.clone(), "2026-11-23"), None);
        assert_eq!(check(past.clone(), "2026-11-24"), Some(DATE_IN_FUTURE));
        assert_eq!(check(future.clone(), "2026-11-22"), Some(DATE_IN_PAST));
        assert_eq!(check(future.clone(), "2026-11-23"), None);
        assert_eq!(check(future, "2026-02-30"), Some(DATE_INVALID));
        assert_eq!(check(FieldKind::Date { rule: DateRule::Any }, "17.05.1990"), Some(DATE_INVALID));
    }

    #[test]
    fn ahv_numbers_and_ibans() {
        assert_eq!(check(FieldKind::Ahv, "756.9217.0769.85"), None);
        assert_eq!(check(FieldKind::Ahv, "7569217076985"), None);
        assert_eq!(check(FieldKind::Ahv, "756.9217.0769.84"), Some(AHV_CHECKSUM));
        assert_eq!(check(FieldKind::Ahv, "756.9217.0769"), Some(AHV_FORMAT));
        assert_eq!(check(FieldKind::Ahv, "123.9217.0769.85"), Some(AHV_FORMAT));
        assert_eq!(check(FieldKind::Iban, "CH93 0076 2011 6238 5295 7"), None);
        assert_eq!(check(FieldKind::Iban, "CH93 0076 2011 6238 5295 8"), Some(IBAN_CHECKSUM));
        assert_eq!(check(FieldKind::Iban, "FR14 2004 1010 0505 0001 3M02 606"), Some(IBAN_COUNTRY));
        assert_eq!(check(FieldKind::Iban, "CH93"), Some(IBAN_FORMAT));
    }

    #[test]
    fn choices_and_files() {
        let option = |v: &str| ChoiceOption { value: v.into(), label: Default::default() };
        let choice = FieldKind::Choice { style: crate::form::ChoiceStyle::Radio, options: vec![option("post"), option("email")] };
        assert_eq!(check(choice.clone(), "post"), None);
        assert_eq!(check(choice, "fax"), Some(CHOICE_UNKNOWN));
        let boxes = FieldKind::Checkboxes { options: vec![option("a"), option("b")] };
        assert_eq!(check(boxes.clone(), "a,b"), None);
        assert_eq!(check(boxes, "a,c"), Some(CHOICE_UNKNOWN));
        let file = FieldKind::File { max_bytes: 1000, media_types: vec!["application/pdf".into()], max_files: 2 };
        assert_eq!(check(file.clone(), "u1;application/pdf;1000;Police.pdf"), None);
        assert_eq!(check(file.clone(), "u1;application/pdf;1000;a.pdf\nu2;application/pdf;5;b;c.pdf"), None);
        assert_eq!(check(file.clone(), "u1;application/pdf;1001;a.pdf"), Some(FILE_TOO_LARGE));
        assert_eq!(check(file.clone(), "u1;image/gif;10;a.gif"), Some(FILE_TYPE));
        assert_eq!(check(file.clone(), "u1;application/pdf;1;a\nu2;application/pdf;1;b\nu3;application/pdf;1;c"), Some(FILES_TOO_MANY));
        assert_eq!(check(file, "nonsense"), Some(FILE_TYPE));
    }

    #[test]
    fn valid_credentials_pass_and_overlong_ones_do_not() {
        assert!(sign_in(&req("sophie.rochat", "secret")).is_empty());
        let long = "x".repeat(MAX_CREDENTIAL_LEN + 1);
        assert_eq!(sign_in(&req("a", &long))[0].code, TOO_LONG);
    }

    #[test]
    fn message_bodies_are_trimmed_and_bounded() {
        assert_eq!(message_body("  Guten Tag \n"), Ok("Guten Tag"));
        assert_eq!(message_body(" \n\t "), Err(REQUIRED));
        assert_eq!(message_body(&"x".repeat(crate::api::MAX_MESSAGE_LEN)).map(str::len), Ok(crate::api::MAX_MESSAGE_LEN));
        assert_eq!(message_body(&"x".repeat(crate::api::MAX_MESSAGE_LEN + 1)), Err(TOO_LONG));
    }
}
