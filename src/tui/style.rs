//! Colours and emphasis. Every distinction that matters (focus, selection, matched
//! letters, statements in the text) also has a modifier, so it survives NO_COLOR.

use ratatui::style::{Color, Modifier, Style};

/// The colours a configuration file may set; each distinction keeps its modifier
/// whatever the colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colors {
    /// The focused pane's border.
    pub focus: Color,
    /// Borders of the other panes, and secondary text.
    pub dim: Color,
    /// Letters the finder matched.
    pub matched: Color,
    /// What both reports share in Compare; keys in the help.
    pub shared: Color,
    /// What only one report has in Compare.
    pub only: Color,
    /// Speakers, in turn by their place in the corpus.
    pub speakers: [Color; 8],
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            focus: Color::Cyan,
            dim: Color::DarkGray,
            matched: Color::Yellow,
            shared: Color::Green,
            only: Color::Yellow,
            speakers: [
                Color::Cyan,
                Color::Yellow,
                Color::Green,
                Color::Magenta,
                Color::LightBlue,
                Color::LightRed,
                Color::LightGreen,
                Color::LightMagenta,
            ],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Colours are shown (NO_COLOR is not set).
    pub color: bool,
    pub colors: Colors,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            color: true,
            colors: Colors::default(),
        }
    }
}

impl Theme {
    fn fg(&self, style: Style, color: Color) -> Style {
        if self.color {
            style.fg(color)
        } else {
            style
        }
    }

    /// A speaker's colour, by the speaker's position in the corpus.
    pub fn speaker(&self, position: usize) -> Style {
        let palette = &self.colors.speakers;
        self.fg(Style::new(), palette[position % palette.len()])
    }

    /// A statement marked in source text: its speaker's colour, underlined.
    pub fn statement(&self, speaker: usize) -> Style {
        self.speaker(speaker).add_modifier(Modifier::UNDERLINED)
    }

    /// The statement in focus in source text.
    pub fn highlight(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The selected row: reversed in the focused pane, bold elsewhere.
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Style::new().add_modifier(Modifier::BOLD), self.colors.focus)
        } else {
            self.fg(Style::new(), self.colors.dim)
        }
    }

    pub fn title(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn matched(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            self.colors.matched,
        )
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(self.colors.dim)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn shared(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD),
            self.colors.shared,
        )
    }

    pub fn only(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::ITALIC),
            self.colors.only,
        )
    }

    /// A hit of the search in the source text.
    pub fn search_hit(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }

    /// The hit the search is on.
    pub fn search_current(&self) -> Style {
        self.alarm()
    }

    /// Black on red, or reversed, bold and underlined without colour: what must catch
    /// the eye first.
    fn alarm(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// The words of a reworded pair that the other side lacks.
    pub fn differs(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            Color::LightCyan,
        )
    }

    /// A conflicting pair's mark and count.
    pub fn conflict(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::LightRed)
    }

    /// A value in conflict with the other side's.
    pub fn conflict_value(&self) -> Style {
        self.alarm()
    }

    /// A count of problems in the status line.
    pub fn warning(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::LightRed)
    }
}
