"""A GET request, the official SDK's way and ours (global-open-sdk-python).

Reads a JSON job on stdin, prints a JSON report on stdout:
1. the SDK's own signed text for the GET request our Rust client sent (its gen_sign_content
   with the method GET), for the Rust side to compare byte for byte with ours;
2. whether the SDK's signature tool verifies our request's signature as a GET, and not as a
   POST;
3. the SDK's own request class for inquiryStatement, its method set to GET, sent by the SDK's
   client to the recording gateway, which checks the SDK's signature; the SDK verifies the
   gateway's answer, signed as the answer to a GET;
4. the same call answered with a signature made as if the request were a POST: the SDK must
   refuse it, so it verifies answers with the request's method.
"""

import json
import sys

from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
from com.alipay.ams.api.model.http_method import HttpMethod
from com.alipay.ams.api.request.aba.alipay_inquiry_statement_request import (
    AlipayInquiryStatementRequest,
)
from com.alipay.ams.api.tools.signature_tool import gen_sign_content
from com.alipay.ams.api.tools.webhook_tool import check_signature

from sdk_loopback import use_sandbox

job = json.load(sys.stdin)
use_sandbox(job["gateway_url"])
ours = job["our_request"]


def verifies_ours(method):
    try:
        return bool(
            check_signature(
                method,
                ours["path"],
                ours["client_id"],
                ours["request_time"],
                ours["body"],
                ours["signature"],
                job["merchant_public_key"],
            )
        )
    except Exception:  # the SDK raises on a mismatch instead of returning False
        return False


def inquire(customer_id):
    client = DefaultAlipayClient(
        job["gateway_url"],
        job["client_id"],
        job["merchant_private_key"],
        job["gateway_public_key"],
    )
    request = AlipayInquiryStatementRequest()
    request.http_method = HttpMethod.GET
    request.customer_id = customer_id
    request.access_token = "TOKEN-PY"
    request.transaction_type_list = ["TRANSFER"]
    request.page_size = 20
    return json.loads(client.execute(request))


report = {
    "sdk_signed_text": gen_sign_content(
        "GET", ours["path"], ours["client_id"], ours["request_time"], ours["body"]
    ),
    "sdk_verifies_ours_as_get": verifies_ours("GET"),
    "sdk_verifies_ours_as_post": verifies_ours("POST"),
}
answer = inquire(job["customer_id"])
report["sdk_call"] = {
    "result_code": answer["result"]["resultCode"],
    "total_count": answer.get("totalCount"),
}
try:
    inquire(job["customer_id_answered_as_post"])
    report["sdk_rejects_answer_signed_as_post"] = False
except Exception as error:
    report["sdk_rejects_answer_signed_as_post"] = "verify failed" in str(error)
print(json.dumps(report))
