package io.openbroker.kyc.sim;

import io.openbroker.core.Effects;
import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.spi.CallbackResult;
import io.openbroker.kyc.spi.FaceMatchResult;
import io.openbroker.kyc.spi.Integrations;
import io.openbroker.kyc.spi.StaffMember;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds simulated {@link Integrations} that answer as a {@link SimulationScript} says.
 *
 * <pre>{@code
 * Integrations sims = Simulations.integrations(SimulationScript.defaults(), effects);
 * }</pre>
 */
public final class Simulations {

  private Simulations() {}

  /**
   * Integrations answering as {@code script} says; liveness challenges draw from {@code effects}'
   * randomness and ids.
   */
  public static Integrations integrations(SimulationScript script, Effects effects) {
    Map<StaffId, StaffMember> staff =
        script.staff().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    FaceMatchResult face =
        script.faceScore() < 0
            ? new FaceMatchResult.Impossible("no usable face in the photo")
            : new FaceMatchResult.Scored(script.faceScore());
    return new Integrations(
        (name, document, means) -> script.identity(),
        (name, document) -> script.screening(),
        new SimulatedLiveness(effects.random(), effects.ids()),
        (document, photo) -> face,
        new SimulatedVideoStore(
            script.videoComplete(), script.videoClear(), script.videoStatement()),
        id -> Optional.ofNullable(staff.get(id)),
        (application, applicant, channel) -> callback(script, application.value()),
        new SimulatedNotifier(script.notifierDelivers()),
        new SimulatedAccountIssuer(script.issuerMarksMethod()));
  }

  private static CallbackResult callback(SimulationScript script, String application) {
    MediaDigest recording =
        MediaDigest.of(("callback:" + application).getBytes(StandardCharsets.UTF_8));
    boolean ok = script.callbackSucceeds();
    return new CallbackResult(true, ok, ok, recording);
  }
}
