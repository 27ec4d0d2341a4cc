"""The payments family through Antom's official Python SDK (global-open-sdk-python).

Reads a JSON job on stdin (sandbox URL, keys, client id, a card token vaulted by our Rust
client, the ids and amounts), prints a JSON report on stdout. The SDK's own request classes
pay with manual capture, capture part, refund part, then inquire the payment and the refund;
the SDK verifies every answer's signature and raises when it does not verify.

The sandbox signs the answer to the first call wrongly (the test queues that fault): the SDK
must reject that pay, and the same paymentRequestId sent again gets the same payment, signed.
"""

import json
import sys

from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
from com.alipay.ams.api.exception.exception import AlipayApiException
from com.alipay.ams.api.model.amount import Amount
from com.alipay.ams.api.model.env import Env
from com.alipay.ams.api.model.order import Order
from com.alipay.ams.api.model.payment_factor import PaymentFactor
from com.alipay.ams.api.model.payment_method import PaymentMethod
from com.alipay.ams.api.model.product_code_type import ProductCodeType
from com.alipay.ams.api.model.settlement_strategy import SettlementStrategy
from com.alipay.ams.api.model.terminal_type import TerminalType
from com.alipay.ams.api.request.pay.alipay_capture_request import AlipayCaptureRequest
from com.alipay.ams.api.request.pay.alipay_inquiry_refund_request import (
    AlipayInquiryRefundRequest,
)
from com.alipay.ams.api.request.pay.alipay_pay_query_request import AlipayPayQueryRequest
from com.alipay.ams.api.request.pay.alipay_pay_request import AlipayPayRequest
from com.alipay.ams.api.request.pay.alipay_refund_request import AlipayRefundRequest
from com.alipay.ams.api.response.pay.alipay_capture_response import AlipayCaptureResponse
from com.alipay.ams.api.response.pay.alipay_inquiry_refund_response import (
    AlipayInquiryRefundResponse,
)
from com.alipay.ams.api.response.pay.alipay_pay_query_response import (
    AlipayPayQueryResponse,
)
from com.alipay.ams.api.response.pay.alipay_pay_response import AlipayPayResponse
from com.alipay.ams.api.response.pay.alipay_refund_response import AlipayRefundResponse

from sdk_loopback import use_sandbox

job = json.load(sys.stdin)
use_sandbox(job["sandbox_url"])
client = DefaultAlipayClient(
    job["sandbox_url"], job["client_id"], job["merchant_private_key"], job["sandbox_public_key"]
)


def usd(minor_units):
    # The pages write amount values as strings of minor units; the SDK sends what it is given.
    return Amount(currency="USD", value=str(minor_units))


def pay_request():
    order = Order()
    order.reference_order_id = "ORDER-" + job["payment_request_id"]
    order.order_description = "Two tickets"
    order.order_amount = usd(job["amount"])
    method = PaymentMethod()
    method.payment_method_type = "CARD"
    method.payment_method_id = job["card_token"]
    env = Env()
    env.terminal_type = TerminalType.WEB
    factor = PaymentFactor()
    factor.capture_mode = "MANUAL"
    settlement = SettlementStrategy()
    settlement.settlement_currency = "USD"
    request = AlipayPayRequest()
    request.product_code = ProductCodeType.CASHIER_PAYMENT
    request.payment_request_id = job["payment_request_id"]
    request.order = order
    request.payment_amount = usd(job["amount"])
    request.payment_method = method
    request.payment_redirect_url = "http://127.0.0.1:9/returned"
    request.payment_factor = factor
    request.settlement_strategy = settlement
    request.env = env
    return request


def result(response):
    status = response.result.result_status
    return {
        "result_code": response.result.result_code,
        "result_status": getattr(status, "name", status),
        "result_message": response.result.result_message,
    }


def amount(value):
    return value and {"currency": value.currency, "value": value.value}


def name(enum_value):
    # The SDK maps unknown enum strings to None, so None here means it did not understand.
    return getattr(enum_value, "name", None)


def rejected_pay():
    """The first call: its answer is wrongly signed, and the SDK must refuse it."""
    try:
        client.execute(pay_request())
        return {"rejected": False}
    except AlipayApiException as error:
        return {"rejected": "verify failed" in str(error), "error": str(error)}


def pay():
    response = AlipayPayResponse(client.execute(pay_request()))
    return dict(
        result(response),
        payment_id=response.payment_id,
        payment_request_id=response.payment_request_id,
        payment_amount=amount(response.payment_amount),
    )


def capture(payment_id):
    request = AlipayCaptureRequest()
    request.capture_request_id = job["capture_request_id"]
    request.payment_id = payment_id
    request.capture_amount = usd(job["capture"])
    response = AlipayCaptureResponse(client.execute(request))
    return dict(
        result(response),
        capture_id=response.capture_id,
        capture_amount=amount(response.capture_amount),
    )


def refund(payment_id):
    request = AlipayRefundRequest()
    request.refund_request_id = job["refund_request_id"]
    request.payment_id = payment_id
    request.refund_amount = usd(job["refund"])
    response = AlipayRefundResponse(client.execute(request))
    return dict(
        result(response),
        refund_id=response.refund_id,
        refund_amount=amount(response.refund_amount),
    )


def inquiry_payment(payment_id):
    request = AlipayPayQueryRequest()
    request.payment_id = payment_id
    response = AlipayPayQueryResponse(client.execute(request))
    transactions = [
        {
            "type": name(t.transaction_type),
            "status": name(t.transaction_status),
            "amount": amount(t.transaction_amount),
            "id": t.transaction_id,
        }
        for t in response.transactions or []
    ]
    return dict(
        result(response),
        payment_status=name(response.payment_status),
        payment_amount=amount(response.payment_amount),
        transactions=transactions,
    )


def inquiry_refund(refund_id):
    request = AlipayInquiryRefundRequest()
    request.refund_id = refund_id
    response = AlipayInquiryRefundResponse(client.execute(request))
    return dict(
        result(response),
        refund_id=response.refund_id,
        refund_status=name(response.refund_status),
        refund_amount=amount(response.refund_amount),
    )


report = {"wrong_signature": rejected_pay()}
report["pay"] = pay()
payment_id = report["pay"]["payment_id"]
report["capture"] = capture(payment_id)
report["refund"] = refund(payment_id)
report["inquiry_payment"] = inquiry_payment(payment_id)
report["inquiry_refund"] = inquiry_refund(report["refund"]["refund_id"])
print(json.dumps(report))
