package io.openbroker.kyc.internal.rules;

import static io.openbroker.kyc.internal.rules.Rules.ALL;
import static io.openbroker.kyc.internal.rules.Rules.TWO_WAY;
import static io.openbroker.kyc.internal.rules.Rules.on;
import static io.openbroker.kyc.internal.rules.Rules.refuse;

import io.openbroker.kyc.Fact;
import io.openbroker.kyc.InfoField;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.Rule;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import java.util.List;
import java.util.stream.Stream;

/** Art. 8 (callback), 9 (notification), 20 (changes), 22 (closing), 26 (mark). */
public final class AccountRules {

  private AccountRules() {}

  /** The rules. */
  public static List<Rule> all() {
    return Stream.of(callbackAndNotification(), changesClosingAndMarks())
        .flatMap(List::stream)
        .toList();
  }

  private static List<Rule> callbackAndNotification() {
    return List.of(
        refuse(
            "CSDC-ART-8-CALLBACK",
            8,
            on(StepKind.CALLBACK),
            ALL,
            "回访未能核实投资者本人开户及开户意愿",
            "the callback did not confirm the investor's identity and will",
            ctx ->
                ctx.observation(Observation.Callback.class)
                    .map(o -> o.result().successful())
                    .orElse(false)),
        refuse(
            "CSDC-ART-8-USE-AFTER-CALLBACK",
            8,
            on(StepKind.ACTIVATE),
            ALL,
            "回访成功后方允许证券账户使用",
            "the account may be used only after a successful callback",
            ctx -> ctx.application().fact(Fact.CallbackDone.class).isPresent()),
        refuse(
            "CSDC-ART-9-NOTIFY",
            9,
            on(StepKind.ACTIVATE),
            ALL,
            "须将一码通账户及子账户号码告知投资者",
            "the investor must be told the unified and sub-account numbers",
            ctx -> ctx.application().notified()),
        refuse(
            "CSDC-ART-17-6",
            17,
            on(StepKind.ACTIVATE),
            TWO_WAY,
            "证券账户开通使用前须进行回访并保存回访记录",
            "a callback with its record kept is required before the account is used",
            ctx ->
                ctx.application()
                    .media()
                    .containsKey(io.openbroker.kyc.MediaKind.CALLBACK_RECORDING)));
  }

  private static List<Rule> changesClosingAndMarks() {
    return List.of(
        refuse(
            "CSDC-ART-20-KEY-INFO",
            20,
            on(StepKind.CHANGE_INFO),
            ALL,
            "网上方式只能变更非关键信息，关键信息须见证办理",
            "online only non-key information may change; key information needs a witness",
            ctx -> {
              Step.ChangeInformation s = (Step.ChangeInformation) ctx.step();
              return s.via() == OpeningMethod.WITNESS
                  || s.fields().stream().noneMatch(InfoField::key);
            }),
        refuse(
            "CSDC-ART-22-CLOSE-METHOD",
            22,
            on(StepKind.CLOSE),
            ALL,
            "本公司未提供该方式的销户服务",
            "the broker does not offer closing by this method",
            ctx -> ctx.policy().closingMethods().contains(((Step.CloseAccount) ctx.step()).via())),
        refuse(
            "CSDC-ART-26-MARK",
            26,
            on(StepKind.OPEN_ACCOUNT),
            ALL,
            "证券账户须标识开户方式",
            "the account must be marked with its opening method",
            ctx ->
                ctx.observation(Observation.Issued.class)
                    .map(o -> o.accounts().mark() == ctx.application().method())
                    .orElse(false)));
  }
}
