import { registerEnumType } from 'type-graphql';

export enum AgeBand {
  UNDER_10 = 'UNDER_10',
  AGE_10_13 = 'AGE_10_13',
  AGE_14_15 = 'AGE_14_15',
  AGE_16_17 = 'AGE_16_17',
  ADULT = 'ADULT',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(AgeBand, { name: 'AgeBand', description: "The child's age at the first episode, in the bands the ministry reports." });

/** The band of an age in full years (null when unknown). */
export function ageBand(age: number | null): AgeBand {
  if (age === null || age < 0) return AgeBand.UNKNOWN;
  if (age < 10) return AgeBand.UNDER_10;
  if (age <= 13) return AgeBand.AGE_10_13;
  if (age <= 15) return AgeBand.AGE_14_15;
  if (age <= 17) return AgeBand.AGE_16_17;
  return AgeBand.ADULT;
}
