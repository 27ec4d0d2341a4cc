//! The arguments of the `generate!` macro, parsed here (not in the macro crate) so that tools
//! and tests read an invocation exactly as the macro does:
//!
//! ```text
//! pages = "dir",                       // or just "dir" first; or a list of directories and
//!                                      // `.md` files: pages = ["dir", "other/page.md"]
//! sensitive = ["cardNo", ...],
//! next_steps = { apiName: { U: Step, SOME_CODE: Step }, ... },
//! rename = { "pay_tokenized.md": payTokenized },
//! features = { "payments": "payments", ... },   // page directory: Cargo feature
//! deserialize_requests = "simulator",           // request types implement Deserialize only then
//! constructors = true,                          // a `{api}_request!` macro per request type
//! ```

use crate::config::{Config, Feature, NEXT_STEPS, NextStepOverride, Rename};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, braced, bracketed};

/// Parsed arguments.
pub struct Args {
    /// The pages: directories (every `*.md` in them) and single `.md` files, as written.
    pub pages: Vec<LitStr>,
    /// Wire names of secret fields.
    pub sensitive: Vec<LitStr>,
    /// Per-API next-step overrides.
    pub next_steps: Vec<NextStepOverride>,
    /// Where each override's API name and code (or status) are written, for messages.
    pub next_step_spans: Vec<(proc_macro2::Span, proc_macro2::Span)>,
    /// Rust names of pages' APIs: `rename = { "pay_tokenized.md": payTokenized }`.
    pub renames: Vec<(LitStr, Ident)>,
    /// Cargo features by page directory: `features = { "payments": "payments" }`.
    pub features: Vec<(LitStr, LitStr)>,
    /// `deserialize_requests = "feature"`.
    pub deserialize_requests: Option<LitStr>,
    /// `constructors = true`: emit the request constructor macros (at most once per crate).
    pub constructors: Option<syn::LitBool>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut args = Args {
            pages: Vec::new(),
            sensitive: Vec::new(),
            next_steps: Vec::new(),
            next_step_spans: Vec::new(),
            renames: Vec::new(),
            features: Vec::new(),
            deserialize_requests: None,
            constructors: None,
        };
        let mut pages = None;
        if input.peek(LitStr) {
            pages = Some(vec![input.parse()?]);
            let _: Option<Token![,]> = input.parse()?;
        }
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            let _: Token![=] = input.parse()?;
            match key.to_string().as_str() {
                "pages" if pages.is_none() => pages = Some(page_list(input)?),
                "sensitive" => {
                    let content;
                    bracketed!(content in input);
                    args.sensitive = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?.into_iter().collect();
                }
                "rename" => args.renames = pairs(input)?,
                "features" => args.features = pairs(input)?,
                "deserialize_requests" if args.deserialize_requests.is_none() => {
                    args.deserialize_requests = Some(input.parse()?);
                }
                "constructors" if args.constructors.is_none() => args.constructors = Some(input.parse()?),
                "next_steps" => {
                    let rules = next_steps(input)?;
                    args.next_step_spans = rules.iter().map(|(_, spans)| *spans).collect();
                    args.next_steps = rules.into_iter().map(|(rule, _)| rule).collect();
                }
                other => {
                    let message = format!(
                        "unknown or repeated argument `{other}`; expected `pages = \"dir\"`, `sensitive = [..]`, `next_steps = {{..}}`, `rename = {{..}}`, `features = {{..}}`, `deserialize_requests = \"feature\"` and `constructors = true`"
                    );
                    return Err(syn::Error::new(key.span(), message));
                }
            }
            if !input.is_empty() {
                let _: Token![,] = input.parse()?;
            }
        }
        args.pages = pages.ok_or_else(|| input.error("missing `pages = \"path/to/api-docs\"`"))?;
        Ok(args)
    }
}

/// `"dir"` or `["dir", "page.md", ...]` (at least one).
fn page_list(input: ParseStream<'_>) -> syn::Result<Vec<LitStr>> {
    if !input.peek(syn::token::Bracket) {
        return Ok(vec![input.parse()?]);
    }
    let content;
    let brackets = bracketed!(content in input);
    let list: Vec<LitStr> = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?.into_iter().collect();
    if list.is_empty() {
        return Err(syn::Error::new(brackets.span.join(), "`pages` lists no directory or page"));
    }
    Ok(list)
}

