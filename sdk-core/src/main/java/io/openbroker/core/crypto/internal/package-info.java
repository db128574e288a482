/** Bouncy Castle lightweight-API implementations behind the public crypto types; not API. */
package io.openbroker.core.crypto.internal;
