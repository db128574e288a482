package io.openbroker.kyc.internal.flow;

import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.Verdict;
import io.openbroker.kyc.Violation;
import io.openbroker.kyc.spi.FaceMatchResult;
import java.util.List;
import java.util.Map;

/**
 * The evidence record of one step as compact JSON, written by hand (fixed key order, no reflection)
 * because it runs on every step: who (application, staff), what (step, states, verdict, rules
 * judged and broken), the media digests and the integrations' key answers. No personal data: names,
 * numbers and mobiles stay in the application store.
 */
final class EvidencePayload {

  /**
   * {@code ","to":"<state>","version":} for each state, by ordinal: one append instead of three.
   */
  private static final List<String> TO =
      java.util.Arrays.stream(ApplicationState.values())
          .map(state -> "\",\"to\":\"" + state.name() + "\",\"version\":")
          .toList();

  private EvidencePayload() {}

  static byte[] of(
      OnboardingApplication before,
      OnboardingApplication after,
      Step step,
      Observation observation,
      Verdict verdict,
      String judged,
      List<Violation> broken,
      Map<MediaKind, MediaDigest> media) {
    JsonBytes json = new JsonBytes();
    // Every byte here is SM3-hashed on every step, so nothing derivable is written: the step kind
    // is the record's type, the state before is the previous record's "to" (one version less),
    // media digests are SM3 (hex) by definition, empty lists and maps are left out, and the
    // verdict only appears on a refusal (a record without "broken" rules is an approval).
    json.append("{\"app\":\"")
        .append(before.id().value())
        .append("\",\"event\":\"")
        .append(escape(step.eventId()))
        .append(TO.get(after.state().ordinal()))
        .append(after.version())
        .append(",\"rules\":\"")
        .append(judged)
        .append('"');
    if (!(verdict instanceof Verdict.Approve)) {
      json.append(",\"verdict\":\"").append(verdictName(verdict)).append('"');
    }
    if (step instanceof Step.Register) {
      json.append(",\"method\":\"").append(before.method()).append('"');
    }
    if (!broken.isEmpty()) {
      json.append(",\"broken\":[");
      for (int i = 0; i < broken.size(); i++) {
        json.append(i == 0 ? "\"" : ",\"").append(broken.get(i).ruleId()).append('"');
      }
      json.append(']');
    }
    actors(json, step);
    if (!media.isEmpty()) {
      json.append(",\"media\":{");
      boolean first = true;
      for (Map.Entry<MediaKind, MediaDigest> e : media.entrySet()) {
        json.append(first ? "\"" : ",\"")
            .append(e.getKey())
            .append("\":\"")
            .append(e.getValue().hex())
            .append('"');
        first = false;
      }
      json.append('}');
    }
    detail(json, observation);
    return json.append('}').toBytes();
  }

  private static String verdictName(Verdict verdict) {
    if (verdict instanceof Verdict.Reroute) {
      return "REROUTE";
    }
    return ((Verdict.Reject) verdict).terminal() ? "REJECT" : "REFUSE_STEP";
  }

  private static void actors(JsonBytes json, Step step) {
    if (step instanceof Step.WitnessInPerson s) {
      List<String> ids =
          new java.util.ArrayList<>(s.staffOnSite().stream().map(StaffId::value).toList());
      ids.add("witness:" + s.witness().value());
      strings(json, "staff", ids);
    } else if (step instanceof Step.WitnessByVideo s) {
      strings(json, "staff", List.of("witness:" + s.witness().value()));
    } else if (step instanceof Step.Review s) {
      strings(
          json,
          "staff",
          List.of("auditor:" + s.auditor().value(), "reviewer:" + s.reviewer().value()));
    }
  }

  private static void detail(JsonBytes json, Observation observation) {
    if (observation instanceof Observation.Face face) {
      json.append(",\"face\":\"")
          .append(
              face.result() instanceof FaceMatchResult.Scored s
                  ? "score:" + s.score()
                  : "impossible")
          .append('"');
    } else if (observation instanceof Observation.Suitability s) {
      json.append(",\"suitability\":\"")
          .append(s.profile().tolerance())
          .append('/')
          .append(s.profile().investorClass())
          .append("/score:")
          .append(s.profile().score())
          .append("/questionnaire:")
          .append(escape(s.profile().questionnaireVersion()))
          .append('"');
    } else if (observation instanceof Observation.Identity i) {
      json.append(",\"identity\":\"")
          .append(i.verdict())
          .append("\",\"screening\":\"")
          .append(i.screening())
          .append('"');
    } else if (observation instanceof Observation.Issued issued) {
      json.append(",\"mark\":\"")
          .append(issued.accounts().mark())
          .append("\",\"notified\":")
          .append(issued.notified());
    } else if (observation instanceof Observation.Video v && v.inspection().isPresent()) {
      json.append(",\"videoSource\":\"").append(v.inspection().get().source()).append('"');
    }
  }

  private static void strings(JsonBytes json, String key, List<String> values) {
    json.append(",\"").append(key).append("\":[");
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "\"" : ",\"").append(escape(values.get(i))).append('"');
    }
    json.append(']');
  }

  private static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, i));
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
