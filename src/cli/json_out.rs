//! JSON as parley writes it: serde_json's, with the C1 control characters (U+0080 to
//! U+009F) escaped as well. serde_json escapes only those below U+0020, and a terminal
//! reads U+009B written as it is as the start of a control sequence (`\u{9b}2J` clears
//! the screen); reports, their headers and file names are untrusted.

use std::io::{self, Write};

use serde::Serialize;

/// `serde_json::to_writer`, C1 controls escaped.
pub fn to_writer(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let mut safe = buffered(out);
    serde_json::to_writer(&mut safe, value)?;
    safe.flush()
}

/// `serde_json::to_writer_pretty`, C1 controls escaped.
pub fn to_writer_pretty(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let mut safe = buffered(out);
    serde_json::to_writer_pretty(&mut safe, value)?;
    safe.flush()
}

/// The escaping writer behind a buffer: serde_json writes each key, mark and number on
/// its own, and the escape is looked for, and the writer under it called, once a
/// buffer rather than once a piece.
fn buffered(out: &mut dyn Write) -> io::BufWriter<EscapeC1<'_>> {
    io::BufWriter::with_capacity(1 << 16, EscapeC1::new(out))
}

/// Writes UTF-8 JSON through, each C1 control (the bytes 0xC2 0x80 to 0xC2 0x9F, which
/// in UTF-8 are nothing else) as its `\u` escape: JSON's own marks are all ASCII, so
/// these are only ever inside strings. A 0xC2 ending one write waits for the next.
struct EscapeC1<'w> {
    inner: &'w mut dyn Write,
    pending: bool,
}

impl<'w> EscapeC1<'w> {
    fn new(inner: &'w mut dyn Write) -> Self {
        EscapeC1 {
            inner,
            pending: false,
        }
    }

    fn escape(&mut self, c1: u8) -> io::Result<()> {
        write!(self.inner, "\\u{:04x}", c1)
    }
}

impl Write for EscapeC1<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let mut from = 0;
        if std::mem::take(&mut self.pending) {
            match buf.first() {
                Some(&b @ 0x80..=0x9f) => {
                    self.escape(b)?;
                    from = 1;
                }
                _ => self.inner.write_all(&[0xc2])?,
            }
        }
        let mut at = from;
        while let Some(k) = memchr::memchr(0xc2, &buf[at..]) {
            let lead = at + k;
            match buf.get(lead + 1) {
                Some(&b @ 0x80..=0x9f) => {
                    self.inner.write_all(&buf[from..lead])?;
                    self.escape(b)?;
                    from = lead + 2;
                    at = from;
                }
                Some(_) => at = lead + 1,
                None => {
                    self.inner.write_all(&buf[from..lead])?;
                    self.pending = true;
                    return Ok(());
                }
            }
        }
        self.inner.write_all(&buf[from..])
    }

    fn flush(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.pending) {
            self.inner.write_all(&[0xc2])?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c1_controls_are_escaped_and_the_rest_is_as_serde_json_writes_it() {
        let value = serde_json::json!({"title": "x\u{9b}2J y\u{85} é ¢ \u{1b}[0m", "n": [1, 2]});
        let mut out = Vec::new();
        to_writer(&mut out, &value).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.chars().any(|c| c.is_control()), "{text:?}");
        assert!(text.contains(r"x\u009b2J y\u0085 é ¢ \u001b[0m"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn c1_controls_at_every_edge_of_the_buffer_are_escaped() {
        // Strings that put a C1 control's two bytes on each side of the buffer's end.
        for pad in (1 << 16) - 4..(1 << 16) + 2 {
            let value = serde_json::json!(["a".repeat(pad) + "\u{9b}\u{85}b"]);
            let mut out = Vec::new();
            to_writer(&mut out, &value).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(!text.chars().any(|c| c.is_control()), "pad {pad}");
            assert!(text.ends_with("\\u009b\\u0085b\"]"), "pad {pad}");
        }
    }

    #[test]
    fn a_c1_control_split_between_writes_is_escaped() {
        let mut out = Vec::new();
        let mut safe = EscapeC1::new(&mut out);
        for piece in [&b"\"a\xc2"[..], b"\x9b", b"b\xc2", b"\xa2\xc2", b"\x80\""] {
            safe.write_all(piece).unwrap();
        }
        safe.flush().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"a\\u009bb¢\\u0080\"");
    }
}
