/** The bank's decisions: each operation reads the books and returns an outcome with its events. */
package io.openbroker.banksim.internal.desk;
