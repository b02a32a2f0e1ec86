import { registerEnumType } from 'type-graphql';

/**
 * How an application reached the panel. The Rules (Order 562-НҚ) accept an application through
 * E-otinish or on paper; a paper one is known by the incoming registration number the secretary gives it.
 */
export enum ApplicationKind {
  EOTINISH = 'EOTINISH',
  PAPER = 'PAPER',
}
registerEnumType(ApplicationKind, { name: 'ApplicationKind', description: 'E-otinish (its registration number) or paper (the incoming registration number).' });

/** The application a case answers: its kind and its number (E-otinish number or incoming registration number). */
export interface ApplicationRef {
  kind: ApplicationKind;
  number: string;
}

/** What a case (or a row read for a document) records of its application. */
export interface ApplicationFacts {
  applicationKind: ApplicationKind;
  applicationNumber: string;
}

/** The application a case answers, as documents cite it ("№ …" for E-otinish, "вх. № …" / "кіріс № …" for paper). */
export const applicationRefOf = (c: ApplicationFacts): ApplicationRef => ({ kind: c.applicationKind, number: c.applicationNumber });

/** The E-otinish registration number of an application; null for a paper one. */
export const eotinishNumberOf = (c: ApplicationFacts): string | null => (c.applicationKind === ApplicationKind.EOTINISH ? c.applicationNumber : null);
