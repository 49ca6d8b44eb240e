//! Checks Fluent files under `<locales>/<lang>/<area>.ftl` against the reference locale and
//! the code that uses them, and reports each problem as `file:line: what is wrong` for
//! translators. The repository has two such sets, checked by the same rules: the interface's
//! (`locales/`, used by the app in `src/`) and the portal's (`crates/portal/locales/`: the
//! status texts, case history, receipts and invoices the server writes).

pub mod services;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// One message as the checker sees it.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub area: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    pub comment: Option<String>,
    /// A hash of the message's text as written (value and attributes).
    pub text_hash: u64,
}

/// All messages of one locale, by id.
pub type Locale = BTreeMap<String, MessageInfo>;

/// Reads every `.ftl` file of a locale directory; syntax errors become problems.
pub fn read_locale(dir: &Path, problems: &mut Vec<Problem>) -> Locale {
    let mut locale = Locale::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect())
        .unwrap_or_default();
    files.sort();
    for file in files {
        let Ok(source) = std::fs::read_to_string(&file) else {
            problems.push(Problem { file: file.clone(), line: 1, message: "cannot be read as UTF-8 text".into() });
            continue;
        };
        let area = file.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    // Point at the start of the broken entry; the parser notices later lines.
                    let noticed = line_of(&source, error.pos.start);
                    let line = error.slice.as_ref().map_or(noticed, |slice| line_of(&source, slice.start));
                    let message = if line == noticed {
                        format!("syntax error: {error}")
                    } else {
                        format!("syntax error in this message: {error} (noticed at line {noticed})")
                    };
                    problems.push(Problem { file: file.clone(), line, message });
                }
                resource
            }
        };
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let id = message.id.name.to_string();
            let line = definition_line(&source, &id);
            let text_hash = fnv1a(message_source(&source, line).as_bytes());
            if let Some(previous) = locale.get(&id) {
                problems.push(Problem {
                    file: file.clone(),
                    line,
                    message: format!("`{id}` is defined twice (also at {}:{})", previous.file.display(), previous.line),
                });
                continue;
            }
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                collect_variables(value, &mut variables);
            }
            for attribute in &message.attributes {
                collect_variables(&attribute.value, &mut variables);
            }
            locale.insert(
                id,
                MessageInfo {
                    file: file.clone(),
                    area: area.clone(),
                    line,
                    variables,
                    attributes: message.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    comment: message.comment.map(|c| c.content.join("\n")),
                    text_hash,
                },
            );
        }
    }
    locale
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

fn definition_line(source: &str, id: &str) -> usize {
    source.lines().position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))).map_or(1, |i| i + 1)
}

/// The lines of the message that starts at `line`: its own and the indented ones after it.
fn message_source(source: &str, line: usize) -> String {
    let mut lines = source.lines().skip(line.saturating_sub(1));
    let first = lines.next().unwrap_or("");
    let rest = lines.take_while(|l| l.starts_with(' ') || l.starts_with('\t'));
    std::iter::once(first).chain(rest).map(str::trim).collect::<Vec<_>>().join("\n")
}

/// FNV-1a: small, stable across versions and platforms, good enough to notice an edit.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// The file that records the reference text the translations were last confirmed against.
pub const LOCK_FILE: &str = "reference.lock";

fn read_lock(path: &Path) -> Option<BTreeMap<String, u64>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once(' ').and_then(|(id, hash)| Some((id.to_owned(), u64::from_str_radix(hash.trim(), 16).ok()?))))
            .collect(),
    )
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, out);
        }
    }
}

fn collect_from_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_from_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => collect_from_inline(inline, out),
    }
}

fn collect_from_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => collect_from_arguments(arguments, out),
        InlineExpression::TermReference { arguments: Some(arguments), .. } => collect_from_arguments(arguments, out),
        InlineExpression::Placeable { expression } => collect_from_expression(expression, out),
        _ => {}
    }
}

fn collect_from_arguments(arguments: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
        collect_from_inline(argument, out);
    }
}

/// How the app names a message: `t("…")`, `t_args("…")` and `fluent_id("…")`.
pub const APP_MARKERS: &[&str] = &["t(\"", "t_args(\"", "fluent_id(\""];

/// How the portal names a message (`crates/portal/src/domain/texts.rs`): `texts::get("…")`,
/// `texts::get_args("…")`, `texts::localized("…")`, and `text_id("…")` for an id chosen at
/// run time. The module name is part of the marker, so `headers.get("…")` is no message.
pub const PORTAL_MARKERS: &[&str] = &["texts::get(\"", "texts::get_args(\"", "texts::localized(\"", "text_id(\""];

