/**
 * Exact amounts of money: fen as {@code long}, parsed and printed as decimal text, never double.
 */
package io.openbroker.core.money;
