import { registerEnumType } from 'type-graphql';

/** The legal criteria of cyberbullying of a child (Law "On the rights of the child", art. 1 sub-par. 4.1). */
export enum Criterion {
  CHILD_UNDER_18 = 'CHILD_UNDER_18',
  SYSTEMATIC = 'SYSTEMATIC',
  HUMILIATION_HARASSMENT_INTIMIDATION = 'HUMILIATION_HARASSMENT_INTIMIDATION',
  MEDIA_OR_TELECOM = 'MEDIA_OR_TELECOM',
}
registerEnumType(Criterion, {
  name: 'Criterion',
  description: 'CHILD_UNDER_18: the child was under 18; SYSTEMATIC: two or more episodes; HUMILIATION_HARASSMENT_INTIMIDATION: humiliation, harassment, intimidation or coercion; MEDIA_OR_TELECOM: through mass media or telecommunication networks.',
});

export enum FindingValue {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  UNCLEAR = 'UNCLEAR',
}
registerEnumType(FindingValue, { name: 'FindingValue' });

export enum VoteChoice {
  CONFIRMED = 'CONFIRMED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, { name: 'VoteChoice' });

export enum Outcome {
  QUORUM_NOT_MET = 'QUORUM_NOT_MET',
  CONFIRMED = 'CONFIRMED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
  TIE_UNRESOLVED = 'TIE_UNRESOLVED',
}
registerEnumType(Outcome, { name: 'Outcome' });
