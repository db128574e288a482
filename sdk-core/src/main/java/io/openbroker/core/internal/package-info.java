/** sdk-core internals: not part of the API, exported to nobody. */
package io.openbroker.core.internal;
