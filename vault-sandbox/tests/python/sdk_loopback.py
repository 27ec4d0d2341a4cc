"""Points Antom's official Python SDK at the loopback sandbox.

The SDK always opens HTTPS on port 443; its connection factory is replaced by one that opens
plain HTTP to the sandbox. The SDK still writes the absolute URL as the request target, as it
does against the real gateway.
"""

import http.client
from urllib.parse import urlparse

import com.alipay.ams.api.net.default_http_rpc as rpc


def use_sandbox(sandbox_url):
    sandbox = urlparse(sandbox_url)

    def loopback_connection(_url, timeout=15):
        return http.client.HTTPConnection(sandbox.hostname, sandbox.port, timeout=timeout)

    setattr(rpc, "__get_http_connection", loopback_connection)
