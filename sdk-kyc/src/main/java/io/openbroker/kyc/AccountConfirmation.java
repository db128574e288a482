package io.openbroker.kyc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * 开户确认单 — the opening confirmation an investor may ask for (Art. 9): the unified and sub-account
 * numbers, the opening method they are marked with (Art. 26), and the application's date. The
 * holder's name is masked; {@link #text()} renders the downloadable form.
 *
 * @param application the application id
 * @param holder the holder's name, masked
 * @param accounts the issued accounts
 * @param appliedOn the application's business date
 */
public record AccountConfirmation(
    ApplicationId application, String holder, AccountNumbers accounts, LocalDate appliedOn) {

  public AccountConfirmation {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(appliedOn, "appliedOn");
  }

  /** The confirmation of {@code application}'s accounts, if they were opened. */
  public static java.util.Optional<AccountConfirmation> of(OnboardingApplication application) {
    return application
        .accounts()
        .map(
            accounts ->
                new AccountConfirmation(
                    application.id(),
                    application.applicant().personName().toString(),
                    accounts,
                    application.appliedOn()));
  }

  /** The confirmation as UTF-8 text, one field per line, sub-accounts by market. */
  public String text() {
    StringBuilder out =
        new StringBuilder()
            .append("证券账户开户确认单 / Account opening confirmation\n")
            .append("申请编号 Application: ")
            .append(application)
            .append('\n')
            .append("投资者 Holder: ")
            .append(holder)
            .append('\n')
            .append("一码通账户 Unified account: ")
            .append(accounts.unified())
            .append('\n');
    for (Map.Entry<AccountNumbers.Market, String> sub :
        new TreeMap<>(accounts.subAccounts()).entrySet()) {
      out.append("子账户 Sub-account ")
          .append(sub.getKey())
          .append(": ")
          .append(sub.getValue())
          .append('\n');
    }
    return out.append("开户方式 Opening method: ")
        .append(accounts.mark())
        .append('\n')
        .append("申请日期 Applied on: ")
        .append(appliedOn)
        .append('\n')
        .toString();
  }
}
