// An enum request field takes the enum, not a string.

use vault_generated::vaulting::{Env, EnvRequired};

fn main() {
    let _ = Env::new(EnvRequired { terminal_type: "WEB" });
}
