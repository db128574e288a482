package io.openbroker.kyc.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.BrokerPolicy;
import io.openbroker.kyc.CallbackOrder;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.scenario.Expectation;
import io.openbroker.kyc.scenario.Scenario;
import io.openbroker.kyc.scenario.ScenarioAction;
import io.openbroker.kyc.sim.SimulationScript;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.ScreeningOutcome;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Reads a scenario file (format: docs/KYC.md). */
public final class ScenarioParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScenarioParser() {}

  /** The scenario in {@code json}. */
  public static Scenario parse(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw JsonFields.invalid("$", "is not JSON (line " + lineOf(e) + ")");
    }
    try {
      return scenario(new JsonFields(root, "$"));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw JsonFields.invalid("$", e.getMessage());
    }
  }

  private static String lineOf(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            && j.getLocation() != null
        ? String.valueOf(j.getLocation().getLineNr())
        : "?";
  }

  private static Scenario scenario(JsonFields f) {
    String name = f.text("name");
    OpeningMethod method = f.enumValue("method", OpeningMethod.class, null);
    Applicant applicant = f.has("applicant") ? applicant(f.object("applicant")) : person();
    StepParser steps = new StepParser(name, method, applicant);
    List<JsonNode> raw = f.list("steps", n -> n);
    List<ScenarioAction> actions = new java.util.ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      actions.add(steps.parse(new JsonFields(raw.get(i), "$.steps[" + i + "]"), i));
    }
    return new Scenario(
        name,
        f.text("description", ""),
        f.list("articles", JsonNode::asInt),
        method,
        applicant,
        LocalDate.parse(f.text("today", "2026-11-20")),
        f.has("policy") ? policy(f.object("policy")) : BrokerPolicy.defaults(),
        f.has("simulation") ? script(f.object("simulation")) : SimulationScript.defaults(),
        actions,
        f.has("expect") ? Optional.of(expectation(f.object("expect"))) : Optional.empty());
  }

  private static Applicant person() {
    return new Applicant.NaturalPerson(PersonName.parse("张三"), MobileNumber.parse("13800138000"));
  }

  private static Applicant applicant(JsonFields f) {
    if ("INSTITUTION".equals(f.text("type", "PERSON"))) {
      return new Applicant.Institution(
          f.text("name"),
          f.text("creditCode"),
          PersonName.parse(f.text("agentName")),
          MobileNumber.parse(f.text("agentMobile")),
          DefaultSteps.media(f.text("name"), f.enums("documents", MediaKind.class)));
    }
    return new Applicant.NaturalPerson(
        PersonName.parse(f.text("name", "张三")),
        MobileNumber.parse(f.text("mobile", "13800138000")));
  }

  private static BrokerPolicy policy(JsonFields f) {
    BrokerPolicy policy =
        BrokerPolicy.defaults()
            .withCallbackOrder(
                f.enumValue("callbackOrder", CallbackOrder.class, CallbackOrder.OPEN_FIRST))
            .withFaceMatchThreshold(f.decimal("faceMatchThreshold", 0.80));
    if (f.has("closingMethods")) {
      List<OpeningMethod> methods = f.enums("closingMethods", OpeningMethod.class);
      policy =
          policy.withClosingMethods(
              methods.isEmpty() ? EnumSet.noneOf(OpeningMethod.class) : EnumSet.copyOf(methods));
    }
    return policy;
  }

  private static SimulationScript script(JsonFields f) {
    SimulationScript d = SimulationScript.defaults();
    return d.withIdentity(f.enumValue("identity", IdentityVerdict.class, d.identity()))
        .withScreening(f.enumValue("screening", ScreeningOutcome.class, d.screening()))
        .withFaceScore(f.decimal("faceScore", d.faceScore()))
        .withVideo(
            f.bool("videoComplete", true),
            f.bool("videoClear", true),
            f.bool("videoStatement", true))
        .withCallbackSucceeds(f.bool("callbackSucceeds", true))
        .withNotifierDelivers(f.bool("notifierDelivers", true))
        .withIssuerMarksMethod(f.bool("issuerMarksMethod", true));
  }

  private static Expectation expectation(JsonFields f) {
    return new Expectation(
        f.enumValue("state", ApplicationState.class, null),
        f.texts("refusedBy"),
        f.texts("broken"));
  }
}
