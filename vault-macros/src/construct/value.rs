//! The value of one field, built from what the caller writes: a literal of a checked kind
//! becomes its checked type (with a free `const` item checking it, spanned at the literal), a
//! nested object's braced fields a call of its constructor macro, a bracketed list its
//! elements; anything else is taken as it is.

use super::table::{Entry, Shape, Value};
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::{Expr, ExprLit, Ident, Lit, Token};

/// What the values of one constructor call share: the generated crate's path and the checks
/// written so far.
pub struct Cx<'a> {
    pub krate: &'a TokenStream,
    pub checks: Vec<TokenStream>,
}

impl Cx<'_> {
    /// The value of a field, wrapped as the field holds it (`Secret`, `Box`) when it was built
    /// here; a value taken as it is is the caller's to wrap.
    pub fn field(&mut self, entry: &Entry, given: &Value) -> TokenStream {
        let Some(mut value) = self.build(&entry.shape, given) else {
            return quote! { #given };
        };
        let krate = self.krate;
        if entry.secret {
            value = quote! { #krate::__constructors::Secret::new(#value) };
        }
        if entry.boxed {
            value = quote! { ::std::boxed::Box::new(#value) };
        }
        value
    }

    /// A value of a shape, or `None` where it is taken as written.
    fn build(&mut self, shape: &Shape, given: &Value) -> Option<TokenStream> {
        let krate = self.krate;
        match shape {
            Shape::Object(constructor) => {
                let fields = given.fields()?;
                Some(quote! { #krate::#constructor! { #fields } })
            }
            Shape::List(max, item) => self.list(max.as_ref(), item, given.items()?),
            Shape::Checked(ty, args) => self.literal(ty, args, given),
            Shape::Currency => currency(krate, literal(given)?),
            Shape::Any => None,
        }
    }

    /// A list from its bracketed elements, each built by the element's shape; with a maximum
    /// size, the count is checked in a free `const` item spanned at the opening bracket.
    fn list(&mut self, max: Option<&TokenStream>, item: &Shape, items: &Group) -> Option<TokenStream> {
        let parser = Punctuated::<Value, Token![,]>::parse_terminated;
        let elements = match syn::parse::Parser::parse2(parser, items.stream()) {
            Ok(elements) => elements,
            Err(error) => return Some(error.to_compile_error()),
        };
        let built: Vec<TokenStream> =
            elements.iter().map(|element| self.build(item, element).unwrap_or_else(|| quote! { #element })).collect();
        let krate = self.krate;
        let Some(max) = max else {
            return Some(quote! { ::std::vec![#(#built),*] });
        };
        let count = proc_macro2::Literal::usize_unsuffixed(built.len());
        let list = quote! { #krate::__constructors::List<(), #max> };
        self.checks.push(check(&list, &quote! { __count(#count) }, items.span_open()));
        Some(quote! { #krate::__constructors::List::__from_array([#(#built),*]) })
    }

    /// A literal as its checked type, checked in a free `const` item: text, a number (a
    /// negative one for a range: `-721`), or a digit string written as text.
    fn literal(&mut self, ty: &Ident, args: &[TokenStream], given: &Value) -> Option<TokenStream> {
        let numeric = ty == "Int" || ty == "Digits";
        let (lit, span) = match (literal(given), given) {
            (Some(Lit::Str(text)), _) if ty == "Digits" => (digit_string(text), text.span()),
            (Some(lit @ (Lit::Str(_) | Lit::Int(_))), _) => (quote! { #lit }, lit.span()),
            (None, Value::Expr(expr)) if numeric => negative(expr)?,
            _ => return None,
        };
        let checked = checked_type(self.krate, ty, args);
        self.checks.push(check(&checked, &quote! { __literal(#lit) }, span));
        Some(quote! { <#checked>::__literal(#lit) })
    }
}

/// A negative number literal (`-721`), and the span from its sign to its digits.
fn negative(expr: &Expr) -> Option<(TokenStream, Span)> {
    let Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(minus), expr, .. }) = expr else { return None };
    let Expr::Lit(ExprLit { lit: lit @ Lit::Int(_), .. }) = &**expr else { return None };
    let span = minus.span.join(lit.span()).unwrap_or(lit.span());
    Some((quote! { #minus #lit }, span))
}

/// The literal the caller wrote, if the value is one.
fn literal(given: &Value) -> Option<&Lit> {
    match given {
        Value::Expr(expr) => match &**expr {
            Expr::Lit(ExprLit { lit, .. }) => Some(lit),
            _ => None,
        },
        Value::Group(_) => None,
    }
}

/// A digit string written as text (`value: "1314"`) as the number a `Digits` literal takes;
/// text that is not a number stays text, which the checked type refuses at the literal.
fn digit_string(text: &syn::LitStr) -> TokenStream {
    match text.value().parse::<u64>() {
        Ok(number) if text.value().bytes().all(|b| b.is_ascii_digit()) => {
            let mut lit = proc_macro2::Literal::u64_unsuffixed(number);
            lit.set_span(text.span());
            quote! { #lit }
        }
        _ => quote! { #text },
    }
}

/// An ISO 4217 code written as text (`currency: "USD"`) as the currency's variant, spanned at
/// the literal, so an unknown code is reported there; anything but three capital letters is
/// an error at the literal.
fn currency(krate: &TokenStream, lit: &Lit) -> Option<TokenStream> {
    let Lit::Str(text) = lit else { return None };
    let code = text.value();
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        let message = format!("`{code}` is not an ISO 4217 currency code (three capital letters, such as `USD`)");
        return Some(syn::Error::new(text.span(), message).to_compile_error());
    }
    let variant = Ident::new(&code, text.span());
    Some(quote! { #krate::__constructors::Currency::#variant })
}

/// The checked type with its limits (`$crate::__constructors::Text<64>`); a fixed value's
/// marker is in the generated crate's `fixed_values`.
fn checked_type(krate: &TokenStream, ty: &Ident, args: &[TokenStream]) -> TokenStream {
    match (ty == "Fixed", args) {
        (true, [marker]) => quote! { #krate::__constructors::Fixed<#krate::#marker> },
        (_, []) => quote! { #krate::__constructors::#ty },
        _ => quote! { #krate::__constructors::#ty<#(#args),*> },
    }
}

/// `const _: () = ..` evaluating a check (`__literal(..)`, `__count(..)`) of a checked type.
/// Every token of the call carries `span`, so rustc reports a failed check there; the checked
/// type comes in through an alias whose definition keeps the generated crate's `$crate`.
fn check(checked: &TokenStream, call: &TokenStream, span: Span) -> TokenStream {
    let alias = Ident::new("__VaultChecked", span);
    // `ManuallyDrop`: a const item cannot drop a checked text, and `mem::forget` of a `Copy`
    // value (a region, a number) would warn at the caller's literal.
    let call = respan(quote_spanned! { span => ::core::mem::ManuallyDrop::new(#alias::#call) }, span);
    quote! { const _: () = { type #alias = #checked; let _ = #call; }; }
}

/// `tokens` with every token (and group) spanned at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => {
                let mut inner = proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                TokenTree::Group(inner)
            }
            mut other => {
                other.set_span(span);
                other
            }
        })
        .collect()
}
