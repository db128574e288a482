#!/usr/bin/env bash
# Regenerates the crypto interop fixtures under sdk-core/src/test/resources/crypto/ with OpenSSL 3,
# then has the SDK sign/encrypt with the same keys and checks every SDK-made artefact with OpenSSL.
# Also refreshes the self-test vectors (sdk-core/src/main/resources/.../self-test.properties).
# Fails loudly (non-zero exit, "FIXTURE CHECK FAILED") if OpenSSL and the SDK disagree anywhere.
#
# Usage: scripts/make-crypto-fixtures.sh        (needs openssl 3.x, xxd, and Maven with JDK 17)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/sdk-core/src/test/resources/crypto"
SELF_TEST="$ROOT/sdk-core/src/main/resources/io/openbroker/core/crypto/internal/self-test.properties"
ID=1234567812345678            # GB/T 32918 default SM2 user ID
CUSTOM_ID=broker-001@openbroker # a non-default user ID, to prove the ID is configurable
P12_PASSWORD=fixture-password

fail() { echo "FIXTURE CHECK FAILED: $*" >&2; exit 1; }
check() { local what=$1; shift; "$@" >/dev/null 2>&1 || fail "$what"; echo "ok: $what"; }
refuse() { local what=$1; shift; if "$@" >/dev/null 2>&1; then fail "$what"; fi; echo "ok: $what"; }
hex() { xxd -p "$1" | tr -d '\n'; }
pem_hex() { grep -v -- ----- "$1" | base64 -d | xxd -p | tr -d '\n'; }  # the DER inside a PEM file
oaep=(-pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256)

openssl version | grep -q '^OpenSSL 3\.' || fail "OpenSSL 3.x required, found: $(openssl version)"
rm -rf "$OUT" && mkdir -p "$OUT" && cd "$OUT"

echo "== keys and certificates (OpenSSL $(openssl version | cut -d' ' -f2))"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2 -out sm2-private.pem
openssl pkey -in sm2-private.pem -pubout -out sm2-public.pem
openssl ec -in sm2-private.pem -out sm2-private-sec1.pem 2>/dev/null
# The form many 国密 guides use: an "SM2 PARAMETERS" block, then the SEC1 key.
openssl ecparam -genkey -name SM2 -out sm2-ecparam-genkey.pem
openssl req -new -x509 -key sm2-private.pem -sm3 -sigopt "distid:$ID" -days 3650 \
  -subj "/C=CN/O=OpenBroker/CN=OpenBroker SM2 fixture" -out sm2-cert.pem
openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa-private.pem
openssl pkey -in rsa-private.pem -pubout -out rsa-public.pem
openssl rsa -in rsa-private.pem -traditional -out rsa-private-pkcs1.pem 2>/dev/null
openssl req -new -x509 -key rsa-private.pem -sha256 -days 3650 \
  -subj "/C=CN/O=OpenBroker/CN=OpenBroker RSA fixture" -out rsa-cert.pem
openssl pkcs12 -export -inkey rsa-private.pem -in rsa-cert.pem -name rsa-fixture \
  -passout "pass:$P12_PASSWORD" -out rsa.p12
openssl pkcs12 -export -inkey sm2-private.pem -in sm2-cert.pem -name sm2-fixture \
  -passout "pass:$P12_PASSWORD" -out sm2.p12
# Keys of the wrong type, for KEY_WRONG_TYPE tests.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out p256-private.pem
openssl pkey -in p256-private.pem -pubout -out p256-public.pem
openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024-private.pem
openssl genpkey -algorithm ED25519 -out ed25519-private.pem

echo "== messages, OpenSSL signatures and ciphertexts"
printf 'OpenBroker interop fixture: BANK_TO_SECURITIES 100.00 CNY, serial B20261120000001\n' > message.txt
printf 'bank-password-135790' > secret.txt
openssl pkeyutl -sign -rawin -digest sm3 -inkey sm2-private.pem -pkeyopt "distid:$ID" \
  -in message.txt -out openssl-sm2.sig
openssl dgst -sm3 -sign sm2-private.pem -sigopt "distid:$CUSTOM_ID" -out openssl-sm2-custom-id.sig message.txt
# OpenSSL 3.0's pkeyutl without distid signs with an EMPTY user ID: kept to show the SDK rejects it.
openssl pkeyutl -sign -rawin -digest sm3 -inkey sm2-private.pem -in message.txt -out openssl-sm2-empty-id.sig
openssl dgst -sha256 -sign rsa-private.pem -out openssl-rsa.sig message.txt
openssl pkeyutl -encrypt -pubin -inkey sm2-public.pem -in secret.txt -out openssl-sm2.ct.der
openssl pkeyutl -encrypt -pubin -inkey rsa-public.pem "${oaep[@]}" -in secret.txt -out openssl-rsa-oaep.ct
check "OpenSSL verifies its own SM2 signature" openssl pkeyutl -verify -rawin -digest sm3 -pubin \
  -inkey sm2-public.pem -pkeyopt "distid:$ID" -in message.txt -sigfile openssl-sm2.sig
