package io.openbroker.kyc.internal.rules;

import static io.openbroker.kyc.internal.rules.Rules.ALL;
import static io.openbroker.kyc.internal.rules.Rules.on;
import static io.openbroker.kyc.internal.rules.Rules.refuse;

import io.openbroker.kyc.CallbackOrder;
import io.openbroker.kyc.Fact;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.Rule;
import io.openbroker.kyc.RuleContext;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.internal.flow.MethodPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rules judged before any integration is asked: whether the step may happen now at all. A step
 * refused here calls no integration (no CSDC account is issued out of order).
 */
public final class GateRules {

  private static final Set<StepKind> METHOD_STEPS =
      EnumSet.complementOf(
          EnumSet.of(
              StepKind.REGISTER,
              StepKind.OPEN_ACCOUNT,
              StepKind.CALLBACK,
              StepKind.ACTIVATE,
              StepKind.NOTIFY,
              StepKind.CHANGE_INFO,
              StepKind.CLOSE,
              StepKind.ABANDON,
              StepKind.EXPIRE));

  private GateRules() {}

  /** The gate rules. */
  public static List<Rule> all() {
    return Stream.of(stateAndMethodOrder(), callbackOrderAndOffers())
        .flatMap(List::stream)
        .toList();
  }

  private static Rule order(String id, OpeningMethod method, String name) {
    return refuse(
        id,
        method.article(),
        METHOD_STEPS,
        Set.of(method),
        name + "须依次完成全部步骤",
        "the " + method + " steps must be taken in order",
        GateRules::allowed);
  }

  private static boolean allowed(RuleContext ctx) {
    return ctx.application().state().isFinal()
        || MethodPath.allows(ctx.application(), ctx.step().kind());
  }

  private static List<Rule> stateAndMethodOrder() {
    return List.of(
        refuse(
            "KYC-STATE-FINAL",
            0,
            EnumSet.allOf(StepKind.class),
            ALL,
            "申请已终结，不能继续办理",
            "the application is closed: no further step",
            ctx -> !ctx.application().state().isFinal()),
        order("CSDC-ART-10-ORDER", OpeningMethod.WITNESS, "见证开户"),
        order("CSDC-ART-17-ORDER", OpeningMethod.TWO_WAY_VIDEO, "双向视频见证"),
        order("CSDC-ART-18-ORDER", OpeningMethod.ONE_WAY_VIDEO, "单向视频见证"));
  }

  private static List<Rule> callbackOrderAndOffers() {
    return List.of(
        refuse(
            "CSDC-ART-8-ORDER",
            8,
            on(StepKind.OPEN_ACCOUNT, StepKind.CALLBACK, StepKind.ACTIVATE),
            ALL,
            "开户、回访与开通使用须按回访顺序办理（第八条）",
            "opening, callback and use must follow the callback order (Art. 8)",
            GateRules::allowed),
        refuse(
            "CSDC-ART-8-OPEN-AFTER-CALLBACK",
            8,
            on(StepKind.OPEN_ACCOUNT),
            ALL,
            "先回访方式下，回访成功后方可开立证券账户",
            "callback-first: the account is opened only after a successful callback",
            ctx ->
                ctx.application().callbackOrder() != CallbackOrder.CALLBACK_FIRST
                    || ctx.application().fact(Fact.CallbackDone.class).isPresent()),
        refuse(
            "KYC-ACCOUNT-STATE",
            0,
            on(
                StepKind.NOTIFY,
                StepKind.CHANGE_INFO,
                StepKind.CLOSE,
                StepKind.ABANDON,
                StepKind.EXPIRE),
            ALL,
            "账户当前状态不允许办理该业务",
            "the account's state does not allow this step now",
            GateRules::allowed),
        refuse(
            "CSDC-ART-22-CLOSE-OFFERED",
            22,
            on(StepKind.OPEN_ACCOUNT),
            ALL,
            "开户代理机构须至少提供与开户方式一致的非现场销户服务",
            "the broker must offer closing at least by the method used for opening",
            ctx -> ctx.policy().closingMethods().contains(ctx.application().method())));
  }
}
