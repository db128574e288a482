/** The JSON messages of the wire protocol (docs/PROTOCOL.md), one record per message. */
package io.openbroker.banksim.internal.wire;
