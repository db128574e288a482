package io.openbroker.kyc.spi;

import io.openbroker.kyc.StaffId;
import java.util.Optional;

/** 见证人员管理 — the broker's register of employees, their training and roles (Art. 7). */
public interface StaffRegistry {

  /** The member with {@code id}, or empty. */
  Optional<StaffMember> find(StaffId id);
}