refuse "OpenSSL rejects the SM2 signature under an empty user ID" openssl pkeyutl -verify -rawin \
  -digest sm3 -pubin -inkey sm2-public.pem -in message.txt -sigfile openssl-sm2.sig

echo "== standard vectors, checked with OpenSSL"
SM3_ABC=66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0
SM3_ABCD16=debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732
SM4_KEY=0123456789abcdeffedcba9876543210
SM4_ONE=681edf34d206965e86b3e94f536e4246
[ "$(printf abc | openssl dgst -sm3 -r | cut -d' ' -f1)" = "$SM3_ABC" ] || fail "SM3(abc)"
[ "$(printf 'abcd%.0s' {1..16} | openssl dgst -sm3 -r | cut -d' ' -f1)" = "$SM3_ABCD16" ] || fail "SM3(abcd*16)"
[ "$(printf $SM4_KEY | xxd -r -p | openssl enc -sm4-ecb -K $SM4_KEY -nopad | xxd -p)" = "$SM4_ONE" ] \
  || fail "SM4 one block"
echo "ok: GB/T 32905 SM3 and GB/T 32907 SM4 vectors"
cat > standard-vectors.properties <<VECTORS
# GB/T 32905-2016 SM3 examples 1 and 2 (checked with openssl dgst -sm3 by the script).
sm3.abc.input=616263
sm3.abc.hash=$SM3_ABC
sm3.abcd16.input=$(printf 'abcd%.0s' {1..16} | xxd -p | tr -d '\n')
sm3.abcd16.hash=$SM3_ABCD16
# GB/T 32907-2016 SM4 examples: one block (checked with openssl enc -sm4-ecb), and the same block
# encrypted 1,000,000 times with the same key.
sm4.key=$SM4_KEY
sm4.plaintext=$SM4_KEY
sm4.ciphertext=$SM4_ONE
sm4.ciphertext.million=595298c7c6fd271f0402f804c33d3f66
# RFC 8998 appendix A.1, SM4-GCM (OpenSSL 3.0's enc has no AEAD modes; cross-checked with pyca).
sm4gcm.key=0123456789abcdeffedcba9876543210
sm4gcm.iv=00001234567800000000abcd
sm4gcm.aad=feedfacedeadbeeffeedfacedeadbeefabaddad2
sm4gcm.plaintext=aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa
sm4gcm.ciphertext=17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d
sm4gcm.tag=83de3541e4c2b58177e065a9bf7b62ec
VECTORS

echo "== the SDK signs and encrypts with the same keys"
cat > fixture.properties <<PROPS
sm2.user-id=$ID
sm2.custom-user-id=$CUSTOM_ID
pkcs12.password=$P12_PASSWORD
PROPS
(cd "$ROOT" && mvn -B -q -pl sdk-core test-compile org.codehaus.mojo:exec-maven-plugin:java \
  -Dexec.mainClass=io.openbroker.core.crypto.SdkFixtureWriter -Dexec.classpathScope=test \
  -Dexec.args="$OUT") || fail "the SDK fixture writer did not run"

echo "== OpenSSL checks what the SDK made"
check "SDK SM2 signature (default user ID) verifies in OpenSSL" openssl pkeyutl -verify -rawin \
  -digest sm3 -pubin -inkey sm2-public.pem -pkeyopt "distid:$ID" -in message.txt -sigfile sdk-sm2.sig
check "SDK SM2 signature (custom user ID) verifies in OpenSSL dgst" openssl dgst -sm3 \
  -verify sm2-public.pem -sigopt "distid:$CUSTOM_ID" -signature sdk-sm2-custom-id.sig message.txt
refuse "SDK SM2 signature fails in OpenSSL under the wrong user ID" openssl dgst -sm3 \
  -verify sm2-public.pem -sigopt "distid:$CUSTOM_ID" -signature sdk-sm2.sig message.txt
check "SDK RSA signature verifies in OpenSSL" openssl dgst -sha256 -verify rsa-public.pem \
  -signature sdk-rsa.sig message.txt
check "SDK RSA signature is byte-identical to OpenSSL's (PKCS#1 v1.5 is deterministic)" \
  cmp sdk-rsa.sig openssl-rsa.sig
openssl pkeyutl -decrypt -inkey sm2-private.pem -in sdk-sm2.ct.der -out sdk-sm2.ct.plain \
  || fail "OpenSSL cannot decrypt the SDK's SM2 DER ciphertext"
check "OpenSSL decrypts the SDK's SM2 DER ciphertext" cmp sdk-sm2.ct.plain secret.txt
openssl pkeyutl -decrypt -inkey rsa-private.pem "${oaep[@]}" -in sdk-rsa-oaep.ct -out sdk-rsa.ct.plain \
  || fail "OpenSSL cannot decrypt the SDK's RSA-OAEP ciphertext"
