#!/usr/bin/env python3
"""Draft an API reference page, in the vendor's Markdown layout, from Antom's OpenAPI export.

    python3 scripts/draft_page.py --export DIR [--commit REV] [--reuse DIR ...] [--notes FILE]
                                  [--name NAME] yaml/<Name>-v1.yaml > page.md

--export DIR is a clone (work tree or bare) of the vendor's public export,
https://github.com/wangzunjiao/antom-openapi; the pages of this repository were drafted from its
commit a4509d6 (`--commit a4509d6`; default HEAD). Needs PyYAML (`pip install pyyaml`).

What the draft holds: every fact the YAML states, in the layout `doc-format.md` describes and the
generator reads. Per field, in the export's order: the heading with its type and REQUIRED flag,
the "More information" bullets (maximum length and size, value range, ISO 8601, idempotency),
the value list ("Valid values are:" in the text or `enum` in the schema), a fixed value ("fixed
to X") and the examples of "Some possible values are". Children follow one heading level deeper
(#### > ##### > ######); a type that would need a seventh level is drafted once under "# Shared
objects" at the end, for the family's `shared_objects.md`. The export's file
SubscriptionUpdateRequest-v1.yaml is not valid YAML (see antom_export.load); the draft reads it
repaired and says so on stderr.

What it leaves to you: every description, marked `TODO(describe)`, and each value's meaning,
`TODO(meaning)`; `--texts FILE` fills them from your own words (the format is in `Texts`
below), so that a page can be redrafted after the export changes without losing them. The vendor's prose is never copied into a page: `--notes FILE` writes the
export's text per field path to FILE (keep it out of the repository) so that you can describe
each field in your own words, and see its conditions ("returned when ...") to restate.
`--reuse DIR` (repeatable: `--reuse api-docs`) fills descriptions and value meanings from pages
already written in this repository: the first paragraphs of a field of the same name under a type
of the same name (or, failing that, a field of that name that every page describes alike). Read
the result: a reused sentence may not fit the new page. The summary, the description, the result
process logic and the code table are skeletons: the code table holds SUCCESS only; the vendor's
own table is on its reference page, not in the export.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import antom_export  # noqa: E402
from vendor_check import EXAMPLES, FIXED, ISO_8601, MAX_LENGTH, MAX_SIZE, listed_values  # noqa: E402

TODO = "TODO(describe)"
MEANING = "TODO(meaning)"
ISO_BULLET = 'The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".'
# One line only, and not "Possible value range:", which introduces a value list (ABA).
RANGE_LINE = re.compile(r"(?<!Possible )Value range:[ \t]*(\S.*?)[ \t]*$", re.I | re.M)
IDEMPOTENT = re.compile(r"idempoten", re.I)
STRUCTURE = """# Structure

Every message has a header and a body; this page describes the body only. The header fields are described here:

