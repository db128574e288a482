package io.openbroker.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.openbroker.core.InvalidInputException;
import io.openbroker.kyc.Violation;
import io.openbroker.kyc.scenario.Scenario;
import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import io.openbroker.kyc.scenario.StepReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker onboard}: walks onboarding applications described as scenario files (format in
 * docs/KYC.md) through the CSDC rules on simulated integrations, and prints the final state and
 * every refusal with its rule id and article. Exit 0 when every scenario ends as it expects, 1 when
 * one does not, 2 for a bad file or name.
 */
@Command(
    name = "onboard",
    mixinStandardHelpOptions = true,
    description = "Run onboarding scenarios (a file, a bundled one, or all bundled ones).")
final class OnboardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE", description = "A scenario JSON file.")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run a bundled scenario.")
    String name;

    @Option(names = "--all", description = "Run every bundled scenario.")
    boolean all;

    @Option(names = "--list", description = "List the bundled scenarios.")
    boolean list;
  }

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (source.list) {
        list(out);
        return 0;
      }
      List<ScenarioReport> reports = new ArrayList<>();
      for (Scenario scenario : scenarios()) {
        reports.add(ScenarioRunner.run(scenario));
      }
      print(out, reports);
      return reports.stream().allMatch(ScenarioReport::asExpected) ? 0 : 1;
    } catch (InvalidInputException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } finally {
      out.flush();
    }
  }

  private List<Scenario> scenarios() throws IOException {
    if (source.file != null) {
      return List.of(Scenarios.read(source.file));
    }
    if (source.name != null) {
      return List.of(Scenarios.bundled(source.name));
    }
    return Scenarios.bundledNames().stream().map(Scenarios::bundled).toList();
  }

  private void list(PrintWriter out) throws JsonProcessingException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String name : Scenarios.bundledNames()) {
      Scenario s = Scenarios.bundled(name);
      if (json) {
        rows.add(
            Map.of(
                "name",
                name,
                "method",
                s.method().name(),
                "articles",
                s.articles(),
                "description",
                s.description()));
      } else {
        out.printf(Locale.ROOT, "%-42s %-14s Art. %s%n", name, s.method(), s.articles());
      }
    }
    if (json) {
      out.println(mapper().writeValueAsString(rows));
    }
  }

  private void print(PrintWriter out, List<ScenarioReport> reports) throws JsonProcessingException {
    if (json) {
      List<Map<String, Object>> all = reports.stream().map(OnboardCommand::asMap).toList();
      out.println(mapper().writeValueAsString(all.size() == 1 ? all.get(0) : all));
      return;
    }
    for (ScenarioReport report : reports) {
      printText(out, report);
    }
  }

  private static void printText(PrintWriter out, ScenarioReport report) {
    out.printf(Locale.ROOT, "scenario %s%n", report.name());
    int n = 0;
    for (StepReport step : report.steps()) {
      out.printf(
          Locale.ROOT,
          "  %2d %-18s %-11s -> %s%n",
          ++n,
          step.kind(),
          step.verdict(),
          step.stateAfter());
      for (Violation v : step.violations()) {
        out.printf(
            Locale.ROOT,
            "       %s (Art. %d) %s / %s%n",
            v.ruleId(),
            v.article(),
            v.messageZh(),
            v.messageEn());
      }
      if (!step.alternatives().isEmpty()) {
        out.printf(
            Locale.ROOT, "       rerouted: open by %s%n", String.join(", ", step.alternatives()));
      }
    }
    out.printf(
        Locale.ROOT,
        "  final state: %s; accounts: %s; evidence: %d records, chain %s; %s%n",
        report.finalState(),
        report
            .accounts()
            .map(a -> a.unified() + " " + a.subAccounts() + " marked " + a.mark())
            .orElse("none"),
        report.evidenceRecords(),
        report.chainValid() ? "intact" : "BROKEN",
        report.asExpected() ? "as expected" : "NOT as expected: " + report.mismatches());
  }

  private static Map<String, Object> asMap(ScenarioReport report) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", report.name());
    map.put("finalState", report.finalState().name());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (StepReport step : report.steps()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("eventId", step.eventId());
      s.put("step", step.kind().name());
      s.put("verdict", step.verdict());
      s.put("stateAfter", step.stateAfter().name());
      s.put("alternatives", step.alternatives());
      s.put(
          "refusals",
          step.violations().stream()
              .map(
                  v ->
                      Map.of(
                          "ruleId",
                          v.ruleId(),
                          "article",
                          v.article(),
                          "zh",
                          v.messageZh(),
                          "en",
                          v.messageEn()))
              .toList());
      steps.add(s);
    }
    map.put("steps", steps);
    report
        .accounts()
        .ifPresent(
            a ->
                map.put(
                    "accounts",
                    Map.of(
                        "unified",
                        a.unified(),
                        "subAccounts",
                        a.subAccounts(),
                        "mark",
                        a.mark().name())));
    map.put("evidenceRecords", report.evidenceRecords());
    map.put("chainValid", report.chainValid());
    map.put("asExpected", report.asExpected());
    map.put("mismatches", report.mismatches());
    return map;
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
