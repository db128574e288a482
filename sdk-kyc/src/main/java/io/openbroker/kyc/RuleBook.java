package io.openbroker.kyc;

import io.openbroker.kyc.internal.rules.AccountRules;
import io.openbroker.kyc.internal.rules.EligibilityRules;
import io.openbroker.kyc.internal.rules.GateRules;
import io.openbroker.kyc.internal.rules.VideoRules;
import io.openbroker.kyc.internal.rules.WitnessRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules evaluated on each step, indexed by method and step kind so that a step looks only at
 * the rules that concern it. {@link #gates} are judged before any integration is asked; {@link
 * #rules} after.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.csdc();
 * book.all().forEach(r -> log.info("{} Art. {}", r.id(), r.article()));
 * }</pre>
 */
public final class RuleBook {

  /** Violations ordered by article, then rule id: the first is the deciding one. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparingInt(Violation::article).thenComparing(Violation::ruleId);

  /** The most rules (gates and rules) that may judge one step kind under one method. */
  public static final int MAX_RULES_PER_STEP = 255;

  private final List<Rule> gates;
  private final List<Rule> rules;
  private final Map<OpeningMethod, Map<StepKind, Rule[]>> gateIndex;
  private final Map<OpeningMethod, Map<StepKind, Rule[]>> ruleIndex;
  private final Map<OpeningMethod, Map<StepKind, List<String>>> idIndex;
  private final String fingerprint;

  private RuleBook(List<Rule> gates, List<Rule> rules) {
    this.gates = List.copyOf(gates);
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (Rule rule : all()) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("duplicate rule id " + rule.id());
      }
    }
    this.gateIndex = index(this.gates);
    this.ruleIndex = index(this.rules);
    this.idIndex = new EnumMap<>(OpeningMethod.class);
    for (OpeningMethod method : OpeningMethod.values()) {
      Map<StepKind, List<String>> byKind = new EnumMap<>(StepKind.class);
      for (StepKind kind : StepKind.values()) {
        List<String> judged = new ArrayList<>();
        for (Rule rule : gateIndex.get(method).get(kind)) {
          judged.add(rule.id());
        }
        for (Rule rule : ruleIndex.get(method).get(kind)) {
          judged.add(rule.id());
        }
        if (judged.size() > MAX_RULES_PER_STEP) {
          // The evidence chain counts a step's rules in one byte.
          throw new IllegalArgumentException(
              "more than " + MAX_RULES_PER_STEP + " rules judge " + kind + " under " + method);
        }
        byKind.put(kind, List.copyOf(judged));
      }
      idIndex.put(method, byKind);
    }
    this.fingerprint = fingerprintOf(all());
  }

  /**
   * The first 4 bytes (hex) of the SM3 of every rule's id and article, in order: names this rule
   * book in every evidence record (with the count of rules that judged the step), so that an
   * auditor can tell exactly which rules judged it ({@link #ruleIds}).
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprintOf(List<Rule> rules) {
    StringBuilder text = new StringBuilder();
    for (Rule rule : rules) {
      text.append(rule.id()).append(' ').append(rule.article()).append('\n');
    }
    byte[] hash =
        io.openbroker.core.crypto.Sm3Hash.of(
            text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(hash, 0, 4);
  }

  /** The CSDC rules (Art. 3–26) and the general eligibility rules. */
  public static RuleBook csdc() {
    List<Rule> rules = new ArrayList<>(EligibilityRules.all());
    rules.addAll(WitnessRules.all());
    rules.addAll(VideoRules.all());
    rules.addAll(AccountRules.all());
    return new RuleBook(GateRules.all(), rules);
  }

  /** A copy with {@code extra} evaluated after the integrations answered (e.g. a house rule). */
  public RuleBook with(Rule extra) {
    List<Rule> more = new ArrayList<>(rules);
    more.add(extra);
    return new RuleBook(gates, more);
  }

  /** Every rule, gates first. */
  public List<Rule> all() {
    List<Rule> all = new ArrayList<>(gates);
    all.addAll(rules);
    return all;
  }

  /** The violations of the gate rules for {@code ctx}, ordered (empty: the step may happen now). */
  public List<Violation> gates(RuleContext ctx) {
    return evaluate(gateIndex, ctx);
  }

  /** The violations of the other rules for {@code ctx}, ordered. */
  public List<Violation> rules(RuleContext ctx) {
    return evaluate(ruleIndex, ctx);
  }

  /** The ids of the rules a step of {@code kind} under {@code method} is judged by, gates first. */
  public List<String> ruleIds(OpeningMethod method, StepKind kind) {
    return idIndex.get(method).get(kind);
  }

  private static List<Violation> evaluate(
      Map<OpeningMethod, Map<StepKind, Rule[]>> index, RuleContext ctx) {
    Rule[] applicable = index.get(ctx.application().method()).get(ctx.step().kind());
    List<Violation> violations = null;
    for (Rule rule : applicable) {
      if (!rule.passes().test(ctx)) {
        if (violations == null) {
          violations = new ArrayList<>(2);
        }
        violations.add(rule.violation());
      }
    }
    if (violations == null) {
      return List.of();
    }
    violations.sort(ORDER);
    return violations;
  }

  private static Map<OpeningMethod, Map<StepKind, Rule[]>> index(List<Rule> rules) {
    Map<OpeningMethod, Map<StepKind, Rule[]>> index = new EnumMap<>(OpeningMethod.class);
    for (OpeningMethod method : OpeningMethod.values()) {
      Map<StepKind, Rule[]> byKind = new EnumMap<>(StepKind.class);
      for (StepKind kind : StepKind.values()) {
        byKind.put(
            kind,
            rules.stream()
                .filter(r -> r.methods().contains(method) && r.appliesTo().contains(kind))
                .toArray(Rule[]::new));
      }
      index.put(method, byKind);
    }
    return index;
  }
}
