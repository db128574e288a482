package io.openbroker.kyc.internal.rules;

import static io.openbroker.kyc.internal.rules.Rules.ALL;
import static io.openbroker.kyc.internal.rules.Rules.ONLINE;
import static io.openbroker.kyc.internal.rules.Rules.on;
import static io.openbroker.kyc.internal.rules.Rules.refuse;
import static io.openbroker.kyc.internal.rules.Rules.reject;

import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.Rule;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.spi.IdCheckMeans;
import io.openbroker.kyc.spi.ScreeningOutcome;
import java.util.List;
import java.util.stream.Stream;

/** General eligibility (SPEC §5.2) and Art. 3–6: who may open, where, with what document. */
public final class EligibilityRules {

  private EligibilityRules() {}

  /** The rules. */
  public static List<Rule> all() {
    return Stream.of(eligibilityAndAml(), suitabilityAndChannel(), mpsIdentity())
        .flatMap(List::stream)
        .toList();
  }

  private static IdDocument document(Step step) {
    return ((Step.CaptureId) step).document();
  }

  private static List<Rule> eligibilityAndAml() {
    return List.of(
        reject(
            "KYC-ELIG-ADULT",
            0,
            on(StepKind.CAPTURE_ID),
            ONLINE,
            "未满18周岁的自然人不得网上开户",
            "natural persons under 18 cannot open online",
            ctx -> document(ctx.step()).ageOn(ctx.application().appliedOn()) >= 18),
        refuse(
            "KYC-ELIG-ID-VALID",
            0,
            on(StepKind.CAPTURE_ID),
            ALL,
            "身份证件已过有效期",
            "the identity document has expired",
            ctx -> document(ctx.step()).validOn(ctx.today())),
        reject(
            "CSDC-ART-3-AML-MATCH",
            3,
            on(StepKind.VERIFY_IDENTITY),
            ALL,
            "反洗钱名单筛查确认命中，拒绝开户",
            "the AML watch-list screening confirmed a match",
            ctx ->
                ctx.observation(Observation.Identity.class)
                    .map(o -> o.screening() != ScreeningOutcome.CONFIRMED_MATCH)
                    .orElse(true)),
        refuse(
            "CSDC-ART-3-AML-REVIEW",
            3,
            on(StepKind.REVIEW),
            ALL,
            "反洗钱名单疑似命中，须经人工复核排除后方可通过",
            "a possible AML watch-list match needs manual clearance before approval",
            ctx ->
                !ctx.application().needsManualReview()
                    || ctx.step(Step.Review.class).map(Step.Review::amlCleared).orElse(false)));
  }

  private static List<Rule> suitabilityAndChannel() {
    return List.of(
        refuse(
            "CSDC-ART-4-QUESTIONNAIRE",
            4,
            on(StepKind.SUITABILITY),
            ALL,
            "须使用现行版本的适当性问卷",
            "the current suitability questionnaire must be used",
            ctx ->
                ctx.step(Step.AssessSuitability.class)
                    .map(
                        s ->
                            s.questionnaireVersion().equals(ctx.policy().questionnaire().version()))
                    .orElse(true)),
        refuse(
            "CSDC-ART-4-AGREEMENTS",
            4,
            on(StepKind.AGREEMENTS),
            ALL,
            "须签署开户协议并阅读风险揭示书",
            "the account agreement and risk disclosure must be signed",
            ctx ->
                ctx.step(Step.SignAgreements.class)
                    .map(s -> s.agreements().containsAll(ctx.policy().requiredAgreements()))
                    .orElse(true)),
        reject(
            "CSDC-ART-5-OWN-CHANNEL",
            5,
            on(StepKind.REGISTER),
            ONLINE,
            "网上开户须通过本公司网站或移动终端办理，不得委托第三方",
            "online opening only through the broker's own website or app, never a third party",
            ctx -> ctx.application().channel().brokerOwned()),
        reject(
            "CSDC-ART-6-NATURAL-PERSON",
            6,
            on(StepKind.REGISTER),
            ONLINE,
            "机构投资者只能通过见证方式开户",
            "institutions may open only by witness",
            ctx -> ctx.application().applicant() instanceof Applicant.NaturalPerson));
  }

  private static List<Rule> mpsIdentity() {
    return List.of(
        reject(
            "CSDC-ART-6-MPS-DOCUMENT",
            6,
            on(StepKind.CAPTURE_ID),
            ONLINE,
            "网上开户须持居民身份证或港澳台居民居住证",
            "online opening needs a resident ID or HK/Macao/Taiwan residence permit",
            ctx -> document(ctx.step()).type().mpsVerifiable()),
        refuse(
            "CSDC-ART-6-MPS-CHECK",
            6,
            on(StepKind.VERIFY_IDENTITY),
            ONLINE,
            "网上开户须通过公安部身份信息核查系统核验",
            "online opening must verify the identity through the MPS system",
            ctx ->
                ctx.step(Step.VerifyIdentity.class)
                    .map(v -> v.means() == IdCheckMeans.MPS)
                    .orElse(true)));
  }
}
