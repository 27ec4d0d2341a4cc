//! What a simulator needs to answer an API from its page alone (the `simulator` feature): the
//! response model of each API as static data ([`Model`], emitted by the generator for every
//! response type and the object types its required fields hold), a valid sample built from it
//! ([`sample`]), a check that an answer keeps the model's limits ([`check`]), and a way to
//! reach every operation's types ([`Visit`]).
//!
//! A model lists the required fields only: a sample holds every required field and no
//! optional one, so that is all it needs. Received types do not check lengths or ranges, so
//! the limits live here, as the pages give them.

use crate::Operation;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value as Json};

/// The required fields of a response or object type: wire name and value.
pub type Shape = &'static [(&'static str, Value)];

/// What a field holds, with the limits its page gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A string of at most this many characters.
    Text(Option<usize>),
    /// An absolute http(s) URL of at most this many characters.
    Url(Option<usize>),
    /// An ISO 3166-1 alpha-2 country or region code.
    Region,
    /// An ISO 4217 currency code.
    Currency,
    /// A decimal number written as a string, within an inclusive range.
    Decimal(Option<i64>, Option<i64>),
    /// A whole number written as digits, within a range, of at most this many characters.
    Digits(Option<i64>, Option<i64>, Option<usize>),
    /// A whole number within an inclusive range.
    Int(Option<i64>, Option<i64>),
    /// The one value the field can hold.
    Fixed(&'static str),
    /// One of a closed list of values: the first the page lists.
    OneOf(&'static str),
    /// `true` or `false`.
    Bool,
    /// An ISO 8601 date and time with offset.
    DateTime,
    /// An object with free keys.
    Map,
    /// An object type.
    Object(Shape),
    /// A list of at most this many elements.
    List(&'static Value, Option<usize>),
    /// The `result` object.
    Result,
}

/// A response or object type with its model (generated under the `simulator` feature).
pub trait Model {
    /// Its required fields.
    const SHAPE: Shape;
}

/// Something done with every operation's types, e.g. registering a handler (generated code
/// calls [`Visit::operation`] once per API, through the generated `simulate` function).
pub trait Visit {
    /// Called with the request type of one API.
    fn operation<O>(&mut self)
    where
        O: Operation + DeserializeOwned + Send + Sync + 'static,
        O::Response: Model + Serialize + std::fmt::Debug;
}

/// A valid value of `shape`: every required field, each within its limits; `result` is left
/// out (the simulator writes it). Texts are random hex digits, so ids differ between calls.
pub fn sample(shape: Shape) -> Map<String, Json> {
    shape
        .iter()
        .filter(|(_, value)| *value != Value::Result)
        .map(|(name, value)| ((*name).to_owned(), sample_value(value)))
        .collect()
}

fn sample_value(value: &Value) -> Json {
    match *value {
        Value::Text(max) => Json::String(random_hex(max.unwrap_or(32).min(32))),
        Value::Url(_) => Json::String("https://example.com/".to_owned()),
        Value::Region => Json::String("US".to_owned()),
        Value::Currency => Json::String("USD".to_owned()),
        Value::Decimal(min, max) => Json::String(in_range(min, max).to_string()),
        Value::Digits(min, max, _) => Json::String(in_range(min, max).to_string()),
        Value::Int(min, max) => Json::from(in_range(min, max)),
        Value::Fixed(value) | Value::OneOf(value) => Json::String(value.to_owned()),
        Value::Bool => Json::Bool(true),
        Value::DateTime => Json::String(chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S+00:00").to_string()),
        Value::Map | Value::Result => Json::Object(Map::new()),
        Value::Object(shape) => Json::Object(sample(shape)),
        Value::List(item, max) if max != Some(0) => Json::Array(vec![sample_value(item)]),
        Value::List(..) => Json::Array(Vec::new()),
    }
}

/// 1 when the range holds it (an amount, a count), else the range's lowest value.
fn in_range(min: Option<i64>, max: Option<i64>) -> i64 {
    let one_fits = min.is_none_or(|min| min <= 1) && max.is_none_or(|max| max >= 1);
    if one_fits { 1 } else { min.or(max).unwrap_or(1) }
}

fn random_hex(len: usize) -> String {
    let mut bytes = [0u8; 16];
    // Zeros when the OS has no randomness: still a valid value.
    let _ = aws_lc_rs::rand::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect::<String>().chars().take(len).collect()
}

/// Where `answer` breaks `shape`: a missing required field, or a value outside its limits
/// (`field.path: what is wrong`). Fields the shape does not list are not looked at.
pub fn check(shape: Shape, answer: &Json) -> Result<(), String> {
    check_object(shape, answer, "")
}

fn check_object(shape: Shape, answer: &Json, at: &str) -> Result<(), String> {
    let Some(object) = answer.as_object() else { return Err(format!("{at}: not an object")) };
    for (name, value) in shape {
        let path = if at.is_empty() { (*name).to_owned() } else { format!("{at}.{name}") };
        let Some(found) = object.get(*name) else { return Err(format!("{path}: required, missing")) };
        check_value(value, found, &path)?;
    }
    Ok(())
}

fn check_value(value: &Value, found: &Json, path: &str) -> Result<(), String> {
    let wrong = |what: &str| Err(format!("{path}: {what}, found {found}"));
    let text = found.as_str();
    let longer = |max: Option<usize>| text.is_some_and(|t| max.is_some_and(|max| t.chars().count() > max));
    let outside = |n: Option<i64>, min: Option<i64>, max: Option<i64>| {
        n.is_none_or(|n| min.is_some_and(|min| n < min) || max.is_some_and(|max| n > max))
    };
    match *value {
        Value::Text(max) | Value::Url(max) if text.is_none() || longer(max) => wrong("a text within its length"),
        Value::Url(_) if !text.is_some_and(|t| t.starts_with("https://") || t.starts_with("http://")) => {
            wrong("an http(s) URL")
        }
        Value::Region | Value::Currency if !text.is_some_and(|t| t.len() == 2 || t.len() == 3) => wrong("a code"),
        Value::Decimal(min, max) if outside(text.and_then(|t| t.parse::<f64>().ok()).map(|f| f as i64), min, max) => {
            wrong("a decimal within its range")
        }
        Value::Digits(min, max, len) if longer(len) || outside(text.and_then(|t| t.parse().ok()), min, max) => {
            wrong("digits within their range and length")
        }
        Value::Int(min, max) if outside(found.as_i64(), min, max) => wrong("a whole number within its range"),
        Value::Fixed(fixed) if text != Some(fixed) => wrong(&format!("the fixed value {fixed}")),
        Value::OneOf(_) if text.is_none() => wrong("a listed value"),
        Value::Bool if !found.is_boolean() => wrong("true or false"),
        Value::DateTime if text.is_none_or(|t| chrono::DateTime::parse_from_rfc3339(t).is_err()) => {
            wrong("an ISO 8601 date and time")
        }
        Value::Map | Value::Result if !found.is_object() => wrong("an object"),
        Value::Object(shape) => check_object(shape, found, path),
        Value::List(item, max) => match found.as_array() {
            Some(list) if max.is_none_or(|max| list.len() <= max) => {
                list.iter().enumerate().try_for_each(|(i, element)| check_value(item, element, &format!("{path}[{i}]")))
            }
            _ => wrong("a list within its size"),
        },
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AMOUNT: Shape = &[("currency", Value::Currency), ("value", Value::Digits(Some(1), None, Some(16)))];
    const RESPONSE: Shape = &[
        ("result", Value::Result),
        ("paymentId", Value::Text(Some(8))),
        ("status", Value::OneOf("SUCCESS")),
        ("kind", Value::Fixed("CARD")),
        ("count", Value::Int(Some(5), Some(10))),
        ("rate", Value::Decimal(Some(-3), Some(-1))),
        ("at", Value::DateTime),
        ("url", Value::Url(Some(64))),
        ("amounts", Value::List(&Value::Object(AMOUNT), Some(2))),
        ("none", Value::List(&Value::Bool, Some(0))),
    ];

    #[test]
    fn a_sample_keeps_every_limit_of_its_shape() {
        let mut answer = sample(RESPONSE);
        assert!(!answer.contains_key("result"), "the simulator writes the result");
        answer.insert("result".to_owned(), Json::Object(Map::new()));
        let answer = Json::Object(answer);
        assert_eq!(check(RESPONSE, &answer), Ok(()), "{answer}");
        assert_eq!(answer["paymentId"].as_str().map(str::len), Some(8));
        assert_eq!((answer["count"].as_i64(), answer["rate"].as_str()), (Some(5), Some("-3")));
        assert_eq!(answer["amounts"][0]["value"], "1");
    }

    #[test]
    fn check_names_the_field_and_the_rule() {
        let mut answer = Json::Object(sample(RESPONSE));
        answer["result"] = Json::Object(Map::new());
        answer["amounts"][0]["value"] = Json::String("0".to_owned());
        assert_eq!(
            check(RESPONSE, &answer),
            Err("amounts[0].value: digits within their range and length, found \"0\"".to_owned())
        );
        answer["amounts"][0]["value"] = Json::String("7".to_owned());
        answer["paymentId"] = Json::String("123456789".to_owned());
        assert!(check(RESPONSE, &answer).is_err_and(|e| e.starts_with("paymentId: a text within its length")));
        answer["paymentId"] = Json::String("1".to_owned());
        answer["kind"] = Json::String("WALLET".to_owned());
        assert!(check(RESPONSE, &answer).is_err_and(|e| e.starts_with("kind: the fixed value CARD")));
        answer.as_object_mut().map(|o| o.remove("kind"));
        assert_eq!(check(RESPONSE, &answer), Err("kind: required, missing".to_owned()));
    }
}
