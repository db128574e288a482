package io.openbroker.examples.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.recon.BusinessWindow;
import io.openbroker.recon.ReconClass;
import io.openbroker.recon.ReconListener;
import io.openbroker.recon.ReconSummary;
import io.openbroker.recon.Reconciler;
import io.openbroker.testkit.OpenBrokerArbitraries;
import io.openbroker.testkit.ReconFilePair;
import io.openbroker.testkit.ReconFilePairs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a broker team's CI would write with {@code openbroker-testkit}: its own checks driven by the
 * kit's arbitraries (here against the SDK itself, as a stand-in for the team's code).
 */
class BrokerTeamProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @Property
  void everyValidIdNumberIsAccepted(@ForAll("ids") ResidentIdNumber id) {
    assertThat(ResidentIdNumber.parse(id.value(), TODAY)).isEqualTo(id);
  }

  @Property
  void everyMistypedIdNumberIsRefusedWithAStableCode(@ForAll("badIds") String text) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ID_NUMBER_")
        .message()
        .doesNotContain(text);
  }

  @Property
  void everyInvalidMobileIsRefused(@ForAll("badMobiles") String text) {
    assertThatThrownBy(() -> MobileNumber.parse(text)).isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 25)
  void reconciliationReportsExactlyThePlantedDiscrepancies(@ForAll("pairs") ReconFilePair pair)
      throws IOException {
    Path dir = Files.createTempDirectory("recon-ci");
    try {
      Path bank =
          Files.writeString(dir.resolve("bank.csv"), pair.bankCsv(), StandardCharsets.UTF_8);
      Path broker =
          Files.writeString(dir.resolve("broker.csv"), pair.brokerCsv(), StandardCharsets.UTF_8);
      List<Object> exceptions = new ArrayList<>();
      ReconSummary summary =
          Reconciler.builder(BusinessWindow.calendarDay(pair.businessDate()))
              .threads(1)
              .build()
              .reconcile(bank, broker, exceptions::add, new ReconListener() {});

      assertThat(summary.matched()).as("%s", pair).isEqualTo((long) pair.matched());
      for (ReconClass c : ReconClass.values()) {
        if (c != ReconClass.MATCHED) {
          assertThat(summary.count(c))
              .as("%s in %s", c, pair)
              .isEqualTo(pair.planted().getOrDefault(c.name(), 0).longValue());
        }
      }
      assertThat(exceptions).hasSize(pair.discrepancies());
    } finally {
      for (String name : List.of("bank.csv", "broker.csv")) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
    }
  }

  @Provide
  Arbitrary<ResidentIdNumber> ids() {
    return OpenBrokerArbitraries.residentIds();
  }

  @Provide
  Arbitrary<String> badIds() {
    return OpenBrokerArbitraries.invalidResidentIdTexts();
  }

  @Provide
  Arbitrary<String> badMobiles() {
    return OpenBrokerArbitraries.invalidMobileTexts();
  }

  @Provide
  Arbitrary<ReconFilePair> pairs() {
    return ReconFilePairs.any(TODAY);
  }
}
