/** Bank-initiated traffic: delivery of bank-channel transfers and reversals to brokers. */
package io.openbroker.banksim.internal.outbound;
