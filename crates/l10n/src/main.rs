//! `guichet-l10n check`: the translators' check. Run from the repository root:
//!
//!     cargo run -p guichet-l10n -- check
//!
//! It prints one line per problem, `file:line: what is wrong`, and fails if there is any.
//! `confirm` records the reference text the translations now match (locales/reference.lock).

use guichet_l10n::Check;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: guichet-l10n check|confirm [--locales DIR] [--reference LANG] [--code DIR]... [--services DIR]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    if !matches!(command.as_deref(), Some("check" | "confirm")) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut check = Check { locales_dir: "locales".into(), reference: "de".into(), code_dirs: Vec::new() };
    let mut services_dir = PathBuf::from("crates/portal/services");
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--locales" => check.locales_dir = value.into(),
            "--reference" => check.reference = value,
            "--code" => check.code_dirs.push(value.into()),
            "--services" => services_dir = value.into(),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if check.code_dirs.is_empty() {
        check.code_dirs.push(PathBuf::from("src"));
    }
    if command.as_deref() == Some("confirm") {
        return match check.confirm() {
            Ok(count) => {
                println!("l10n confirm: recorded {count} `{}` messages as translated", check.reference);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("l10n confirm: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let mut summary = check.run();
    // Service content is translated in the service definitions, not in the .ftl files.
    summary.problems.extend(guichet_l10n::services::check_service_texts(&services_dir));
    for problem in &summary.problems {
        println!("{problem}");
    }
    if summary.problems.is_empty() {
        println!(
            "l10n check: {} locales ({}), {} messages each, all consistent with `{}` and the code",
            summary.locales.len(),
            summary.locales.join(", "),
            summary.messages,
            check.reference
        );
        ExitCode::SUCCESS
    } else {
        println!("l10n check: {} problem(s) to fix", summary.problems.len());
        ExitCode::FAILURE
    }
}