/// The message ids the code uses: string literals right after one of `markers`, each of which
/// ends in `("`. A marker that starts with a name must be the whole name: `t("` does not match
/// the end of `sort("`.
pub fn ids_used_in_code(dirs: &[PathBuf], markers: &[&str]) -> BTreeMap<String, (PathBuf, usize)> {
    let mut used = BTreeMap::new();
    let mut files = Vec::new();
    for dir in dirs {
        collect_rust_files(dir, &mut files);
    }
    files.sort();
    for file in files {
        let Ok(source) = std::fs::read_to_string(&file) else { continue };
        for marker in markers {
            // rustfmt may put the id on the line after the call's `(`: whitespace between
            // the two counts as none.
            let call = marker.trim_end_matches('"');
            let names = call.starts_with(|c: char| c.is_alphanumeric() || c == '_');
            let mut from = 0;
            while let Some(found) = source[from..].find(call) {
                let at = from + found;
                from = at + call.len();
                if names && source[..at].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let after = source[from..].trim_start();
                let Some(literal) = after.strip_prefix('"') else { continue };
                if let Some(end) = literal.find('"') {
                    let start = source.len() - literal.len();
                    let line = source[..start].matches('\n').count() + 1;
                    used.entry(literal[..end].to_string()).or_insert((file.clone(), line));
                }
            }
        }
    }
    used
}

fn collect_rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Everything the check compares: one set of locales and the code that uses it.
pub struct Check {
    pub locales_dir: PathBuf,
    pub reference: String,
    pub code_dirs: Vec<PathBuf>,
    /// How that code names a message ([`APP_MARKERS`], [`PORTAL_MARKERS`]).
    pub markers: &'static [&'static str],
}

pub struct Summary {
    pub problems: Vec<Problem>,
    pub locales: Vec<String>,
    pub messages: usize,
}

impl Check {
    /// The interface's texts, `locales/`, against the app in `src/`; paths from the repository root.
    pub fn app() -> Check {
        Check { locales_dir: "locales".into(), reference: "de".into(), code_dirs: vec!["src".into()], markers: APP_MARKERS }
    }

    /// The portal's texts, `crates/portal/locales/`, against the server in `crates/portal/src/`.
    pub fn portal() -> Check {
        Check { locales_dir: "crates/portal/locales".into(), reference: "de".into(), code_dirs: vec!["crates/portal/src".into()], markers: PORTAL_MARKERS }
    }

