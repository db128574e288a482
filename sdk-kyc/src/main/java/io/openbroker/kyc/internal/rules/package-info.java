/** Internal: the CSDC rule catalogue, one file per group of articles. */
package io.openbroker.kyc.internal.rules;
