package io.openbroker.kyc.internal.rules;

import io.openbroker.kyc.Consequence;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.Rule;
import io.openbroker.kyc.RuleContext;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.spi.StaffMember;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Shorthands for writing the catalogue. */
final class Rules {

  static final Set<OpeningMethod> ALL = EnumSet.allOf(OpeningMethod.class);
  static final Set<OpeningMethod> ONLINE =
      EnumSet.of(OpeningMethod.TWO_WAY_VIDEO, OpeningMethod.ONE_WAY_VIDEO);
  static final Set<OpeningMethod> WITNESS = EnumSet.of(OpeningMethod.WITNESS);
  static final Set<OpeningMethod> TWO_WAY = EnumSet.of(OpeningMethod.TWO_WAY_VIDEO);
  static final Set<OpeningMethod> ONE_WAY = EnumSet.of(OpeningMethod.ONE_WAY_VIDEO);

  private Rules() {}

  static Rule refuse(
      String id,
      int article,
      Set<StepKind> kinds,
      Set<OpeningMethod> methods,
      String zh,
      String en,
      Predicate<RuleContext> passes) {
    return new Rule(id, article, Consequence.REFUSE_STEP, kinds, methods, zh, en, passes);
  }

  static Rule reject(
      String id,
      int article,
      Set<StepKind> kinds,
      Set<OpeningMethod> methods,
      String zh,
      String en,
      Predicate<RuleContext> passes) {
    return new Rule(id, article, Consequence.REJECT_APPLICATION, kinds, methods, zh, en, passes);
  }

  static Set<StepKind> on(StepKind first, StepKind... rest) {
    return EnumSet.of(first, rest);
  }

  /** The registry's record of {@code id} as observed for this step. */
  static Optional<StaffMember> staff(RuleContext ctx, StaffId id) {
    return ctx.observation(Observation.Staff.class).map(s -> s.members().get(id));
  }
}
