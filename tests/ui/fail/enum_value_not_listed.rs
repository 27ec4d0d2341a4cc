// Only the page's valid values exist: terminalType has no DESKTOP.
use vault_generated::payments::TerminalType;
use vault_generated::vaulting::{Env, EnvRequired};

fn main() {
    let _ = Env::new(EnvRequired { terminal_type: TerminalType::Desktop });
}
