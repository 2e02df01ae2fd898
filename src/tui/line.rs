//! A line being typed, with a cursor: the finder's query, a list's filter, a search in
//! the source, a range of dates. The editing keys are those of a shell (readline).

use super::action::Action;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    /// A byte offset into `text`, always on a character boundary.
    cursor: usize,
}

impl From<&str> for LineEdit {
    /// A line holding `text`, the cursor at its end.
    fn from(text: &str) -> Self {
        LineEdit {
            text: text.to_owned(),
            cursor: text.len(),
        }
    }
}

impl LineEdit {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Applies an editing action; `None` if `action` does not edit a line, otherwise
    /// whether the text changed.
    pub fn apply(&mut self, action: Action) -> Option<bool> {
        let before = self.text.len();
        match action {
            Action::Type(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
                return Some(true);
            }
            Action::Erase => {
                let start = self.previous(self.cursor);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::DeleteForward => {
                let end = self.next(self.cursor);
                self.text.replace_range(self.cursor..end, "");
            }
            Action::EraseWord => {
                let start = self.word_start();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::EraseLine => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Action::CursorLeft => self.cursor = self.previous(self.cursor),
            Action::CursorRight => self.cursor = self.next(self.cursor),
            Action::LineStart => self.cursor = 0,
            Action::LineEnd => self.cursor = self.text.len(),
            _ => return None,
        }
        Some(self.text.len() != before)
    }

    fn previous(&self, at: usize) -> usize {
        self.text[..at]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }

    /// Where the word before the cursor starts, spaces after it included (as Ctrl-w
    /// in a shell).
    fn word_start(&self) -> usize {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(line: &mut LineEdit, actions: &[Action]) {
        for &action in actions {
            line.apply(action);
        }
    }

    #[test]
    fn typing_and_moving_insert_where_the_cursor_is() {
        let mut line = LineEdit::default();
        edit(
            &mut line,
            &[
                Action::Type('n'),
                Action::Type('x'),
                Action::Type('t'),
                Action::CursorLeft,
                Action::CursorLeft,
                Action::Type('e'),
                Action::LineEnd,
                Action::Type('é'),
                Action::CursorLeft,
                Action::DeleteForward,
            ],
        );
        assert_eq!((line.text(), line.cursor()), ("next", 4));
        edit(&mut line, &[Action::LineStart, Action::Erase]);
        assert_eq!((line.text(), line.cursor()), ("next", 0));
    }

    #[test]
    fn ctrl_w_and_ctrl_u_delete_back_to_a_word_or_the_start() {
        let mut line = LineEdit::from("next time  in moscow ");
        assert_eq!(line.apply(Action::EraseWord), Some(true));
        assert_eq!(line.text(), "next time  in ");
        line.apply(Action::EraseWord);
        assert_eq!(line.text(), "next time  ");
        line.apply(Action::CursorLeft);
        line.apply(Action::CursorLeft);
        line.apply(Action::CursorLeft);
        line.apply(Action::EraseLine);
        assert_eq!((line.text(), line.cursor()), ("e  ", 0));
        assert_eq!(line.apply(Action::Erase), Some(false));
        assert_eq!(line.apply(Action::Down), None);
    }
}
