/** SM2/SM3/SM4 and RSA through Bouncy Castle, key loading, and the signer/verifier interfaces. */
package io.openbroker.core.crypto;
