/** The review queue's SQL on the transfer journal's tables: held rows released or rejected once. */
package io.openbroker.transfer.internal.review;
