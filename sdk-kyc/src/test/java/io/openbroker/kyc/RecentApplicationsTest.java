package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.internal.store.RecentApplications;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentApplicationsTest {

  @Test
  void givesAnApplicationOnlyAtItsExactVersionAndNeverGoesBack() {
    RecentApplications recent = new RecentApplications(10);
    OnboardingApplication v1 = application("A-1");
    OnboardingApplication v2 = v1.next(ApplicationState.ABANDONED, null, Map.of(), "e2");
    recent.keep(v2);
    recent.keep(v1);

    assertThat(recent.at(v1.id(), 2)).isEqualTo(v2);
    assertThat(recent.at(v1.id(), 1)).isNull();
    assertThat(recent.at(v1.id(), 3)).isNull();
  }

  @Test
  void dropsTheLeastRecentlyUsedPastItsCapacity() {
    RecentApplications recent = new RecentApplications(2);
    OnboardingApplication a = application("A");
    OnboardingApplication b = application("B");
    OnboardingApplication c = application("C");
    recent.keep(a);
    recent.keep(b);
    recent.at(a.id(), 1);
    recent.keep(c);

    assertThat(recent.at(a.id(), 1)).isEqualTo(a);
    assertThat(recent.at(b.id(), 1)).isNull();
    assertThat(recent.at(c.id(), 1)).isEqualTo(c);
  }

  private static OnboardingApplication application(String id) {
    return new OnboardingApplication(
        ApplicationId.of(id),
        1,
        OpeningMethod.WITNESS,
        BrokerPolicy.defaults().callbackOrder(),
        KycFixture.person(),
        Channel.ON_SITE,
        ApplicationState.REGISTERED,
        LocalDate.of(2026, 11, 20),
        List.of(),
        Map.of(),
        List.of("e1"));
  }
}
