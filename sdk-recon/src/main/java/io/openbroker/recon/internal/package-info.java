/** sdk-recon internals: parsers, spill files, the partition matcher, report writers. */
package io.openbroker.recon.internal;
