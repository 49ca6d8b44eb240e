//! `guichet-l10n check`: the translators' check. Run from the repository root:
//!
//!     cargo run -p guichet-l10n -- check
//!
//! It checks the interface's texts (`locales/` against the app in `src/`) and the portal's
//! (`crates/portal/locales/` against `crates/portal/src/`), prints one line per problem,
//! `file:line: what is wrong`, and fails if there is any. `confirm` records the reference text
//! the translations now match, in each set's `reference.lock`.

use guichet_l10n::Check;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: guichet-l10n check|confirm [--locales DIR] [--code DIR]... [--portal-locales DIR] [--portal-code DIR]... [--reference LANG] [--services DIR]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    if !matches!(command.as_deref(), Some("check" | "confirm")) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let (mut app, mut portal) = (Check::app(), Check::portal());
    let (mut app_code, mut portal_code) = (Vec::new(), Vec::new());
    let mut services_dir = PathBuf::from("crates/portal/services");
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--locales" => app.locales_dir = value.into(),
            "--code" => app_code.push(value.into()),
            "--portal-locales" => portal.locales_dir = value.into(),
            "--portal-code" => portal_code.push(value.into()),
            "--reference" => {
                app.reference = value.clone();
                portal.reference = value;
            }
            "--services" => services_dir = value.into(),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if !app_code.is_empty() {
        app.code_dirs = app_code;
    }
    if !portal_code.is_empty() {
        portal.code_dirs = portal_code;
    }
    let checks = [("the app's code", app), ("the portal's code", portal)];

    if command.as_deref() == Some("confirm") {
        for (_, check) in &checks {
            match check.confirm() {
                Ok(count) => println!("l10n confirm: {}: recorded {count} `{}` messages as translated", check.locales_dir.display(), check.reference),
                Err(e) => {
                    eprintln!("l10n confirm: {}: {e}", check.locales_dir.display());
                    return ExitCode::FAILURE;
                }
            }
        }
        return ExitCode::SUCCESS;
    }

    let mut problems = Vec::new();
    let mut passed = Vec::new();
    for (code, check) in &checks {
        let summary = check.run();
        if summary.problems.is_empty() {
            passed.push(format!(
                "l10n check: {}: {} locales ({}), {} messages each, all consistent with `{}` and {code}",
                check.locales_dir.display(),
                summary.locales.len(),
                summary.locales.join(", "),
                summary.messages,
                check.reference
            ));
        }
        problems.extend(summary.problems);
    }
    // Service content is translated in the service definitions, not in the .ftl files.
    problems.extend(guichet_l10n::services::check_service_texts(&services_dir));
    for problem in &problems {
        println!("{problem}");
    }
    if problems.is_empty() {
        for line in passed {
            println!("{line}");
        }
        ExitCode::SUCCESS
    } else {
        println!("l10n check: {} problem(s) to fix", problems.len());
        ExitCode::FAILURE
    }
}
