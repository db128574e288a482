package io.openbroker.kyc;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One named rule with its article: evaluated on every step of a kind it {@link #appliesTo}, for the
 * methods it names. A rule that does not pass yields a {@link Violation}.
 *
 * <pre>{@code
 * Rule adult = new Rule("KYC-ELIG-ADULT", 0, Consequence.REJECT_APPLICATION,
 *     Set.of(StepKind.CAPTURE_ID), Set.of(OpeningMethod.ONE_WAY_VIDEO, OpeningMethod.TWO_WAY_VIDEO),
 *     "未满18周岁不得网上开户", "under 18 cannot open online", ctx -> ...);
 * }</pre>
 *
 * @param id e.g. {@code CSDC-ART-18-4}; upper case, digits and {@code -}, at most 64 characters
 * @param article the article number (0 for general eligibility outside the CSDC text)
 * @param consequence what breaking it does
 * @param appliesTo the step kinds it judges
 * @param methods the opening methods it judges
 * @param messageZh the refusal message in Chinese
 * @param messageEn the refusal message in English
 * @param passes true when the step complies
 */
public record Rule(
    String id,
    int article,
    Consequence consequence,
    Set<StepKind> appliesTo,
    Set<OpeningMethod> methods,
    String messageZh,
    String messageEn,
    Predicate<RuleContext> passes) {

  private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)+");

  public Rule {
    Objects.requireNonNull(id, "id");
    if (id.length() > 64 || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id must look like CSDC-ART-18-4, at most 64 characters: " + id);
    }
    if (article < 0 || article > 31) {
      throw new IllegalArgumentException("article must be 0 to 31: " + article);
    }
    Objects.requireNonNull(consequence, "consequence");
    appliesTo = Set.copyOf(appliesTo);
    methods = Set.copyOf(methods);
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(passes, "passes");
  }

  /** The violation this rule reports when it does not pass. */
  public Violation violation() {
    return new Violation(id, article, consequence, messageZh, messageEn);
  }

  @Override
  public String toString() {
    return "Rule[" + id + ", Art. " + article + "]";
  }
}
