import { registerEnumType } from 'type-graphql';
import { CASE_ENDINGS, type CaseEnding } from './answer.rules.js';
import { CASE_STATUSES, type CaseStatus } from './lifecycle.js';

/** The GraphQL enum mirrors the lifecycle's status list (one source). */
export const CaseStatusEnum = Object.fromEntries(CASE_STATUSES.map((s) => [s, s])) as { [K in CaseStatus]: K };
registerEnumType(CaseStatusEnum, { name: 'CaseStatus', description: 'Where the case is in its lifecycle (DESIGN.md §3).' });

export enum Language {
  KK = 'KK',
  RU = 'RU',
}
registerEnumType(Language, { name: 'Language', description: 'Kazakh (state language) or Russian.' });

export enum ContentKind {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
  AUDIO = 'AUDIO',
  MESSAGE = 'MESSAGE',
  COMMENT = 'COMMENT',
  PROFILE = 'PROFILE',
  OTHER = 'OTHER',
}
registerEnumType(ContentKind, { name: 'ContentKind' });

export enum ApplicantRelation {
  PARENT = 'PARENT',
  GUARDIAN = 'GUARDIAN',
  OTHER_LEGAL_REPRESENTATIVE = 'OTHER_LEGAL_REPRESENTATIVE',
  CITIZEN = 'CITIZEN',
  CHILD = 'CHILD',
}
registerEnumType(ApplicantRelation, { name: 'ApplicantRelation' });

export enum NoticeChannel {
  EMAIL = 'EMAIL',
  POST = 'POST',
  E_OTINISH = 'E_OTINISH',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(NoticeChannel, { name: 'NoticeChannel', description: 'How the applicant was told of an extension or sent the answer.' });

/** The GraphQL enum mirrors the answer rules' list of endings (one source). */
export const CaseEndingEnum = Object.fromEntries(CASE_ENDINGS.map((s) => [s, s])) as { [K in CaseEnding]: K };
registerEnumType(CaseEndingEnum, { name: 'CaseEnding', description: 'How a case ended, as the answer to the applicant tells it.' });

/** Where an episode happened: at a URL (checked, and named in a prescription), or through a channel without one. */
export enum EpisodeChannel {
  URL = 'URL',
  SMS = 'SMS',
  CALL = 'CALL',
  PRIVATE_MESSAGE = 'PRIVATE_MESSAGE',
  OTHER = 'OTHER',
}
registerEnumType(EpisodeChannel, { name: 'EpisodeChannel', description: 'URL (a public address), or SMS, CALL, PRIVATE_MESSAGE, OTHER: no URL, an evidence description instead.' });

/** The screening checklist's criteria (checklist.ts), as a failing one is named to the client. */
export enum ChecklistCriterion {
  CHILD_UNDER_18 = 'CHILD_UNDER_18',
  SYSTEMATIC = 'SYSTEMATIC',
  MEDIA_OR_TELECOM = 'MEDIA_OR_TELECOM',
}
registerEnumType(ChecklistCriterion, { name: 'ChecklistCriterion', description: 'A criterion of the screening checklist.' });
