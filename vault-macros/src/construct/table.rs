//! The field table a generated constructor macro hands to `__construct`, and the caller's
//! fields.
//!
//! Each table entry is `name req|set|opt [secret] [boxed] shape`, shapes `text MAX`,
//! `url MAX`, `region`, `fixed Marker`, `int MIN MAX`, `digits MIN MAX`, `currency`,
//! `object MACRO` (a request-side object type, whose own table is in the hidden
//! `macro_rules!` `MACRO`), `list MAX SHAPE` (a list with a maximum size), `vec SHAPE` (a list
//! without one) and `any`.

use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Expr, Ident, Token, token};

/// Where a field's value goes.
#[derive(PartialEq, Eq)]
pub enum Place {
    /// Into the `Required` struct (`req`).
    Required,
    /// Onto the built value, as it is (`set`: a fixed field, which `new` fills).
    Direct,
    /// Onto the built value, as `Some` (`opt`).
    Optional,
}

/// What a field holds, as far as the constructor can build it from what the caller writes.
pub enum Shape {
    /// A checked type: its name and const arguments (`Text` `[64]`).
    Checked(Ident, Vec<TokenStream>),
    /// An ISO 4217 currency.
    Currency,
    /// A request-side object type, built by the hidden constructor macro named here.
    Object(Ident),
    /// A list of elements of a shape, with its maximum size when the page gives one.
    List(Option<TokenStream>, Box<Shape>),
    /// Anything else: given as the field holds it.
    Any,
}

/// One field of the table.
pub struct Entry {
    pub name: Ident,
    pub place: Place,
    pub secret: bool,
    pub boxed: bool,
    pub shape: Shape,
}

/// A const generic argument as the generator writes it: a number, or a block (`{ -720 }`,
/// `{ i64::MAX }`); a bare negative number is put in braces.
fn number(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let first: TokenTree = input.parse()?;
    match &first {
        TokenTree::Punct(minus) if minus.as_char() == '-' => {
            let digits: TokenTree = input.parse()?;
            Ok(quote! { { #first #digits } })
        }
        _ => Ok(quote! { #first }),
    }
}

/// The shape whose first word is `word`.
fn shape(input: ParseStream<'_>, word: &Ident) -> syn::Result<Shape> {
    let checked = |ty: &str, args| Ok(Shape::Checked(Ident::new(ty, word.span()), args));
    match word.to_string().as_str() {
        "text" => checked("Text", vec![number(input)?]),
        "url" => checked("HttpUrl", vec![number(input)?]),
        "region" => checked("Region", vec![]),
        "fixed" => checked("Fixed", vec![input.parse::<Ident>().map(|m| quote! { fixed_values::#m })?]),
        "int" => checked("Int", vec![number(input)?, number(input)?]),
        "digits" => checked("Digits", vec![number(input)?, number(input)?]),
        "currency" => Ok(Shape::Currency),
        "object" => Ok(Shape::Object(input.parse()?)),
        "list" => {
            let max = number(input)?;
            Ok(Shape::List(Some(max), Box::new(shape(input, &input.parse()?)?)))
        }
        "vec" => Ok(Shape::List(None, Box::new(shape(input, &input.parse()?)?))),
        _ => Ok(Shape::Any),
    }
}

impl Parse for Entry {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        let place = match input.parse::<Ident>()?.to_string().as_str() {
            "req" => Place::Required,
            "set" => Place::Direct,
            _ => Place::Optional,
        };
        let mut word: Ident = input.parse()?;
        let secret = word == "secret";
        if secret {
            word = input.parse()?;
        }
        let boxed = word == "boxed";
        if boxed {
            word = input.parse()?;
        }
        let shape = shape(input, &word)?;
        Ok(Entry { name, place, secret, boxed, shape })
    }
}

/// A value the caller writes: a group standing alone (`{ field: value, .. }`, `[a, b]`),
/// which the field's shape may read as a nested object or a list, or any other expression.
pub enum Value {
    /// A braced or bracketed group followed by nothing but a comma.
    Group(Group),
    /// Any other expression, taken as it is.
    Expr(Box<Expr>),
}

impl Parse for Value {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(token::Brace) || input.peek(token::Bracket) {
            let fork = input.fork();
            if let Ok(TokenTree::Group(group)) = fork.parse::<TokenTree>()
                && (fork.is_empty() || fork.peek(Token![,]))
            {
                input.parse::<TokenTree>()?;
                return Ok(Value::Group(group));
            }
        }
        Ok(Value::Expr(Box::new(input.parse()?)))
    }
}

impl Value {
    /// The braced fields of a nested object (`{ field: value, .. }`, or `{}`), rather than a
    /// block expression.
    pub fn fields(&self) -> Option<&Group> {
        let Value::Group(group) = self else { return None };
        if group.delimiter() != Delimiter::Brace {
            return None;
        }
        let mut tokens = group.stream().into_iter();
        match (tokens.next(), tokens.next()) {
            (None, _) => Some(group),
            (Some(TokenTree::Ident(_)), Some(TokenTree::Punct(colon)))
                if colon.as_char() == ':' && colon.spacing() == Spacing::Alone =>
            {
                Some(group)
            }
            _ => None,
        }
    }

    /// The bracketed elements of a list (`[a, b]`).
    pub fn items(&self) -> Option<&Group> {
        match self {
            Value::Group(group) if group.delimiter() == Delimiter::Bracket => Some(group),
            _ => None,
        }
    }
}

impl quote::ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Value::Group(group) => group.to_tokens(tokens),
            Value::Expr(expr) => expr.to_tokens(tokens),
        }
    }
}

/// One field the caller gives.
pub struct Given {
    pub name: Ident,
    pub value: Value,
}

impl Parse for Given {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name = input.parse()?;
        input.parse::<Token![:]>()?;
        Ok(Given { name, value: input.parse()? })
    }
}
