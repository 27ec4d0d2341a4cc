#!/usr/bin/env python3
"""Check every field of the pages in api-docs/ against the vendor's facts.

Two commands, run from the workspace root:

    python3 scripts/vendor_check.py check [--ours FILE] [--explain]
        Compares our pages with the committed fixture scripts/vendor-facts.json (standard
        library only). Our side is the OpenAPI export of the pages, `cargo run -q -p antom-pages
        -- openapi api-docs`, run for you unless --ours names a file that holds its output.
        Exit 0 when every difference is explained by an ALLOWED entry below, 1 otherwise: each
        unexplained difference is printed, and so is each ALLOWED entry that matches nothing any
        more. --explain also prints every known difference under its reason. CI runs this
        through tests/vendor_check.rs: `cargo test --test vendor_check`.

    python3 scripts/vendor_check.py golden DIR
        Checks the golden wire bodies DIR/<api>.json (what our client sends for each outbound API,
        every field set; tests/golden_wire.rs compares them with the client's bytes) against the
        vendor's request fields: every key path must be a vendor field, every vendor field must
        be there (unless an ALLOWED entry says our page does not have it), each value must have
        the vendor's JSON type, its fixed value, one of its listed values, and fit its maximum
        length and range. Standard library only; tests/vendor_check.rs runs it.

    python3 scripts/vendor_check.py regenerate --export DIR [--commit REV]
        Rewrites scripts/vendor-facts.json from the vendor's OpenAPI export: DIR is a clone (work
        tree or bare) of https://github.com/wangzunjiao/antom-openapi, read at REV (default HEAD;
        the committed fixture is from a4509d6): yaml/<Name>-v1.yaml, which YAML_FILES maps to our
        APIs, plus PAGE_FACTS and PAGE_CODES below (facts seen on the vendor's reference pages).
        Needs PyYAML (`pip install pyyaml`) and a clone, which CI has not: that is why the
        fixture is committed. Run `check` afterwards and review the fixture's diff.

Per field (a dotted path below an API's request, response or notification; array items add no
segment) the check compares: presence on both sides; the wire type (string, integer, boolean,
decimal, datetime, object, map, array<...>; a URL, region, currency or numeric string is a
string); the REQUIRED flag; the maximum length; the maximum array size; the value range; the value
list (a fixed value, an enumeration, or the examples of "Some possible values are", as one set:
open or closed is the generator's choice by direction). Per API it compares the endpoint and the
status letter of each result code a vendor page shows. Descriptions are not compared, and the
fixture holds no vendor prose.

Vendor facts are the YAML's keywords and the "More information" lines of its descriptions
(Maximum length, Maximum size, Value range, ISO 8601, "Valid values are:" lists, "fixed to"
sentences), as the vendor's pages print them. Where a reference page and the YAML disagree, the
page wins: such cases are ALLOWED entries that cite the page.

Limits of the export as our side: the result object of every answer is one built-in schema (see
RESULT_WHY), and a value list, a fixed value or an Integer carries no maximum length there, so a
length on such a field is not compared.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import antom_export  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "scripts" / "vendor-facts.json"

# Our API (the OpenAPI operationId, or the webhook name) -> the vendor's export file. The four
# notifications have no file in the export; their vendor facts are PAGE_FACTS below.
YAML_FILES = {
    "createVaultingSession": "VaultingSessionRequest",
    "vaultPaymentMethod": "VaultingPaymentMethodRequest",
    "inquireVaulting": "VaultingQueryRequest",
    "pay": "PayRequest",
    "capture": "CaptureRequest",
    "refund": "RefundRequest",
    "payments_cancel": "PayCancelRequest",
    "inquiryPayment": "PayQueryRequest",
    "inquireExchangeRate": "InquireExchangeRateRequest",
    "inquiryRefund": "InquiryRefundRequest",
    "fetchNonce": "VaultsFetchNonceRequest",
    "verifyAndCompletePayment": "VerifyAndCompletePaymentRequest",
    "createPaymentSession": "PaymentSessionRequest",
    "acceptDispute": "AcceptDisputeRequest",
    "supplyDefenseDocument": "SupplyDefenseDocumentRequest",
    "downloadDisputeEvidence": "DownloadDisputeEvidenceRequest",
    "authorizations_consult": "AuthConsultRequest",
    "applyToken": "AuthApplyTokenRequest",
    "revoke": "AuthRevokeTokenRequest",
    "create": "SubscriptionCreateRequest",
    "change": "SubscriptionChangeRequest",
    "subscriptions_update": "SubscriptionUpdateRequest",
    "subscriptions_cancel": "SubscriptionCancelRequest",
    "inquiry": "SubscriptionsInquiryRequest",
    "merchants_settlement_info_update": "SettlementInfoUpdateRequest",
    "settle": "SettleRequest",
    "createPayout": "CreatePayoutRequest",
    "register": "RegisterRequest",
    "createTransfer": "CreateTransferRequest",
    "inquireBalance": "InquireBalanceRequest",
    "submitAttachment": "SubmitAttachmentRequest",
    "declare": "CustomsDeclareRequest",
    "payments_consult": "ConsultRequest",
    "inquiryDeclarationRequests": "CustomsQueryRequest",
}
# The keys above are the OpenAPI operationIds of `antom-pages openapi api-docs`: an API's name, or
# `{family}_{name}` where two families share the name (payments_cancel, subscriptions_cancel).

# Fields a reference page has but the export's path schema lacks, compared with the export's
# component of the same name: {api: {side: {field: component}}}.
EXTRA_FIELDS = {
    # capture: the zh page (https://docs.antom.com/ac/ams_zh-cn/capture) lists transit (Transit);
    # CaptureRequest-v1.yaml defines the Transit component but leaves it out of the request.
    "capture": {"request": {"transit": "Transit"}},
}


# --------------------------------------------------------------------------------------------
# Vendor side: facts from the YAML export
# --------------------------------------------------------------------------------------------

MAX_LENGTH = re.compile(r"Maximum length:\s*(\d+)\s*character", re.I)
MAX_SIZE = re.compile(r"Maximum size:\s*(\d+)\s*element", re.I)
VALUE_RANGE = re.compile(r"Value range:\s*(-?\d+)\s*[-–~]\s*(-?\d+|unlimited)", re.I)
INTERVAL = re.compile(r"Value range:\s*([\[(])\s*(-?\d+)\s*,\s*(\+?∞|-?\d+)\s*([\])])")
ISO_8601 = re.compile(r"ISO\s*8601", re.I)
FIXED = re.compile(r"fixed (?:to|as)\s+`?([A-Za-z][A-Za-z0-9_]*)`?")
# "Possible value range:" is how the ABA descriptions introduce their lists (exchangeTradeType,
# exchangeMode: "SPOT: Real-time exchange rate."); no other export file uses it.
VALID_VALUES = re.compile(r"(?:valid values (?:of this parameter )?are|possible value range):?\s*$", re.I)
LISTED_VALUE = re.compile(r"^\s*(?:[-•*]\s*)?`?([A-Z][A-Z0-9_]*)`?\s*:")
# A bullet list without an introduction, as the Chinese descriptions write it: `● VALUE - meaning`.
DOT_VALUE = re.compile(r"^\s*●\s*`?([A-Z][A-Z0-9_]*)`?\s*(?:-|:|：)")
# An open set of examples: "Some possible values are `US`, `SG`, ... and `MY`."
EXAMPLES = re.compile(r"Some possible values are:?\s+([^.]*)")


def listed_values(text: str) -> list[str]:
    """The values of every "Valid values are:" list in a description (one `VALUE: meaning` per
    line; Boolean true/false lists are not value lists)."""
    values: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not VALID_VALUES.search(line):
            continue
        for follow in lines[i + 1 :]:
            if not follow.strip():
                continue
            match = LISTED_VALUE.match(follow)
            if not match:
                break
            if match.group(1) not in values:
                values.append(match.group(1))
    for line in lines:
        match = DOT_VALUE.match(line)
        if match and match.group(1) not in values:
            values.append(match.group(1))
    return values


def examples(text: str) -> list[str]:
    """The values of a "Some possible values are ..." sentence (an open set of examples)."""
    match = EXAMPLES.search(text)
    return re.findall(r"\b[A-Z][A-Z0-9_]*\b", match.group(1)) if match else []


def resolve_ref(schemas: dict, schema: dict) -> tuple[str | None, dict]:
    """The component a schema refers to (its name and schema), or the schema itself."""
    ref = schema.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[1]
        # Some export files refer to components they do not define (CreateDirectPayment's
        # Order.goods -> Goods): an empty schema, which kind() records as "undefined".
        return name, schemas.get(name, {})
    return None, schema


def vendor_facts(doc: dict, extra: dict | None = None) -> dict:
    """{"request": {path: facts}, "response": {path: facts}} of one export file. `extra` adds
    fields that the path schema lacks: {side: {field: component name}} (see EXTRA_FIELDS)."""
    schemas = doc["components"]["schemas"]
    post = antom_export.operation(doc)[2]
    roots = {
        "request": post["requestBody"]["content"]["application/json"]["schema"],
        "response": post["responses"]["200"]["content"]["application/json"]["schema"],
    }

    def resolve(schema: dict) -> tuple[str | None, dict]:
        return resolve_ref(schemas, schema)

    def kind(prop: dict) -> tuple[dict, tuple[str | None, dict] | None]:
        """The type facts of a property and the object to descend into, if any."""
        name, target = resolve(prop)
        if name is not None and not target:
            return {"type": "undefined", "component": name}, None
        ty = target.get("type")
        if isinstance(ty, list):
            ty = next((t for t in ty if t != "null"), None)
        if ty == "array":
            item, descend = kind(target.get("items") or {})
            facts = {"type": "array<" + item["type"] + ">"}
            if "values" in item:
                facts["values"] = item["values"]
            return facts, descend
        if ty == "object" or (ty is None and "properties" in target):
            # An object with no fields of its own but free keys is a map.
            if not target.get("properties") and target.get("additionalProperties") is not None:
                return {"type": "map"}, None
            return {"type": "object"}, (name, target)
        facts = {
            "type": {"string": "string", "integer": "integer", "number": "decimal", "boolean": "boolean"}.get(
                ty or "string", ty or "string"
            )
        }
        if target.get("enum"):
            facts["values"] = [str(v) for v in target["enum"]]
        return facts, None

    def field(name: str, prop: dict, required: bool) -> tuple[dict, tuple[str | None, dict] | None]:
        facts, descend = kind(prop)
        # The description may sit beside a $ref or on the referenced schema.
        text = prop.get("description") or resolve(prop)[1].get("description") or ""
        items = prop.get("items") if isinstance(prop.get("items"), dict) else {}
        facts["required"] = required
        length = MAX_LENGTH.search(text)
        if length:
            facts["maxLength"] = int(length.group(1))
        elif "maxLength" in prop:
            facts["maxLength"] = prop["maxLength"]
        size = MAX_SIZE.search(text)
        if size:
            facts["maxItems"] = int(size.group(1))
        elif "maxItems" in prop:
            facts["maxItems"] = prop["maxItems"]
        rng = VALUE_RANGE.search(text)
        interval = INTERVAL.search(text)
        if rng:
            high = rng.group(2)
            facts["range"] = [int(rng.group(1)), None if high.lower() == "unlimited" else int(high)]
        elif interval:
            # "[1, +∞)" (CreatePayout, Settle, InquireBalance, ...); an open bound moves by one.
            low, high = int(interval.group(2)), interval.group(3)
            low += 1 if interval.group(1) == "(" else 0
            top = None if "∞" in high else int(high) - (1 if interval.group(4) == ")" else 0)
            facts["range"] = [low, top]
        elif "minimum" in prop or "maximum" in prop:
            facts["range"] = [prop.get("minimum"), prop.get("maximum")]
        if facts["type"] == "string" and ISO_8601.search(text):
            facts["iso8601"] = True
        if facts["type"] in ("string", "integer", "array<string>"):
            values = list(facts.get("values") or [])
            for value in listed_values(text) or listed_values(items.get("description") or ""):
                if value not in values:
                    values.append(value)
            fixed = FIXED.search(text)
            if fixed:
                facts["fixed"] = fixed.group(1)
            if not values:
                values = examples(text)
            if values:
                facts["values"] = values
        return facts, descend

    out: dict = {}
    for side, root in roots.items():
        fields: dict = {}

        def walk(obj: dict, prefix: str, chain: tuple) -> None:
            required = set(obj.get("required") or [])
            for name, prop in (obj.get("properties") or {}).items():
                path = f"{prefix}{name}"
                facts, descend = field(name, prop, name in required)
                fields[path] = facts
                if descend is not None:
                    ref, target = descend
                    if ref is not None and ref in chain:
                        continue  # a recursive type (Goods.crossSell): its fields are listed once
                    walk(target, path + ".", chain + ((ref,) if ref else ()))

        root_obj = resolve(root)[1]
        walk(root_obj, "", ())
        for name, component in ((extra or {}).get(side) or {}).items():
            facts, _ = field(name, {"$ref": f"#/components/schemas/{component}"}, False)
            facts["from"] = f"components.{component}"
            fields[name] = facts
            walk(schemas[component], name + ".", (component,))
        out[side] = fields
    return out


def regenerate(export: Path, rev: str) -> None:
    commit = antom_export.commit_of(export, rev)
    apis = {}
    for api, name in YAML_FILES.items():
        file = f"yaml/{name}-v1.yaml"
        doc = antom_export.load(antom_export.read(export, commit, file), file)
        apis[api] = {
            "source": file,
            "path": antom_export.operation(doc)[1],
            **vendor_facts(doc, EXTRA_FIELDS.get(api)),
        }
    for api, page in PAGE_FACTS.items():
        apis[api] = page
    fixture = {
        "about": "Vendor facts compared by scripts/vendor_check.py. Generated by "
        "`python3 scripts/vendor_check.py regenerate`; do not edit by hand.",
        "export": {"repository": "wangzunjiao/antom-openapi", "commit": commit},
        "codes": PAGE_CODES,
        "apis": apis,
    }
    FIXTURE.write_text(dump(fixture) + "\n")
    print(f"wrote {FIXTURE.relative_to(ROOT)} from the export at {commit[:7]}")


def dump(value, indent: int = 0) -> str:
    """JSON with one line per field (the facts of a field are a flat object), so that a change
    of the vendor's export reads as a short diff."""
    flat = isinstance(value, dict) and all(not isinstance(v, dict) for v in value.values())
    if not isinstance(value, dict) or (flat and indent > 0):
        return json.dumps(value, ensure_ascii=False)
    pad = " " * (indent + 1)
    items = [f"{pad}{json.dumps(k)}: {dump(v, indent + 1)}" for k, v in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"


# --------------------------------------------------------------------------------------------
# Vendor side: facts seen on reference pages of APIs that the export lacks
# --------------------------------------------------------------------------------------------

# The export has no notifications. Their facts below are what the vendor's reference pages show
# (the search index holds the opening of each page, so some lists are partial). "complete" names
# the objects whose whole field list was seen ("" is the top level); below any other object a
# field of ours that the page does not show is not reported. Children hidden behind "Show child
# parameters" (result, the amounts) are not listed: the page does not show them.
S = "string"


def f(ty: str, required: bool = False, **facts) -> dict:
    return {"type": ty, "required": required, **facts}


PAGE_FACTS: dict = {
    "notifyVaulting": {
        # https://docs.antom.com/ac/ams/notify_vaulting (the whole request list: three fields;
        # the .md copy, https://docs.antom.com/ac/ams/notify_vaulting.md, opens the same way).
        "source": "https://docs.antom.com/ac/ams/notify_vaulting",
        "complete": [""],
        "notification": {
            "result": f("object", True),
            "vaultingRequestId": f(S, True, maxLength=64),
            "paymentMethodDetail": f("object", True),
        },
    },
    "notifyCapture": {
        # https://docs.antom.com/ac/ams/notify_capture (HTML and .md openings) and the whole
        # request list of https://docs.antom.com/ac/ams_zh-cn/notify_capture (PROVENANCE.md).
        "source": "https://docs.antom.com/ac/ams/notify_capture",
        "complete": [""],
        "notification": {
            "result": f("object", True),
            "notifyType": f(S, True, fixed="CAPTURE_RESULT"),
            "captureRequestId": f(S, True, maxLength=64),
            "paymentId": f(S, True, maxLength=64),
            "captureId": f(S, True, maxLength=64),
            "captureAmount": f("object", True),
            "captureTime": f("datetime"),
            "acquirerReferenceNo": f(S, maxLength=64),
        },
    },
    "notifyRefund": {
        # The whole request list of https://docs.antom.com/ac/ams_zh-cn/notify_reund (the
        # One-time Payments notifyRefund; the English opening is
        # https://docs.antom.com/ac/ams/notify_refund).
        "source": "https://docs.antom.com/ac/ams_zh-cn/notify_reund",
        "complete": [""],
        "notification": {
            "notifyType": f(S, True, values=["REFUND_RESULT"]),
            "result": f("object", True),
            "refundStatus": f(S, True, values=["SUCCESS", "FAIL"]),
            "refundRequestId": f(S, True, maxLength=64),
            "refundId": f(S, True, maxLength=64),
            "refundAmount": f("object", True),
            "refundTime": f("datetime"),
            "grossSettlementAmount": f("object"),
            "settlementQuote": f("object"),
            "arn": f(S, range=[0, None]),
            "metadata": f(S, maxLength=2048),
        },
    },
    "notifyPayment": {
        # The opening of https://docs.antom.com/ac/ams/paymentrn_online (and its .md copy), and
        # the zh copy https://docs.antom.com/ac/ams_zh-cn/paymentrn_online as PROVENANCE.md
        # records it (paymentCreateTime REQUIRED; the list is cut off after acquirerReferenceNo).
        "source": "https://docs.antom.com/ac/ams/paymentrn_online",
        "complete": [],
        "notification": {
            "notifyType": f(S, True, values=["PAYMENT_RESULT", "PAYMENT_PENDING"]),
            "result": f("object", True),
            "paymentRequestId": f(S, True, maxLength=64),
            "paymentId": f(S, True, maxLength=64),
            "paymentAmount": f("object", True),
            "paymentCreateTime": f("datetime", True),
            "paymentTime": f("datetime"),
            "pspCustomerInfo": f("object"),
            "customsDeclarationAmount": f("object"),
            "grossSettlementAmount": f("object"),
            "settlementQuote": f("object"),
            "acquirerReferenceNo": f(S, maxLength=64),
        },
    },
    "notifyAuthorization": {
        # https://docs.antom.com/ac/ams_zh-cn/notifyauth (the request list down to userLoginId,
        # where the index cuts it) and the opening of https://docs.antom.com/ac/ams/notifyauth.md.
        "source": "https://docs.antom.com/ac/ams_zh-cn/notifyauth",
        "complete": [],
        "notification": {
            "authorizationNotifyType": f(S, True, maxLength=32, values=["AUTHCODE_CREATED", "TOKEN_CREATED", "TOKEN_CANCELED"]),
            "authClientId": f(S, maxLength=64),
            "accessToken": f(S, maxLength=128),
            "authState": f(S, maxLength=256),
            "authCode": f(S, maxLength=128),
            "reason": f(S, maxLength=256),
            "result": f("object", True),
            "userLoginId": f(S),
        },
    },
    "notifyTransfer": {
        # https://docs.antom.com/ac/marketplace/notifyTransfer (the whole request list; the
        # children of the details are those of createPayout / createTransfer).
        "source": "https://docs.antom.com/ac/marketplace/notifyTransfer",
        "complete": [""],
        "notification": {
            "transferResult": f("object", True),
            "transferId": f(S, True, maxLength=64),
            "transferRequestId": f(S, True, maxLength=64),
            "transferFromDetail": f("object"),
            "transferToDetail": f("object", True),
        },
    },
    "notifySubscription": {
        # https://docs.antom.com/ac/ams_zh-cn/notify_sub (the whole page; api-docs/subscriptions/
        # SOURCES.txt).
        "source": "https://docs.antom.com/ac/ams_zh-cn/notify_sub",
        "complete": [],
        "notification": {
            "subscriptionId": f(S, True, maxLength=64),
            "subscriptionStatus": f(S, True, maxLength=32, values=["ACTIVE", "TERMINATED"]),
            "subscriptionNotificationType": f(
                S, True, maxLength=32, values=["CREATE", "CHANGE", "CANCEL", "TERMINATE", "UPDATE"]
            ),
            "subscriptionStartTime": f("datetime", True),
            "subscriptionEndTime": f("datetime", True),
            "periodRule": f("object", True),
        },
    },
    "notifyRegistration": {
        # https://docs.antom.com/ac/marketplace/notify_registration (the request list down to the
        # start of reasonMessage, where the index cuts it).
        "source": "https://docs.antom.com/ac/marketplace/notify_registration",
        "complete": [],
        "notification": {
            "notifyType": f(S, True, maxLength=64, fixed="REGISTRATION_RESULT"),
            "referenceMerchantId": f(S, True, maxLength=64),
            "registrationRequestId": f(S, True, maxLength=64),
            "registrationStatus": f(S, True, maxLength=64, values=["SUCCESSFUL", "FAILED", "PROCESSING"]),
            "reasonCode": f(S, maxLength=64, values=["MISSING_OR_INCORRECT_INFO", "REJECT_FOR_RISK", "REGISTRATION_FAILED"]),
            "reasonMessage": f(S),
        },
    },
    "notifySettlement": {
        # https://global.alipay.com/docs/ac/marketplace/notify_settlement (the request list down to
        # the start of result's description, where the index cuts it; the docs.antom.com copy,
        # ac/marketplace_en/notify_settlement, is cut after settleTo's values).
        "source": "https://global.alipay.com/docs/ac/marketplace/notify_settlement",
        "complete": [],
        "notification": {
            "settlementBatchId": f(S, True, maxLength=64),
            "notifyType": f(S, True, maxLength=64, fixed="SETTLEMENT_RESULT"),
            "referenceMerchantId": f(S, maxLength=32),
            "settleTo": f(S, True, maxLength=32, values=["SELLER", "MARKETPLACE"]),
            "settlementArrivalTime": f("datetime"),
            "actualSettlementAmount": f("object", True),
            "result": f("object", True),
        },
    },
    "notifyUpdate": {
        # https://global.alipay.com/docs/ac/marketplace/notify_update (the request list down to
        # the first code named in reasonMessage's description, where the index cuts it; the
        # docs.antom.com copy, ac/marketplace/notify_update, is cut inside FAILED's meaning).
        "source": "https://global.alipay.com/docs/ac/marketplace/notify_update",
        "complete": [],
        "notification": {
            "notifyType": f(S, True, maxLength=64, fixed="SETTLEMENT_INFO_UPDATE_RESULT"),
            "referenceMerchantId": f(S, True, maxLength=64),
            "updateRequestId": f(S, True, maxLength=64),
            "updateStatus": f(
                S, True, maxLength=64, values=["SUCCESSFUL", "FAILED", "PROCESSING"]
            ),
            "reasonCode": f(
                S, maxLength=64, values=["REJECT_FOR_RISK", "CONTRACT_NOT_FOUND", "UPDATE_FAILED"]
            ),
            "reasonMessage": f(S),
        },
    },
    "inquireSubscription": {
        # https://docs.antom.com/ac/ams/inquire_sub and its zh-cn copy (the top level of both sides;
        # SubscriptionInfo's children behind "Show child parameters": subscriptions/SOURCES.txt).
        "source": "https://docs.antom.com/ac/ams/inquire_sub",
        "complete": [""],
        "request": {
            "merchantAccountId": f(S, maxLength=64),
            "subscriptionId": f(S, True, maxLength=64),
        },
        "response": {
            "result": f("object", True),
            "subscription": f("object"),
        },
    },
    "updateAmount": {
        # https://docs.antom.com/ac/ams/updateAmount and its zh-cn copy (every field of both sides;
        # Amount's children behind "Show child parameters").
        "source": "https://docs.antom.com/ac/ams_zh-cn/updateAmount",
        "complete": [""],
        "request": {
            "updateRequestId": f(S, True, maxLength=64),
            "paymentId": f(S, True, maxLength=64),
            "amount": f("object", True),
        },
        "response": {
            "result": f("object", True),
            "updateRequestId": f(S, True, maxLength=64),
            "paymentId": f(S, True, maxLength=64),
            "amount": f("object", True),
        },
    },
    # The pages below have no export file; what their vendor pages show is recorded per field in
    # the family's SOURCES.txt, and no field is compared here.
    "notifyDefenseDocument": {
        # https://docs.antom.com/ac/ams/notifyDefenseDocument?lang=zh-cn (every field; DefenseFile's
        # keys only in the sample request, so below defenseFile nothing is compared).
        "source": "https://docs.antom.com/ac/ams/notifyDefenseDocument?lang=zh-cn",
        "complete": [""],
        "notification": {
            "disputeId": f(S, True, maxLength=64),
            "notifyTime": f("datetime", True, maxLength=32),
            "defenseFile": f("object", True),
            "winRateLevel": f(S, maxLength=8, values=["HIGH", "MEDIUM", "LOW"]),
            "recommendedEvidence": f("map"),
            "suggestionsForImprovement": f(S, maxLength=2048),
        },
    },
    "notifyDefenseStrategySuggestion": {
        # https://docs.antom.com/ac/ams_zh-cn/notifyDefenseStrategySuggestion (every field; the
        # children of evidenceList only in the sample request).
        "source": "https://docs.antom.com/ac/ams_zh-cn/notifyDefenseStrategySuggestion",
        "complete": [""],
        "notification": {
            "disputeId": f(S, True, maxLength=64),
            "notifyTime": f("datetime", True, maxLength=32),
            "winRateLevel": f(S, True, maxLength=8, values=["HIGH", "MEDIUM", "LOW"]),
            "evidenceList": f("array<object>", True),
            "cardholderDisputeReason": f(S, maxLength=256),
            "defenseStrategyDescription": f(S, True, maxLength=2048),
        },
    },
    "notifyDispute": {"source": "https://docs.antom.com/ac/ams_zh-cn/notify_dispute", "complete": [], "notification": {}},
    "notifyRiskService": {"source": "https://docs.antom.com/ac/risk_control/notify_risk", "complete": [], "notification": {}},
    "reportResult": {"source": "https://docs.antom.com/ac/risk_control/report_result", "complete": [], "request": {}},
}

# Result codes and their status letters as vendor pages print them: each must be in our table
# with the same letter (our tables may hold more rows: the vendor tables were seen cut off).
PAGE_CODES: dict = {
    # The seed page: the plain-text copy of https://docs.antom.com/ac/ams/vaulting_session that the
    # project started from (api-docs/vaulting/SOURCES.txt).
    "createVaultingSession": {"SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U"},
    # FAMILY (below): the vaulting family's facts from the vendor's pages (api-docs/vaulting/SOURCES.txt).
    "vaultPaymentMethod": {
        "SUCCESS": "S",
        "PARAM_ILLEGAL": "F",
        "PROCESS_FAIL": "F",
        "UNKNOWN_EXCEPTION": "U",
        "VERIFICATION_IN_PROCESS": "U",
        "VERIFICATION_FAIL": "F",
    },
    "inquireVaulting": {"SUCCESS": "S", "VAULTING_NOT_EXIST": "F", "UNKNOWN_EXCEPTION": "U"},
    # https://docs.antom.com/ac/ams_zh-cn/capture (the page's own table, cut off after 3 rows).
    "capture": {"SUCCESS": "S", "ACCESS_DENIED": "F", "AUTH_CANCELLED": "F"},
    # https://docs.antom.com/ac/ams_zh-cn/paymentc (the generic cancel page, cut off after 4 rows).
    "payments_cancel": {"SUCCESS": "S", "CANCEL_WINDOW_EXCEED": "F", "CLIENT_INVALID": "F", "ORDER_NOT_EXIST": "F"},
    # https://docs.antom.com/ac/ams_zh-cn/inquire_sub (the whole table).
    "inquireSubscription": {
        "SUCCESS": "S", "ACCESS_DENIED": "F", "SUBSCRIPTION_NOT_EXIST": "F", "PARAM_ILLEGAL": "F", "UNKNOWN_EXCEPTION": "U",
        "INVALID_API": "F", "KEY_NOT_FOUND": "F", "NO_INTERFACE_DEF": "F", "PROCESS_FAIL": "F", "SYSTEM_ERROR": "F",
        "REQUEST_TRAFFIC_EXCEED_LIMIT": "U",
    },
    # common_codes.md: the letters printed on the per-API tables of https://docs.antom.com/ac/
    # risk_control/send_payment and send_refund, and aba consultTransfer, inquiryStatementDetail
    # and createTransfer (api-docs/payments/SOURCES.txt, "Common result codes").
    "(common)": {
        "ACCESS_DENIED": "F",
        "INVALID_API": "F",
        "INVALID_CLIENT": "F",
        "INVALID_SIGNATURE": "F",
        "KEY_NOT_FOUND": "F",
        "NO_INTERFACE_DEF": "F",
        "METHOD_NOT_SUPPORTED": "F",
        "PARAM_ILLEGAL": "F",
        "PROCESS_FAIL": "F",
        "SYSTEM_ERROR": "F",
        "OAUTH_FAIL": "F",
        "REQUEST_TRAFFIC_EXCEED_LIMIT": "U",
        "UNKNOWN_EXCEPTION": "U",
    },
}


# --------------------------------------------------------------------------------------------
# Our side: facts from the OpenAPI export of the pages
# --------------------------------------------------------------------------------------------


def our_facts(doc: dict) -> dict:
    """{api: {side: {path: facts}}} from `antom-pages openapi`, in the fixture's shape."""
    schemas = doc["components"]["schemas"]

    def resolve(schema: dict) -> tuple[str | None, dict]:
        return resolve_ref(schemas, schema)

    def kind(prop: dict) -> tuple[dict, tuple[str | None, dict] | None]:
        name, target = resolve(prop)
        ty = target.get("type")
        if ty == "array":
            item, descend = kind(target["items"])
            facts = {"type": "array<" + item["type"] + ">"}
            for key in ("values", "fixed"):
                if key in item:
                    facts[key] = item[key]
            return facts, descend
        if ty == "object":
            if "additionalProperties" in target and "properties" not in target:
                return {"type": "map"}, None
            return {"type": "object"}, (name, target)
        facts: dict = {}
        if ty == "string" and target.get("format") == "date-time":
            facts["type"] = "datetime"
        elif ty == "string" and target.get("x-antom-decimal-string"):
            facts["type"] = "decimal"
        else:
            # A URL, a region, a currency and a numeric string are strings on the wire.
            facts["type"] = {"string": "string", "integer": "integer", "boolean": "boolean"}[ty]
        values = target.get("enum") or target.get("x-antom-open-enum")
        if values:
            facts["values"] = list(values)
        if "x-antom-fixed" in target:
            facts["fixed"] = target["x-antom-fixed"]
        return facts, None

    def fields_of(root: dict) -> dict:
        fields: dict = {}

        def walk(obj: dict, prefix: str, chain: tuple) -> None:
            required = set(obj.get("required") or [])
            for field, prop in (obj.get("properties") or {}).items():
                path = f"{prefix}{field}"
                facts, descend = kind(prop)
                facts["required"] = field in required
                target = resolve(prop)[1]
                if target.get("type") == "array" and "maxItems" in target:
                    facts["maxItems"] = target["maxItems"]
                leaf = resolve(target["items"])[1] if target.get("type") == "array" else target
                if "maxLength" in leaf:
                    facts["maxLength"] = leaf["maxLength"]
                if "minimum" in leaf or "maximum" in leaf:
                    facts["range"] = [leaf.get("minimum"), leaf.get("maximum")]
                if "values" not in facts and facts["type"] in ("string", "array<string>"):
                    listed = examples(prop.get("description") or "")
                    if listed:
                        facts["values"] = listed
                fields[path] = facts
                if descend is not None:
                    name, target = descend
                    if name is not None and name in chain:
                        continue
                    walk(target, path + ".", chain + ((name,) if name else ()))

        walk(resolve(root)[1], "", ())
        return fields

    out: dict = {}
    for path, item in doc.get("paths", {}).items():
        post = item["post"]
        out[post["operationId"]] = {
            "path": path,
            "request": fields_of(post["requestBody"]["content"]["application/json"]["schema"]),
            "response": fields_of(post["responses"]["200"]["content"]["application/json"]["schema"]),
        }
        out[post["operationId"]]["codes"] = {c["code"]: c["status"] for c in post.get("x-antom-result-codes", [])}
    for name, item in doc.get("webhooks", {}).items():
        post = item["post"]
        out[name] = {"notification": fields_of(post["requestBody"]["content"]["application/json"]["schema"])}
    out["(common)"] = {"codes": {c["code"]: c["status"] for c in doc.get("x-antom-common-result-codes", [])}}
    return out


# --------------------------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------------------------


def compatible(ours: str, vendor: str) -> bool:
    """Whether our type stands for the vendor's. A Datetime for a string whose text cites
    ISO 8601 is decided in field_differences."""
    if ours.startswith("array<") and vendor.startswith("array<"):
        return compatible(ours[6:-1], vendor[6:-1])
    return ours == vendor


def value_set(facts: dict) -> list[str] | None:
    """The values a field may take, as one sorted list: a fixed value, a closed or open
    enumeration, or the examples of a "Some possible values are" sentence. Whether the list is
    closed or open is the generator's choice by direction and is not compared."""
    if facts.get("fixed"):
        return [facts["fixed"]]
    return sorted(set(facts.get("values") or [])) or None


def differences(ours: dict, vendor: dict) -> list[dict]:
    """Every difference as {api, side, path, aspect, ours, vendor}."""
    found = []
    for api in sorted(set(ours) - set(vendor["apis"]) - {"(common)"}):
        # A page the fixture knows nothing about: add its vendor facts (YAML_FILES or PAGE_FACTS).
        found.append({"api": api, "side": "-", "path": "-", "aspect": "presence", "ours": True, "vendor": False})
    for api, facts in vendor["apis"].items():
        mine = ours.get(api)
        if mine is None:
            found.append({"api": api, "side": "-", "path": "-", "aspect": "presence", "ours": False, "vendor": True})
            continue
        if facts.get("path") and mine.get("path") and facts["path"] != mine["path"]:
            found.append({"api": api, "side": "-", "path": "-", "aspect": "endpoint", "ours": mine["path"], "vendor": facts["path"]})
        # A page seen only in part: its fields are checked, ours beyond them only below the
        # objects whose whole field list was seen ("" is the top level).
        complete = facts.get("complete")
        for side in ("request", "response", "notification"):
            if side not in facts:
                continue
            theirs, our_side = facts[side], mine.get(side, {})
            for path in sorted(set(theirs) | set(our_side)):
                a, b = our_side.get(path), theirs.get(path)
                if b is None and complete is not None and path.rpartition(".")[0] not in complete:
                    continue
                if a is None or b is None:
                    found.append(
                        {"api": api, "side": side, "path": path, "aspect": "presence", "ours": a is not None, "vendor": b is not None}
                    )
                    continue
                found.extend({"api": api, "side": side, "path": path, **d} for d in field_differences(a, b))
    for api, codes in vendor.get("codes", {}).items():
        mine = ours.get(api, {}).get("codes", {})
        for code, letter in codes.items():
            if mine.get(code) != letter:
                found.append({"api": api, "side": "codes", "path": code, "aspect": "status", "ours": mine.get(code), "vendor": letter})
    return found


def field_differences(a: dict, b: dict) -> list[dict]:
    """The differences of one field present on both sides."""
    out = []
    if not compatible(a["type"], b["type"]):
        # The pages type a text that the vendor describes as ISO 8601 as Datetime
        # (PROVENANCE: "Fields with an ISO 8601 bullet or phrase are typed Datetime").
        if not (a["type"] == "datetime" and b["type"] == "string" and b.get("iso8601")):
            out.append({"aspect": "type", "ours": a["type"], "vendor": b["type"]})
    if a.get("required", False) != b.get("required", False):
        out.append({"aspect": "required", "ours": a.get("required", False), "vendor": b.get("required", False)})
    # The export carries no length for a value list, a fixed value or an Integer (the generator
    # types them without one), so a length there cannot be compared from our side.
    if not (value_set(a) or a["type"] == "integer") and a.get("maxLength") != b.get("maxLength"):
        out.append({"aspect": "maxLength", "ours": a.get("maxLength"), "vendor": b.get("maxLength")})
    for aspect in ("maxItems", "range"):
        if a.get(aspect) != b.get(aspect):
            out.append({"aspect": aspect, "ours": a.get(aspect), "vendor": b.get(aspect)})
    if value_set(a) != value_set(b):
        out.append({"aspect": "values", "ours": value_set(a), "vendor": value_set(b)})
    return out


# --------------------------------------------------------------------------------------------
# Known, justified differences
# --------------------------------------------------------------------------------------------

# Each entry explains differences that are known and justified: where a reference page wins over
# the export, where the export contradicts itself, and where our pages make a documented choice.
# An entry matches only the exact values it records, so a change on either side shows up again;
# an entry that matches nothing any more is reported as stale. Sources:
#   PROVENANCE = api-docs/payments/SOURCES.txt
#   FAMILY     = api-docs/vaulting/SOURCES.txt (the vaulting family's facts, gathered from the
#                vendor's pages and the official SDKs' models, as the project was given them)


SCHEMA_ONLY = (
    "The export lists these values only as a schema `enum`, not in the field's text, which is what the vendor's pages "
    "print; the page, like the vendor's, does not list them."
)


def allow(api, side: str, paths, aspect: str, ours=None, vendor=None, *, why: str) -> dict:
    """One entry; `api` is a name or a list of names, `paths` a path or a list of them (`*`
    matches within and below); `"*"` as `ours` or `vendor` matches any value."""
    return {
        "api": api,
        "side": side,
        "paths": [paths] if isinstance(paths, str) else list(paths),
        "aspect": aspect,
        "ours": ours,
        "vendor": vendor,
        "why": why,
    }


def absent(api, side: str, parent: str, names: list[str], *, why: str) -> dict:
    """Vendor fields (and everything below them) that our page does not have."""
    prefix = parent + "." if parent else ""
    paths = [p for name in names for p in (prefix + name, prefix + name + ".*")]
    return allow(api, side, paths, "presence", False, True, why=why)


# The export's PaymentMethodDetail is one component for every kind of payment method and both
# directions; so is its CardPaymentMethodDetail. The vaulting pages list the card fields that
# FAMILY gives for each direction; the rest of the component is not theirs.
OTHER_METHOD_KINDS = ["coupon", "discount", "externalAccount", "wallet", "extendInfo", "interactionType", "paymentMethodDetailType"]
UNLISTED_CARD_FIELDS = [
    "authenticationFlow", "avsResultRaw", "bin", "cardIssuer", "countryIssue", "cvvResultRaw",
    "enableAuthenticationUpgrade", "fingerprint", "instUserName", "issuerName", "last4", "lastFour", "mask",
    "mpiData", "networkTransactionId", "paymentMethodDetailMetadata", "request3DS", "scaExemptionIndicator",
    "selectedCardBrand", "supportedBrands",
]  # fmt: skip
CARD_INPUTS = [
    "billingAddress", "businessNo", "cardNo", "cardPasswordDigest", "cardholderName", "cpf", "cvv", "dateOfBirth",
    "expiryMonth", "expiryYear", "is3DSAuthentication", "payerEmail",
]  # fmt: skip
CARD_OUTPUTS = ["cardToken", "funding", "issuingCountry", "maskedCardNo"]
UNION = "the export's one PaymentMethodDetail / CardPaymentMethodDetail component serves every method kind and both directions; FAMILY lists the card fields of each direction, which are the page's"

CERTIFICATE_SDK = (
    "The export's shared Certificate component gives these two no text; the official Java SDK's model of it "
    "(com/alipay/global/api/model/ams/Certificate.java, generated from the vendor's marketplace_register "
    "specification) gives certificateAuthority a maximum length of 64 and fileKeys a maximum size of 10 "
    "(customs/SOURCES.txt)."
)

RESULT_WHY = (
    "The export prints one built-in Result for every answer (antom-pages/src/openapi.rs, result_schema), not the "
    "page's block: resultCode max 64, resultMessage optional (the runtime accepts an answer without a message) "
    "and max 256. The pages write resultCode max 64 and resultMessage REQUIRED with max 256, as the vendor's pages "
    "do (the seed page, a plain-text copy of https://docs.antom.com/ac/ams/vaulting_session; https://docs.antom.com/ac/ams/notify_vaulting.md); "
    "some export files leave the lengths out."
)

ALLOWED: list[dict] = [
    # ---- the built-in Result -----------------------------------------------------------------
    allow("*", "response", "result.resultCode", "maxLength", 64, None, why=RESULT_WHY),
    allow("*", "response", "result.resultMessage", "maxLength", 256, None, why=RESULT_WHY),
    allow("*", "response", "result.resultMessage", "required", False, True, why=RESULT_WHY),
    # ---- createVaultingSession ---------------------------------------------------------------
    allow(
        "createVaultingSession", "request", "vaultingRequestId", "maxLength", 64, None,
        why="Page wins: https://docs.antom.com/ac/ams/vaulting_session shows 'Maximum length: 64 characters'; "
        "the export's text leaves it out.",
    ),
    absent(
        "createVaultingSession", "request", "", ["is3DSAuthentication"],
        why="Not on our page, which follows the seed page (a plain-text copy of https://docs.antom.com/ac/ams/vaulting_session); "
        "doc-format.md records it as an addition of a later page version. Adding it is a page update "
        "for a maintainer, not a correction.",
    ),
    absent(
        "createVaultingSession", "response", "", ["normalUrl"],
        why="As is3DSAuthentication: a later page version adds it (doc-format.md); the seed page has no such field.",
    ),
    # ---- vaultPaymentMethod -----------------------------------------------------------------
    absent(
        "vaultPaymentMethod", "request", "", ["customizedInfo", "vaultingCurrency"],
        why="Not in FAMILY's request list; the export has them without any description.",
    ),
    absent(
        "vaultPaymentMethod", "request", "env", ["browserInfo", "storeTerminalId", "storeTerminalRequestTime"],
        why="FAMILY's Env for vaulting has no such fields; the export copies the pay API's Env component.",
    ),
    absent("vaultPaymentMethod", "request", "paymentMethodDetail", OTHER_METHOD_KINDS, why=UNION),
    absent("vaultPaymentMethod", "request", "paymentMethodDetail.card", UNLISTED_CARD_FIELDS + CARD_OUTPUTS, why=UNION),
    absent(
        "vaultPaymentMethod", "request", "paymentMethodDetail.card.billingAddress", ["address3", "label"],
        why="FAMILY's Address is region, state, city, address1, address2, zipCode; label and address3 have no "
        "description in the export. (pay's Address, described on pay.md, has them.)",
    ),
    allow(
        "vaultPaymentMethod", "request", "paymentMethodDetail.card.cardholderName.lastName", "maxLength", 32, None,
        why="FAMILY: lastName 32. The export's text gives 32 for firstName and middleName and no bullet for lastName.",
    ),
    allow(
        "*", "*", "paymentMethodDetail.paymentMethodType", "values", None, ["CARD"],
        why="The export's shared component says 'fixed to CARD'. FAMILY gives `CARD` for card vaulting without "
        "fixing it, and another product line's page lets it take any card method type (doc-format.md); no "
        "reference page seen fixes it. Our page names CARD in prose; the type stays a string.",
    ),
    absent("vaultPaymentMethod", "response", "paymentMethodDetail", OTHER_METHOD_KINDS, why=UNION),
    absent("vaultPaymentMethod", "response", "paymentMethodDetail.card", UNLISTED_CARD_FIELDS + CARD_INPUTS, why=UNION),
    allow(
        "vaultPaymentMethod", "response", "paymentMethodDetail.card.cardToken", "maxLength", 2048, None,
        why="FAMILY: cardToken 2048; VaultingQueryRequest-v1.yaml gives 2048 for the same field, this file none.",
    ),
    allow(
        "*", "response", "paymentMethodDetail.card.issuingCountry", "maxLength", 2, None,
        why="FAMILY: issuingCountry 2 (a two-letter code); the export has no text for it.",
    ),
    allow(
        "*", "response", "paymentMethodDetail.card.funding", "values",
        ["CHARGE", "CREDIT", "DEBIT", "DEFERRED_DEBIT", "PREPAID"], None,
        why="FAMILY: funding is an open set of CREDIT, DEBIT, PREPAID, CHARGE, DEFERRED_DEBIT; our page gives them "
        "as examples. The export has no text for it.",
    ),
    # ---- inquireVaulting ----------------------------------------------------------------------
    absent(
        "inquireVaulting", "response", "", ["metadata"],
        why="Not in FAMILY's response list, nor in what https://docs.antom.com/ac/apo_zh-cn/inquire_vaulting "
        "shows of the response (up to vaultingStatus, where the copy is cut off). The export has no text for it.",
    ),
    absent("inquireVaulting", "response", "paymentMethodDetail", OTHER_METHOD_KINDS, why=UNION),
    absent("inquireVaulting", "response", "paymentMethodDetail.card", UNLISTED_CARD_FIELDS + CARD_INPUTS, why=UNION),
    allow(
        "inquireVaulting", "response",
        ["paymentMethodDetail.card.brand", "paymentMethodDetail.card.cardToken", "paymentMethodDetail.card.maskedCardNo"],
        "required", False, True,
        why="VaultingQueryRequest-v1.yaml alone marks these REQUIRED, while the same file calls brand deprecated; "
        "VaultingPaymentMethodRequest-v1.yaml's copy of the component requires neither, FAMILY gives no flags and "
        "the page hides the children. One received card type serves inquireVaulting, vaultPaymentMethod and "
        "notifyVaulting; not adopted on a self-contradicting source.",
    ),
    # ---- notifyVaulting (page facts) ----------------------------------------------------------
    allow(
        "notifyVaulting", "notification", ["notifyType", "vaultingStatus", "vaultingCreateTime"], "presence", True, False,
        why="Not on the ams page's request list (three fields). FAMILY has all three (optional); the APO page "
        "https://docs.antom.com/ac/apo/notify_vaulting has vaultingStatus (SUCCESS / FAIL / PROCESSING, max 10) and "
        "https://docs.antom.com/ac/apo_zh-cn/notifyVaulting has vaultingCreateTime (Datetime). Kept optional.",
    ),
    # ---- pay ----------------------------------------------------------------------------------
    allow(
        "pay", "response", ["paymentTime", "authExpiryTime"], "type", "datetime", "string",
        why="PROVENANCE: typed Datetime by analogy with inquiryPayment and notifyPayment, whose pages show "
        "paymentTime as Datetime; the export's text for both is empty.",
    ),
    # ---- capture ------------------------------------------------------------------------------
    allow(
        "capture", "request",
        ["transit.passengers.passengerName.middleName", "transit.passengers.passengerName.fullName"],
        "required", False, True,
        why="capture.md's transit is the page's (https://docs.antom.com/ac/ams_zh-cn/capture) with the children of "
        "the export's Transit component (EXTRA_FIELDS). passengerName sits below ######, so its UserName comes "
        "from payments/shared_objects.md, which follows PayRequest-v1.yaml (firstName and lastName REQUIRED); "
        "CaptureRequest-v1.yaml's component marks all four parts REQUIRED. One page cannot describe both.",
    ),
    # ---- refund -------------------------------------------------------------------------------
    allow(
        "refund", "request", "metadata", "maxLength", 64, 2048,
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/refund_online gives max 64 (PROVENANCE, disagreement 1).",
    ),
    allow(
        "refund", "request", "captureId", "maxLength", 64, None,
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/refund_online gives max 64 (PROVENANCE, disagreement 2).",
    ),
    # ---- inquiryRefund ------------------------------------------------------------------------
    allow(
        "inquiryRefund", "request", "merchantAccountId", "maxLength", 32, None,
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/ir_online gives max 32 (PROVENANCE, disagreement 6).",
    ),
    allow(
        "inquiryRefund", "response", "refundId", "maxLength", 64, None,
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/ir_online gives max 64 (PROVENANCE, disagreement 6).",
    ),
    allow(
        "inquiryRefund", "response", "refundStatus", "values",
        ["FAIL", "PROCESSING", "SUCCESS"], ["CANCELLED", "FAIL", "PENDING", "PROCESSING", "SUCCESS"],
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/ir_online lists SUCCESS / PROCESSING / FAIL; the export "
        "points the field at its shared TransactionStatusType enum. Received enums are open, so other values decode.",
    ),
    # ---- the families added from the corpus and the export (issue 14) -------------------------
    # Every field of the export is on a page (no entry marks a field as still to be described);
    # each entry cites the page, the SDK model or the export's own contradiction that explains it.
    allow(
        "createPaymentSession", "request", "availablePaymentMethod.paymentMethodTypeList.paymentMethodType", "maxLength",
        64, None, why="The 64 of paymentMethodType on every payments page (pay.md, PayRequest-v1.yaml); this file's text has none.",
    ),
    allow(
        "createPaymentSession", "request", ["order.shipping.deliveryEstimate.maximum.unit", "order.shipping.deliveryEstimate.minimum.unit"],
        "values", ["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "YEAR"], None,
        why="DeliveryEstimateInfo.unit of PayRequest-v1.yaml lists the units; this file's text does not.",
    ),
    allow(
        "createPaymentSession", "request", "productScene", "values", ["CHECKOUT_PAYMENT", "ELEMENT_PAYMENT"], None,
        why="https://docs.antom.com/ac/ams/session_cashier lists the product scenes; the export's text does not.",
    ),
    allow(
        "createPaymentSession", "request", "paymentExpiryTime", "type", "datetime", "string",
        why="A point in time like every *Time field of the pages; the export gives no type hint (checkout/SOURCES.txt).",
    ),
    allow(
        "createPaymentSession", "request",
        ["creditPayPlan.creditPayFeeType", "merchantRegion", "order.merchant.merchantType", "order.transit.passengers.passengerIdType",
         "paymentFactor.inStorePaymentScenario", "paymentFactor.presentmentMode", "paymentMethod.funding", "savedPaymentMethods.funding"],
        "values", None, "*", why=SCHEMA_ONLY,
    ),
    allow(
        ["create", "createPayout"], "request",
        ["paymentMethod.funding", "transferFromDetail.transferFromMethod.funding", "transferToDetail.transferToMethod.funding"],
        "values", None, "*",
        why="Not a difference of the pages: subscriptions/create.md and marketplace/create_payout.md list the vendor's "
        "examples (Some possible values are CREDIT, DEBIT, ...), an open set that a request does not check. The three "
        "APIs' PaymentMethod descriptions agree in every checked fact, so the generator shares one type, whose prose "
        "(and so our export's text) is the first API's, checkout/create_payment_session.md, which lists none (above).",
    ),
    # authorizations
    absent(
        "authorizations_consult", "request", "", ["osType", "osVersion", "terminalType"],
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/authconsult marks them deprecated and gives them no type; "
        "the generator leaves such fields out and says so in the API's docs.",
    ),
    allow("authorizations_consult", "request", "env", "required", True, False, why="Page wins: https://docs.antom.com/ac/ams_zh-cn/authconsult marks env REQUIRED."),
    allow(
        "authorizations_consult", "request", "scopes", "type", "array<string>", "string",
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/authconsult types scopes Array<String>; the SDK's model holds a list.",
    ),
    allow(
        "authorizations_consult", "request", "scopes", "values", ["AGREEMENT_PAY", "BASE_USER_INFO", "USER_INFO"], "*",
        why="Page wins: https://docs.antom.com/ac/ams_zh-cn/authconsult lists three scopes; the export's enum adds more.",
    ),
    allow(
        "authorizations_consult", "response", "authCodeForm.codeDetails.displayType", "values", ["IMAGE", "TEXT"], "*",
        why="Page wins: the consult page's authCodeForm (https://docs.antom.com/ac/ams/authconsult) lists TEXT and IMAGE.",
    ),
    allow(
        ["authorizations_consult", "applyToken"], "request", "customerBelongsTo", "values", None, "*",
        why="Page wins: the pages (https://docs.antom.com/ac/ams/authconsult, .../accesstokenapp.md) send the reader to the "
        "payment-method list ('See Payment methods to check the valid values'): an open set, not the export's enum.",
    ),
    absent(
        ["applyToken", "revoke"], "*", "", ["extendInfo"],
        why="Page wins: neither https://docs.antom.com/ac/ams_zh-cn/accesstokenapp nor https://docs.antom.com/ac/ams/authrevocation.md has it.",
    ),
    # subscriptions
    # marketplace
    allow(
        "settle", "request", "settlementDetails", "maxLength", None, 20,
        why="The page's 'Maximum length: 20 characters' on an array of objects is kept on the page "
        "(https://docs.antom.com/ac/marketplace/settle_api) and told in the rustdoc, not checked (README).",
    ),
    allow(
        "inquireBalance", "response", "accountBalances", "maxLength", None, 64,
        why="As settle: a length on an array of objects (https://docs.antom.com/ac/marketplace/inquire_balance).",
    ),
    allow(
        "register", "request",
        ["merchantInfo.company.legalName", "merchantInfo.company.certificates",
         "merchantInfo.entityAssociations.company.legalName", "merchantInfo.entityAssociations.company.certificates"],
        "maxItems", None, "*",
        why="As settle: the vendor's 'Maximum size' on a field that is not an array (legalName a String, certificates one "
        "Certificate, in RegisterRequest-v1.yaml and the Java SDK's Company model alike) is kept on the page "
        "(https://docs.antom.com/ac/marketplace/register) and told in the rustdoc, not checked.",
    ),
    allow(
        "register", "request", "paymentMethods", "maxLength", None, 100,
        why="As settle: a length on an array of objects (https://docs.antom.com/ac/marketplace/register), kept on the page.",
    ),
    allow(
        "register", "request", "merchantInfo.entityAssociations.legalEntityType", "values", ["COMPANY", "INDIVIDUAL"], ["COMPANY"],
        why="RegisterRequest-v1.yaml's text says 'fixed to COMPANY' here, copied from merchantInfo.legalEntityType, while its "
        "enum lists COMPANY and INDIVIDUAL and the same object has an individual field 'specified when legalEntityType is "
        "INDIVIDUAL': the list is what the vendor means (marketplace/SOURCES.txt).",
    ),
    allow("settle", "response", "result", "required", True, False, why="REQUIRED as on every vendor page that shows result."),
    # customs
    allow("declare", "request", "buyerCertificate.fileKeys", "maxItems", 10, None, why=CERTIFICATE_SDK),
    allow(
        "declare", "request", "buyerCertificate.certificateAuthority", "maxLength", 64, None,
        why=CERTIFICATE_SDK,
    ),
    allow(
        "declare", "request", "buyerCertificate.certificateType", "values", ["ID_CARD", "PASSPORT"], "*",
        why="Page wins: the customs page gives ID_CARD and PASSPORT for a buyer; the export's Certificate enum is the "
        "marketplace's list of company documents.",
    ),
    # payments consult (Checkout Payment)
    allow(
        "payments_consult", "request", "productCode", "values", ["CASHIER_PAYMENT"],
        ["AGREEMENT_PAYMENT", "CASHIER_PAYMENT", "IN_STORE_PAYMENT"],
        why="ConsultRequest-v1.yaml's text of productCode gives one fixed value, CASHIER_PAYMENT (the export's own form, "
        "'The fixed value is:'); its shared ProductCodeType enum lists every product. The page follows the text, like "
        "createPaymentSession's (payments/SOURCES.txt).",
    ),
    allow(
        "payments_consult", "response", "paymentOptions.paymentOptionDetail.interactionTypes", "values", ["QR", "REDIRECT"], None,
        why="ConsultRequest-v1.yaml names QR and REDIRECT in its Chinese text of the field, which the fixture does not read; "
        "the page gives them as an open list.",
    ),
    # payments
    allow(
        "verifyAndCompletePayment", "*", ["paymentId", "verifyMethod", "verifyMethod.otpValue", "verifyMethod.verifyMethodType", "verifyRequestId", "result"],
        "required", True, False,
        why="Page wins: https://docs.antom.com/ac/apo/verifyAndCompletePayment.md marks them REQUIRED; the export marks nothing.",
    ),
    allow(
        "verifyAndCompletePayment", "*", ["paymentId", "paymentRequestId", "verifyRequestId", "verifyMethod.otpValue"], "maxLength", "*", None,
        why="Page wins: https://docs.antom.com/ac/apo/verifyAndCompletePayment.md gives 64 (ids) and 32 (otpValue); the export none.",
    ),
    allow(
        "verifyAndCompletePayment", "request", "verifyMethod.verifyMethodType", "values", ["SMS_OTP"], None,
        why="Page wins: https://docs.antom.com/ac/apo/verifyAndCompletePayment.md: 'The valid value is: SMS_OTP'.",
    ),
]



# ============================================================================================
# Antom Business Account (api-docs/aba/; ABA = api-docs/aba/SOURCES.txt). One block, so that the
# other families' entries above merge without touching it.
# ============================================================================================

YAML_FILES.update(
    {
        "applyCard": "ApplyCardRequest",
        "updateCard": "UpdateCardRequest",
        "inquireCardDetail": "InquireCardDetailRequest",
        "inquireCard": "InquireCardRequest",
        "inquireCardSensitiveInfo": "InquireCardSensitiveInfoRequest",
        "createDirectPayment": "CreateDirectPaymentRequest",
        "inquireDirectPayment": "InquireDirectPaymentRequest",
        "createDirectRefund": "CreateDirectRefundRequest",
        "inquireDirectRefund": "InquireDirectRefundRequest",
        "createExchange": "CreateExchangeRequest",
        "inquireExchange": "InquireExchangeRequest",
        "createQuote": "CreateQuoteRequest",
        "inquireRate": "InquiryRateRequest",
        "inquireAvailableQuota": "InquireAvailableQuotaRequest",
        "inquiryStatement": "InquiryStatementRequest",
        "inquiryStatementList": "InquiryStatementListRequest",
        "inquiryStatementDetail": "InquiryStatementDetailRequest",
        "updateCardStatus": "UpdateCardStatusRequest",
        "inquiryBalance": "InquiryBalanceRequest",
    }
)

PAGE_FACTS.update(
    {
        "notifyCardBill": {
            # https://docs.antom.com/ac/aba/notify_bill and the zh copy
            # https://docs.antom.com/ac/aba_zh-cn/notify_bill: the request list down to billStatus,
            # whose value list is cut after its first value.
            "source": "https://docs.antom.com/ac/aba_zh-cn/notify_bill",
            "complete": [],
            "notification": {
                "assetId": f(S, True, maxLength=32),
                "maskedCardNo": f(S, True, maxLength=16),
                "orderNo": f(S, True, maxLength=32),
                "billNo": f(S, True, maxLength=32),
                "cardNickName": f(S, maxLength=64),
                "transactionTime": f("datetime", True),
                "merchantName": f(S, maxLength=64),
                "tradeAmount": f("object", True),
                "inAmount": f("object"),
                "outAmount": f("object"),
                "exchangeRate": f(S),
                "billType": f(S, True, maxLength=32),
                "tradeCountry": f(S, maxLength=2),
                "billStatus": f(S, True, values=["WAITING_CLEARANCE"]),
            },
        },
        "notifyCardStatus": {
            # https://docs.antom.com/ac/aba/notify_card_status and the zh copy: every field (ABA).
            "source": "https://docs.antom.com/ac/aba/notify_card_status",
            "complete": [""],
            "notification": {
                "requestId": f(S, True, maxLength=32),
                "assetId": f(S, True, maxLength=32),
                "operateType": f(S, True, values=["FREEZE", "UNFREEZE", "CANCEL"]),
                "cardStatus": f(S, True, maxLength=32, values=["ACTIVE", "FROZEN", "CANCEL"]),
                "createdTime": f(S, True),
                "updatedTime": f(S, True),
                "cardBrand": f(S),
            },
        },
        "notifyDirectPayment": {
            # https://docs.antom.com/ac/aba/notifydirect and the zh copy: every top-level field; the
            # children of payToMethod and the amounts are behind "Show child parameters" (ABA).
            "source": "https://docs.antom.com/ac/aba/notifydirect",
            "complete": [""],
            "notification": {
                "notifyType": f(S, True, maxLength=32, values=["PAYMENT_RESULT"]),
                "paymentId": f(S, maxLength=64),
                "paymentRequestId": f(S, maxLength=64),
                "paymentStatus": f(S, True, values=["SUCCESS", "FAIL"]),
                "paymentResultMessage": f(S, maxLength=256),
                "paymentResultCode": f(S, maxLength=64),
                "payToMethod": f("object", True),
                "paymentAmount": f("object"),
                "payToAmount": f("object", True),
                "paymentTime": f("datetime"),
            },
        },
        "notifyDirectRefund": {
            # https://docs.antom.com/ac/aba/notifydirectrefund and the zh copy: every top-level
            # field; children behind "Show child parameters" (ABA).
            "source": "https://docs.antom.com/ac/aba/notifydirectrefund",
            "complete": [""],
            "notification": {
                "notifyType": f(S, True, values=["REFUND_RESULT"]),
                "paymentId": f(S, maxLength=32),
                "refundId": f(S, maxLength=32),
                "refundRequestId": f(S, maxLength=32),
                "refundStatus": f(S, True, values=["SUCCESS", "FAIL"]),
                "refundResultCode": f(S),
                "refundResultMessage": f(S, maxLength=256),
                "refundTime": f("datetime"),
                "refundFromMethod": f("object"),
                "refundFromAmount": f("object"),
                "refundToAmount": f("object"),
            },
        },
        "inquireCardTransactionLifecycle": {
            # An API of the official SDKs that the export lacks.
            # https://docs.antom.com/ac/aba_zh-cn/inquireCardTransactionLifecycle: the request down
            # to pageNumber; the lists are typed "Array" and state their limits in prose only. The
            # response comes from the SDK (ABA), so no page fact stands for it.
            "source": "https://docs.antom.com/ac/aba_zh-cn/inquireCardTransactionLifecycle",
            "path": "/v1/aba/cards/inquireCardTransactionLifecycle",
            "complete": [],
            "request": {
                "startTime": f("datetime", maxLength=32),
                "endTime": f("datetime", maxLength=32),
                "assetIdList": f("array<string>"),
                "transactionCurrencyList": f("array<string>"),
                "lifecycleIdList": f("array<string>"),
                "pageSize": f("integer", range=[1, 100]),
                "pageNumber": f("integer"),
            },
        },
        "inquireCardTransactionLifecycleDetail": {
            # An API of the official SDKs that the export lacks.
            # https://docs.antom.com/ac/aba/inquireCardTransactionLifecycleDetail: every top-level
            # field (lifecycle's children from the SDK); its only table lists failureReason's codes.
            "source": "https://docs.antom.com/ac/aba/inquireCardTransactionLifecycleDetail",
            "path": "/v1/aba/cards/inquireCardTransactionLifecycleDetail",
            "complete": [""],
            "request": {"lifecycleId": f(S, True, maxLength=64)},
            "response": {"result": f("object", True), "lifecycle": f("array<object>")},
        },
        "inquireCardTransactionEvent": {
            # An API of the official SDKs that the export lacks. https://docs.antom.com/ac/aba/
            # inquireCardTransactionEvent and the zh copy (aba_zh-cn): the request down to
            # eventTypeList, whose list is cut after AUTH_CANCEL. The zh copy puts assetIdList's
            # limits in bullets; the other lists state theirs in prose only.
            "source": "https://docs.antom.com/ac/aba/inquireCardTransactionEvent",
            "path": "/v1/aba/cards/inquireCardTransactionEvent",
            "complete": [],
            "request": {
                "startTime": f("datetime", maxLength=32),
                "endTime": f("datetime", maxLength=32),
                "assetIdList": f("array<string>", maxLength=32, maxItems=20),
                "eventIdList": f("array<string>"),
                "lifecycleIdList": f("array<string>"),
                "transactionCurrencyList": f("array<string>"),
                "eventTypeList": f("array<string>", values=["AUTH", "AUTH_CANCEL"]),
            },
        },
    }
)

PAGE_CODES.update(
    {
        # The rows each page's table shows before the index cuts it (ABA, per page).
        "applyCard": {"SUCCESS": "S", "PARAM_ILLEGAL": "F"},
        "updateCard": {"SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U"},
        "inquireCard": {"SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F"},
        "inquireCardSensitiveInfo": {
            "SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U", "RISK_REJECT": "F",
        },
        "createDirectPayment": {"SUCCESS": "S", "PROCESSING": "S", "UNKNOWN_EXCEPTION": "U"},
        "createExchange": {"SUCCESS": "S", "PROCESSING": "S"},
        "inquireExchange": {
            "SUCCESS": "S", "ACCESS_DENIED": "F", "CURRENCY_NOT_SUPPORT": "F", "EXPIRED_CODE": "F",
            "INVALID_ACCESS_TOKEN": "F",
        },
        "createQuote": {
            "SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U",
            "REQUEST_TRAFFIC_EXCEED_LIMIT": "U", "CURRENCY_NOT_SUPPORT": "F", "CONTRACT_CHECK_FAIL": "F",
            "INVALID_API": "F", "INVALID_CLIENT": "F",
        },
        "inquireRate": {
            "SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U",
            "REQUEST_TRAFFIC_EXCEED_LIMIT": "U", "USER_NOT_EXIST": "F", "CONTRACT_CHECK_FAIL": "F", "INVALID_API": "F",
            "INVALID_CLIENT": "F", "INVALID_SIGNATURE": "F", "METHOD_NOT_SUPPORTED": "F", "QUOTE_EXPIRED": "F",
        },
        "inquireAvailableQuota": {
            "SUCCESS": "S", "UNKNOWN_EXCEPTION": "U", "PARAM_ILLEGAL": "F", "CONTRACT_CHECK_FAIL": "F",
            "INVALID_API": "F", "INVALID_CLIENT": "F", "METHOD_NOT_SUPPORTED": "F", "USER_NOT_EXIST": "F",
            "ACCOUNT_NOT_EXIST": "F", "CURRENCY_NOT_SUPPORT": "F",
        },
        "updateCardStatus": {
            "SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U", "RISK_REJECT": "F",
            "CONTRACT_NOT_EXIST": "F",
        },
        "inquiryStatementDetail": {
            "SUCCESS": "S", "PARAM_ILLEGAL": "F", "PROCESS_FAIL": "F", "UNKNOWN_EXCEPTION": "U",
            "REQUEST_TRAFFIC_EXCEED_LIMIT": "U", "OAUTH_FAIL": "F", "INVALID_API": "F", "INVALID_CLIENT": "F",
            "INVALID_SIGNATURE": "F", "METHOD_NOT_SUPPORTED": "F", "USER_NOT_EXIST": "F", "SYSTEM_ERROR": "F",
            "SERVICE_NOT_ALLOWED": "F", "CURRENCY_NOT_SUPPORT": "F", "CONTRACT_CHECK_FAIL": "F",
            "AUTHORIZATION_NOT_EXIST": "F", "ACCESS_TOKEN_EXPIRED": "F", "CARD_INFO_NOT_MATCH": "F",
        },
    }
)  # fmt: skip

ABA_APPLY_CONTROL = (
    "ApplyCardRequest-v1.yaml describes AuthorizationControl with bare strings and no text; the page hides its "
    "children. Our page takes the types of the official SDKs' AuthorizationControl model, which UpdateCardRequest-v1.yaml "
    "and InquireCardDetailRequest-v1.yaml share (Datetime times, Integer allowedAuthTimes from 0, allowedCurrencies a "
    "list of at most 200, at most 570 MCCs), and keeps this file's cardLimitInfo (ABA)."
)
ABA_UNDEFINED = (
    "CreateDirectPaymentRequest-v1.yaml refers to components it does not define (Goods, Buyer, Env, Transit, Lodging, "
    "Gaming, Declaration, UserName, DeliveryEstimate) and the page hides order's children: these fields have no "
    "type to write. The SDKs' Order is the pay API's; not borrowed (ABA)."
)
ABA_ONLY_WHEN_S = (
    "Page wins: the ABA pages show every response field but result without REQUIRED ('returned only when "
    "result.resultStatus is S'), including the ones the export requires; the fields beyond the visible part of a page "
    "follow the same rule, so that a shorter answer still decodes (ABA)."
)
ABA_DATETIME = (
    "The page types these Datetime (with the ISO 8601 bullet); the export has them as strings without text (ABA)."
)
ABA_QUOTE_PRICE = (
    "quotePrice is a rate: Decimal, as PayRequest-v1.yaml types Quote.quotePrice (number) and as the payments pages do; "
    "the ABA export files give it as a string with 'Value range: 1 - unlimited', which would make it an integer "
    "string (ABA, open question)."
)

ABA_ALLOWED: list[dict] = [
    allow("updateCardStatus", "response", "requestId", "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/update_card_status?lang=zh-cn (ABA)."),
    allow("updateCardStatus", "response", "status", "values", ["FAIL", "SUCCESS"], None, why="Page wins: https://docs.antom.com/ac/aba/update_card_status?lang=zh-cn lists the statuses; the export's text has none (ABA)."),
    allow("updateCardStatus", "response", ["requestId", "status"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("inquiryBalance", "request", ["accesstoken", "customerId"], "presence", False, True, why="Not on the request list of https://docs.antom.com/ac/aba/inquirybalance, which is complete (currencyList only); the export has them (ABA)."),
    allow("inquiryBalance", "request", "currencyList", "required", False, True, why="Page wins: https://docs.antom.com/ac/aba/inquirybalance shows currencyList optional (without it every currency is returned); the export requires it."),
    allow("inquiryBalance", "response", "accountBalances", "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("applyCard", "request", "authorizationControl.allowedAuthTimes", "type", "integer", "string", why=ABA_APPLY_CONTROL),
    allow("applyCard", "request", "authorizationControl.allowedAuthTimes", "range", [0, None], None, why=ABA_APPLY_CONTROL),
    allow("applyCard", "request", "authorizationControl.allowedCurrencies", "type", "array<string>", "string", why=ABA_APPLY_CONTROL),
    allow("applyCard", "request", "authorizationControl.allowedCurrencies", "maxItems", 200, None, why=ABA_APPLY_CONTROL),
    allow("applyCard", "request", "authorizationControl.allowedMerchantCategoryList", "maxItems", 570, None, why=ABA_APPLY_CONTROL),
    allow("applyCard", "request", ["authorizationControl.cardActiveTime", "authorizationControl.cardCancelTime"], "type", "datetime", "string", why=ABA_APPLY_CONTROL),
    allow("applyCard", "request", ["cardBinRule", "requestId"], "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("applyCard", "request", "cardNickName", "maxLength", 120, None, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("applyCard", "request", "note", "maxLength", 512, None, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("applyCard", "request", "purpose", "values", ["AIRLINE", "LODGING"], None, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("applyCard", "request", "requestId", "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("applyCard", "response", ["assetId", "requestId"], "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("applyCard", "response", "status", "values", ["FAIL", "PROCESSING", "SUCCESS"], None, why="Page wins: https://docs.antom.com/ac/aba/apply_card (ABA)."),
    allow("updateCard", "request", "assetId", "maxLength", 64, 32, why="Page wins: https://docs.antom.com/ac/aba/update_card (English) gives 64; its zh copy and the export give 32 (ABA: the English copy is followed where the two copies disagree)."),
    allow("updateCard", "request", "cardNickName", "maxLength", 120, 256, why="Page wins: https://docs.antom.com/ac/aba/update_card (ABA)."),
    allow("updateCard", "request", "note", "maxLength", 512, 256, why="Page wins: https://docs.antom.com/ac/aba/update_card (ABA)."),
    allow("updateCard", "request", "purpose", "values", ["AIRLINE", "LODGING"], None, why="Page wins: https://docs.antom.com/ac/aba/update_card (ABA)."),
    allow("updateCard", "response", ["requestId", "status"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("updateCard", "response", "requestId", "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/update_card (ABA)."),
    allow("updateCard", "response", "status", "values", ["FAIL", "SUCCESS"], None, why="Page wins: https://docs.antom.com/ac/aba/update_card (ABA)."),
    allow("inquireCardDetail", "request", "assetId", "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_detail (ABA)."),
    allow("inquireCardDetail", "response", ["assetId", "authorizationControl", "authorizationControl.cardLimitDetail", "cardBrand", "cardStatus", "cardholderinfo", "createdTime", "maskedCardNo", "purpose", "updatedTime"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("inquireCardDetail", "response", "cardBrand", "values", None, ["MASTERCARD"], why="The page writes 'The value is MASTERCARD.' as prose; the export's enum has the one value. A received field: any brand decodes."),
    allow("inquireCardDetail", "response", ["createdTime", "updatedTime"], "maxLength", 32, 16, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_detail?lang=zh-cn gives 32 to both times; the export gives 16, which no date and time with an offset fits."),
    allow("inquireCardDetail", "response", "purpose", "values", ["AIRLINE", "LODGING"], None, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_detail (ABA)."),
    allow("inquireCard", "request", "cardNickName", "maxLength", 120, 512, why="Page wins: https://docs.antom.com/ac/aba/inquire_card (ABA)."),
    allow("inquireCard", "request", "pageNumber", "range", [1, None], None, why="Page wins: https://docs.antom.com/ac/aba/inquire_card (ABA)."),
    allow("inquireCard", "request", "pageSize", "range", [1, 50], [None, 50], why="Page wins: https://docs.antom.com/ac/aba/inquire_card (ABA)."),
    allow("inquireCard", "response", ["cardList", "totalCount", "totalPageNumber"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("inquireCard", "response", "cardList.cardBrand", "values", None, ["MASTERCARD"], why="As inquireCardDetail's cardBrand: one value in prose on our page, an enum in the export."),
    allow("inquireCardSensitiveInfo", "request", "assetId", "maxLength", 64, None, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_sensitive_info (English) gives 64; its zh copy gives 32 and the export none."),
    allow("inquireCardSensitiveInfo", "response", "assetId", "maxLength", 64, None, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_sensitive_info (English) gives 64; its zh copy gives 32 and the export none."),
    allow("inquireCardSensitiveInfo", "response", "cardNo", "maxLength", 19, 64, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_sensitive_info gives cardNo 19, cvv 4, expiredMonth 2, expiredYear 2; the export gives 64, 64, 128 and 3."),
    allow("inquireCardSensitiveInfo", "response", "cvv", "maxLength", 4, 64, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_sensitive_info (ABA)."),
    allow("inquireCardSensitiveInfo", "response", "expiredMonth", "maxLength", 2, 128, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_sensitive_info (ABA)."),
    allow("inquireCardSensitiveInfo", "response", "expiredYear", "maxLength", 2, 3, why="Page wins: https://docs.antom.com/ac/aba/inquire_card_sensitive_info (ABA)."),
    allow("createDirectPayment", "request", ["memo", "remark"], "maxLength", 128, None, why="Page wins: https://docs.antom.com/ac/aba_zh-cn/directpayment (ABA)."),
    allow("createDirectPayment", "request", "order", "required", False, True, why="Page wins: https://docs.antom.com/ac/aba/directpayment shows order optional; the export requires it."),
    allow("createDirectPayment", "request", ["order.buyer", "order.declaration", "order.env", "order.gaming", "order.goods", "order.lodging", "order.shipping.deliveryEstimate", "order.shipping.shippingName", "order.transit"], "presence", False, True, why=ABA_UNDEFINED),
    allow("createDirectPayment", "request", "paymentNotifyUrl", "maxLength", 256, None, why="Page wins: https://docs.antom.com/ac/aba_zh-cn/directpayment (ABA)."),
    allow("createDirectPayment", "request", "paymentRequestId", "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba_zh-cn/directpayment (ABA)."),
    allow("createDirectPayment", "response", ["payFromAmount", "payFromAmount.currency", "payFromAmount.value"], "presence", False, True, why="Page wins: the response list of https://docs.antom.com/ac/aba_zh-cn/directpayment (complete) has paymentAmount and no payFromAmount."),
    allow("createDirectPayment", "response", ["payToAmount", "payToMethod", "paymentId", "paymentRequestId", "paymentTime"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("createDirectPayment", "response", ["paymentAmount", "paymentAmount.currency", "paymentAmount.value"], "presence", True, False, why="Page wins: https://docs.antom.com/ac/aba_zh-cn/directpayment lists paymentAmount in the response where the export and the SDK have payFromAmount."),
    allow("createDirectPayment", "response", "paymentId", "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba_zh-cn/directpayment (ABA)."),
    allow("createDirectPayment", "response", "paymentRequestId", "maxLength", 128, None, why="Page wins: https://docs.antom.com/ac/aba_zh-cn/directpayment (ABA)."),
    allow("createDirectPayment", "response", "paymentTime", "type", "datetime", "string", why=ABA_DATETIME),
    allow("inquireDirectPayment", "request", "merchantAccountId", "presence", False, True, why="Not on the request list of https://docs.antom.com/ac/aba/inquiredirect (complete: it goes on to the response); the export copies it from the payments inquiry."),
    allow("inquireDirectPayment", "request", ["paymentId", "paymentRequestId"], "required", False, True, why="Page wins: https://docs.antom.com/ac/aba/inquiredirect shows both identifiers optional (one of them is needed); the export marks both REQUIRED."),
    allow("inquireDirectPayment", "response", ["paymentId", "paymentRequestId", "paymentStatus", "paymentTime"], "required", False, True, why="Page wins: https://docs.antom.com/ac/aba/inquiredirect shows both identifiers optional (one of them is needed); the export marks both REQUIRED."),
    allow("inquireDirectPayment", "response", "paymentStatus", "values", ["FAIL", "PROCESSING", "SUCCESS", "UNKNOWN"], ["CANCELLED", "FAIL", "PENDING", "PROCESSING", "SUCCESS"], why="Page wins: https://docs.antom.com/ac/aba/inquiredirect?lang=zh-cn lists SUCCESS, PROCESSING, FAIL, UNKNOWN; the export points the field at the shared TransactionStatusType enum (with CANCELLED and PENDING). Received enums are open."),
    allow("createDirectRefund", "request", ["memo", "refundNotifyUrl", "remark"], "maxLength", 128, None, why="Page wins: https://docs.antom.com/ac/aba/directrefund (ABA)."),
    allow("createDirectRefund", "request", ["paymentId", "referenceRefundId", "refundRequestId"], "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/directrefund (ABA)."),
    allow("createDirectRefund", "request", ["refundAmount", "refundAmount.currency", "refundAmount.value"], "presence", True, False, why="Page wins: https://docs.antom.com/ac/aba/directrefund (both copies) names the request amount refundAmount (English type RefundAmount); the export and the SDK name it refundFromAmount. Flagged in ABA as an open question."),
    allow("createDirectRefund", "request", ["refundFromAmount", "refundFromAmount.currency", "refundFromAmount.value"], "presence", False, True, why="Page wins: see refundAmount; the page's request list (complete on the zh copy) has no refundFromAmount."),
    allow("createDirectRefund", "request", "refundReason", "maxLength", 256, None, why="Page wins: https://docs.antom.com/ac/aba/directrefund (ABA)."),
    allow("createDirectRefund", "response", ["paymentId", "refundFromAmount", "refundFromMethod", "refundId", "refundTime", "refundToAmount"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("createDirectRefund", "response", ["paymentId", "refundId"], "maxLength", 32, None, why="Page wins: https://docs.antom.com/ac/aba/directrefund (ABA)."),
    allow("createDirectRefund", "response", "refundRequestId", "presence", False, True, why="Not on the response list of https://docs.antom.com/ac/aba_zh-cn/directrefund, which is complete; the export has it."),
    allow("createDirectRefund", "response", "refundTime", "type", "datetime", "string", why=ABA_DATETIME),
    allow("inquireDirectRefund", "request", "merchantAccountId", "presence", False, True, why="Not on the request list of https://docs.antom.com/ac/aba/inquiredirectrefund (complete); the export copies it from the payments inquiry."),
    allow("inquireDirectRefund", "request", ["refundId", "refundRequestId"], "maxLength", 32, 64, why="Page wins: https://docs.antom.com/ac/aba/inquiredirectrefund (ABA)."),
    allow("inquireDirectRefund", "response", ["paymentId", "refundFromAmount", "refundFromMethod", "refundId", "refundRequestId", "refundStatus", "refundTime", "refundToAmount"], "required", False, True, why=ABA_ONLY_WHEN_S),
    allow("inquireDirectRefund", "response", ["paymentId", "refundId", "refundRequestId"], "maxLength", 32, 64, why="Page wins: https://docs.antom.com/ac/aba/inquiredirectrefund (ABA)."),
    allow("inquireDirectRefund", "response", "refundStatus", "values", ["FAIL", "PROCESSING", "SUCCESS", "UNKNOWN"], ["CANCELLED", "FAIL", "PENDING", "PROCESSING", "SUCCESS"], why="Page wins: https://docs.antom.com/ac/aba/inquiredirectrefund?lang=zh-cn lists SUCCESS, PROCESSING, UNKNOWN, FAIL; the export points the field at the shared TransactionStatusType enum. Received enums are open."),
    allow("createExchange", "request", ["buyAmount", "exchangeMode", "exchangeRequestId", "exchangeTradeType", "sellAmount"], "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/createexchange (ABA)."),
    allow("createExchange", "request", ["quote", "quote.exchangeAmount", "quote.exchangeAmount.currency", "quote.exchangeAmount.value", "quote.guaranteed", "quote.quoteCurrencyPair", "quote.quoteExpiryTime", "quote.quoteId", "quote.quotePrice", "quote.quoteStartTime"], "presence", True, False, why="Page wins: https://docs.antom.com/ac/aba/createexchange has quote (Quote, REQUIRED) in the request; the export's request lacks it. Its children are the export's response Quote."),
    allow("createExchange", "response", ["buyAmount", "exchangeEndTime", "exchangeStartTime", "sellAmount"], "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/createexchange (ABA)."),
    allow("createExchange", "response", ["exchangeEndTime", "exchangeStartTime"], "type", "datetime", "string", why=ABA_DATETIME),
    allow("createExchange", "response", "exchangeMode", "values", ["APPOINTED"], None, why="Page wins: https://docs.antom.com/ac/aba/createexchange (ABA)."),
    allow("createExchange", "response", "exchangeRequestId", "maxLength", 64, None, why="Page wins: https://docs.antom.com/ac/aba/createexchange (ABA)."),
    allow("createExchange", "response", "exchangeTradeType", "values", ["SPOT"], None, why="Page wins: https://docs.antom.com/ac/aba/createexchange (ABA)."),
    allow("createExchange", "response", "quote.quotePrice", "type", "decimal", "string", why=ABA_QUOTE_PRICE),
    allow("inquireExchange", "request", "exchangeRequestId", "maxLength", 64, None, why="Page wins: https://docs.antom.com/ac/aba/inquireexchange (ABA)."),
    allow("inquireExchange", "response", ["exchangeEndTime", "exchangeStartTime"], "type", "datetime", "string", why=ABA_DATETIME),
    allow("inquireExchange", "response", ["exchangeEndTime", "exchangeMode", "exchangeRequestId", "exchangeStartTime", "exchangeTradeType"], "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/inquireexchange (ABA)."),
    allow("inquireExchange", "response", "exchangeId", "maxLength", 128, None, why="Page wins: https://docs.antom.com/ac/aba/inquireexchange (ABA)."),
    allow("inquireExchange", "response", "exchangeRequestId", "maxLength", 64, None, why="Page wins: https://docs.antom.com/ac/aba/inquireexchange (ABA)."),
    allow("inquireExchange", "response", "quote.quotePrice", "type", "decimal", "string", why=ABA_QUOTE_PRICE),
    allow("inquireExchange", "response", ["result", "result.resultStatus"], "required", True, False, why=RESULT_WHY),
    allow("createQuote", "request", "exchangeTradeType", "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/createquote (ABA)."),
    allow("createQuote", "response", ["buyAmount", "exchangeTradeType", "quote", "sellAmount"], "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/createquote (ABA)."),
    allow("createQuote", "response", "quote.quotePrice", "type", "decimal", "string", why=ABA_QUOTE_PRICE),
    allow("inquireRate", "response", "rateResultList", "type", "object", "array<object>", why="Page wins (as the corpus decided): https://docs.antom.com/ac/aba/inquirerate types rateResultList RateResultList, an object; InquiryRateRequest-v1.yaml and the SDK make it an array of RateResult. Flagged in ABA as an open question."),
    allow("inquireAvailableQuota", "-", "-", "endpoint", "/v1/aba/accounts/inquireAvailableQuota", "/v1/aba/account/inquireAvailableQuota", why="Page wins: https://docs.antom.com/ac/aba/inquireAvailableQuota (both copies) writes POST /v1/aba/accounts/inquireAvailableQuota; the export and both official SDKs use /v1/aba/account/. Flagged in ABA as an open question."),
    allow("inquireAvailableQuota", "request", "currency", "maxLength", 3, None, why="Page wins: https://docs.antom.com/ac/aba/inquireAvailableQuota (ABA)."),
    allow("inquireAvailableQuota", "response", "result.resultStatus", "required", True, False, why=RESULT_WHY),
    allow("inquiryStatement", "request", ["assetId", "fuzzyName"], "presence", True, False, why="From the official SDKs' AlipayInquiryStatementRequest (assetId, fuzzyName): the page's notes refer to fuzzyName, and its field list is cut before it; InquiryStatementRequest-v1.yaml lacks both."),
    allow("inquiryStatement", "request", ["endTime", "startTime"], "required", False, True, why="Page wins: https://docs.antom.com/ac/aba/inquirystatement shows startTime and endTime optional; the export requires them."),
    allow("inquiryStatement", "request", "transactionTypeList", "values", None, ["CARD_PAYMENT", "CARD_REFUND", "CREDIT_LOAN", "CREDIT_REPAY", "EXCHANGE", "PAYMENT", "PAYMENT_REFUND", "SETTLEMENT", "TOPUP", "TRANSFER", "TRANSFER_RECIPIENT", "TRANSFER_RETURN", "TRANSFER_TO_CHINA", "WITHDRAW", "WITHDRAW_RETURN"], why="The page lists 21 types after 'Supported transaction types are as follows:', which the generator reads as prose (a vendor form reported in ABA); the export's enum has 15 (TRANSFER_TO_CHINA is not on the page)."),
    allow("inquiryStatement", "response", "result", "required", True, False, why=RESULT_WHY),
    allow("inquiryStatementList", "response", ["result.properties", "result.properties.resultCode", "result.properties.resultCode.description", "result.properties.resultCode.type", "result.properties.resultMessage", "result.properties.resultMessage.description", "result.properties.resultMessage.type", "result.properties.resultStatus", "result.properties.resultStatus.$ref", "result.properties.resultStatus.description", "result.required", "result.type"], "presence", False, True, why="InquiryStatementListRequest-v1.yaml's Result component is a JSON schema written as data (type, properties, required as fields); the page describes the Result every answer carries."),
    allow("inquiryStatementList", "response", ["result.resultCode", "result.resultMessage", "result.resultStatus"], "presence", True, False, why="As above: the export's Result of this file is mangled; ours is the standard Result."),
    allow("inquiryStatementDetail", "request", "statementId", "maxLength", 64, None, why="Page wins: https://docs.antom.com/ac/aba/inquirystatementdetail (ABA)."),
    allow("inquiryStatementDetail", "response", "metadata", "presence", False, True, why="Not on the response list of https://docs.antom.com/ac/aba/inquirystatementdetail (complete: result and statement); the export has it, REQUIRED."),
    allow("inquiryStatementDetail", "response", "statement", "type", "array<object>", "object", why="Page wins: https://docs.antom.com/ac/aba/inquirystatementdetail types statement Array<StatementDetail>; the export and the SDK make it one Statement object. Flagged in ABA as an open question."),
    allow("inquireCardTransactionEvent", "request", "eventTypeList", "values", ["AUTH", "AUTH_CANCEL", "CAPTURE", "CHARGEBACK", "REFUND", "REPAYMENT"], ["AUTH", "AUTH_CANCEL"], why="The page's list (https://docs.antom.com/ac/aba/inquireCardTransactionEvent) is cut after AUTH_CANCEL; CAPTURE, REFUND, CHARGEBACK and REPAYMENT come from the official SDKs' CardTransactionEventFilterType."),
]  # fmt: skip
ALLOWED.extend(ABA_ALLOWED)
# inquireExchangeRate (api-docs/payments/inquire_exchange_rate.md; payments/SOURCES.txt says what
# was seen where): the page wins where it states the fact.
ALLOWED.extend(
    [
        allow("inquireExchangeRate", "request", ["currencyPairs.buyCurrency", "currencyPairs.sellCurrency"], "maxLength", 3, None, why="Page wins: https://docs.antom.com/ac/aba/exchange_rate gives both currencies a maximum length of 3 (ISO 4217 codes)."),
        allow("inquireExchangeRate", "request", "productCode", "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/exchange_rate marks productCode REQUIRED."),
        allow("inquireExchangeRate", "request", "productCode", "values", ["AGREEMENT_PAYMENT", "CASHIER_PAYMENT"], ["AGREEMENT_PAYMENT", "CASHIER_PAYMENT", "IN_STORE_PAYMENT"], why="Page wins: https://docs.antom.com/ac/aba/exchange_rate lists CASHIER_PAYMENT and AGREEMENT_PAYMENT only; the export adds the in-store product, which this API's page does not offer."),
        allow("inquireExchangeRate", "response", "paymentQuotes", "required", True, False, why="Page wins: https://docs.antom.com/ac/aba/exchange_rate marks paymentQuotes REQUIRED (the list may be empty)."),
        allow("inquireExchangeRate", "response", "result.resultStatus", "type", "string", "object", why=RESULT_WHY),
        allow("inquireExchangeRate", "response", "result.resultStatus", "values", ["F", "S", "U"], None, why=RESULT_WHY),
    ]
)

def allowed(diff: dict, entry: dict) -> bool:
    if entry["aspect"] != diff["aspect"] or not any(fnmatch.fnmatchcase(diff["api"], a) for a in ([entry["api"]] if isinstance(entry["api"], str) else entry["api"])):
        return False
    if not fnmatch.fnmatchcase(diff["side"], entry["side"]):
        return False
    if not any(fnmatch.fnmatchcase(diff["path"], p) for p in entry["paths"]):
        return False
    return entry["ours"] in ("*", diff["ours"]) and entry["vendor"] in ("*", diff["vendor"])


def describe(diff: dict) -> str:
    return (
        f"{diff['api']} {diff['side']} {diff['path']}: {diff['aspect']}: "
        f"ours {json.dumps(diff['ours'])}, vendor {json.dumps(diff['vendor'])}"
    )


def check(ours_file: str | None, explain: bool) -> int:
    if ours_file:
        ours_doc = json.loads(Path(ours_file).read_text())
    else:
        run = subprocess.run(
            ["cargo", "run", "-q", "-p", "antom-pages", "--", "openapi", "api-docs"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if run.returncode != 0:
            sys.stderr.write(run.stdout + run.stderr)
            return 2
        ours_doc = json.loads(run.stdout)
    vendor = json.loads(FIXTURE.read_text())
    found = differences(our_facts(ours_doc), vendor)
    matched: list[list[dict]] = [[] for _ in ALLOWED]
    unexplained = []
    for diff in found:
        hits = [i for i, entry in enumerate(ALLOWED) if allowed(diff, entry)]
        for i in hits:
            matched[i].append(diff)
        if not hits:
            unexplained.append(diff)
    if explain:
        for entry, diffs in zip(ALLOWED, matched):
            if diffs:
                print(f"known: {entry['why']}")
                for diff in diffs:
                    print(f"    {describe(diff)}")
    for diff in unexplained:
        print(describe(diff))
    stale = [entry for entry, diffs in zip(ALLOWED, matched) if not diffs]
    for entry in stale:
        print(f"stale ALLOWED entry (matches nothing now): {entry['api']} {entry['side']} {entry['paths'][0]} {entry['aspect']}")
    fields = sum(len(v.get(s, {})) for v in vendor["apis"].values() for s in ("request", "response", "notification"))
    codes = sum(len(v) for v in vendor.get("codes", {}).values())
    print(
        f"{fields} vendor fields and {codes} codes compared; {len(found)} differences, "
        f"{len(found) - len(unexplained)} of them known ({len(ALLOWED)} ALLOWED entries); "
        f"{len(unexplained)} unexplained; {len(stale)} stale entries"
    )
    return 1 if unexplained or stale else 0


# The JSON type of a value of each vendor type.
JSON_TYPES = {"string": str, "datetime": str, "decimal": str, "integer": int, "boolean": bool, "object": dict, "map": dict}


# Differences only the golden bodies show (what the client sends, which the export of our pages
# does not carry): `check` never sees them, so they are not in ALLOWED, whose entries must each
# match something there.
GOLDEN_ONLY: list[dict] = [
    allow(
        "applyCard", "request", "authorizationControl.allowedAuthTimes", "json type", "int", "string",
        why=ABA_APPLY_CONTROL,
    ),
    allow(
        "consultAutoDebit", "-", "-", "presence", True, False,
        why="Not compared yet: the fixture has no facts for the second page of POST /v1/payments/consult (its "
        "export file is PayConsultRequest-v1.yaml, not in YAML_FILES; api-docs/payments/SOURCES.txt). The golden "
        "body still pins the client's bytes and path.",
    ),
]


def golden_values(body: dict, fields: dict) -> dict:
    """{path: [values]} of a body: dotted paths, array items adding no segment (as in the
    fixture); the free keys of a map are not paths, nor are the fields of an object the fixture
    lists without fields (a type inside itself, such as goods that list goods: the export stops
    there)."""
    found: dict = {}

    def unlisted(path: str) -> bool:
        kind = fields.get(path, {}).get("type")
        return kind == "map" or (kind in ("object", "array<object>") and not any(f.startswith(path + ".") for f in fields))

    def walk(obj: dict, prefix: str) -> None:
        for key, value in obj.items():
            path = prefix + key
            found.setdefault(path, []).extend(value if isinstance(value, list) else [value])
            if unlisted(path):
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict):
                    walk(item, path + ".")

    walk(body, "")
    return found


def value_differences(value, facts: dict) -> list[dict]:
    """How one value of a golden body breaks its vendor field's facts."""
    ty = facts["type"]
    element = ty[6:-1] if ty.startswith("array<") else ty
    expected = JSON_TYPES.get(element)
    if expected is not None and (type(value) is not expected):
        return [{"aspect": "json type", "ours": type(value).__name__, "vendor": ty}]
    out = []
    if facts.get("fixed") is not None and value != facts["fixed"]:
        out.append({"aspect": "fixed value", "ours": value, "vendor": facts["fixed"]})
    elif facts.get("values") and isinstance(value, str) and value not in facts["values"]:
        out.append({"aspect": "listed value", "ours": value, "vendor": facts["values"]})
    if isinstance(value, str) and facts.get("maxLength") is not None and len(value) > facts["maxLength"]:
        out.append({"aspect": "length", "ours": len(value), "vendor": facts["maxLength"]})
    low, high = (facts.get("range") or [None, None])[:2]
    number = value if type(value) is int else int(value) if isinstance(value, str) and value.isdigit() else None
    if number is not None and ((low is not None and number < low) or (high is not None and number > high)):
        out.append({"aspect": "range", "ours": number, "vendor": facts["range"]})
    return out


def golden_differences(api: str, body: dict, vendor: dict) -> list[dict]:
    """Every difference of one golden body from the vendor's request fields."""
    fields = vendor["apis"][api]["request"]
    values = golden_values(body, fields)
    # As in `check`: for a page seen only in part, a field of ours beyond what the vendor's page
    # shows is compared only below the objects whose whole field list was seen.
    complete = vendor["apis"][api].get("complete")
    found = []
    for path in sorted(set(values) | set(fields)):
        if path not in fields and complete is not None and path.rpartition(".")[0] not in complete:
            continue
        if path not in fields or path not in values:
            presence = {"aspect": "presence", "ours": path in values, "vendor": path in fields}
            found.append({"api": api, "side": "request", "path": path, **presence})
            continue
        for value in values[path]:
            found.extend({"api": api, "side": "request", "path": path, **d} for d in value_differences(value, fields[path]))
    return found


def golden(directory: Path) -> int:
    vendor = json.loads(FIXTURE.read_text())
    files = sorted(directory.glob("*.json"))
    unexplained = []
    for file in files:
        api = file.stem
        if api not in vendor["apis"] or "request" not in vendor["apis"][api]:
            missing = {"api": api, "side": "-", "path": "-", "aspect": "presence", "ours": True, "vendor": False}
            if not any(allowed(missing, entry) for entry in GOLDEN_ONLY):
                unexplained.append(missing)
            continue
        diffs = golden_differences(api, json.loads(file.read_bytes()), vendor)
        unexplained.extend(d for d in diffs if not any(allowed(d, entry) for entry in ALLOWED + GOLDEN_ONLY))
    for diff in unexplained:
        print(describe(diff))
    print(f"{len(files)} golden bodies compared with the vendor's request fields; {len(unexplained)} unexplained")
    return 1 if unexplained or not files else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="compare api-docs/ with the fixture")
    c.add_argument("--ours", help="a file holding `antom-pages openapi api-docs` output")
    c.add_argument("--explain", action="store_true", help="also list every known difference with its reason")
    r = sub.add_parser("regenerate", help="rewrite the fixture from the vendor's OpenAPI export")
    r.add_argument("--export", "--mirror", dest="export", type=Path, required=True, help=antom_export.EXPORT_HELP)
    r.add_argument("--commit", default="HEAD", help="the export's commit to read (the fixture is from a4509d6)")
    g = sub.add_parser("golden", help="check golden wire bodies against the vendor's request fields")
    g.add_argument("directory", type=Path)
    args = parser.parse_args()
    if args.command == "regenerate":
        regenerate(args.export, args.commit)
        return 0
    if args.command == "golden":
        return golden(args.directory)
    return check(args.ours, args.explain)


if __name__ == "__main__":
    sys.exit(main())
