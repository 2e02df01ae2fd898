//! Quotations inside a claim: the words between double quotation marks (curly or
//! straight) or single ones ('very productive'), as byte ranges of the words quoted.
//! A claim cut out of a longer quotation may hold only its opening or its closing mark:
//! the quotation then runs to the claim's end, or from its start.

use std::ops::Range;

/// The quoted stretches of `text`, marks excluded, in order.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut first_close: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(k + 1).map(|&(_, c)| c);
        let opens = match c {
            '“' | '‘' => true,
            '"' => open.is_none(),
            '\'' => {
                open.is_none()
                    && before.is_none_or(|b| !b.is_alphanumeric())
                    && after.is_some_and(char::is_alphanumeric)
            }
            _ => false,
        };
        let closes = match (c, open) {
            ('”', Some((_, '“' | '"'))) | ('"', Some((_, '“' | '"'))) => true,
            ('’', Some((_, '‘'))) | ('\'', Some((_, '\''))) => {
                after.is_none_or(|a| !a.is_alphanumeric())
            }
            ('”' | '"', None) if found.is_empty() && first_close.is_none() => {
                first_close = Some(at);
                false
            }
            _ => false,
        };
        if closes {
            if let Some((start, _)) = open.take() {
                push(&mut found, text, start..at);
            }
        } else if opens && open.is_none() {
            open = Some((at + c.len_utf8(), c));
        }
    }
    if let Some(close) = first_close {
        let mut head = Vec::new();
        push(&mut head, text, 0..close);
        found.splice(0..0, head);
    }
    if let Some((start, mark)) = open {
        // An apostrophe that never closes was an apostrophe.
        if mark != '\'' && mark != '‘' {
            push(&mut found, text, start..text.len());
        }
    }
    found.retain(|r| text[r.clone()].chars().any(char::is_alphanumeric));
    found
}

fn push(found: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim().trim_end_matches([',', '.']).trim_end();
    found.push(range.start + lead..range.start + lead + trimmed.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        quotations(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn double_marks_curly_or_straight() {
        assert_eq!(
            found("He said “we are ready,” and then \"not yet.\""),
            ["we are ready", "not yet"]
        );
    }

    #[test]
    fn single_marks_but_not_apostrophes() {
        assert_eq!(
            found("It was 'very productive' and ‘useful’, Russia's envoy said."),
            ["very productive", "useful"]
        );
        assert!(found("Russia's envoy didn't say.").is_empty());
    }

    #[test]
    fn a_quotation_cut_by_the_claim_runs_to_its_edge() {
        assert_eq!(found("“We will build it"), ["We will build it"]);
        assert_eq!(found("and fast,” she said."), ["and fast"]);
    }
}
