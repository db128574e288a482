/**
 * The foundation every OpenBroker module stands on: errors with stable codes and injected effects.
 */
package io.openbroker.core;
