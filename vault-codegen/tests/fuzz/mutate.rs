//! Random edits of a page: line edits, hostile text next to the phrases the generator reads or
//! anywhere, other line endings, changed bytes and a cut.

use crate::vocabulary::{HOSTILE, LINES, PHRASES};
use proptest::prelude::*;

/// One edit; positions wrap around the current text.
#[derive(Debug, Clone)]
pub enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    InsertLine(usize, usize),
    ReplaceLine(usize, usize),
    /// Hostile text right before (or after) an occurrence of a phrase the generator reads.
    BesidePhrase {
        phrase: usize,
        occurrence: usize,
        hostile: usize,
        after: bool,
    },
    /// Hostile text at any character boundary.
    InsertText(usize, usize),
    /// One line ending becomes CRLF (`false`) or a lone CR (`true`).
    LineEnding(usize, bool),
    /// Every line ending becomes CRLF or a lone CR.
    AllLineEndings(bool),
    ChangeByte(usize, u8),
    Truncate(usize),
}

/// Any edit, the ones aimed at the generator's phrases more often.
pub fn mutation() -> impl Strategy<Value = Mutation> {
    let line = 0..10_000usize;
    let at = 0..100_000usize;
    let beside = (0..PHRASES.len(), 0..64usize, 0..HOSTILE.len(), any::<bool>());
    prop_oneof![
        2 => line.clone().prop_map(Mutation::DeleteLine),
        1 => line.clone().prop_map(Mutation::DuplicateLine),
        1 => (line.clone(), line.clone()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        2 => (line.clone(), 0..LINES.len()).prop_map(|(a, b)| Mutation::InsertLine(a, b)),
        2 => (line.clone(), 0..LINES.len()).prop_map(|(a, b)| Mutation::ReplaceLine(a, b)),
        4 => beside.prop_map(|(phrase, occurrence, hostile, after)| Mutation::BesidePhrase { phrase, occurrence, hostile, after }),
        1 => (at.clone(), 0..HOSTILE.len()).prop_map(|(a, h)| Mutation::InsertText(a, h)),
        1 => (line.clone(), any::<bool>()).prop_map(|(a, cr)| Mutation::LineEnding(a, cr)),
        1 => any::<bool>().prop_map(Mutation::AllLineEndings),
        1 => (at.clone(), any::<u8>()).prop_map(|(a, b)| Mutation::ChangeByte(a, b)),
        1 => at.prop_map(Mutation::Truncate),
    ]
}

/// Applies the edits: line edits first, then text edits, then byte edits.
pub fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for m in mutations {
        edit_lines(&mut lines, m);
    }
    let mut text = lines.join("\n");
    for m in mutations {
        edit_text(&mut text, m);
    }
    let mut bytes = text.into_bytes();
    for m in mutations {
        match *m {
            Mutation::ChangeByte(at, byte) if !bytes.is_empty() => {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            Mutation::Truncate(at) => bytes.truncate(at % (bytes.len() + 1)),
            _ => {}
        }
    }
    // Pages are read as UTF-8 (a non-UTF-8 page is a load error); keep the rest.
    String::from_utf8_lossy(&bytes).into_owned()
}

fn edit_lines(lines: &mut Vec<String>, m: &Mutation) {
    let n = lines.len().max(1);
    match *m {
        Mutation::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(i % n);
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
        Mutation::InsertLine(i, l) => lines.insert(i % (lines.len() + 1), LINES[l].to_owned()),
        Mutation::ReplaceLine(i, l) if !lines.is_empty() => lines[i % n] = LINES[l].to_owned(),
        _ => {}
    }
}

fn edit_text(text: &mut String, m: &Mutation) {
    match *m {
        Mutation::BesidePhrase { phrase, occurrence, hostile, after } => {
            let phrase = PHRASES[phrase];
            let found: Vec<usize> = text.match_indices(phrase).map(|(at, _)| at).collect();
            if !found.is_empty() {
                let at = found[occurrence % found.len()] + if after { phrase.len() } else { 0 };
                text.insert_str(at, HOSTILE[hostile]);
            }
        }
        Mutation::InsertText(at, hostile) => {
            let at = text.floor_char_boundary(at % (text.len() + 1));
            text.insert_str(at, HOSTILE[hostile]);
        }
        Mutation::LineEnding(i, lone) => {
            let endings: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
            if !endings.is_empty() {
                let at = endings[i % endings.len()];
                text.replace_range(at..=at, if lone { "\r" } else { "\r\n" });
            }
        }
        Mutation::AllLineEndings(lone) => *text = text.replace('\n', if lone { "\r" } else { "\r\n" }),
        _ => {}
    }
}