    pub fn run(&self) -> Summary {
        let mut problems = Vec::new();
        let mut langs: Vec<String> = std::fs::read_dir(&self.locales_dir)
            .map(|entries| entries.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        langs.sort();
        if !langs.contains(&self.reference) {
            problems.push(Problem {
                file: self.locales_dir.join(&self.reference),
                line: 1,
                message: format!("the reference locale `{}` is missing", self.reference),
            });
            return Summary { problems, locales: langs, messages: 0 };
        }
        let reference = read_locale(&self.locales_dir.join(&self.reference), &mut problems);

        for (id, message) in &reference {
            for variable in &message.variables {
                let explained = message.comment.as_deref().is_some_and(|c| c.contains(&format!("${variable}")));
                if !explained {
                    problems.push(Problem {
                        file: message.file.clone(),
                        line: message.line,
                        message: format!("`{id}` uses ${variable} but its comment does not explain it (add `#   ${variable} (Type) - meaning` above it)"),
                    });
                }
            }
        }

        let lock_path = self.locales_dir.join(LOCK_FILE);
        let lock = read_lock(&lock_path).unwrap_or_default();
        for (id, message) in &reference {
            let confirm = "run `cargo run -p guichet-l10n -- confirm` once every translation is right";
            match lock.get(id) {
                Some(hash) if *hash == message.text_hash => {}
                Some(_) => problems.push(Problem {
                    file: message.file.clone(),
                    line: message.line,
                    message: format!(
                        "`{id}` changed in `{}` since the translations were confirmed: if its meaning changed, give it a new id; otherwise check every translation, then {confirm}",
                        self.reference
                    ),
                }),
                None => problems.push(Problem {
                    file: message.file.clone(),
                    line: message.line,
                    message: format!("`{id}` is new in `{}`: translate it in every locale, then {confirm}", self.reference),
                }),
            }
        }

        for lang in langs.iter().filter(|l| **l != self.reference) {
            let dir = self.locales_dir.join(lang);
            let locale = read_locale(&dir, &mut problems);
            for (id, expected) in &reference {
                let Some(found) = locale.get(id) else {
                    problems.push(Problem {
                        file: dir.join(format!("{}.ftl", expected.area)),
                        line: 1,
                        message: format!("`{id}` is missing (reference: {}:{})", expected.file.display(), expected.line),
                    });
                    continue;
                };
                if found.area != expected.area {
                    problems.push(Problem {
                        file: found.file.clone(),
                        line: found.line,
                        message: format!("`{id}` belongs in {}.ftl, as in the reference locale", expected.area),
                    });
                }
                if found.variables != expected.variables {
                    problems.push(Problem {
                        file: found.file.clone(),
                        line: found.line,
                        message: format!("`{id}` uses variables {} but the reference uses {}", list(&found.variables, "$"), list(&expected.variables, "$")),
                    });
                }
                if found.attributes != expected.attributes {
                    problems.push(Problem {
                        file: found.file.clone(),
                        line: found.line,
                        message: format!("`{id}` has attributes {} but the reference has {}", list(&found.attributes, "."), list(&expected.attributes, ".")),
                    });
                }
            }
            for (id, extra) in locale.iter().filter(|(id, _)| !reference.contains_key(*id)) {
                problems.push(Problem {
                    file: extra.file.clone(),
                    line: extra.line,
                    message: format!("`{id}` is not in the reference locale `{}`: add it there first, or remove it here", self.reference),
                });
            }
        }

        let used = ids_used_in_code(&self.code_dirs, self.markers);
        for (id, (file, line)) in &used {
            if !reference.contains_key(id) {
                problems.push(Problem { file: file.clone(), line: *line, message: format!("the code uses `{id}`, which no locale defines") });
            }
        }
        for (id, message) in &reference {
            if !used.contains_key(id) {
                problems.push(Problem { file: message.file.clone(), line: message.line, message: format!("`{id}` is not used by the code") });
            }
        }

        problems.sort();
        problems.dedup();
        Summary { problems, locales: langs, messages: reference.len() }
    }

    /// Records the reference locale's current text as the one every translation matches.
    pub fn confirm(&self) -> std::io::Result<usize> {
        let mut problems = Vec::new();
        let reference = read_locale(&self.locales_dir.join(&self.reference), &mut problems);
        let mut out = format!("# The `{}` text every translation was last checked against; written by `guichet-l10n confirm`.\n", self.reference);
        for (id, message) in &reference {
            out.push_str(&format!("{id} {:016x}\n", message.text_hash));
        }
        std::fs::write(self.locales_dir.join(LOCK_FILE), out)?;
        Ok(reference.len())
    }
}

/// `$a, $b` for variables, `.a, .b` for attributes, as they are written in Fluent.
fn list(set: &BTreeSet<String>, sigil: &str) -> String {
    if set.is_empty() {
        "none".into()
    } else {
        set.iter().map(|v| format!("{sigil}{v}")).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DE: &str = "# Variables:\n#   $count (Number) - open cases\ncases = { $count } Fälle\ntitle = Titel\n    .aria = Beschriftung\n";
    const FR: &str = "# Variables:\n#   $count (Number) - open cases\ncases = { $count } dossiers\ntitle = Titre\n    .aria = Libellé\n";
    const CODE: &str = "fn view() { i18n.t_args(\"cases\", &a); t(\"title\"); }\n";

    struct Fixture {
        dir: tempfile::TempDir,
    }

    impl Fixture {
        fn new(files: &[(&str, &str)]) -> Fixture {
            let dir = tempfile::tempdir().unwrap();
            for (path, text) in files {
                let path = dir.path().join(path);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
            Fixture { dir }
        }

        fn check(&self) -> Check {
            Check { locales_dir: self.dir.path().join("locales"), reference: "de".into(), code_dirs: vec![self.dir.path().join("src")], markers: APP_MARKERS }
        }

        /// As after `confirm`: the translations match the reference as it is now.
        fn confirmed(self) -> Fixture {
            self.check().confirm().unwrap();
            self
        }

        fn problems(&self) -> Vec<String> {
            let check = self.check();
            let root = format!("{}/", self.dir.path().display());
            check.run().problems.iter().map(|p| p.to_string().replace(&root, "")).collect()
        }
    }

    fn good() -> Vec<(&'static str, &'static str)> {
        vec![("locales/de/main.ftl", DE), ("locales/fr/main.ftl", FR), ("src/app.rs", CODE)]
    }

    #[test]
    fn consistent_locales_pass() {
        assert_eq!(Fixture::new(&good()).confirmed().problems(), Vec::<String>::new());
    }

    #[test]
    fn syntax_errors_are_reported_with_their_line() {
        let mut files = good();
        files[1] = ("locales/fr/main.ftl", "# Variables:\n#   $count (Number) - n\ncases = { $count } dossiers\ntitle = { Titre\n    .aria = Libellé\n");
        let problems = Fixture::new(&files).confirmed().problems();
        assert!(problems.iter().any(|p| p.starts_with("locales/fr/main.ftl:4: syntax error")), "{problems:#?}");
    }

    #[test]
    fn missing_and_extra_ids_are_reported() {
        let mut files = good();
        files[1] = ("locales/fr/main.ftl", "# Variables:\n#   $count (Number) - n\ncases = { $count } dossiers\nbonus = Seulement en français\n");
        let problems = Fixture::new(&files).confirmed().problems();
        assert!(problems.contains(&"locales/fr/main.ftl:1: `title` is missing (reference: locales/de/main.ftl:4)".to_string()), "{problems:#?}");
        assert!(
            problems.contains(&"locales/fr/main.ftl:4: `bonus` is not in the reference locale `de`: add it there first, or remove it here".to_string()),
            "{problems:#?}"
        );
    }

    #[test]
    fn changed_variables_and_attributes_are_reported() {
        let mut files = good();
        files[1] = ("locales/fr/main.ftl", "# Variables:\n#   $count (Number) - n\ncases = { $nombre } dossiers\ntitle = Titre\n    .label = Libellé\n");
        let problems = Fixture::new(&files).confirmed().problems();
        assert!(problems.contains(&"locales/fr/main.ftl:3: `cases` uses variables $nombre but the reference uses $count".to_string()), "{problems:#?}");
        assert!(problems.contains(&"locales/fr/main.ftl:4: `title` has attributes .label but the reference has .aria".to_string()), "{problems:#?}");
    }

    #[test]
    fn variables_inside_selectors_count() {
        let mut files = good();
        files[0] = ("locales/de/main.ftl", "# Variables:\n#   $count (Number) - open cases\ncases = { $count ->\n    [one] ein Fall\n   *[other] { $count } Fälle\n}\ntitle = Titel\n    .aria = Beschriftung\n");
        assert_eq!(Fixture::new(&files).confirmed().problems(), Vec::<String>::new());
    }

    #[test]
    fn code_ids_missing_from_the_locales_and_unused_ids_are_reported() {
        let mut files = good();
        files[2] = ("src/app.rs", "fn a() {\n    t(\"title\");\n    let _ = fluent_id(\"nowhere\");\n    sort(\"cases\");\n}\n");
        let problems = Fixture::new(&files).confirmed().problems();
        assert!(problems.contains(&"src/app.rs:3: the code uses `nowhere`, which no locale defines".to_string()), "{problems:#?}");
        assert!(problems.contains(&"locales/de/main.ftl:3: `cases` is not used by the code".to_string()), "{problems:#?}");
    }

    #[test]
    fn variables_without_a_translator_comment_are_reported() {
        let mut files = good();
        files[0] = ("locales/de/main.ftl", "cases = { $count } Fälle\ntitle = Titel\n    .aria = Beschriftung\n");
        let problems = Fixture::new(&files).confirmed().problems();
        assert!(problems.iter().any(|p| p.starts_with("locales/de/main.ftl:1: `cases` uses $count but its comment does not explain it")), "{problems:#?}");
    }

    #[test]
    fn ids_in_the_wrong_file_and_twice_defined_are_reported() {
        let mut files = good();
        files[1] = ("locales/fr/main.ftl", "# Variables:\n#   $count (Number) - n\ncases = { $count } dossiers\n");
        files.push(("locales/fr/other.ftl", "title = Titre\n    .aria = Libellé\ntitle = Encore\n"));
        let problems = Fixture::new(&files).confirmed().problems();
        assert!(problems.contains(&"locales/fr/other.ftl:1: `title` belongs in main.ftl, as in the reference locale".to_string()), "{problems:#?}");
        assert!(problems.iter().any(|p| p.starts_with("locales/fr/other.ftl:1: `title` is defined twice")), "{problems:#?}");
    }
}

#[cfg(test)]
mod lock_tests {
    use super::*;

    #[test]
    fn a_changed_or_new_reference_message_asks_for_confirmation() {
        let dir = tempfile::tempdir().unwrap();
        let write = |path: &str, text: &str| {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("locales/de/main.ftl", "title = Meine Geschäfte\n");
        write("locales/fr/main.ftl", "title = Mes dossiers\n");
        write("src/app.rs", "t(\"title\")");
        let check = Check { locales_dir: dir.path().join("locales"), reference: "de".into(), code_dirs: vec![dir.path().join("src")], markers: APP_MARKERS };
        let problems = check.run().problems;
        assert!(problems[0].message.starts_with("`title` is new in `de`"), "{problems:?}");
        assert_eq!(check.confirm().unwrap(), 1);
        assert!(check.run().problems.is_empty());

        write("locales/de/main.ftl", "title = Meine Dossiers\n");
        let problems = check.run().problems;
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.starts_with("`title` changed in `de` since the translations were confirmed"), "{problems:?}");
        // Comments and blank lines around it are not the text.
        write("locales/de/main.ftl", "# Heading of the dashboard.\n\ntitle = Meine Dossiers\n");
        check.confirm().unwrap();
        write("locales/de/main.ftl", "# The dashboard's heading.\ntitle = Meine Dossiers\n");
        assert!(check.run().problems.is_empty());
    }
}

#[cfg(test)]
mod portal_tests {
    use super::*;

    const DE: &str = "status-received = Eingegangen\n# Variables:\n#   $reference (String) - the case reference\ndemo-letter-reference = Referenz: { $reference }\nstatus-rejected = Abgelehnt\n";
    const RM: &str = "status-received = Retschavì\n# Variables:\n#   $reference (String) - the case reference\ndemo-letter-reference = Referenza: { $reference }\nstatus-rejected = Refusà\n";
    const CODE: &str = "fn label(status: CaseStatus) -> &'static str {\n    match status {\n        CaseStatus::Received => text_id(\"status-received\"),\n        _ => text_id(\"status-rejected\"),\n    }\n}\nfn letter(lang: Lang) -> String {\n    let _ = headers.get(\"content-type\");\n    texts::get_args(\"demo-letter-reference\", lang, &[(\"reference\", reference)])\n}\n";

    /// A repository with the portal's layout: its locales and its code.
    fn portal(rm: &str) -> (tempfile::TempDir, Check) {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in
            [("crates/portal/locales/de/statuses.ftl", DE), ("crates/portal/locales/rm/statuses.ftl", rm), ("crates/portal/src/domain/texts.rs", CODE)]
        {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let check = Check {
            locales_dir: dir.path().join("crates/portal/locales"),
            reference: "de".into(),
            code_dirs: vec![dir.path().join("crates/portal/src")],
            markers: PORTAL_MARKERS,
        };
        check.confirm().unwrap();
        (dir, check)
    }

    fn problems(dir: &tempfile::TempDir, check: &Check) -> Vec<String> {
        let root = format!("{}/", dir.path().display());
        check.run().problems.iter().map(|p| p.to_string().replace(&root, "")).collect()
    }

    #[test]
    fn an_id_on_the_line_after_the_call_counts_with_its_own_line() {
        let dir = tempfile::tempdir().unwrap();
        let code = "fn view() {\n    i18n.t_args(\n        \"case-hint\",\n        &args,\n    );\n    sort(\"nothing\");\n}\n";
        std::fs::write(dir.path().join("view.rs"), code).unwrap();
        let used = ids_used_in_code(&[dir.path().to_path_buf()], APP_MARKERS);
        assert_eq!(used.keys().collect::<Vec<_>>(), ["case-hint"]);
        assert_eq!(used["case-hint"].1, 3);
    }

    #[test]
    fn the_portal_s_calls_name_its_messages() {
        let (dir, check) = portal(RM);
        assert_eq!(problems(&dir, &check), Vec::<String>::new());
        let used = ids_used_in_code(&check.code_dirs, PORTAL_MARKERS);
        assert_eq!(used.keys().collect::<Vec<_>>(), ["demo-letter-reference", "status-received", "status-rejected"]);
        // The app's markers do not read the portal's calls, nor the portal's the app's.
        assert!(ids_used_in_code(&check.code_dirs, APP_MARKERS).is_empty());
    }

    #[test]
    fn a_portal_text_missing_in_one_language_fails_with_file_and_line() {
        let (dir, check) =
            portal("status-received = Retschavì\n# Variables:\n#   $reference (String) - the case reference\ndemo-letter-reference = Referenza: { $nr }\n");
        let problems = problems(&dir, &check);
        assert_eq!(
            problems,
            [
                "crates/portal/locales/rm/statuses.ftl:1: `status-rejected` is missing (reference: crates/portal/locales/de/statuses.ftl:5)",
                "crates/portal/locales/rm/statuses.ftl:4: `demo-letter-reference` uses variables $nr but the reference uses $reference",
            ]
        );
    }
}
