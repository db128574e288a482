package io.openbroker.kyc.internal.flow;

import static io.openbroker.kyc.StepKind.ACTIVATE;
import static io.openbroker.kyc.StepKind.AGREEMENTS;
import static io.openbroker.kyc.StepKind.CALLBACK;
import static io.openbroker.kyc.StepKind.CAPTURE_ID;
import static io.openbroker.kyc.StepKind.FACE_MATCH;
import static io.openbroker.kyc.StepKind.INTENT;
import static io.openbroker.kyc.StepKind.IN_PERSON_WITNESS;
import static io.openbroker.kyc.StepKind.LIVENESS;
import static io.openbroker.kyc.StepKind.OPEN_ACCOUNT;
import static io.openbroker.kyc.StepKind.REVIEW;
import static io.openbroker.kyc.StepKind.SUBMIT;
import static io.openbroker.kyc.StepKind.SUITABILITY;
import static io.openbroker.kyc.StepKind.VERIFY_IDENTITY;
import static io.openbroker.kyc.StepKind.VIDEO_WITNESS;

import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.CallbackOrder;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.StepKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The mandatory steps of each method, in order (Art. 10–15, 17, 18), with the Art. 8 tail: open
 * then callback then activate, or callback then open then activate.
 */
public final class MethodPath {

  /** Built once: the paths are constants, and {@link #next} runs on every step. */
  private static final Map<OpeningMethod, Map<CallbackOrder, List<StepKind>>> PATHS = paths();

  private MethodPath() {}

  /** The mandatory steps after registration, in order. */
  public static List<StepKind> steps(OpeningMethod method, CallbackOrder order) {
    return PATHS.get(method).get(order);
  }

  private static Map<OpeningMethod, Map<CallbackOrder, List<StepKind>>> paths() {
    Map<OpeningMethod, Map<CallbackOrder, List<StepKind>>> paths =
        new EnumMap<>(OpeningMethod.class);
    for (OpeningMethod method : OpeningMethod.values()) {
      Map<CallbackOrder, List<StepKind>> byOrder = new EnumMap<>(CallbackOrder.class);
      for (CallbackOrder order : CallbackOrder.values()) {
        byOrder.put(order, build(method, order));
      }
      paths.put(method, Collections.unmodifiableMap(byOrder));
    }
    return Collections.unmodifiableMap(paths);
  }

  private static List<StepKind> build(OpeningMethod method, CallbackOrder order) {
    List<StepKind> steps = new ArrayList<>(List.of(CAPTURE_ID, VERIFY_IDENTITY));
    switch (method) {
      case ONE_WAY_VIDEO -> steps.addAll(List.of(LIVENESS, FACE_MATCH));
      case TWO_WAY_VIDEO -> steps.add(VIDEO_WITNESS);
      case WITNESS -> steps.add(IN_PERSON_WITNESS);
    }
    steps.addAll(List.of(SUITABILITY, AGREEMENTS, INTENT, SUBMIT, REVIEW));
    steps.addAll(
        order == CallbackOrder.OPEN_FIRST
            ? List.of(OPEN_ACCOUNT, CALLBACK, ACTIVATE)
            : List.of(CALLBACK, OPEN_ACCOUNT, ACTIVATE));
    return List.copyOf(steps);
  }

  /** The state a mandatory step leads to. */
  public static ApplicationState stateAfter(StepKind kind) {
    return switch (kind) {
      case REGISTER -> ApplicationState.REGISTERED;
      case CAPTURE_ID -> ApplicationState.ID_CAPTURED;
      case VERIFY_IDENTITY -> ApplicationState.IDENTITY_VERIFIED;
      case LIVENESS -> ApplicationState.LIVENESS_PASSED;
      case FACE_MATCH -> ApplicationState.FACE_MATCHED;
      case VIDEO_WITNESS -> ApplicationState.VIDEO_WITNESSED;
      case IN_PERSON_WITNESS -> ApplicationState.WITNESSED_IN_PERSON;
      case SUITABILITY -> ApplicationState.SUITABILITY_ASSESSED;
      case AGREEMENTS -> ApplicationState.AGREEMENTS_SIGNED;
      case INTENT -> ApplicationState.INTENT_RECORDED;
      case SUBMIT -> ApplicationState.UNDER_REVIEW;
      case REVIEW -> ApplicationState.APPROVED;
      case OPEN_ACCOUNT -> ApplicationState.ACCOUNT_OPENED;
      case CALLBACK -> ApplicationState.CALLBACK_DONE;
      case ACTIVATE -> ApplicationState.ACTIVE;
      case CLOSE -> ApplicationState.CLOSED;
      case ABANDON -> ApplicationState.ABANDONED;
      case EXPIRE -> ApplicationState.EXPIRED;
      case NOTIFY, CHANGE_INFO -> null;
    };
  }

  /** The next mandatory step of {@code application}, or null when none is due. */
  public static StepKind next(OnboardingApplication application) {
    List<StepKind> steps = steps(application.method(), application.callbackOrder());
    if (application.state() == ApplicationState.REGISTERED) {
      return steps.get(0);
    }
    for (int i = 0; i < steps.size() - 1; i++) {
      if (stateAfter(steps.get(i)) == application.state()) {
        return steps.get(i + 1);
      }
    }
    return null;
  }

  /** Whether {@code kind} may be applied now (mandatory next, or an allowed side step). */
  public static boolean allows(OnboardingApplication application, StepKind kind) {
    ApplicationState state = application.state();
    if (state.isFinal()) {
      return false;
    }
    return switch (kind) {
      case REGISTER -> false;
      case NOTIFY -> application.accounts().isPresent();
      case CHANGE_INFO, CLOSE -> state == ApplicationState.ACTIVE;
      case ABANDON, EXPIRE -> application.accounts().isEmpty();
        // Activation is judged by the Art. 8 and 9 rules once the accounts exist, so that using
        // the account before the callback is refused by name (CSDC-ART-8-USE-AFTER-CALLBACK).
      case ACTIVATE -> application.accounts().isPresent() && state != ApplicationState.ACTIVE;
      default -> kind == next(application);
    };
  }
}
