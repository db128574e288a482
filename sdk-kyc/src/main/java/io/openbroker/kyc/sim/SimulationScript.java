package io.openbroker.kyc.sim;

import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.ScreeningOutcome;
import io.openbroker.kyc.spi.StaffMember;
import io.openbroker.kyc.spi.StaffRole;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the simulated integrations answer. {@link #defaults()} answers everything well; the {@code
 * with…} methods script one failure at a time.
 *
 * <pre>{@code
 * SimulationScript script = SimulationScript.defaults().withFaceScore(0.42);
 * Integrations sims = Simulations.integrations(script, effects);
 * }</pre>
 *
 * @param identity the MPS answer
 * @param screening the watch-list answer
 * @param faceScore the face-match score, or negative for "impossible to compare"
 * @param videoComplete whether recorded videos are complete
 * @param videoClear whether recorded videos pass the quality checks
 * @param videoStatement whether the investor's statement in the video is complete
 * @param callbackSucceeds whether the callback reaches the investor and confirms identity and will
 * @param notifierDelivers whether account-number notifications are delivered
 * @param issuerMarksMethod whether the CSDC issuer marks accounts with the right method
 * @param staff the staff registry
 */
public record SimulationScript(
    IdentityVerdict identity,
    ScreeningOutcome screening,
    double faceScore,
    boolean videoComplete,
    boolean videoClear,
    boolean videoStatement,
    boolean callbackSucceeds,
    boolean notifierDelivers,
    boolean issuerMarksMethod,
    List<StaffMember> staff) {

  public SimulationScript {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(screening, "screening");
    if (faceScore > 1) {
      throw new IllegalArgumentException("faceScore must be at most 1");
    }
    staff = List.copyOf(staff);
  }

  /**
   * Everything succeeds; the registry holds witnesses {@code W1}, {@code W2}, reviewer {@code R1},
   * operator {@code O1}, marketing {@code M1}, untrained {@code U1} and contractor {@code C1}.
   */
  public static SimulationScript defaults() {
    return new SimulationScript(
        IdentityVerdict.VERIFIED,
        ScreeningOutcome.CLEAR,
        0.95,
        true,
        true,
        true,
        true,
        true,
        true,
        defaultStaff());
  }

  /** The default registry. */
  public static List<StaffMember> defaultStaff() {
    return List.of(
        member("W1", true, true, StaffRole.WITNESS),
        member("W2", true, true, StaffRole.WITNESS),
        member("R1", true, true, StaffRole.REVIEWER),
        member("O1", true, true, StaffRole.OPERATOR),
        member("M1", true, true, StaffRole.MARKETING, StaffRole.WITNESS),
        member("U1", true, false, StaffRole.WITNESS),
        member("C1", false, true, StaffRole.WITNESS));
  }

  private static StaffMember member(
      String id, boolean contract, boolean trained, StaffRole... roles) {
    return new StaffMember(new StaffId(id), contract, trained, Set.of(roles));
  }

  /** Answers MPS checks with {@code verdict}. */
  public SimulationScript withIdentity(IdentityVerdict verdict) {
    return new SimulationScript(
        verdict,
        screening,
        faceScore,
        videoComplete,
        videoClear,
        videoStatement,
        callbackSucceeds,
        notifierDelivers,
        issuerMarksMethod,
        staff);
  }

  /** Answers screenings with {@code outcome}. */
  public SimulationScript withScreening(ScreeningOutcome outcome) {
    return new SimulationScript(
        identity,
        outcome,
        faceScore,
        videoComplete,
        videoClear,
        videoStatement,
        callbackSucceeds,
        notifierDelivers,
        issuerMarksMethod,
        staff);
  }

  /** Answers face matches with {@code score} (negative: impossible to compare). */
  public SimulationScript withFaceScore(double score) {
    return new SimulationScript(
        identity,
        screening,
        score,
        videoComplete,
        videoClear,
        videoStatement,
        callbackSucceeds,
        notifierDelivers,
        issuerMarksMethod,
        staff);
  }

  /** Videos are complete, clear and carry a full statement as given. */
  public SimulationScript withVideo(boolean complete, boolean clear, boolean statement) {
    return new SimulationScript(
        identity,
        screening,
        faceScore,
        complete,
        clear,
        statement,
        callbackSucceeds,
        notifierDelivers,
        issuerMarksMethod,
        staff);
  }

  /** Callbacks succeed or not. */
  public SimulationScript withCallbackSucceeds(boolean succeeds) {
    return new SimulationScript(
        identity,
        screening,
        faceScore,
        videoComplete,
        videoClear,
        videoStatement,
        succeeds,
        notifierDelivers,
        issuerMarksMethod,
        staff);
  }

  /** Notifications are delivered or not. */
  public SimulationScript withNotifierDelivers(boolean delivers) {
    return new SimulationScript(
        identity,
        screening,
        faceScore,
        videoComplete,
        videoClear,
        videoStatement,
        callbackSucceeds,
        delivers,
        issuerMarksMethod,
        staff);
  }

  /** The issuer marks accounts with the right method or not. */
  public SimulationScript withIssuerMarksMethod(boolean marks) {
    return new SimulationScript(
        identity,
        screening,
        faceScore,
        videoComplete,
        videoClear,
        videoStatement,
        callbackSucceeds,
        notifierDelivers,
        marks,
        staff);
  }
}