-   [Request header](https://docs.antom.com/ac/ams/api_fund.md#ML5ur)
-   [Response header](https://docs.antom.com/ac/ams/api_fund.md#WWH90)

> **Note**: Send every field value except arrays as a JSON string, that is, inside double quotation marks (" "). For example:
>
> -   A field of type Integer whose value is `20` is sent as "`20`".
> -   A field of type Boolean whose value is `true` is sent as "`true`".
"""


# --------------------------------------------------------------------------------------------
# Reading the export
# --------------------------------------------------------------------------------------------


class Export:
    """One export file: its operation, its components, and how their fields read."""

    def __init__(self, doc: dict):
        self.schemas = doc.get("components", {}).get("schemas", {})
        self.method, self.path, self.operation = antom_export.operation(doc)

    def resolve(self, schema: dict) -> tuple[str | None, dict]:
        ref = schema.get("$ref")
        if ref:
            name = ref.rsplit("/", 1)[1]
            return name, self.schemas.get(name, {})
        return None, schema

    def root(self, side: str) -> dict:
        op = self.operation
        if side == "request":
            schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        else:
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        return self.resolve(schema)[1]


# --------------------------------------------------------------------------------------------
# One field's facts
# --------------------------------------------------------------------------------------------


class Field:
    def __init__(self, name: str, type_name: str, required: bool, text: str):
        self.name = name
        self.type = type_name
        self.required = required
        self.text = text  # the export's prose: only for --notes, never written to the page
        self.bullets: list[str] = []
        self.values: list[str] = []
        self.fixed: str | None = None
        self.examples: list[str] = []
        self.children: tuple[str, dict] | None = None  # (type name, object schema)


def scalar_type(target: dict, text: str) -> str:
    ty = target.get("type")
    if isinstance(ty, list):
        ty = next((t for t in ty if t != "null"), None)
    if ty == "integer":
        return "Integer"
    if ty == "number":
        return "Decimal"
    if ty == "boolean":
        return "Boolean"
    if ISO_8601.search(text):
        return "Datetime"
    return "String"


def describe_type(export: Export, name: str, prop: dict, text: str) -> tuple[str, tuple[str, dict] | None, dict]:
    """The page's type token of a property, the object to descend into, and the leaf schema."""
    ref, target = export.resolve(prop)
    ty = target.get("type")
    if isinstance(ty, list):
        ty = next((t for t in ty if t != "null"), None)
    if ty == "array":
        item_ref, item = export.resolve(target.get("items") or {})
        inner, descend, leaf = describe_type(export, name, target.get("items") or {}, "")
        return f"Array<{inner}>", descend, leaf
    if ty == "object" or (ty is None and "properties" in target):
        if not target.get("properties"):
            extra = target.get("additionalProperties")
            if extra is not None:
                value = export.resolve(extra)[1].get("type") if isinstance(extra, dict) else None
                return ("Map<String, String>" if value == "string" else "Map<String, Object>"), None, target
            return "Object", None, target
        type_name = ref or "Object"
        return type_name, (type_name, target), target
    return scalar_type(target, text), None, target


def read_field(export: Export, name: str, prop: dict, required: bool) -> Field:
    ref_name, target = export.resolve(prop)
    text = prop.get("description") or target.get("description") or ""
    type_name, descend, leaf = describe_type(export, name, prop, text)
    items = prop.get("items") if isinstance(prop.get("items"), dict) else {}
    field = Field(name, type_name, required, text)
    field.children = descend
    if IDEMPOTENT.search(text):
        field.bullets.append("This field is an API idempotency field.")
    length = MAX_LENGTH.search(text)
    if length:
        field.bullets.append(f"Maximum length: {length.group(1)} characters")
    elif "maxLength" in prop or "maxLength" in leaf:
        field.bullets.append(f"Maximum length: {prop.get('maxLength', leaf.get('maxLength'))} characters")
    size = MAX_SIZE.search(text)
    if size:
        field.bullets.append(f"Maximum size: {size.group(1)} elements")
    elif "maxItems" in prop:
        field.bullets.append(f"Maximum size: {prop['maxItems']} elements")
    rng = RANGE_LINE.search(text)
    if rng:
        field.bullets.append(f"Value range: {rng.group(1)}")
    elif "minimum" in leaf or "maximum" in leaf:
        high = leaf.get("maximum", "unlimited")
        field.bullets.append(f"Value range: {leaf.get('minimum', 0)} - {high}")
    if field.type == "Datetime":
        field.bullets.append(ISO_BULLET)
    if field.type in ("String", "Integer", "Array<String>"):
        values = [str(v) for v in (leaf.get("enum") or []) if v is not None]
        for value in listed_values(text) or listed_values(items.get("description") or ""):
            if value not in values:
                values.append(value)
        fixed = FIXED.search(text)
        if fixed:
            field.fixed = fixed.group(1)
        field.values = values
        if not values and EXAMPLES.search(text):
            field.examples = re.findall(r"\b[A-Z][A-Z0-9_]*\b", EXAMPLES.search(text).group(1))
    return field


def fields_of(export: Export, obj: dict) -> list[Field]:
    required = set(obj.get("required") or [])
    return [read_field(export, n, p or {}, n in required) for n, p in (obj.get("properties") or {}).items()]


# --------------------------------------------------------------------------------------------
# Descriptions from pages already written (--reuse)
# --------------------------------------------------------------------------------------------

HEADING = re.compile(r"^(#{2,6}) (\w+)(?: \(([^,)]+(?:, [A-Za-z]+>)?)(, REQUIRED)?\))?\s*$")
VALUE_ITEM = re.compile(r"^-\s+`?([A-Za-z0-9_]+)`?: (.+)$")


class Reuse:
    """Descriptions of fields in our own pages, by (parent type, field) and by field."""

    def __init__(self, dirs: list[Path]):
        self.by_type: dict[tuple[str, str], str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.meanings: dict[tuple[str, str], str] = {}
        for d in dirs:
            for page in sorted(d.rglob("*.md")):
                self.read(page.read_text())

    def read(self, text: str) -> None:
        stack: dict[int, str] = {}
        current: tuple[str, str] | None = None
        body: list[str] = []

        def flush() -> None:
            if current is None:
                return
            paragraphs, values = split_body(body)
            for value, meaning in values:
                self.meanings.setdefault((current[1], value), meaning)
            if paragraphs:
                self.by_type.setdefault(current, paragraphs)
                self.by_name[current[1]].add(paragraphs)

        for line in text.splitlines():
            m = HEADING.match(line)
            if line.startswith("#") and not m:
                flush()
                current = None
                stack = {}
                continue
            if m:
                flush()
                level, name, ty = len(m.group(1)), m.group(2), m.group(3)
                body = []
                if level == 2 or ty is None:
                    # `## Type` on an objects page opens a type; `## Request parameters` a side.
                    stack = {3: name if level == 2 and name[:1].isupper() and ty is None else ""}
                    current = None
                    continue
                parent = stack.get(level - 1, "")
                current = (parent, name)
                inner = re.sub(r"^(Array|List)\s*<(.+)>$", r"\2", ty.strip())
                stack = {k: v for k, v in stack.items() if k < level}
                stack[level] = inner
                continue
            if current is not None:
                body.append(line)
        flush()

    def description(self, parent: str, name: str) -> str | None:
        found = self.by_type.get((parent, name))
        if found:
            return found
        texts = self.by_name.get(name) or set()
        return next(iter(texts)) if len(texts) == 1 else None


def split_body(lines: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """The plain paragraphs of a field block (no notes, no facts) and its value meanings."""
    paragraphs: list[str] = []
    values: list[tuple[str, str]] = []
    for block in "\n".join(lines).split("\n\n"):
        block = block.strip()
        if not block or block.startswith(">") or block.startswith("More information"):
            continue
        items = [VALUE_ITEM.match(line.strip()) for line in block.splitlines()]
        if all(items):
            values.extend((m.group(1), m.group(2)) for m in items if m)
            continue
        if block.startswith("-") or block.startswith("```"):
            continue
        # A sentence that introduces a value list is rewritten with the list.
        block = re.sub(r"\s*(Valid values are|Possible values are):?$", "", block)
        paragraphs.append(block)
    return "\n\n".join(paragraphs[:2]), values


# --------------------------------------------------------------------------------------------
# Writing the page
# --------------------------------------------------------------------------------------------


RESULT = {
    "result.resultCode": (
        "The code that names the outcome; the codes this API can return are listed under Result/Error codes below.",
        "Maximum length: 64 characters",
    ),
    "result.resultStatus": ("Whether the call succeeded.", None),
    "result.resultMessage": ("A readable explanation of _result.resultCode_.", "Maximum length: 256 characters"),
}
RESULT_MEANINGS = {
    "S": "the call succeeded.",
    "F": "the call failed; _result.resultCode_ says why.",
    "U": "the outcome is not known yet.",
}


class Texts:
    """The writer's own words (--texts FILE), one entry a line, `KEY :: text`:
    `request.a.b` (a field, by the path --notes prints), `request.a.b+note` (a `> **Note**:`
    under it), `request.a.b=VALUE` (a value's meaning), `@title` (the H1, e.g. `consult
    (One-time Payments)`), `@summary`, `@description` (repeatable: one paragraph each), `@S`, `@F`,
    `@U` (the result process logic) and `@code` (repeatable: `CODE | S | message | action`).
    Lines starting with `#` are comments."""

    def __init__(self, path: Path | None):
        self.one: dict[str, str] = {}
        self.many: dict[str, list[str]] = defaultdict(list)
        if path is None:
            return
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            key, sep, text = line.partition(" :: ")
            if not sep:
                sys.exit(f"{path}:{number}: expected `KEY :: text`")
            key, text = key.strip(), text.strip()
            if key in ("@description", "@code") or key.endswith("+note"):
                self.many[key].append(text)
            else:
                self.one[key] = text


class Writer:
    def __init__(self, export: Export, reuse: Reuse, notes: list[str], texts: Texts):
        self.export = export
        self.reuse = reuse
        self.notes = notes
        self.texts = texts
        self.out: list[str] = []
        self.deep: dict[str, dict] = {}  # types below ######, for the objects page

    def field(self, field: Field, level: int, parent: str, path: str) -> None:
        standard = RESULT.get(path.split(".", 1)[-1]) if path.startswith("response.result.") else None
        if standard:
            # The result every answer carries, as the vendor's pages print it (the export's text
            # leaves the lengths out in some files).
            text, bullet = standard
            field.bullets = [b for b in field.bullets if not b.startswith("Maximum length")] + ([bullet] if bullet else [])
            self.texts.one.setdefault(path, text)
        flag = ", REQUIRED" if field.required else ""
        self.out += [f"{'#' * level} {field.name} ({field.type}{flag})", ""]
        if field.text.strip():
            self.notes.append(f"{path}: {' '.join(field.text.split())}")
        described = self.reuse.description(parent, field.name) if field.name != "result" or level > 4 else None
        if field.name == "result" and level == 4:
            described = "The result of the call."
        described = self.texts.one.get(path) or described or TODO
        if field.fixed and "fixed" not in described:
            described += f" The value of this parameter is fixed to `{field.fixed}`."
        listed = field.values and not (field.fixed and field.values == [field.fixed])
        self.out += [described + (" Valid values are:" if listed else ""), ""]
        if listed:
            for value in field.values:
                meaning = (
                    self.texts.one.get(f"{path}={value}")
                    or (RESULT_MEANINGS.get(value) if path == "response.result.resultStatus" else None)
                    or self.reuse.meanings.get((field.name, value), MEANING)
                )
                self.out.append(f"-   `{value}`: {meaning}")
            self.out.append("")
        if field.examples:
            listed = ", ".join(f"`{v}`" for v in field.examples[:-1])
            tail = f" and `{field.examples[-1]}`" if len(field.examples) > 1 else f"`{field.examples[-1]}`"
            self.out += [f"Some possible values are {listed}{tail}.", ""]
        for note in self.texts.many.get(f"{path}+note", []):
            self.out += [f"> **Note**: {note}", ""]
        if field.bullets:
            self.out += ["More information:", ""] + [f"- {b}" for b in field.bullets] + [""]
        if field.children:
            type_name, schema = field.children
            if level == 6:
                self.deep.setdefault(type_name, schema)
            else:
                self.children(schema, level + 1, type_name, path, (type_name,))

    def children(self, schema: dict, level: int, parent: str, path: str, chain: tuple) -> None:
        for child in fields_of(self.export, schema):
            if child.children and child.children[0] in chain and child.children[0] != "Object":
                # A recursive type (Goods.crossSell): its fields are already listed above.
                self.field(Field(child.name, child.type, child.required, child.text), level, parent, f"{path}.{child.name}")
                continue
            self.field(child, level, parent, f"{path}.{child.name}")

    def side(self, title: str, schema: dict, prefix: str) -> None:
        self.out += [f"## {title}", ""]
        for field in fields_of(self.export, schema):
            self.field(field, 4, "", f"{prefix}.{field.name}")

    def objects(self) -> None:
        """Types below ###### (and the types below those), once each."""
        done: set[str] = set()
        while set(self.deep) - done:
            name = sorted(set(self.deep) - done)[0]
            done.add(name)
            self.out += [f"## {name}", "", TODO, ""]
            for field in fields_of(self.export, self.deep[name]):
                self.field(field, 4, name, f"{name}.{field.name}")


def draft(export: Export, name: str, reuse: Reuse, notes: list[str], texts: Texts) -> str:
    w = Writer(export, reuse, notes, texts)
    t = texts.one
    w.out += [f"# {t.get('@title', name)}", "", f"> {t.get('@summary', TODO)}", "", f"`{export.method} {export.path}`", ""]
    for paragraph in texts.many.get("@description") or [TODO]:
        w.out += [paragraph, ""]
    w.out += [STRUCTURE]
    w.side("Request parameters", export.root("request"), "request")
    w.side("Response parameters", export.root("response"), "response")
    w.out += [
        "## Result process logic",
        "",
        "Act on the value of _result.resultStatus_:",
        "",
        f"-   `S`: {t.get('@S', TODO)}",
        f"-   `F`: {t.get('@F', TODO)}",
        f"-   `U`: {t.get('@U', TODO)}",
        "",
        "## Result/Error codes",
        "",
        "| Code | Value | Message | Further action |",
        "| --- | --- | --- | --- |",
    ]
    codes = texts.many.get("@code") or ["SUCCESS | S | Success. | TODO(codes: the vendor's table is on its reference page)"]
    w.out += ["| " + " | ".join(c.strip().replace("_", "\\_") if i == 0 else c.strip() for i, c in enumerate(row.split("|"))) + " |" for row in codes]
    w.out += [""]
    if w.deep:
        w.out += [
            "# Shared objects",
            "",
            "> Types below `######`: move each `## Type` to the family's `shared_objects.md`.",
            "",
        ]
        w.objects()
    return "\n".join(w.out).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--export", type=Path, required=True, help=antom_export.EXPORT_HELP)
    parser.add_argument("--commit", default="HEAD", help="the export's commit to read (the pages used a4509d6)")
    parser.add_argument("--reuse", type=Path, action="append", default=[], help="a folder of pages to take descriptions from")
    parser.add_argument("--notes", type=Path, help="write the export's text per field path here (not for the repository)")
    parser.add_argument("--texts", type=Path, help="your own descriptions, `KEY :: text` per line (see Texts)")
    parser.add_argument("--name", help="the API name of the H1 (default: the endpoint's last segment)")
    parser.add_argument("file", help="the export's file, e.g. yaml/AcceptDisputeRequest-v1.yaml")
    args = parser.parse_args()
    text = antom_export.read(args.export, args.commit, args.file)
    export = Export(antom_export.load(text, args.file))
    notes: list[str] = []
    name = args.name or export.path.rsplit("/", 1)[1]
    sys.stdout.write(draft(export, name, Reuse(args.reuse), notes, Texts(args.texts)))
    if args.notes:
        args.notes.write_text("\n".join(notes) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
