package io.openbroker.banksim;

import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link BankSimulatorTest}: one bank per test class, closed after the
 * class; resolves {@link BankSimulator} and {@link BankSimulatorKeys} parameters.
 */
public final class BankSimulatorExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BankSimulatorExtension.class);

  /** A started bank and its keys, closed by JUnit when the class's store closes. */
  private record Running(BankSimulator bank, BankSimulatorKeys keys)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      bank.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == BankSimulator.class || type == BankSimulatorKeys.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running r = running(context);
    return parameter.getParameter().getType() == BankSimulator.class ? r.bank() : r.keys();
  }

  private static Running running(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext classContext = context;
    while (classContext.getParent().isPresent()
        && classContext.getParent().get().getTestClass().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(testClass, c -> start(settings(testClass)), Running.class);
  }

  private static BankSimulatorTest settings(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      BankSimulatorTest a = c.getAnnotation(BankSimulatorTest.class);
      if (a != null) {
        return a;
      }
    }
    throw new IllegalStateException(testClass + " is not annotated with @BankSimulatorTest");
  }

  private static Running start(BankSimulatorTest settings) {
    RandomSource random = RandomSource.secure();
    AsymmetricKeyPair bank = generate(settings.algorithm(), random);
    AsymmetricKeyPair broker = generate(settings.algorithm(), random);
    AsymmetricKeyPair admin = generate(settings.algorithm(), random);
    String suffix = settings.algorithm() == SignatureAlgorithm.SM3_WITH_SM2 ? "-sm2" : "-rsa";
    BankSimulator started =
        BankSimulator.builder()
            .effects(Effects.system())
            .bankKey(BankKey.of("bank" + suffix, bank.privateKey(), random))
            .broker(
                new BrokerRegistration(
                    settings.brokerId(),
                    settings.brokerId() + suffix,
                    broker.publicKey().verifier(),
                    Optional.empty()))
            .adminKey("admin" + suffix, admin.publicKey().verifier())
            .start();
    BankSimulatorKeys keys =
        new BankSimulatorKeys(
            settings.brokerId(),
            settings.brokerId() + suffix,
            broker.privateKey(),
            "bank" + suffix,
            bank.publicKey(),
            "admin" + suffix,
            admin.privateKey());
    return new Running(started, keys);
  }

  private static AsymmetricKeyPair generate(SignatureAlgorithm algorithm, RandomSource random) {
    return algorithm == SignatureAlgorithm.SM3_WITH_SM2
        ? AsymmetricKeyPair.generateSm2(random)
        : AsymmetricKeyPair.generateRsa(random, 2048);
  }
}
