package io.openbroker.kyc.spi;

import io.openbroker.kyc.StaffId;
import java.util.Objects;
import java.util.Set;

/**
 * A broker employee as the registry knows them.
 *
 * @param id the staff id
 * @param labourContract whether they have a labour contract with the broker (Art. 7)
 * @param trained whether they passed the witness training
 * @param roles what they do
 */
public record StaffMember(
    StaffId id, boolean labourContract, boolean trained, Set<StaffRole> roles) {
  public StaffMember {
    Objects.requireNonNull(id, "id");
    roles = Set.copyOf(roles);
  }

  /** Whether Art. 7 allows them to act as a witness. */
  public boolean qualifiedWitness() {
    return labourContract
        && trained
        && roles.contains(StaffRole.WITNESS)
        && !roles.contains(StaffRole.MARKETING);
  }
}
