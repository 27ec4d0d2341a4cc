// env.timeZoneOffset has the value range -720 to 720.
use vault_generated::payments::TerminalType;
use vault_generated::vaulting::{Env, EnvRequired};

fn main() {
    let mut env = Env::new(EnvRequired { terminal_type: TerminalType::Web });
    env.time_zone_offset = Some(vault_generated::int!(800));
}
