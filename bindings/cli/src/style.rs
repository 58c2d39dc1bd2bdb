//! Colour for people at a terminal: on when standard output is one and `NO_COLOR` is not
//! set (<https://no-color.org>), off in pipes and files.

use std::io::IsTerminal;

/// Whether to colour what is written.
#[derive(Clone, Copy)]
pub struct Style {
    colour: bool,
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

impl Style {
    /// The style for standard output as it is now.
    pub fn for_stdout() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Style {
            colour: std::io::stdout().is_terminal() && !no_color,
        }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("{code}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }

    /// Text for an error or a failure.
    pub fn error(self, text: &str) -> String {
        self.paint(RED, text)
    }

    /// Text for something that passed.
    pub fn good(self, text: &str) -> String {
        self.paint(GREEN, text)
    }

    /// Text for a warning.
    pub fn warning(self, text: &str) -> String {
        self.paint(YELLOW, text)
    }

    /// Text for a notice.
    pub fn notice(self, text: &str) -> String {
        self.paint(CYAN, text)
    }

    /// Text to stand out.
    pub fn strong(self, text: &str) -> String {
        self.paint(BOLD, text)
    }

    /// A line of a unified diff: removals red, additions green, hunk headers cyan.
    pub fn diff_line(self, line: &str) -> String {
        match line.as_bytes().first() {
            Some(b'-') => self.error(line),
            Some(b'+') => self.good(line),
            Some(b'@') => self.notice(line),
            _ => line.to_owned(),
        }
    }
}
