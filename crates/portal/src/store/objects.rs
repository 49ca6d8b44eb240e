//! The bytes of documents and uploads, in an object store: a local folder by default
//! (`file://…`), or an S3-compatible store (`s3://bucket/prefix`) that every instance shares.
//! The database keeps what is known about a file (name, type, size, SHA-256); the store keeps
//! its bytes under a key made from the row's id, so a key never needs a column of its own.

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use object_store::{path::Path, ObjectStore};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::time::Duration;

pub use crate::config::ObjectStoreConfig;

/// The store, as every part of the portal uses it.
#[derive(Clone)]
pub struct Objects {
    store: Arc<dyn ObjectStore>,
}

/// What is known about bytes once they are stored.
pub struct Stored {
    pub sha256: String,
    pub size: i64,
}

/// A document or an upload as its row describes it, for reading its bytes.
#[derive(sqlx::FromRow)]
pub struct StoredFile {
    pub filename: String,
    pub media_type: String,
    pub sha256: String,
    pub size_bytes: i64,
    /// False for a file written before the object store: its bytes are still in `content`
    /// until `guichet-portal migrate-blobs` moves them.
    pub content_in_store: bool,
    pub content: Vec<u8>,
}

/// Written at start and read by `/ready`: the store answers and the bucket is there.
const PROBE: &str = "guichet/ready";

pub fn document(id: &str) -> Path {
    Path::from_iter(["documents", id])
}

pub fn upload(id: &str) -> Path {
    Path::from_iter(["uploads", id])
}

impl Objects {
    /// Opens the store and proves it can be written and read, or stops the start with one line
    /// that names the setting.
    pub async fn open(config: &ObjectStoreConfig) -> anyhow::Result<Objects> {
        let named = |reason: String| anyhow::anyhow!("GUICHET_OBJECT_STORE={}: {reason}", config.url);
        let store: Arc<dyn ObjectStore> = if let Some(folder) = config.url.strip_prefix("file://") {
            std::fs::create_dir_all(folder).map_err(|e| named(format!("the folder cannot be created ({e})")))?;
            Arc::new(object_store::local::LocalFileSystem::new_with_prefix(folder).map_err(|e| named(e.to_string()))?)
        } else if let Some(place) = config.url.strip_prefix("s3://") {
            let (bucket, prefix) = place.split_once('/').unwrap_or((place, ""));
            // A store that does not answer fails a request within seconds rather than minutes
            // of retries: the citizen's app retries on its own, and a start does not hang.
            let retry = object_store::RetryConfig { max_retries: 2, retry_timeout: Duration::from_secs(5), ..Default::default() };
            let client = object_store::ClientOptions::new().with_connect_timeout(Duration::from_secs(2)).with_timeout(Duration::from_secs(60));
            let mut builder = object_store::aws::AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .with_region(config.region.as_deref().unwrap_or("us-east-1"))
                .with_retry(retry)
                .with_client_options(client);
            if let Some(endpoint) = &config.endpoint {
                builder = builder.with_endpoint(endpoint).with_allow_http(endpoint.starts_with("http://"));
            }
            if let (Some(key), Some(secret)) = (&config.access_key_id, &config.secret_access_key) {
                builder = builder.with_access_key_id(key).with_secret_access_key(secret);
            }
            let s3 = builder.build().map_err(|e| named(e.to_string()))?;
            match prefix.trim_matches('/') {
                "" => Arc::new(s3),
                prefix => Arc::new(object_store::prefix::PrefixStore::new(s3, prefix)),
            }
        } else {
            return Err(named("not a file:// or s3:// address".into()));
        };
        let objects = Objects { store };
        objects
            .store
            .put(&Path::from(PROBE), Bytes::from_static(b"ready").into())
            .await
            .map_err(|e| named(format!("the object store cannot be written ({e})")))?;
        if !objects.ready().await {
            return Err(named("the object store cannot be read".into()));
        }
        Ok(objects)
    }

    /// Whether the store answers now (for `/ready`).
    pub async fn ready(&self) -> bool {
        self.store.head(&Path::from(PROBE)).await.is_ok()
    }

    /// Stores bytes the portal holds (generated PDFs, checked uploads) under `key`.
    pub async fn put(&self, key: &Path, bytes: Vec<u8>) -> object_store::Result<Stored> {
        let stored = Stored { sha256: super::ids::sha256_hex(&bytes), size: bytes.len() as i64 };
        self.store.put(key, Bytes::from(bytes).into()).await?;
        Ok(stored)
    }

    /// Copies within the store: the bytes never pass through the portal.
    pub async fn copy(&self, from: &Path, to: &Path) -> object_store::Result<()> {
        self.store.copy(from, to).await
    }

    /// Removes bytes whose row is gone; bytes already gone are no error.
    pub async fn delete(&self, key: &Path) {
        match self.store.delete(key).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => tracing::warn!(%key, error = %e, "bytes stay in the object store; the sweep removes them later"),
        }
    }

    /// The bytes under `key` as they arrive from the store, checked against the SHA-256 and the
    /// size the database holds. Each chunk is held back until the next one arrives, so when the
    /// bytes differ the stream ends with an error in place of its last chunk: the download
    /// stays short of its length and fails, rather than hand over altered bytes.
    pub async fn read_checked(
        &self,
        key: &Path,
        sha256: String,
        size: i64,
    ) -> object_store::Result<impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static> {
        let source = self.store.get(key).await?.into_stream();
        let key = key.to_string();
        let state = Some((source, Sha256::new(), 0i64, None::<Bytes>));
        Ok(futures_util::stream::unfold(state, move |state| {
            let (key, sha256) = (key.clone(), sha256.clone());
            async move {
                let (mut source, mut hasher, mut read, mut held) = state?;
                loop {
                    match source.next().await {
                        Some(Ok(chunk)) => {
                            hasher.update(&chunk);
                            read += chunk.len() as i64;
                            if let Some(previous) = held.replace(chunk) {
                                return Some((Ok(previous), Some((source, hasher, read, held))));
                            }
                        }
                        Some(Err(e)) => return Some((Err(std::io::Error::other(e)), None)),
                        None if super::ids::hex(&hasher.finalize_reset()) == sha256 && read == size => {
                            return held.map(|last| (Ok(last), None));
                        }
                        None => {
                            tracing::error!(target: "security", event = "object-altered", key, read, expected = size, "stored bytes differ from their SHA-256; the download is broken off");
                            return Some((Err(std::io::Error::other("the stored bytes differ from their SHA-256")), None));
                        }
                    }
                }
            }
        })
        // A body may be asked again after its end (the compression layer does): it stays ended.
        .fuse())
    }

    /// Every key under `prefix` last written before `before`, with its id: the sweep removes
    /// those whose row is gone.
    pub async fn older_than(&self, prefix: &str, before: time::OffsetDateTime) -> object_store::Result<Vec<(Path, String)>> {
        let before = before.unix_timestamp();
        let mut keys = Vec::new();
        let mut listing = self.store.list(Some(&Path::from(prefix)));
        while let Some(meta) = listing.next().await {
            let meta = meta?;
            if meta.last_modified.timestamp() < before {
                if let Some(id) = meta.location.filename().map(str::to_owned) {
                    keys.push((meta.location, id));
                }
            }
        }
        Ok(keys)
    }
}
