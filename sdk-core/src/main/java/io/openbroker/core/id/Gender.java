package io.openbroker.core.id;

/** The sex encoded in the 17th character of a GB 11643 number: odd is male, even is female. */
public enum Gender {
  MALE,
  FEMALE
}
