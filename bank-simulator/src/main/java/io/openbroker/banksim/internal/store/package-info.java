/** The bank's durable journal: every book event committed before the answer it produced is sent. */
package io.openbroker.banksim.internal.store;
