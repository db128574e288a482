package io.openbroker.banksim;

import io.openbroker.core.crypto.SignatureAlgorithm;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link BankSimulator} per test class (in memory, port 0, fresh keys) and injects it,
 * with its {@link BankSimulatorKeys}, into test methods, constructors and lifecycle methods.
 *
 * <pre>{@code
 * @BankSimulatorTest
 * class MyTransferTest {
 *   @Test
 *   void deposits(BankSimulator bank, BankSimulatorKeys keys) {
 *     bank.openAccount(...);
 *     // point the SDK at bank.baseUri(), sign with keys.brokerKey() ...
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BankSimulatorExtension.class)
public @interface BankSimulatorTest {

  /** The id the broker is registered under. */
  String brokerId() default "broker-1";

  /** The signature suite of the bank's and the broker's keys. */
  SignatureAlgorithm algorithm() default SignatureAlgorithm.SM3_WITH_SM2;
}
