/**
 * Bank–securities transfers (银证转账) under third-party depository: {@link
 * io.openbroker.transfer.TransferClient} speaks the signed wire protocol, {@link
 * io.openbroker.transfer.TransferService} runs transfers to a definite end with a durable journal,
 * resend, reversal and recovery.
 */
package io.openbroker.transfer;
