//! The macro's arguments: `pages = "dir"` (or just `"dir"`), then `sensitive = ["a", "b"]`.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, bracketed};

/// Parsed arguments.
pub struct Args {
    /// The pages directory, as written.
    pub pages: LitStr,
    /// Wire names of secret fields.
    pub sensitive: Vec<LitStr>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut pages = None;
        let mut sensitive = Vec::new();
        if input.peek(LitStr) {
            pages = Some(input.parse()?);
            let _: Option<Token![,]> = input.parse()?;
        }
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            let _: Token![=] = input.parse()?;
            match key.to_string().as_str() {
                "pages" if pages.is_none() => pages = Some(input.parse()?),
                "sensitive" => {
                    let content;
                    bracketed!(content in input);
                    sensitive = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?
                        .into_iter()
                        .collect();
                }
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown or repeated argument `{other}`; expected `pages = \"dir\"` and `sensitive = [..]`"
                        ),
                    ));
                }
            }
            if !input.is_empty() {
                let _: Token![,] = input.parse()?;
            }
        }
        let pages = pages.ok_or_else(|| input.error("missing `pages = \"path/to/api-docs\"`"))?;
        Ok(Args { pages, sensitive })
    }
}
