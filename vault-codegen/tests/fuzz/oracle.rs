//! Edits that must not change what a page means: the model of the edited pages must equal the
//! model of the pages as written (`Model: PartialEq` ignores spans, so moved text is no
//! difference). A silent misreading that the no-panic checks cannot see shows up here.

use crate::vocabulary::VALUE_LIST_INTROS;
use proptest::prelude::*;

/// One edit that keeps the meaning; positions wrap around the candidates the page offers.
#[derive(Debug, Clone)]
pub enum Same {
    /// One more blank line after a blank line or a heading.
    BlankLine(usize),
    /// A space at the end of a line that ends in none.
    TrailingSpace(usize),
    /// One line ending becomes CRLF (`false`) or a lone CR (`true`).
    LineEnding(usize, bool),
    /// Every line ending becomes CRLF or a lone CR.
    AllLineEndings(bool),
    /// A byte-order mark before the page.
    ByteOrderMark,
    /// A value-list introduction spelled as another of the vocabulary's (fixed stays fixed).
    IntroSpelling(usize, usize),
}

/// Any meaning-keeping edit.
pub fn same() -> impl Strategy<Value = Same> {
    let line = 0..10_000usize;
    prop_oneof![
        3 => line.clone().prop_map(Same::BlankLine),
        3 => line.clone().prop_map(Same::TrailingSpace),
        1 => (line.clone(), any::<bool>()).prop_map(|(i, cr)| Same::LineEnding(i, cr)),
        1 => any::<bool>().prop_map(Same::AllLineEndings),
        1 => Just(Same::ByteOrderMark),
        3 => (line, 0..VALUE_LIST_INTROS.len()).prop_map(|(i, s)| Same::IntroSpelling(i, s)),
    ]
}

/// Applies the edits. Lines inside fenced code blocks are left alone: there a blank line or a
/// trailing space is content.
pub fn apply(text: &str, edits: &[Same]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for edit in edits {
        edit_lines(&mut lines, edit);
    }
    let mut text = lines.join("\n") + "\n";
    // Only LF endings change (a CR before an LF already changed would add a line), and a lone
    // CR is not put before an LF (together they would be one CRLF, a line fewer).
    for edit in edits {
        let (chosen, lone) = match *edit {
            Same::LineEnding(i, lone) => (Some(i), lone),
            Same::AllLineEndings(lone) => (None, lone),
            _ => continue,
        };
        let bytes = text.as_bytes();
        let changes = |at: usize| {
            let after_cr = at > 0 && bytes[at - 1] == b'\r';
            let before_lf = chosen.is_some() && lone && bytes.get(at + 1) == Some(&b'\n');
            bytes[at] == b'\n' && !after_cr && !before_lf
        };
        let lf: Vec<usize> = (0..bytes.len()).filter(|&at| changes(at)).collect();
        let picked: Vec<usize> = match chosen {
            Some(i) if !lf.is_empty() => vec![lf[i % lf.len()]],
            Some(_) => Vec::new(),
            None => lf,
        };
        for at in picked.into_iter().rev() {
            text.replace_range(at..=at, if lone { "\r" } else { "\r\n" });
        }
    }
    if edits.iter().any(|e| matches!(e, Same::ByteOrderMark)) {
        text.insert(0, '\u{feff}');
    }
    text
}

fn edit_lines(lines: &mut Vec<String>, edit: &Same) {
    let prose = prose_lines(lines);
    let pick = |candidates: Vec<usize>, i: usize| (!candidates.is_empty()).then(|| candidates[i % candidates.len()]);
    match *edit {
        Same::BlankLine(i) => {
            let spots =
                prose.iter().copied().filter(|&l| lines[l].trim().is_empty() || is_heading(&lines[l])).collect();
            if let Some(at) = pick(spots, i) {
                lines.insert(at + 1, String::new());
            }
        }
        Same::TrailingSpace(i) => {
            let spots = prose.iter().copied().filter(|&l| !lines[l].ends_with(char::is_whitespace)).collect();
            if let Some(at) = pick(spots, i) {
                lines[at].push(' ');
            }
        }
        Same::IntroSpelling(i, spelling) => {
            let ends_paragraph = |l: usize| lines.get(l + 1).is_none_or(|next| next.trim().is_empty());
            let spots: Vec<(usize, usize)> = prose
                .iter()
                .filter(|&&l| is_paragraph(&lines[l]) && ends_paragraph(l))
                .filter_map(|&l| intro_at_end(&lines[l]).map(|len| (l, len)))
                .collect();
            if !spots.is_empty() {
                let (at, len) = spots[i % spots.len()];
                let old = lines[at].trim_end().len();
                let fixed = lines[at][old - len..old].to_ascii_lowercase().contains("fixed");
                let same_kind: Vec<&str> =
                    VALUE_LIST_INTROS.iter().copied().filter(|s| s.contains("fixed") == fixed).collect();
                let spelling = same_kind[spelling % same_kind.len()];
                let mut line = lines[at].clone();
                line.replace_range(old - len..old, spelling);
                // Not when the words before would join the new spelling into a longer one
                // ("... include" + "valid values:").
                if intro_at_end(&line) == Some(spelling.len()) {
                    lines[at] = line;
                }
            }
        }
        _ => {}
    }
}

/// Indexes of the lines outside fenced code blocks.
fn prose_lines(lines: &[String]) -> Vec<usize> {
    let mut in_fence = false;
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        } else if !in_fence {
            out.push(i);
        }
    }
    out
}

/// A line of a paragraph: not a heading, list item, table row, quote or indented code.
fn is_paragraph(line: &str) -> bool {
    let markers = ['#', '-', '*', '+', '|', '>', '`', '<'];
    !line.starts_with(char::is_whitespace)
        && !line.starts_with(markers)
        && !line.starts_with(|c: char| c.is_ascii_digit())
}

fn is_heading(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}

/// The byte length of the value-list introduction that ends a line (longest spelling first, as
/// the generator matches), if any. Only a whole-word match counts (`valid values:` inside
/// `invalid values:` would be another sentence).
fn intro_at_end(line: &str) -> Option<usize> {
    let line = line.trim_end();
    VALUE_LIST_INTROS.iter().find_map(|intro| {
        let at = line.len().checked_sub(intro.len())?;
        let tail = line.get(at..)?;
        let whole_word = line[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        (tail.eq_ignore_ascii_case(intro) && whole_word).then_some(intro.len())
    })
}
