package io.openbroker.kyc;

import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import java.util.Map;
import java.util.Objects;

/**
 * Who applies: a natural person, or an institution acting through an agent (经办人). Names and mobiles
 * print masked.
 */
public sealed interface Applicant {

  /** The person who appears: the investor, or the institution's agent. */
  PersonName personName();

  /** Where notifications go (Art. 9). */
  MobileNumber mobile();

  /**
   * A natural-person investor (自然人投资者).
   *
   * @param name the investor's name
   * @param mobile the investor's mobile
   */
  record NaturalPerson(PersonName name, MobileNumber mobile) implements Applicant {
    public NaturalPerson {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mobile, "mobile");
    }

    @Override
    public PersonName personName() {
      return name;
    }
  }

  /**
   * An institutional investor (机构投资者), witness opening only (Art. 6), through an agent holding an
   * authorisation letter (Art. 15).
   *
   * @param institutionName the registered name
   * @param creditCode the unified social credit code (统一社会信用代码), 18 characters
   * @param agentName the agent's name
   * @param agentMobile the agent's mobile
   * @param documents digests of the authorisation letter and legal-representative proof
   */
  record Institution(
      String institutionName,
      String creditCode,
      PersonName agentName,
      MobileNumber agentMobile,
      Map<MediaKind, MediaDigest> documents)
      implements Applicant {
    public Institution {
      Objects.requireNonNull(institutionName, "institutionName");
      Objects.requireNonNull(creditCode, "creditCode");
      if (!creditCode.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
        throw new IllegalArgumentException("credit code must be 18 characters of GB 32100");
      }
      Objects.requireNonNull(agentName, "agentName");
      Objects.requireNonNull(agentMobile, "agentMobile");
      documents = Map.copyOf(documents);
    }

    @Override
    public PersonName personName() {
      return agentName;
    }

    @Override
    public MobileNumber mobile() {
      return agentMobile;
    }
  }
}
