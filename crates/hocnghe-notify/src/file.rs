//! The development sink: one JSON line per message, appended to a file.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::error::NotifyError;
use crate::notifier::{Notifier, Outgoing};

#[derive(Debug, Clone)]
pub struct FileSink {
    path: Arc<PathBuf>,
    // One writer at a time, so lines never interleave.
    lock: Arc<Mutex<()>>,
}

impl FileSink {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path: Arc::new(path),
            lock: Arc::new(Mutex::new(())),
        }
    }
}

#[async_trait::async_trait]
impl Notifier for FileSink {
    async fn send(&self, message: Outgoing<'_>) -> Result<(), NotifyError> {
        let mut line = serde_json::to_string(&serde_json::json!({
            "channel": message.channel.as_str(),
            "to": message.to,
            "text": message.text,
            "idempotency_key": message.idempotency_key,
        }))
        .map_err(|_| NotifyError::Permanent("cannot encode the message".into()))?;
        line.push('\n');
        let (path, lock) = (self.path.clone(), self.lock.clone());
        tokio::task::spawn_blocking(move || {
            let _guard = lock.lock().map_err(|_| "sink lock poisoned")?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|_| "cannot create the sink's directory")?;
            }
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path.as_path())
                .and_then(|mut file| file.write_all(line.as_bytes()))
                .map_err(|_| "cannot write the sink file")
        })
        .await
        .map_err(|_| NotifyError::Retryable("sink task failed".into()))?
        .map_err(|reason| NotifyError::Retryable(reason.into()))
    }
}