check "OpenSSL decrypts the SDK's RSA-OAEP ciphertext" cmp sdk-rsa.ct.plain secret.txt
rm -f sdk-sm2.ct.plain sdk-rsa.ct.plain
for kind in sm2 rsa; do
  check "OpenSSL accepts the SDK-generated $kind private key" \
    openssl pkey -in "sdk-generated-$kind-private.pem" -check -noout
  openssl pkey -in "sdk-generated-$kind-private.pem" -pubout -out derived.pem
  check "SDK-generated $kind public key matches its private key" cmp derived.pem "sdk-generated-$kind-public.pem"
  rm -f derived.pem
done
check "SDK signature with an SDK-generated SM2 key verifies in OpenSSL" openssl pkeyutl -verify \
  -rawin -digest sm3 -pubin -inkey sdk-generated-sm2-public.pem -pkeyopt "distid:$ID" \
  -in message.txt -sigfile sdk-generated-sm2.sig

echo "== self-test vectors"
mkdir -p "$(dirname "$SELF_TEST")"
{
  echo "# Known-answer vectors for CryptoSelfTest, made with OpenSSL 3 by scripts/make-crypto-fixtures.sh."
  echo "# The SM2 and RSA keys here are public test keys, used for nothing but this self-test."
  echo "sm3.input=616263"
  echo "sm3.hash=$SM3_ABC"
  echo "sm4.key=$SM4_KEY"
  echo "sm4.plaintext=$SM4_KEY"
  echo "sm4.ciphertext=$SM4_ONE"
  grep '^sm4gcm\.' standard-vectors.properties
  echo "message=$(hex message.txt)"
  echo "secret=$(hex secret.txt)"
  echo "sm2.private=$(pem_hex sm2-private.pem)"
  echo "sm2.public=$(pem_hex sm2-public.pem)"
  echo "sm2.signature=$(hex openssl-sm2.sig)"
  echo "sm2.ciphertext.der=$(hex openssl-sm2.ct.der)"
  echo "rsa.private=$(pem_hex rsa-private.pem)"
  echo "rsa.public=$(pem_hex rsa-public.pem)"
  echo "rsa.signature=$(hex openssl-rsa.sig)"
  echo "rsa.ciphertext=$(hex openssl-rsa-oaep.ct)"
} > "$SELF_TEST"
cat > README.md <<README
# Crypto interop fixtures (generated: do not edit)

Made by \`scripts/make-crypto-fixtures.sh\` with $(openssl version | cut -d' ' -f1-2); every file
the SDK made (\`sdk-*\`) was checked with OpenSSL when generated. Rerun the script to refresh;
the tests need only these files, not OpenSSL.

| file | what |
|---|---|
| sm2-private.pem, sm2-private-sec1.pem, sm2-public.pem, sm2-cert.pem, sm2.p12 | one SM2 key: PKCS#8, SEC1 ("SM2 PRIVATE KEY"), SPKI, self-signed X.509 (SM3withSM2), PKCS#12 |
| rsa-private.pem, rsa-private-pkcs1.pem, rsa-public.pem, rsa-cert.pem, rsa.p12 | one RSA-2048 key in the same forms |
| sm2-ecparam-genkey.pem | another SM2 key as \`openssl ecparam -genkey -name SM2\` writes it (parameters block first) |
| p256-*.pem, rsa1024-private.pem, ed25519-private.pem | keys of the wrong type (KEY_WRONG_TYPE) |
| message.txt, secret.txt | the signed message and the encrypted secret |
| openssl-sm2.sig | OpenSSL SM3withSM2, user ID $ID (pkeyutl -rawin -digest sm3 -pkeyopt distid:...) |
| openssl-sm2-custom-id.sig | OpenSSL SM3withSM2, user ID $CUSTOM_ID (dgst -sm3 -sigopt distid:...) |
| openssl-sm2-empty-id.sig | OpenSSL 3.0 pkeyutl without distid: signs with an EMPTY user ID |
| openssl-rsa.sig | OpenSSL SHA256withRSA |
| openssl-sm2.ct.der, openssl-rsa-oaep.ct | OpenSSL SM2 (GM/T 0009 DER, C1C3C2) and RSA-OAEP-SHA-256/MGF1-SHA-256 ciphertexts of secret.txt |
| sdk-sm2.sig, sdk-sm2-custom-id.sig, sdk-rsa.sig | SDK signatures, verified by OpenSSL |
| sdk-sm2.ct.der, sdk-rsa-oaep.ct | SDK ciphertexts, decrypted by OpenSSL; sdk-sm2.ct.raw is the raw 04‖x‖y‖C3‖C2 form |
| sdk-generated-* | SDK-generated key pairs (checked with openssl pkey -check) and a signature |
| standard-vectors.properties | GB/T 32905 SM3, GB/T 32907 SM4, RFC 8998 SM4-GCM |
| fixture.properties | the user IDs and PKCS#12 password used |
README
echo "wrote $OUT and $SELF_TEST"
