//! The online services: their definitions (one JSON file each under `services/`), checked at
//! start, and the catalogue and schema endpoints.

use guichet_model::api::CHECK_ANSWERS;
use guichet_model::form::{ServiceDefinition, Topic};
use guichet_model::journey::check_definition;
use guichet_model::Lang;

/// The definitions shipped with the reference portal, by file name.
pub const SERVICE_FILES: [(&str, &str); 6] = [
    ("civil-status-document.json", include_str!("../../services/civil-status-document.json")),
    ("change-of-address.json", include_str!("../../services/change-of-address.json")),
    ("dog-registration.json", include_str!("../../services/dog-registration.json")),
    ("debt-collection-extract.json", include_str!("../../services/debt-collection-extract.json")),
    ("residential-parking-permit.json", include_str!("../../services/residential-parking-permit.json")),
    ("tax-return.json", include_str!("../../services/tax-return.json")),
];
pub const TOPICS_FILE: (&str, &str) = ("topics.json", include_str!("../../services/topics.json"));

/// Languages every service text must have before the portal starts; Romansh and English
/// fall back and are reported by `guichet-l10n check` instead.
pub const REQUIRED_LANGS: [Lang; 3] = [Lang::De, Lang::Fr, Lang::It];

pub struct Services {
    pub topics: Vec<Topic>,
    pub services: Vec<ServiceDefinition>,
}

impl Services {
    /// Parses and checks the definitions; any problem stops the start with the file and the
    /// place in it.
    pub fn load(files: &[(&str, &str)], topics: (&str, &str)) -> anyhow::Result<Services> {
        let parsed_topics: Vec<Topic> = serde_json::from_str(topics.1).map_err(|e| anyhow::anyhow!("services/{}: {e}", topics.0))?;
        let mut problems = Vec::new();
        for topic in &parsed_topics {
            for lang in REQUIRED_LANGS {
                if topic.title.0.get(&lang).is_none_or(|t| t.trim().is_empty()) {
                    problems.push(format!("services/{}: topic {}: no {lang} text", topics.0, topic.id));
                }
            }
        }
        let mut services: Vec<ServiceDefinition> = Vec::new();
        for (name, text) in files {
            let service: ServiceDefinition = serde_json::from_str(text).map_err(|e| anyhow::anyhow!("services/{name}: {e}"))?;
            problems.extend(check_definition(&service, &REQUIRED_LANGS).into_iter().map(|p| format!("services/{name}: {p}")));
            if !parsed_topics.iter().any(|t| t.id == service.topic) {
                problems.push(format!("services/{name}: unknown topic {}", service.topic));
            }
            if service.steps.iter().any(|s| s.id == CHECK_ANSWERS) {
                problems.push(format!("services/{name}: no step may be called {CHECK_ANSWERS}"));
            }
            if services.iter().any(|s| s.id == service.id) {
                problems.push(format!("services/{name}: service id {} is used twice", service.id));
            }
            services.push(service);
        }
        anyhow::ensure!(problems.is_empty(), "the service definitions have problems:\n  {}", problems.join("\n  "));
        Ok(Services { topics: parsed_topics, services })
    }

    pub fn embedded() -> anyhow::Result<Services> {
        Services::load(&SERVICE_FILES, TOPICS_FILE)
    }

    pub fn get(&self, id: &str) -> Option<&ServiceDefinition> {
        self.services.iter().find(|s| s.id == id)
    }

    /// Makes the services table (which cases refer to) match the definitions.
    pub async fn sync(&self, db: &crate::store::Db) -> anyhow::Result<()> {
        for service in &self.services {
            crate::store::services::upsert(db, &service.id, &service.topic, &serde_json::to_string(&service.title)?).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_definitions_load() {
        let services = Services::embedded().unwrap();
        assert_eq!(services.services.len(), 6);
        assert!(services.get("civil-status-document").is_some_and(|s| !s.fees.is_empty()));
        assert!(services.get("tax-return").is_some_and(|s| s.link_out.is_some() && s.steps.is_empty()));
    }

    #[test]
    fn a_draft_may_hold_only_the_keys_its_service_defines() {
        let services = Services::embedded().unwrap();
        let moving = services.get("change-of-address").unwrap();
        for key in ["move-date", "new-address", "new-address.street", "new-address.bfs", "persons", "persons.0.first-name", "persons.7.ahv"] {
            assert!(moving.defines_answer_key(key), "{key}");
        }
        for key in ["junk", "owner", "new-address.colour", "persons.8.ahv", "persons.x.ahv", "persons.0.shoe-size", "persons.0", "move-date.part"] {
            assert!(!moving.defines_answer_key(key), "{key}");
        }
    }

    #[test]
    fn a_broken_definition_stops_the_start_with_a_clear_message() {
        let mut service: serde_json::Value = serde_json::from_str(SERVICE_FILES[0].1).unwrap();
        service["steps"][1]["fields"][0]["condition"] = serde_json::json!({"equals": {"field": "no-such-field", "value": "x"}});
        service["title"].as_object_mut().unwrap().remove("it");
        let text = service.to_string();
        let error = Services::load(&[("broken.json", &text)], TOPICS_FILE).err().expect("refused").to_string();
        assert!(error.contains("services/broken.json: step person, field"), "{error}");
        assert!(error.contains("condition names unknown field no-such-field"), "{error}");
        assert!(error.contains("services/broken.json: title: no it text"), "{error}");
    }
}
