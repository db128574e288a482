/**
 * Validated identifiers (ID numbers, permits, cards, mobiles, accounts, serials) that print masked.
 */
package io.openbroker.core.id;
