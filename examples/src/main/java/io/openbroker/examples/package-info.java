/** The openbroker CLI: subcommands to try every flow. */
package io.openbroker.examples;
