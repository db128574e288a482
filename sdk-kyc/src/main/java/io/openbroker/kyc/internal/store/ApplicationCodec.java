package io.openbroker.kyc.internal.store;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.openbroker.core.InternalException;
import io.openbroker.core.json.OpenBrokerJson;
import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.Fact;
import io.openbroker.kyc.KycErrorCode;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.spi.FaceMatchResult;
import java.nio.charset.StandardCharsets;

/**
 * An application as JSON for the JDBC store: records as objects, the sealed types ({@link Fact},
 * {@link Applicant}) tagged with their simple names. Only the JDBC store pays for this; the
 * in-memory store keeps objects.
 */
public final class ApplicationCodec {

  private final ObjectMapper mapper;

  public ApplicationCodec() {
    mapper = OpenBrokerJson.lenient();
    mapper.addMixIn(Fact.class, Tagged.class);
    mapper.addMixIn(Applicant.class, Tagged.class);
    mapper.addMixIn(FaceMatchResult.class, Tagged.class);
    for (Class<?> sealed : new Class<?>[] {Fact.class, Applicant.class, FaceMatchResult.class}) {
      for (Class<?> sub : sealed.getPermittedSubclasses()) {
        mapper.registerSubtypes(new NamedType(sub, sub.getSimpleName()));
      }
    }
  }

  /** The JSON of {@code application}. */
  public String encode(OnboardingApplication application) {
    try {
      return mapper.writeValueAsString(application);
    } catch (JsonProcessingException e) {
      throw new InternalException(
          KycErrorCode.APPLICATION_UNREADABLE, "cannot write application " + application.id(), e);
    }
  }

  /** The application in {@code json}. */
  public OnboardingApplication decode(String json) {
    try {
      return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), OnboardingApplication.class);
    } catch (java.io.IOException e) {
      throw new InternalException(
          KycErrorCode.APPLICATION_UNREADABLE, "cannot read a stored application", e);
    }
  }

  /** The JSON of one version's {@code change}. */
  public String encode(ApplicationChange change) {
    try {
      return mapper.writeValueAsString(change);
    } catch (JsonProcessingException e) {
      throw new InternalException(
          KycErrorCode.APPLICATION_UNREADABLE, "cannot write an application change", e);
    }
  }

  /** The change in {@code json}. */
  public ApplicationChange decodeChange(String json) {
    try {
      return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), ApplicationChange.class);
    } catch (java.io.IOException e) {
      throw new InternalException(
          KycErrorCode.APPLICATION_UNREADABLE, "cannot read a stored application change", e);
    }
  }

  /** Tags the subtypes of a sealed interface with their simple names. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
  private interface Tagged {}
}
