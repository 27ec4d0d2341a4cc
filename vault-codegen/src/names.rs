//! Rust names from page names: `vaultingRequestId` → `vaulting_request_id`,
//! `createVaultingSession` → `CreateVaultingSession`, `MINI_APP` → `MiniApp`.

use proc_macro2::{Ident, Span};

/// Words of a camelCase or SCREAMING_CASE name. A boundary falls before an upper-case letter
/// that follows a lower-case letter, before the last capital of an acronym that starts a word
/// (`DSAuth` → `DS`, `Auth`), and at every character that is not alphanumeric; digits that end a
/// word before an acronym join the acronym (`is3DSAuthentication` → `is`, `3DS`, `Authentication`).
pub fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1);
        let boundary = c.is_ascii_uppercase()
            && previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    digits_to_acronyms(words)
}

/// Digits that end a word go with the acronym after them: `is3` `DS` → `is` `3DS`
/// (`is3DSAuthentication` → `is_3ds_authentication`); `ipv4` `Address` and `address1` stay.
fn digits_to_acronyms(mut words: Vec<String>) -> Vec<String> {
    for i in 1..words.len() {
        let acronym = words[i].len() >= 2 && words[i].chars().all(|c| c.is_ascii_uppercase());
        let digits = words[i - 1].chars().rev().take_while(char::is_ascii_digit).count();
        if acronym && digits > 0 && digits < words[i - 1].len() {
            let at = words[i - 1].len() - digits;
            let moved = words[i - 1].split_off(at);
            words[i].insert_str(0, &moved);
        }
    }
    words
}

/// An upper-case word, or words joined by underscores, as result codes and enum values are
/// written (`PARAM_ILLEGAL`, `V3DS`): a capital letter first, then capitals, digits and `_`.
pub fn is_constant(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// A wire field name: a letter followed by letters, digits and underscores.
pub fn is_field_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// An object type name as the pages write it: PascalCase, a capital letter, then letters and
/// digits (`PaymentMethodDetail`).
pub fn is_type_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The catch-all variant of an open enum and of an error enum: a value or code no page lists.
pub const UNDOCUMENTED: &str = "Undocumented";
/// The variant of an error enum that holds one of the gateway's common codes.
pub const COMMON: &str = "Common";

/// The variant name of a valid value; in an open (received) enum, a value that would take the
/// catch-all's name is renamed (`Undocumented` → `UndocumentedValue`).
pub fn value_variant(value: &str, open: bool) -> String {
    let reserved: &[&str] = if open { &[UNDOCUMENTED] } else { &[] };
    variant(value, reserved, "Value")
}

/// The variant name of a result code in an error enum; a code that would take the name of the
/// catch-all or of the common codes' variant is renamed (`COMMON` → `CommonCode`).
pub fn code_variant(code: &str) -> String {
    variant(code, &[UNDOCUMENTED, COMMON], "Code")
}

fn variant(wire: &str, reserved: &[&str], suffix: &str) -> String {
    let name = pascal(wire);
    if reserved.contains(&name.as_str()) { format!("{name}{suffix}") } else { name }
}

/// `vaultingRequestId` → `vaulting_request_id`.
pub fn snake(name: &str) -> String {
    words(name).iter().map(|w| w.to_ascii_lowercase()).collect::<Vec<_>>().join("_")
}

/// `createVaultingSession` → `CreateVaultingSession`; `MINI_APP` → `MiniApp`; `3DS` → `V3Ds`.
pub fn pascal(name: &str) -> String {
    let joined: String = words(name)
        .iter()
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect();
    if joined.starts_with(|c: char| c.is_ascii_digit()) || joined.is_empty() { format!("V{joined}") } else { joined }
}

/// An identifier for a field or method: raw when it is a keyword, `_`-suffixed when it cannot
/// be raw.
pub fn field_ident(name: &str) -> Ident {
    let snake = snake(name);
    let snake =
        if snake.starts_with(|c: char| c.is_ascii_digit()) || snake.is_empty() { format!("_{snake}") } else { snake };
    match snake.as_str() {
        "self" | "super" | "crate" | "_" => Ident::new(&format!("{snake}_"), Span::call_site()),
        s if KEYWORDS.contains(&s) => Ident::new_raw(s, Span::call_site()),
        s => Ident::new(s, Span::call_site()),
    }
}

/// An identifier for a type or variant.
pub fn type_ident(name: &str) -> Ident {
    let name = match name {
        "Self" => "Self_",
        other => other,
    };
    Ident::new(name, Span::call_site())
}

/// The explicit discriminant of a generated enum variant: a hash (FNV-1a, 32 bits) of its wire
/// value or result code, never 0 (the catch-all's). Discriminants that follow the value rather
/// than its position do not shift when a page adds a value, so cargo-semver-checks sees an
/// addition as the minor change it is. Validation reports the (unlikely) collision.
pub fn discriminant(value: &str) -> u32 {
    let hash = value.bytes().fold(0x811c_9dc5u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    hash.max(1)
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "do", "dyn", "else", "enum", "extern", "false",
    "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override",
    "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield", "abstract", "become",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_page_names() {
        assert_eq!(snake("vaultingRequestId"), "vaulting_request_id");
        assert_eq!(snake("is3DSAuthentication"), "is_3ds_authentication");
        assert_eq!(snake("address1"), "address1");
        assert_eq!(snake("ipv4Address"), "ipv4_address");
        assert_eq!(snake("threeDSResult"), "three_ds_result");
        assert_eq!(snake("cardNo"), "card_no");
        assert_eq!(snake("cpf"), "cpf");
        assert_eq!(pascal("createVaultingSession"), "CreateVaultingSession");
        assert_eq!(pascal("MINI_APP"), "MiniApp");
        assert_eq!(pascal("S"), "S");
        assert_eq!(pascal("3DS"), "V3Ds");
        assert_eq!(field_ident("type").to_string(), "r#type");
        assert_eq!(field_ident("self").to_string(), "self_");
        assert_eq!(discriminant(""), 0x811c_9dc5);
        assert_ne!(discriminant("WEB"), discriminant("WAP"));
    }
}
