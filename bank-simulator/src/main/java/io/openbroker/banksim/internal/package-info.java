/** The bank simulator's implementation; not an API. */
package io.openbroker.banksim.internal;
