// Only the page's valid values exist: terminalType has no DESKTOP.
use vault_generated::{Env, EnvRequired, TerminalType};

fn main() {
    let _ = Env::new(EnvRequired { terminal_type: TerminalType::Desktop });
}
