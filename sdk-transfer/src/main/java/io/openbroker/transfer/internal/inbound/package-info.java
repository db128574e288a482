/** Bank-initiated messages: parsing, exactly-once application, the stored answers. Not API. */
package io.openbroker.transfer.internal.inbound;
