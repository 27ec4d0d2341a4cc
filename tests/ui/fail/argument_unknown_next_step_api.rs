// A next-step rule for an API the pages do not have is reported at the API's name.
vault_macros::generate! {
    pages = "../pages/valid",
    next_steps = { createThng: { U: RetryWithNewRequestId } },
}

fn main() {}
