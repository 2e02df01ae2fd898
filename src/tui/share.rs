//! Copy and open: `y` puts the selected statement with its citation on the clipboard
//! through the terminal (OSC 52, which works over SSH and in tmux), `o` opens the
//! report's web page with the system's opener. `update` only asks for these
//! ([`Effect`]); the event loop performs them on the terminal it owns.

use base64::Engine as _;
use std::io::{self, Write};

use crate::model::{Corpus, Statement};
use crate::text::{one_line, quoted};

/// Something the browser asks the world outside the screen to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put the text on the clipboard.
    Clipboard(String),
    /// Open the web address.
    OpenUrl(String),
}

/// A statement as pasted into notes or an article: its words, then who said it, where
/// and when: `“Next time in Moscow.” — Vladimir Putin, “Trump and Putin…”, Reuters,
/// 16 Aug 2025, https://…`.
pub fn citation_text(corpus: &Corpus, s: &Statement) -> String {
    let citation = one_line(&corpus.citation(s).to_string()).into_owned();
    format!("{} — {citation}", quoted(corpus, s))
}

/// The bytes that ask the terminal to set the clipboard to `text`: OSC 52 with the
/// text in base64. Inside tmux the same sequence is also wrapped for tmux to pass on
/// (it is passed when tmux's `allow-passthrough` is on; `set-clipboard on` takes the
/// plain one).
pub fn osc52(text: &str, tmux: bool) -> Vec<u8> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let plain = format!("\x1b]52;c;{encoded}\x07");
    let mut bytes = plain.clone().into_bytes();
    if tmux {
        // Every ESC inside a tmux passthrough is doubled.
        let inner = plain.replace('\x1b', "\x1b\x1b");
        bytes.extend_from_slice(format!("\x1bPtmux;{inner}\x1b\\").as_bytes());
    }
    bytes
}

/// Whether a report's URL may be handed to the system's opener: a web address, with
/// nothing an opener could read as an option or a second argument.
pub fn openable(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Performs what `update` asked for, the clipboard through `terminal`; a failure
/// replaces the status line's message. True if anything was done.
pub fn perform_effects(
    app: &mut crate::tui::App,
    terminal: &mut dyn Write,
    tmux: bool,
    open: &mut dyn FnMut(&str) -> io::Result<()>,
) -> bool {
    let effects = std::mem::take(&mut app.effects);
    for effect in &effects {
        if let Err(why) = perform(effect, terminal, tmux, open) {
            app.message = Some(why);
        }
    }
    !effects.is_empty()
}

/// Performs an effect: the clipboard through `terminal`, an address through `open`.
/// What went wrong, for the status line.
pub fn perform(
    effect: &Effect,
    terminal: &mut dyn Write,
    tmux: bool,
    open: &mut dyn FnMut(&str) -> io::Result<()>,
) -> Result<(), String> {
    match effect {
        Effect::Clipboard(text) => terminal
            .write_all(&osc52(text, tmux))
            .and_then(|()| terminal.flush())
            .map_err(|e| format!("cannot copy: {e}")),
        Effect::OpenUrl(url) if openable(url) => {
            open(url).map_err(|e| format!("cannot open {}: {e}", one_line(url)))
        }
        Effect::OpenUrl(url) => Err(format!("not a web address, not opened: {}", one_line(url))),
    }
}

/// `text` on one line in at most `chars` characters, "…" where it was cut.
pub fn shorten(text: &str, chars: usize) -> String {
    let safe = one_line(text);
    match safe.char_indices().nth(chars.saturating_sub(1)) {
        Some((at, _)) if safe[at..].chars().count() > 1 => format!("{}…", &safe[..at]),
        _ => safe.into_owned(),
    }
}

/// The system's opener (xdg-open and its kin, `open` on macOS, `start` on Windows),
/// started without waiting for it.
pub fn system_open(url: &str) -> io::Result<()> {
    open::that_detached(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_the_text_in_base64_between_the_osc_marks() {
        assert_eq!(osc52("hi", false), b"\x1b]52;c;aGk=\x07");
        assert_eq!(
            osc52("hi", true),
            b"\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"
        );
    }

    #[test]
    fn only_web_addresses_are_opened() {
        assert!(openable("https://example.org/a?b=c"));
        for bad in [
            "file:///etc/passwd",
            "--help",
            "javascript:alert(1)",
            "https://a b",
            "http://x\n-y",
        ] {
            assert!(!openable(bad), "{bad}");
            let mut opened = Vec::new();
            let result = perform(
                &Effect::OpenUrl(bad.into()),
                &mut Vec::new(),
                false,
                &mut |u| {
                    opened.push(u.to_owned());
                    Ok(())
                },
            );
            assert!(result.is_err() && opened.is_empty(), "{bad}");
        }
    }

    #[test]
    fn the_citation_follows_the_words() {
        let corpus = crate::corpus::bundled().corpus;
        let s = corpus
            .statements()
            .iter()
            .find(|s| corpus.text(&s.report, &s.content) == "Next time in Moscow.")
            .unwrap();
        assert_eq!(
            citation_text(&corpus, s),
            "“Next time in Moscow.” — Vladimir Putin, “Trump and Putin hold Alaska summit on \
             Ukraine, reach no deal”, 16 Aug 2025"
        );
    }
}
