/** The transfer flow: drive one transfer to a definite end, resend, reverse, recover. Not API. */
package io.openbroker.transfer.internal.flow;
