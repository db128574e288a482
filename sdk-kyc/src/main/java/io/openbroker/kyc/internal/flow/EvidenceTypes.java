package io.openbroker.kyc.internal.flow;

import io.openbroker.kyc.StepKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The evidence record type of each step kind, e.g. {@code kyc.face_match}; built once. */
final class EvidenceTypes {

  private static final Map<StepKind, String> TYPES = build();

  private EvidenceTypes() {}

  static String of(StepKind kind) {
    return TYPES.get(kind);
  }

  private static Map<StepKind, String> build() {
    Map<StepKind, String> types = new EnumMap<>(StepKind.class);
    for (StepKind kind : StepKind.values()) {
      types.put(kind, "kyc." + kind.name().toLowerCase(Locale.ROOT));
    }
    return types;
  }
}
