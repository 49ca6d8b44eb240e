//! What the portal decides: submissions and their documents, drafts' rules, sign-in limits,
//! quotas, file types and names, the service definitions, places, and the server's words
//! for citizens. It stores through `store` and knows nothing of HTTP.

pub mod drafts;
pub mod file_types;
pub mod filenames;
pub mod ownership;
pub mod passwords;
pub mod places;
pub mod quotas;
pub mod receipts;
pub mod services;
pub mod signer;
pub mod submission;
pub mod texts;
pub mod throttle;
