package io.openbroker.kyc.internal.rules;

import static io.openbroker.kyc.internal.rules.Rules.ALL;
import static io.openbroker.kyc.internal.rules.Rules.WITNESS;
import static io.openbroker.kyc.internal.rules.Rules.on;
import static io.openbroker.kyc.internal.rules.Rules.refuse;
import static io.openbroker.kyc.internal.rules.Rules.reject;
import static io.openbroker.kyc.internal.rules.Rules.staff;

import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.Rule;
import io.openbroker.kyc.RuleContext;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.spi.IdCheckMeans;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.StaffMember;
import io.openbroker.kyc.spi.StaffRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Art. 7 (who may witness) and Art. 10–15 (witness opening). */
public final class WitnessRules {

  /** The steps where someone acts as witness (the auditor of a review is the witness). */
  private static final Set<StepKind> WITNESSING =
      on(StepKind.VIDEO_WITNESS, StepKind.IN_PERSON_WITNESS, StepKind.REVIEW);

  private WitnessRules() {}

  /** The rules. */
  public static List<Rule> all() {
    return Stream.of(qualificationAndStaff(), credentialsAndIdCheck(), mediaAndAuthorisation())
        .flatMap(List::stream)
        .toList();
  }

  /** Whether the step's witness passes {@code test}; unknown staff never pass. */
  private static Predicate<RuleContext> witness(Predicate<StaffMember> test) {
    return ctx -> {
      StaffId id = witnessOf(ctx.step());
      return staff(ctx, id).map(test::test).orElse(false);
    };
  }

  private static StaffId witnessOf(Step step) {
    if (step instanceof Step.WitnessByVideo s) {
      return s.witness();
    }
    if (step instanceof Step.WitnessInPerson s) {
      return s.witness();
    }
    return ((Step.Review) step).auditor();
  }

  private static boolean enoughStaff(RuleContext ctx) {
    Step.WitnessInPerson s = (Step.WitnessInPerson) ctx.step();
    Set<StaffId> onSite = new HashSet<>(s.staffOnSite());
    boolean allKnown = onSite.stream().allMatch(id -> staff(ctx, id).isPresent());
    if (s.witnessByLiveVideo()) {
      return allKnown && !onSite.isEmpty();
    }
    return allKnown && onSite.contains(s.witness()) && onSite.size() >= 2;
  }

  private static boolean disclosed(RuleContext ctx) {
    if (ctx.step() instanceof Step.WitnessInPerson s) {
      return s.witnessDisclosedIdentity();
    }
    return ((Step.WitnessByVideo) ctx.step()).witnessDisclosedIdentity();
  }

  private static boolean appropriateMeans(RuleContext ctx) {
    IdCheckMeans means = ((Step.VerifyIdentity) ctx.step()).means();
    boolean mpsDocument =
        ctx.application().document().map(d -> d.type().mpsVerifiable()).orElse(true);
    return !mpsDocument || means != IdCheckMeans.OTHER_APPROPRIATE;
  }

  static boolean verified(RuleContext ctx) {
    return ctx.observation(Observation.Identity.class)
        .map(o -> o.verdict() == IdentityVerdict.VERIFIED)
        .orElse(false);
  }

  private static boolean authorised(RuleContext ctx) {
    if (!(ctx.application().applicant() instanceof Applicant.Institution institution)) {
      return true;
    }
    return institution.documents().containsKey(MediaKind.AUTHORISATION_LETTER)
        && institution.documents().containsKey(MediaKind.LEGAL_REPRESENTATIVE_PROOF);
  }

  private static List<Rule> qualificationAndStaff() {
    return List.of(
        refuse(
            "CSDC-ART-7-EMPLOYEE",
            7,
            WITNESSING,
            ALL,
            "见证人员须为与本公司签订劳动合同的工作人员",
            "a witness must be an employee with a labour contract",
            witness(StaffMember::labourContract)),
        refuse(
            "CSDC-ART-7-TRAINED",
            7,
            WITNESSING,
            ALL,
            "见证人员须经培训合格并担任见证岗位",
            "a witness must be trained, qualified and in the witness role",
            witness(m -> m.trained() && m.roles().contains(StaffRole.WITNESS))),
        refuse(
            "CSDC-ART-7-NOT-MARKETING",
            7,
            WITNESSING,
            ALL,
            "营销人员不得担任见证人员",
            "marketing staff may never act as witness",
            witness(m -> !m.roles().contains(StaffRole.MARKETING))),
        refuse(
            "CSDC-ART-11-STAFF",
            11,
            on(StepKind.IN_PERSON_WITNESS),
            WITNESS,
            "见证开户须两名以上工作人员（含一名见证人员），或一名工作人员现场加见证人员实时视频见证",
            "witness opening needs two or more staff including a witness, or one on site and a"
                + " witness by live video",
            WitnessRules::enoughStaff));
  }

  private static List<Rule> credentialsAndIdCheck() {
    return List.of(
        refuse(
            "CSDC-ART-12-CREDENTIALS",
            12,
            on(StepKind.IN_PERSON_WITNESS),
            WITNESS,
            "工作人员须出示工作证件并告知核实途径",
            "staff must show their credentials and how to verify them",
            ctx ->
                ctx.step(Step.WitnessInPerson.class)
                    .map(Step.WitnessInPerson::credentialsShown)
                    .orElse(true)),
        refuse(
            "CSDC-ART-12-DISCLOSURE",
            12,
            on(StepKind.IN_PERSON_WITNESS, StepKind.VIDEO_WITNESS),
            ALL,
            "见证人员须披露其见证人员身份及执业资格核实途径",
            "the witness must disclose their role and how to verify their qualification",
            WitnessRules::disclosed),
        refuse(
            "CSDC-ART-13-MEANS",
            13,
            on(StepKind.VERIFY_IDENTITY),
            WITNESS,
            "居民身份证、居住证须通过身份证阅读器或公安部系统核查",
            "resident IDs and permits must be checked by card reader or the MPS system",
            WitnessRules::appropriateMeans),
        reject(
            "CSDC-ART-13-AUTHENTIC",
            13,
            on(StepKind.VERIFY_IDENTITY),
            WITNESS,
            "身份证明文件核查未通过",
            "the identity document did not pass the check",
            WitnessRules::verified));
  }

  private static List<Rule> mediaAndAuthorisation() {
    return List.of(
        refuse(
            "CSDC-ART-14-MEDIA",
            14,
            on(StepKind.IN_PERSON_WITNESS),
            WITNESS,
            "须采集头部正面照及见证过程关键步骤影像",
            "a head-front photo and key-step video of the witness process must be kept",
            ctx ->
                ctx.step(Step.WitnessInPerson.class)
                    .map(
                        s ->
                            s.media().containsKey(MediaKind.HEAD_PHOTO)
                                && s.media().containsKey(MediaKind.KEY_STEP_VIDEO))
                    .orElse(true)),
        refuse(
            "CSDC-ART-14-INTENT-RECORDING",
            14,
            on(StepKind.INTENT),
            WITNESS,
            "须留存投资者表达开户意愿的影像资料",
            "the recording of the investor's statement of intent must be kept",
            ctx ->
                ctx.observation(Observation.Video.class)
                    .map(v -> v.inspection().isPresent())
                    .orElse(false)),
        reject(
            "CSDC-ART-15-AUTHORISATION",
            15,
            on(StepKind.REGISTER),
            WITNESS,
            "机构须提供法定代表人证明及对经办人的授权委托书",
            "an institution must provide the legal-representative proof and the agent's"
                + " authorisation letter",
            WitnessRules::authorised));
  }
}
