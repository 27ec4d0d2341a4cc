#!/usr/bin/env bash
# Writes signature.base64: the RSA PKCS#1 v1.5 SHA-256 signature (deterministic) of
#   POST <path>\n<client id>.<request time>.<body bytes>
# made by openssl, not by this repository's code, with the TEST-ONLY merchant key.
# Run from this directory; the inputs below are repeated in tests/signature_vector.rs.
set -euo pipefail
path=/ams/api/v1/payments/pay
client_id=2188120000000001
time=1796084400000
key=../../../vault-sandbox/test-keys/merchant-private.TEST-ONLY.pem
{ printf 'POST %s\n%s.%s.' "$path" "$client_id" "$time"; cat body.json; } \
    | openssl dgst -sha256 -sign "$key" \
    | openssl base64 -A > signature.base64
