//! Service content (names, questions, options, fees) lives in the portal's service
//! definitions, not in the .ftl files. German, French and Italian are required there (the
//! portal refuses to start without them); this reports what Romansh and English still lack.

use crate::Problem;
use guichet_model::api::LocalizedText;
use guichet_model::form::{ServiceDefinition, Topic};
use guichet_model::journey::definition_texts;
use guichet_model::Lang;
use std::path::Path;

/// The languages whose service texts are reported when missing.
pub const REPORTED_LANGS: [Lang; 2] = [Lang::Rm, Lang::En];

/// Every missing Romansh or English text of every definition in `dir`, as
/// `file:line: service, step, field: what: no rm text`, the line being where the step or
/// field is defined.
pub fn check_service_texts(dir: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return problems };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    for file in files {
        let Ok(source) = std::fs::read_to_string(&file) else { continue };
        let problem = |line: usize, message: String| Problem { file: file.clone(), line, message };
        let texts: Vec<(String, LocalizedText)> = if file.file_name().is_some_and(|n| n == "topics.json") {
            match serde_json::from_str::<Vec<Topic>>(&source) {
                Ok(topics) => topics.into_iter().map(|t| (format!("topic {}", t.id), t.title)).collect(),
                Err(e) => {
                    problems.push(problem(e.line(), format!("not a list of topics: {e}")));
                    continue;
                }
            }
        } else {
            match serde_json::from_str::<ServiceDefinition>(&source) {
                Ok(service) => service_texts(&service),
                Err(e) => {
                    problems.push(problem(e.line(), format!("not a service definition: {e}")));
                    continue;
                }
            }
        };
        for (place, text) in texts {
            for lang in REPORTED_LANGS {
                if text.0.get(&lang).is_none_or(|t| t.trim().is_empty()) {
                    problems.push(problem(line_of(&source, &place), format!("{place}: no {lang} text")));
                }
            }
        }
    }
    problems
}

fn service_texts(service: &ServiceDefinition) -> Vec<(String, LocalizedText)> {
    let mut texts = vec![
        ("title".to_owned(), service.title.clone()),
        ("summary".to_owned(), service.summary.clone()),
        ("description".to_owned(), service.description.clone()),
        ("duration".to_owned(), service.duration.clone()),
        ("next_steps".to_owned(), service.next_steps.clone()),
    ];
    texts.extend(service.you_need.iter().enumerate().map(|(i, t)| (format!("you_need[{i}]"), t.clone())));
    texts.extend(service.fees.iter().enumerate().map(|(i, f)| (format!("fees[{i}].label"), f.label.clone())));
    texts.extend(service.link_out.iter().map(|l| ("link_out.label".to_owned(), l.label.clone())));
    texts.extend(definition_texts(service).into_iter().map(|(place, text)| (place, text.clone())));
    texts
}

/// The line of the innermost step or field a place names (`step person, field first-name:
/// label`), found by its `"id"`; the first line when there is none.
fn line_of(source: &str, place: &str) -> usize {
    let ids: Vec<&str> = place
        .split(", ")
        .filter_map(|part| part.strip_prefix("step ").or_else(|| part.strip_prefix("field ")).or_else(|| part.strip_prefix("topic ")))
        .map(|id| id.split(':').next().unwrap_or(id))
        .collect();
    let mut from = 0;
    let mut line = 1;
    for id in ids {
        let needle = format!("\"id\": \"{id}\"");
        let compact = format!("\"id\":\"{id}\"");
        let found = source[from..].find(&needle).or_else(|| source[from..].find(&compact));
        if let Some(at) = found {
            from += at;
            line = source[..from].lines().count().max(1);
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_romansh_and_english_texts_are_reported_with_their_place() {
        let dir = tempfile::tempdir().unwrap();
        let t = r#"{"de": "x", "fr": "x", "it": "x", "rm": "x", "en": "x"}"#;
        let no_rm = r#"{"de": "Name", "fr": "Nom", "it": "Nome", "en": "Name"}"#;
        let service = format!(
            "{{\n  \"id\": \"dog\", \"version\": 1, \"topic\": \"animals\", \"title\": {t}, \"summary\": {t},\n  \"description\": {t}, \"duration\": {t}, \"next_steps\": {t},\n  \"audience\": \"person\", \"sign_in_required\": true, \"authority_role\": \"residents\",\n  \"steps\": [\n    {{\n      \"id\": \"dog\", \"title\": {t},\n      \"fields\": [\n        {{\n          \"id\": \"dog-name\", \"kind\": \"text\", \"label\": {no_rm}\n        }}\n      ]\n    }}\n  ]\n}}\n"
        );
        std::fs::write(dir.path().join("dog.json"), service).unwrap();
        std::fs::write(dir.path().join("topics.json"), r#"[{"id": "animals", "title": {"de": "Tiere", "fr": "Animaux", "it": "Animali", "rm": "Animals"}}]"#)
            .unwrap();
        let problems: Vec<String> = check_service_texts(dir.path()).iter().map(|p| p.to_string()).collect();
        let dog = dir.path().join("dog.json");
        let topics = dir.path().join("topics.json");
        assert_eq!(
            problems,
            [format!("{}:10: step dog, field dog-name: label: no rm text", dog.display()), format!("{}:1: topic animals: no en text", topics.display())]
        );
    }

    #[test]
    fn the_shipped_definitions_are_complete() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../portal/services");
        let problems: Vec<String> = check_service_texts(&dir).iter().map(|p| p.to_string()).collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
