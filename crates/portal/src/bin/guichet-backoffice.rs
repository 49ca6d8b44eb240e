//! The authorities' side from a terminal: moves a case forward through the portal's back-office
//! API, as tests and demos do. Needs GUICHET_BACKOFFICE_TOKEN; GUICHET_BACKOFFICE_URL defaults
//! to the local portal.

use base64::Engine;
use guichet_model::api::{ActionRequest, AuthorityMessage, CaseStatus, DocumentDelivery, LocalizedText, StatusChange};
use guichet_model::Lang;

const USAGE: &str = "usage: guichet-backoffice <command> <reference> ...
  status <reference> <status> [<reason> <remedy>]   status: received, in-progress, action-required, completed, rejected
                                                    (a rejection needs its reason and the legal remedy)
  action <reference> <YYYY-MM-DD> <what to do>      ask the citizen to act by a deadline
  document <reference> <file> <title>               deliver a PDF, JPEG or PNG into the case
  message <reference> <text>                        write to the citizen in the case's thread
Texts are German unless given as JSON, e.g. '{\"de\":\"Bitte …\",\"fr\":\"Veuillez …\"}'.
Environment: GUICHET_BACKOFFICE_TOKEN (required), GUICHET_BACKOFFICE_URL (default http://127.0.0.1:8080)";

/// A text in every language it is given in: a JSON object, or plain German.
fn localized(text: &str) -> anyhow::Result<LocalizedText> {
    if text.trim_start().starts_with('{') {
        return Ok(serde_json::from_str(text)?);
    }
    Ok(LocalizedText::new([(Lang::De, text)]))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str).ok_or_else(|| anyhow::anyhow!("{USAGE}"));
    let token = std::env::var("GUICHET_BACKOFFICE_TOKEN").map_err(|_| anyhow::anyhow!("GUICHET_BACKOFFICE_TOKEN is not set\n{USAGE}"))?;
    let base = std::env::var("GUICHET_BACKOFFICE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    let command = arg(0)?;
    let reference = arg(1)?;
    let (path, body) = match command {
        "status" => {
            let status = CaseStatus::parse(arg(2)?).ok_or_else(|| anyhow::anyhow!("unknown status {}\n{USAGE}", arg(2).unwrap_or("")))?;
            let reason = args.get(3).map(|t| localized(t)).transpose()?;
            let remedy = args.get(4).map(|t| localized(t)).transpose()?;
            ("status", serde_json::to_value(StatusChange { status, text: None, reason, remedy })?)
        }
        "action" => ("action", serde_json::to_value(ActionRequest { due_on: arg(2)?.to_owned(), text: localized(arg(3)?)? })?),
        "document" => {
            let file = std::path::Path::new(arg(2)?);
            let bytes = std::fs::read(file)?;
            let filename = file.file_name().and_then(|n| n.to_str()).unwrap_or("document").to_owned();
            let content_base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
            ("documents", serde_json::to_value(DocumentDelivery { title: localized(arg(3)?)?, filename, content_base64 })?)
        }
        "message" => ("messages", serde_json::to_value(AuthorityMessage { body: arg(2)?.to_owned() })?),
        _ => anyhow::bail!("unknown command {command}\n{USAGE}"),
    };
    let reference_segment: String = reference.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    let url = format!("{}/api/backoffice/v1/cases/{reference_segment}/{path}", base.trim_end_matches('/'));
    let response = reqwest::Client::new().post(&url).bearer_auth(token).json(&body).send().await?;
    let status = response.status();
    let text = response.text().await?;
    if !status.is_success() {
        anyhow::bail!("{status}: {text}");
    }
    println!("{status} {text}");
    Ok(())
}
