"""One API of every family through Antom's official Python SDK (global-open-sdk-python).

Reads a JSON job on stdin (sandbox URL, keys, client id), prints a JSON report on stdout. For
each family the SDK has request classes for (vaulting, payments, Checkout, authorizations,
subscriptions, disputes, marketplace, customs, the Antom Business Account), the SDK's own
request class is filled with the fields the family's page requires and sent to our sandbox;
the SDK verifies the answer's signature (it raises when it does not verify) and its own
response class reads the answer.

The first call is made by a client that holds another key in place of the sandbox's public
key (`wrong_public_key`): the SDK must reject that answer, which shows that the answers after
it were verified.
"""

import json
import sys

from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
from com.alipay.ams.api.exception.exception import AlipayApiException
from com.alipay.ams.api.model.amount import Amount
from com.alipay.ams.api.model.order import Order
from com.alipay.ams.api.model.product_code_type import ProductCodeType
from com.alipay.ams.api.model.settlement_strategy import SettlementStrategy
from com.alipay.ams.api.request.pay.alipay_pay_query_request import AlipayPayQueryRequest
from com.alipay.ams.api.request.vaulting.alipay_vaulting_session_request import (
    AlipayVaultingSessionRequest,
)
from com.alipay.ams.api.response.pay.alipay_pay_query_response import AlipayPayQueryResponse
from com.alipay.ams.api.response.vaulting.alipay_vaulting_session_response import (
    AlipayVaultingSessionResponse,
)
from com.alipay.ams.api.request.aba.alipay_inquire_card_request import AlipayInquireCardRequest
from com.alipay.ams.api.request.auth.alipay_auth_revoke_token_request import (
    AlipayAuthRevokeTokenRequest,
)
from com.alipay.ams.api.request.declare.alipay_customs_query_request import (
    AlipayCustomsQueryRequest,
)
from com.alipay.ams.api.request.dispute.alipay_accept_dispute_request import (
    AlipayAcceptDisputeRequest,
)
from com.alipay.ams.api.request.marketplace.alipay_inquire_balance_request import (
    AlipayInquireBalanceRequest,
)
from com.alipay.ams.api.request.pay.alipay_payment_session_request import (
    AlipayPaymentSessionRequest,
)
from com.alipay.ams.api.request.subscription.alipay_subscription_cancel_request import (
    AlipaySubscriptionCancelRequest,
)
from com.alipay.ams.api.response.aba.alipay_inquire_card_response import AlipayInquireCardResponse
from com.alipay.ams.api.response.auth.alipay_auth_revoke_token_response import (
    AlipayAuthRevokeTokenResponse,
)
from com.alipay.ams.api.response.declare.alipay_customs_query_response import (
    AlipayCustomsQueryResponse,
)
from com.alipay.ams.api.response.dispute.alipay_accept_dispute_response import (
    AlipayAcceptDisputeResponse,
)
from com.alipay.ams.api.response.marketplace.alipay_inquire_balance_response import (
    AlipayInquireBalanceResponse,
)
from com.alipay.ams.api.response.pay.alipay_payment_session_response import (
    AlipayPaymentSessionResponse,
)
from com.alipay.ams.api.response.subscription.alipay_subscription_cancel_response import (
    AlipaySubscriptionCancelResponse,
)

from sdk_loopback import use_sandbox

job = json.load(sys.stdin)
use_sandbox(job["sandbox_url"])


def client_with(antom_public_key):
    return DefaultAlipayClient(
        job["sandbox_url"], job["client_id"], job["merchant_private_key"], antom_public_key
    )


client = client_with(job["sandbox_public_key"])


def usd(minor_units):
    return Amount(currency="USD", value=str(minor_units))


def vaulting():
    request = AlipayVaultingSessionRequest()
    request.payment_method_type = "CARD"
    request.vaulting_request_id = "PY-VAULTING-1"
    request.vaulting_notification_url = "https://merchant.example/vaulting/notify"
    request.merchant_region = "SG"
    return request, AlipayVaultingSessionResponse


def payments():
    request = AlipayPayQueryRequest()
    request.payment_request_id = "PY-PAYMENT-1"
    return request, AlipayPayQueryResponse


def checkout():
    order = Order()
    order.reference_order_id = "PY-ORDER-1"
    order.order_description = "A sandbox order"
    order.order_amount = usd(1000)
    settlement = SettlementStrategy()
    settlement.settlement_currency = "USD"
    request = AlipayPaymentSessionRequest()
    request.product_code = ProductCodeType.CASHIER_PAYMENT
    request.payment_request_id = "PY-SESSION-1"
    request.order = order
    request.payment_amount = usd(1000)
    request.payment_redirect_url = "https://merchant.example/returned"
    request.settlement_strategy = settlement
    return request, AlipayPaymentSessionResponse


def authorizations():
    request = AlipayAuthRevokeTokenRequest()
    request.access_token = "PY-ACCESS-TOKEN-1"
    return request, AlipayAuthRevokeTokenResponse


def subscriptions():
    request = AlipaySubscriptionCancelRequest()
    request.subscription_id = "PY-SUBSCRIPTION-1"
    request.cancellation_type = "CANCEL"
    return request, AlipaySubscriptionCancelResponse


def disputes():
    request = AlipayAcceptDisputeRequest()
    request.dispute_id = "PY-DISPUTE-1"
    return request, AlipayAcceptDisputeResponse


def marketplace():
    request = AlipayInquireBalanceRequest()
    request.reference_merchant_id = "PY-MERCHANT-1"
    return request, AlipayInquireBalanceResponse


def customs():
    request = AlipayCustomsQueryRequest()
    request.declaration_request_ids = ["PY-DECLARATION-1"]
    return request, AlipayCustomsQueryResponse


def aba():
    request = AlipayInquireCardRequest()
    request.page_number = 1
    request.page_size = 10
    return request, AlipayInquireCardResponse


FAMILIES = {
    "vaulting": vaulting,
    "payments": payments,
    "checkout": checkout,
    "authorizations": authorizations,
    "subscriptions": subscriptions,
    "disputes": disputes,
    "marketplace": marketplace,
    "customs": customs,
    "aba": aba,
}


def call(build, with_client=None):
    request, response_class = build()
    # execute() verifies the answer's signature and raises when it does not verify.
    body = (with_client or client).execute(request)
    answer = json.loads(body)
    response_class(body)  # the SDK's own model reads our answer
    result = answer.get("result", {})
    return {
        "path": request.path,
        "result_code": result.get("resultCode"),
        "result_status": result.get("resultStatus"),
        "answer": answer,
    }


report = {}
try:
    call(disputes, client_with(job["wrong_public_key"]))
    report["wrong_signature"] = {"rejected": False}
except AlipayApiException as error:
    report["wrong_signature"] = {"rejected": "verify failed" in str(error), "error": str(error)}
report["families"] = {name: call(build) for name, build in FAMILIES.items()}
print(json.dumps(report))
