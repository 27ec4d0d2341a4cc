"""Writes tests/semver/: for each kind of doc change, an old and a new page set, the downstream
code written against the old generated API as the README recommends (usage.rs), and the two
trybuild cases (old.rs, new.rs) that tests/semver_proofs.rs compiles.

The usage takes the old API's boundary values (a text of the old maximum length, a list of the
old maximum size, the old range's ends, every old enum variant), so that a proof of a minor
verdict could fail. For each kind that widens a limit, three more cases prove the boundary
itself: control.rs (the usage against pages one step narrower than the old ones, control/: it
must not compile, so the usage does sit on the old boundary), new-limit.rs (the new boundary
value against the new pages: it must compile) and old-limit.rs (one past the old boundary
against the old pages: it must not).

Run from anywhere: python3 scripts/semver_fixtures.py
then: TRYBUILD=overwrite cargo test --test semver_proofs   (writes new.stderr for major kinds)
Review the result with git diff.
"""
import os, re, shutil, textwrap
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'semver')

def field(level, name, ty, required, doc, bullets=(), values=None, intro=None):
    h = '#' * level
    req = ', REQUIRED' if required else ''
    out = f"{h} {name} ({ty}{req})\n\n"
    if values:
        out += f"{doc} Valid values are:\n\n" + "".join(f"-   `{v}`: {v.lower()}.\n" for v in values) + "\n"
    else:
        out += doc + "\n\n"
    if bullets:
        out += "More information:\n\n" + "".join(f"- {b}\n" for b in bullets) + "\n"
    return out

def base(**o):
    """The old page; keyword overrides give the new one."""
    g = lambda k, d: o.get(k, d)
    group = g('group', 'things')
    name = g('name', 'createThing')
    req = ''
    req += field(4, 'thingId', 'String', g('thingId_required', True), 'Your identifier of the thing.',
                 ([ 'This field is an API idempotency field. The same id gets the same result.'] if g('idempotent', True) else []) + ['Maximum length: 64 characters'])
    req += field(4, 'note', g('note_type', 'String'), g('note_required', False), 'A note about the thing.', [f"Maximum length: {g('note_max', 32)} characters"] if g('note_type', 'String') == 'String' else [])
    if g('extra_request', None):
        req += g('extra_request', None)
    req += field(4, 'size', 'Integer', False, 'How big the thing is.', [f"Value range: {g('size_range', '1 - 100')}"])
    req += field(4, 'kind', 'String', False, 'The kind of thing.', values=g('kinds', ['SMALL', 'LARGE']))
    req += field(4, 'channel', 'String', True, f"Where the request comes from. The value of this parameter is fixed to `{g('channel', 'WEB')}`.")
    req += field(4, 'tags', 'Array<String>', False, 'Labels of the thing.', [f"Maximum size: {g('tags_max', 3)} elements", 'Maximum length: 16 characters'])
    req += field(4, 'detail', 'Detail', False, 'The details of the thing.')
    req += field(5, 'color', 'String', False, 'Its colour.', [f"Maximum length: {g('color_max', 16)} characters"])
    res = field(4, 'result', 'Result', True, 'How the call went.')
    res += field(5, 'resultCode', 'String', True, 'The code.', ['Maximum length: 64 characters'])
    res += field(5, 'resultStatus', 'String', True, 'The status.', values=['S', 'F', 'U'])
    res += field(5, 'resultMessage', 'String', True, 'The message.', ['Maximum length: 256 characters'])
    res += field(4, 'thingStatus', 'String', True, 'Where the thing stands.', values=g('statuses', ['NEW', 'DONE']))
    if g('label', True):
        res += field(4, 'label', 'String', g('label_required', False), 'A label Antom gives the thing.', [f"Maximum length: {g('label_max', 16)} characters"])
    if g('count', True):
        res += field(4, 'count', 'Integer', g('count_required', True), 'How many there are.')
    if g('extra_response', None):
        res += g('extra_response', None)
    codes = [('SUCCESS', 'S'), ('PARAM\\_ILLEGAL', 'F')] + g('codes', [('THING\\_BUSY', 'U')])
    table = "| Code | Value | Message | Further action |\n| --- | --- | --- | --- |\n" + "".join(f"| {c} | {s} | {g('message', 'It happened.')} | Act on it. |\n" for c, s in codes)
    return f"""# {name}

> {g('summary', 'Creates a thing.')}

`POST /v1/{group}/{name}`

{g('description', 'A page for the semver proofs.')}

# Structure

Each message has a header and a body.

## Request parameters

{req}## Response parameters

{res}## Result process logic

Send the same request again when the status is `U`.

## Result/Error codes

{table}"""

PRELUDE = """// Downstream code written against the OLD pages, as the README recommends (family paths,
// constructors and literal macros, wildcard arms). The proof compiles it against the old
// expansion (it must) and the new one (it must unless the differ's Rust verdict is major).
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

"""
USES = PRELUDE[PRELUDE.index("#[allow"):]
BUILD = """    let mut request = api::things::CreateThingRequest::new(api::things::CreateThingRequired { thing_id: text!("T-1") });
"""
CASES = {}
def case(kind, new, usage, old=None, extra_old=None, extra_new=None):
    CASES[kind] = (old or {}, new, usage, extra_old, extra_new)

