package io.openbroker.kyc;

import io.openbroker.kyc.spi.CallbackResult;
import io.openbroker.kyc.spi.FaceMatchResult;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.ScreeningOutcome;
import io.openbroker.kyc.spi.StaffMember;
import io.openbroker.kyc.spi.VideoInspection;
import io.openbroker.kyc.suitability.SuitabilityProfile;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What the integrations answered for one step, before the rules judge it. At most one per step. */
public sealed interface Observation {

  /** Nothing was asked (the step needs no integration). */
  record Nothing() implements Observation {}

  /** The identity check and AML screening. */
  record Identity(IdentityVerdict verdict, ScreeningOutcome screening) implements Observation {
    public Identity {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(screening, "screening");
    }
  }

  /** Whether the liveness answer matched the outstanding challenge. */
  record Liveness(boolean passed) implements Observation {}

  /** The face-match answer. */
  record Face(FaceMatchResult result) implements Observation {
    public Face {
      Objects.requireNonNull(result, "result");
    }
  }

  /** The video store's inspection; empty when the reference is unknown. */
  record Video(Optional<VideoInspection> inspection) implements Observation {
    public Video {
      Objects.requireNonNull(inspection, "inspection");
    }
  }

  /** The staff named by the step, as the registry knows them (absent ones are missing). */
  record Staff(Map<StaffId, StaffMember> members) implements Observation {
    public Staff {
      members = Map.copyOf(members);
    }
  }

  /** The scored questionnaire. */
  record Suitability(SuitabilityProfile profile) implements Observation {
    public Suitability {
      Objects.requireNonNull(profile, "profile");
    }
  }

  /** The callback's result. */
  record Callback(CallbackResult result) implements Observation {
    public Callback {
      Objects.requireNonNull(result, "result");
    }
  }

  /** The accounts CSDC issued and whether the notification was delivered. */
  record Issued(AccountNumbers accounts, boolean notified) implements Observation {
    public Issued {
      Objects.requireNonNull(accounts, "accounts");
    }
  }

  /** Whether a repeated notification was delivered. */
  record Notification(boolean delivered) implements Observation {}
}
