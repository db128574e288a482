/** Configured Jackson mappers, the OpenBroker Jackson module, and typed JSON decoding errors. */
package io.openbroker.core.json;
