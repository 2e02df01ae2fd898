use serde::Serialize;
use std::fmt;

/// One thing wrong with a corpus, with where it is: the file and a line, a JSON path,
/// or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Where in an annotation file: `statements[3].content`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was left out of the corpus because of it.
    Error,
    /// Loaded, but worth a look (a span re-anchored, a name that differs between files).
    Warning,
}

impl Problem {
    pub fn error(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            path: None,
            message: message.into(),
        }
    }

    pub fn warning(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(file, message)
        }
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn at_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}: ")?;
        if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    // Eight bytes at a time: the loader counts the lines of every annotation item.
    let mut words = bytes.chunks_exact(8);
    let mut newlines = 0;
    for word in words.by_ref() {
        let word = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        newlines += zero_bytes(word ^ u64::from_le_bytes([b'\n'; 8]));
    }
    let rest = words.remainder().iter().filter(|&&b| b == b'\n').count();
    newlines + rest + 1
}

/// How many of the eight bytes of `word` are zero: the top bit of each byte of the
/// mask is set exactly when the byte is zero (no carry crosses bytes).
fn zero_bytes(word: u64) -> usize {
    const LOW7: u64 = u64::from_le_bytes([0x7f; 8]);
    let mask = !(((word & LOW7) + LOW7) | word | LOW7);
    mask.count_ones() as usize
}

#[cfg(test)]
mod tests {
    use super::line_of;

    #[test]
    fn line_of_counts_every_newline_before_the_offset() {
        let text: String = (0..300u32)
            .map(|i| match i * 7919 % 11 {
                0 | 5 => '\n',
                1 => 'é',
                2 => '\u{8a}',
                3 => '\t',
                _ => 'a',
            })
            .collect();
        for offset in 0..=text.len() + 3 {
            let before = &text.as_bytes()[..offset.min(text.len())];
            let expected = before.iter().filter(|&&b| b == b'\n').count() + 1;
            assert_eq!(line_of(&text, offset), expected, "offset {offset}");
        }
    }
}
