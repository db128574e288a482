/** Internal: how {@link io.openbroker.kyc.JdbcApplicationStore} writes applications as JSON. */
package io.openbroker.kyc.internal.store;
