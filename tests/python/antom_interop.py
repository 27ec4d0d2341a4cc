"""Interoperability check with Antom's official Python SDK (global-open-sdk-python).

Reads a JSON job on stdin, prints a JSON report on stdout:
1. the SDK's client calls our sandbox (the sandbox verifies the SDK's signature; the SDK
   verifies the sandbox's response signature, and raises if it does not verify);
2. the same call with the wrong Antom public key must be rejected by the SDK;
3. the SDK's signature tool verifies a request signature our Rust client produced, and
   rejects it once the body is changed.
"""

import json
import sys

from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
from com.alipay.ams.api.request.vaulting.alipay_vaulting_session_request import (
    AlipayVaultingSessionRequest,
)
from com.alipay.ams.api.response.vaulting.alipay_vaulting_session_response import (
    AlipayVaultingSessionResponse,
)
from com.alipay.ams.api.tools.webhook_tool import check_signature

from sdk_loopback import use_sandbox

job = json.load(sys.stdin)
use_sandbox(job["sandbox_url"])


def create_session(antom_public_key, request_id):
    client = DefaultAlipayClient(
        job["sandbox_url"], job["client_id"], job["merchant_private_key"], antom_public_key
    )
    request = AlipayVaultingSessionRequest()
    request.payment_method_type = "CARD"
    request.vaulting_request_id = request_id
    request.vaulting_notification_url = "https://merchant.example/vaulting/notify"
    request.merchant_region = "SG"
    return AlipayVaultingSessionResponse(client.execute(request))


def verifies(body):
    ours = job["our_request"]
    try:
        return bool(
            check_signature(
                "POST",
                ours["path"],
                ours["client_id"],
                ours["request_time"],
                body,
                ours["signature"],
                job["merchant_public_key"],
            )
        )
    except Exception:  # the SDK raises on a mismatch instead of returning False
        return False


report = {}
response = create_session(job["sandbox_public_key"], "PY-SDK-0001")
report["sdk_call"] = {
    "result_code": response.result.result_code,
    "result_status": str(response.result.result_status),
    "session_id": response.vaulting_session_id,
    "expiry": response.vaulting_session_expiry_time,
    "session_data_length": len(response.vaulting_session_data or ""),
}
try:
    create_session(job["merchant_public_key"], "PY-SDK-0002")
    report["sdk_rejects_wrong_key"] = False
except Exception as error:
    report["sdk_rejects_wrong_key"] = "verify failed" in str(error)
report["sdk_verifies_our_signature"] = verifies(job["our_request"]["body"])
report["sdk_rejects_changed_body"] = not verifies(job["our_request"]["body"] + " ")
print(json.dumps(report))
