//! The HTTP method of a call. The signed text starts with it, so a call signed for one method
//! does not verify for another.

use std::fmt;
use std::str::FromStr;

/// The HTTP method an API's page gives it (`POST /v1/...` or `GET /v1/...`).
///
/// Both carry the request as a JSON body and sign `<METHOD> <path>\n<clientId>.<time>.<body>`:
/// the vendor's OpenAPI export declares its GET operations with a JSON request body and no query
/// parameters, and the official SDKs sign a GET request's method, path and JSON body exactly as
/// they sign a POST's. Responses are signed with the method of the request they answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Method {
    /// `POST`: every API the vendor's reference pages show, and every notification.
    #[default]
    Post,
    /// `GET`: operations the vendor declares as GET.
    Get,
}

impl Method {
    /// The method as it is written on the wire and in the signed text.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Post => "POST",
            Method::Get => "GET",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A method name the protocol does not use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a method of the Antom protocol (POST or GET)")]
pub struct UnknownMethod(pub String);

impl FromStr for Method {
    type Err = UnknownMethod;

    /// `POST` or `GET`, in upper case as HTTP writes methods.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "POST" => Ok(Method::Post),
            "GET" => Ok(Method::Get),
            other => Err(UnknownMethod(other.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_read_and_print_as_http_writes_them() {
        for method in [Method::Post, Method::Get] {
            assert_eq!(method.as_str().parse(), Ok(method));
            assert_eq!(method.to_string(), method.as_str());
        }
        assert_eq!("get".parse::<Method>(), Err(UnknownMethod("get".to_owned())));
        assert_eq!("PUT".parse::<Method>(), Err(UnknownMethod("PUT".to_owned())));
        assert_eq!(Method::default(), Method::Post);
    }
}
