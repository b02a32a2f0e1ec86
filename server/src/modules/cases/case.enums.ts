import { registerEnumType } from 'type-graphql';
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
registerEnumType(NoticeChannel, { name: 'NoticeChannel', description: 'How the applicant was told of an extension.' });