READ = """    let answer: Option<api::things::CreateThingResponse> = serde_json::from_str(r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"thingStatus":"NEW","count":1}"#).ok();
"""
case('api-added', {}, BUILD + "    let _ = request;\n", extra_new={'other.md': dict(name='updateThing', summary='Updates a thing.')})
case('api-removed', dict(name='makeThing'), BUILD + "    let _ = request;\n")
case('endpoint-changed', dict(name='createThing'), BUILD + "    let _ = request;\n    assert!(!<api::things::CreateThingRequest as vault_runtime::Operation>::PATH.is_empty());\n", old=dict())  # path change below
case('family-changed', dict(group='items'), BUILD + "    let _ = request;\n")
case('request-field-added-optional', dict(extra_request=field(4, 'origin', 'String', False, 'Where it comes from.', ['Maximum length: 8 characters'])),
     BUILD + "    request.note = Some(text!(\"" + "n" * 32 + "\"));\n    let mut draft = api::things::CreateThingDraft::default();\n    draft.thing_id = Some(\"T-2\".to_owned());\n    let _ = api::things::CreateThingRequest::try_from(draft);\n")
case('request-field-added-required', dict(extra_request=field(4, 'origin', 'String', True, 'Where it comes from.', ['Maximum length: 8 characters'])), BUILD + "    let _ = request;\n")
case('request-field-removed', dict(note_type=None), BUILD + "    request.note = Some(text!(\"" + "n" * 32 + "\"));\n")
case('request-field-became-required', dict(note_required=True), BUILD + "    request.note = Some(text!(\"" + "n" * 32 + "\"));\n")
case('request-field-became-optional', dict(thingId_required=False), BUILD + "    let _ = request;\n")
case('request-max-length-decreased', dict(note_max=31), BUILD + "    request.note = Some(text!(\"" + "n" * 32 + "\"));\n")
case('request-max-length-increased', dict(note_max=64), BUILD + "    request.note = Some(text!(\"" + "n" * 32 + "\"));\n")
case('request-max-size-decreased', dict(tags_max=2), BUILD + "    request.tags = Some(list![text!(\"a\"), text!(\"b\"), text!(\"c\")]);\n")
case('request-max-size-increased', dict(tags_max=5), BUILD + "    request.tags = Some(list![text!(\"a\"), text!(\"b\"), text!(\"c\")]);\n")
case('request-range-narrowed', dict(size_range='1 - 99'), BUILD + "    request.size = Some(int!(100));\n    request.size = Some(int!(1));\n")
case('request-range-widened', dict(size_range='1 - unlimited'), BUILD + "    request.size = Some(int!(100));\n    request.size = Some(int!(1));\n")
case('request-enum-value-removed', dict(kinds=['LARGE']), BUILD + "    request.kind = Some(api::Kind::Small);\n")
case('request-enum-value-added', dict(kinds=['SMALL', 'MEDIUM', 'LARGE']), BUILD + "    request.kind = Some(api::Kind::Small);\n    request.kind = Some(api::Kind::Large);\n    let _ = request.kind.map(api::Kind::as_str);\n")
case('response-field-added', dict(extra_response=field(4, 'weight', 'Integer', False, 'How heavy it is.')), READ + "    let _count: Option<i64> = answer.map(|a| a.count);\n")
case('response-field-removed-required', dict(count=False), READ + "    let _count: Option<i64> = answer.map(|a| a.count);\n")
case('response-field-removed-optional', dict(label=False), READ + "    let _label: Option<String> = answer.and_then(|a| a.label);\n")
case('response-field-became-optional', dict(count_required=False), READ + "    let _count: Option<i64> = answer.map(|a| a.count);\n")
case('response-field-became-required', dict(label_required=True), READ + "    let _label: Option<String> = answer.and_then(|a| a.label);\n")
case('response-enum-value-added', dict(statuses=['NEW', 'PENDING', 'DONE']), READ + "    match answer.map(|a| a.thing_status) {\n        Some(api::response::ThingStatus::Done) => {}\n        _ => {}\n    }\n")
case('response-enum-value-removed', dict(statuses=['NEW']), READ + "    match answer.map(|a| a.thing_status) {\n        Some(api::response::ThingStatus::Done) => {}\n        _ => {}\n    }\n")
case('response-constraint-changed', dict(label_max=32), READ + "    let _label: Option<String> = answer.and_then(|a| a.label);\n")
case('type-changed', dict(note_type='Boolean'), BUILD + "    request.note = Some(text!(\"" + "n" * 32 + "\"));\n")
case('fixed-value-changed', dict(channel='APP'), BUILD + "    request.channel = fixed!(\"WEB\");\n")
case('idempotency-field-changed', dict(idempotent=False), BUILD + "    let _ = request;\n")
ERR = """    let error = api::things::CreateThingError::from_result(ApiResult::new("THING_BUSY", ResultStatus::U, ""));
    match error {
        api::things::CreateThingError::ThingBusy { .. } => {}
        _ => {}
    }
"""
case('result-code-added', dict(codes=[('THING\\_BUSY', 'U'), ('THING\\_GONE', 'F')]), ERR)
case('result-code-removed', dict(codes=[('THING\\_GONE', 'F')]), ERR)
case('result-code-status-changed', dict(codes=[('THING\\_BUSY', 'F')]), ERR)
case('description-changed', dict(description='The same page, described in other words.', message='It came to pass.'), BUILD + "    let _ = request;\n")
# A type two pages share splits when one page changes it: its Rust name changes.
case('rust-name-changed', {}, "    let mut detail = api::Detail::new();\n    detail.color = Some(text!(\"red\"));\n",
     extra_old={'update.md': dict(name='updateThing', summary='Updates a thing.')},
     extra_new={'update.md': dict(name='updateThing', summary='Updates a thing.', color_max=8)})
