package io.openbroker.kyc.scenario;

import io.openbroker.core.InvalidInputException;
import io.openbroker.kyc.KycErrorCode;
import io.openbroker.kyc.internal.scenario.ScenarioParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenarios: from bytes, a file, or the bundled library (resources under {@code
 * io/openbroker/kyc/scenarios/}, listed in its {@code index.txt}).
 *
 * <pre>{@code
 * Scenario s = Scenarios.bundled("one-way-face-match-fails");
 * ScenarioReport report = ScenarioRunner.run(s);
 * }</pre>
 */
public final class Scenarios {

  private static final String LIBRARY = "/io/openbroker/kyc/scenarios/";

  private Scenarios() {}

  /**
   * The scenario in {@code json}.
   *
   * @throws InvalidInputException ({@code KYC_SCENARIO_INVALID}) naming the bad field
   */
  public static Scenario parse(byte[] json) {
    return ScenarioParser.parse(json);
  }

  /** The scenario in {@code file}. */
  public static Scenario read(Path file) throws IOException {
    return parse(Files.readAllBytes(file));
  }

  /** The names of the bundled scenarios, in library order. */
  public static List<String> bundledNames() {
    return new String(resource("index.txt"), StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** The bundled scenario {@code name}. */
  public static Scenario bundled(String name) {
    if (!bundledNames().contains(name)) {
      throw new InvalidInputException(KycErrorCode.SCENARIO_INVALID, "no bundled scenario " + name);
    }
    return parse(resource(name + ".json"));
  }

  private static byte[] resource(String file) {
    try (InputStream in = Scenarios.class.getResourceAsStream(LIBRARY + file)) {
      if (in == null) {
        throw new InvalidInputException(KycErrorCode.SCENARIO_INVALID, "missing resource " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidInputException(KycErrorCode.SCENARIO_INVALID, "cannot read " + file, e);
    }
  }
}
