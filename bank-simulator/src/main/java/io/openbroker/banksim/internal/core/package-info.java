/** The bank's engine: decisions serialised over the books, committed before they are answered. */
package io.openbroker.banksim.internal.core;
