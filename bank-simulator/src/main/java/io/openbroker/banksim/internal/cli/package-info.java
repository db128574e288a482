/** The stand-alone bank: {@code java -jar bank-simulator.jar --port P --data DIR --config FILE}. */
package io.openbroker.banksim.internal.cli;
