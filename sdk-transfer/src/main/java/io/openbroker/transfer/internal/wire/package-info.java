/** The JSON request bodies of the wire protocol (SPEC §6) and their mapper. Not API. */
package io.openbroker.transfer.internal.wire;
