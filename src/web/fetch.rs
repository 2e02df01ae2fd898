//! Downloading an article page over HTTP(S), with ureq: bounded in time and size,
//! redirects followed, and anything but a successful HTML response refused with the
//! reason.

use std::time::Duration;
use ureq::ResponseExt;

/// A page as downloaded: where it ended up after redirects, and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Downloaded {
    pub url: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("not a web address (expected one starting with http:// or https://)")]
    NotHttp,
    #[error("the server answered {0}")]
    Status(String),
    #[error("not a web page: the server sent {0} (expected text/html)")]
    NotHtml(String),
    #[error("the page is not UTF-8 text (it says its charset is {0})")]
    NotUtf8(String),
    #[error("cannot download it: {0}")]
    Http(#[from] ureq::Error),
}

/// More than this is no article page.
const MAX_BYTES: u64 = 20 * 1024 * 1024;

/// How long one page may take, from connecting to the last byte.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The agent that downloads pages: its timeout, at most ten redirects, HTTP errors as
/// statuses (to name them), proxies from the environment (`HTTPS_PROXY`, `NO_PROXY`).
pub fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(10)
        .user_agent(concat!("parley/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// Downloads one page.
pub fn download(agent: &ureq::Agent, url: &str) -> Result<Downloaded, FetchError> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(FetchError::NotHttp);
    }
    let mut response = agent
        .get(url)
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        .call()?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(FetchError::Status(
            format!("{} {reason}", status.as_u16())
                .trim_end()
                .to_owned(),
        ));
    }
    let final_url = response.get_uri().to_string();
    let body = response.body_mut();
    let mime = body
        .mime_type()
        .unwrap_or("no content type")
        .to_ascii_lowercase();
    if !matches!(mime.as_str(), "text/html" | "application/xhtml+xml") {
        return Err(FetchError::NotHtml(mime));
    }
    let charset = body.charset().map(str::to_ascii_lowercase);
    let bytes = body.with_config().limit(MAX_BYTES).read_to_vec()?;
    let html = String::from_utf8(bytes)
        .map_err(|_| FetchError::NotUtf8(charset.unwrap_or_else(|| "not given".into())))?;
    Ok(Downloaded {
        url: final_url,
        html,
    })
}
