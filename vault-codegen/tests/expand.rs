use std::path::Path;

#[test]
fn print() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let sources = vault_codegen::load_dir(&root.join("api-docs"), &root).expect("pages");
    let config = vault_codegen::Config {
        sensitive: vec!["vaultingSessionData".into()],
    };
    match vault_codegen::generate(&sources, &config) {
        Ok(tokens) => {
            let file = syn::parse2::<syn::File>(tokens).expect("parses");
            println!("{}", prettyplease::unparse(&file));
        }
        Err(diags) => {
            for d in diags {
                println!("{}", vault_codegen::diag::render(&sources, &d));
            }
        }
    }
}
