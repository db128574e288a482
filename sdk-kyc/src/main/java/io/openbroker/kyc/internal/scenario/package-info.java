/** Internal: reading scenario files and the good default step of each kind. */
package io.openbroker.kyc.internal.scenario;
