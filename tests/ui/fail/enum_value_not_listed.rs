// Only the page's valid values exist: terminalType has no DESKTOP.
use vault_generated::{TerminalType};
use vault_generated::vaults::{Env, EnvRequired};

fn main() {
    let _ = Env::new(EnvRequired { terminal_type: TerminalType::Desktop });
}
