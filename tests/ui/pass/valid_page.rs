// The macro on a small valid page, outside vault-generated: the types exist and work.
vault_macros::generate!(pages = "../pages/valid");

fn main() {
    let request = things::CreateThingRequest::new(things::CreateThingRequired { thing_id: vault_runtime::text!("T-1") });
    assert_eq!(<things::CreateThingRequest as vault_runtime::Operation>::PATH, "/v1/things/createThing");
    let _ = request;
}