# Another family gains an API of the same name: the root re-export goes, the family path stays.
case('root-name-removed', {}, "    let request = api::CreateThingRequest::new(api::CreateThingRequired { thing_id: text!(\"T-1\") });\n    let _ = request;\n",
     extra_new={'items.md': dict(group='items')})

# The kinds that widen a limit: pages one step narrower than the old ones (the usage must not
# compile there), and the values at the new boundary (compile against the new pages) and one
# past the old boundary (do not compile against the old pages).
BOUNDARY = {
    'request-max-length-increased': (dict(note_max=31),
        "    request.note = Some(text!(\"" + "n" * 64 + "\"));\n",
        "    request.note = Some(text!(\"" + "n" * 33 + "\"));\n"),
    'request-max-size-increased': (dict(tags_max=2),
        "    request.tags = Some(list![text!(\"a\"), text!(\"b\"), text!(\"c\"), text!(\"d\"), text!(\"e\")]);\n",
        "    request.tags = Some(list![text!(\"a\"), text!(\"b\"), text!(\"c\"), text!(\"d\")]);\n"),
    'request-range-widened': (dict(size_range='1 - 99'),
        "    request.size = Some(int!(9_223_372_036_854_775_807));\n",
        "    request.size = Some(int!(101));\n"),
    'request-enum-value-added': (dict(kinds=['SMALL']),
        "    request.kind = Some(api::Kind::Medium);\n",
        "    request.kind = Some(api::Kind::Medium);\n"),
}

def trybuild_case(d, name, pages, what, main):
    open(os.path.join(d, f'{name}.rs'), 'w').write(
        f"// The {os.path.basename(d)} proof: {what}.\nmod api {{\n    vault_macros::generate!(pages = \"{pages}\");\n}}\n{main}")

def page_text(overrides):
    o = dict(overrides)
    if o.get('note_type', 'String') is None:
        # remove the note field entirely
        t = base(**{**o, 'note_type': 'String'})
        start = t.index('#### note (')
        end = t.index('#### size (')
        return t[:start] + t[end:]
    return base(**o)

shutil.rmtree(ROOT, ignore_errors=True)
for kind, (old, new, usage, extra_old, extra_new) in CASES.items():
    d = os.path.join(ROOT, kind)
    os.makedirs(os.path.join(d, 'old')); os.makedirs(os.path.join(d, 'new'))
    old_text = page_text(old)
    new_text = page_text(new)
    if kind == 'endpoint-changed':
        new_text = new_text.replace('`POST /v1/things/createThing`', '`POST /v2/things/createThing`')
    open(os.path.join(d, 'old', 'page.md'), 'w').write(old_text)
    open(os.path.join(d, 'new', 'page.md'), 'w').write(new_text)
    for extra, side in ((extra_old, 'old'), (extra_new, 'new')):
        for fname, ov in (extra or {}).items():
            open(os.path.join(d, side, fname), 'w').write(page_text(ov))
    # `api-added` and `rust-name-changed` keep old extras on the new side unless replaced
    if not re.search(r'request\.\w+ = ', usage):
        usage = usage.replace('let mut request', 'let request')  # no unused-mut warning
    body = PRELUDE + "fn main() {\n" + usage + "}\n"
    open(os.path.join(d, 'usage.rs'), 'w').write(body)
    for side in ('old', 'new'):
        trybuild_case(d, side, side, f"the usage of the old API against the {side} pages", 'include!("usage.rs");\n')
    if kind in BOUNDARY:
        control, new_value, old_value = BOUNDARY[kind]
        os.makedirs(os.path.join(d, 'control'))
        open(os.path.join(d, 'control', 'page.md'), 'w').write(page_text(control))
        trybuild_case(d, 'control', 'control', "the usage against pages one step narrower than the old ones (must not compile)", 'include!("usage.rs");\n')
        for name, side, value, what in (('new-limit', 'new', new_value, 'the new boundary value against the new pages'),
                                        ('old-limit', 'old', old_value, 'one past the old boundary against the old pages (must not compile)')):
            trybuild_case(d, name, side, what, USES + "fn main() {\n" + BUILD + value + "}\n")
print(len(CASES), 'cases')
