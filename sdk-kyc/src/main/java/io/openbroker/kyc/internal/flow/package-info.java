/** Internal: the method paths, the integration calls per step and the transitions. */
package io.openbroker.kyc.internal.flow;