/// `{ "key": value, ... }`: `rename` (page: Rust name) and `features` (directory: feature).
fn pairs<V: Parse>(input: ParseStream<'_>) -> syn::Result<Vec<(LitStr, V)>> {
    let content;
    braced!(content in input);
    let mut out = Vec::new();
    while !content.is_empty() {
        let key: LitStr = content.parse()?;
        let _: Token![:] = content.parse()?;
        out.push((key, content.parse()?));
        if !content.is_empty() {
            let _: Token![,] = content.parse()?;
        }
    }
    Ok(out)
}

/// `{ apiName: { U: Step, CODE: Step }, ... }`.
fn next_steps(input: ParseStream<'_>) -> syn::Result<Vec<(NextStepOverride, (proc_macro2::Span, proc_macro2::Span))>> {
    let apis;
    braced!(apis in input);
    let mut out = Vec::new();
    while !apis.is_empty() {
        let api: Ident = apis.parse()?;
        let _: Token![:] = apis.parse()?;
        let rules;
        braced!(rules in apis);
        while !rules.is_empty() {
            let when: Ident = rules.parse()?;
            let _: Token![:] = rules.parse()?;
            let step: Ident = rules.parse()?;
            if !NEXT_STEPS.contains(&step.to_string().as_str()) {
                return Err(syn::Error::new(
                    step.span(),
                    format!("`{step}` is not a next step; use one of {}", NEXT_STEPS.join(", ")),
                ));
            }
            let rule = NextStepOverride { api: api.to_string(), when: when.to_string(), step: step.to_string() };
            out.push((rule, (api.span(), when.span())));
            if !rules.is_empty() {
                let _: Token![,] = rules.parse()?;
            }
        }
        if !apis.is_empty() {
            let _: Token![,] = apis.parse()?;
        }
    }
    Ok(out)
}

impl Args {
    /// Where the generator setting a problem is about is written, when it is one.
    pub fn span_of(&self, origin: crate::diag::Origin) -> Option<proc_macro2::Span> {
        match origin {
            crate::diag::Origin::Sensitive(i) => self.sensitive.get(i).map(LitStr::span),
            crate::diag::Origin::NextStepApi(i) => self.next_step_spans.get(i).map(|(api, _)| *api),
            crate::diag::Origin::NextStepWhen(i) => self.next_step_spans.get(i).map(|(_, when)| *when),
            crate::diag::Origin::Rename(i) => self.renames.get(i).map(|(page, _)| page.span()),
            crate::diag::Origin::Feature(i) => self.features.get(i).map(|(dir, _)| dir.span()),
        }
    }

    /// The generator settings the arguments give.
    pub fn config(&self) -> Config {
        Config {
            sensitive: self.sensitive.iter().map(LitStr::value).collect(),
            next_steps: self.next_steps.clone(),
            renames: self
                .renames
                .iter()
                .map(|(page, name)| Rename { page: page.value(), name: name.to_string() })
                .collect(),
            features: self
                .features
                .iter()
                .map(|(dir, name)| Feature { dir: dir.value(), name: name.value() })
                .collect(),
            deserialize_requests: self.deserialize_requests.as_ref().map(LitStr::value),
            constructors: self.constructors.as_ref().is_some_and(syn::LitBool::value),
            ignore_unmatched: false,
        }
    }

    /// The arguments of the first `generate!` invocation in a Rust source file.
    pub fn from_source(source: &str) -> syn::Result<Self> {
        let start = source
            .find("generate!")
            .ok_or_else(|| syn::Error::new(proc_macro2::Span::call_site(), "no `generate!` invocation"))?;
        let open = source[start..]
            .find('{')
            .map(|i| start + i)
            .ok_or_else(|| syn::Error::new(proc_macro2::Span::call_site(), "no `{`"))?;
        let tokens: proc_macro2::TokenStream =
            source[open..].parse().map_err(|e| syn::Error::new(proc_macro2::Span::call_site(), format!("{e}")))?;
        let group = tokens.into_iter().next();
        match group {
            Some(proc_macro2::TokenTree::Group(group)) => syn::parse2(group.stream()),
            _ => Err(syn::Error::new(proc_macro2::Span::call_site(), "no `{ .. }` arguments")),
        }
    }
}
