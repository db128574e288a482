/** JMH and whole-process benchmarks; see docs/PERFORMANCE.md for the command and the figures. */
package io.openbroker.benchmarks;
