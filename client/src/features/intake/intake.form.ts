// The intake form's state, its obvious-mistake checks and its mapping to the mutation input.
// The server validates again; these checks only save a round trip.
import {
  APPLICANT_RELATIONS,
  CONTENT_KINDS,
  isOneOf,
  REGIONS,
  type ApplicantRelation,
  type ApplicationKind,
  type ChecklistCriterion,
  type ContentKind,
  type EpisodeChannel,
  type Language,
  type Region,
} from '../../shared/api/enums';
import { fromLocalInput, todayLocalDate, toLocalInput } from '../../shared/lib/datetime';
import type { IntakeChecklistInput, RegisterApplicationInput } from './operations';

export interface EpisodeDraft {
  key: number;
  occurredAt: string;
  /** URL: the link is required; any other channel: the evidence description instead. */
  channel: EpisodeChannel;
  url: string;
  evidenceDescription: string;
  contentKind: ContentKind | '';
  excerpt: string;
}

export interface ResourceDraft {
  key: number;
  url: string;
  description: string;
}

export interface IntakeDraft {
  applicationKind: ApplicationKind;
  /** The E-otinish number, or the incoming registration number of a paper application. */
  applicationNumber: string;
  receivedAt: string;
  applicantName: string;
  applicantRelation: ApplicantRelation | '';
  applicantContact: string;
  applicantLanguage: Language;
  childName: string;
  childBirthDate: string;
  childRegion: Region | '';
  childSchool: string;
  description: string;
  episodes: EpisodeDraft[];
  resources: ResourceDraft[];
  /** Required when the screening checklist fails (the server's intakeChecklist says what fails). */
  checklistOverrideReason: string;
}

/** Issue keys by field name (the inputs' `name`), values are i18n keys under `intake.`. */
export type IntakeIssue = 'required' | 'invalidUrl' | 'invalidDate' | 'birthDateInFuture' | 'invalidNumber';
export type IntakeIssues = Record<string, IntakeIssue>;

let nextKey = 1;
export function newEpisode(): EpisodeDraft {
  // OTHER until the secretary classifies it: honest, and never blocks a registration.
  return { key: nextKey++, occurredAt: '', channel: 'URL', url: '', evidenceDescription: '', contentKind: 'OTHER', excerpt: '' };
}
export function newResource(): ResourceDraft {
  return { key: nextKey++, url: '', description: '' };
}

export function initialDraft(uiLanguage: string, now: Date = new Date()): IntakeDraft {
  return {
    applicationKind: 'EOTINISH',
    applicationNumber: '',
    receivedAt: toLocalInput(now),
    applicantName: '',
    applicantRelation: '',
    applicantContact: '',
    applicantLanguage: uiLanguage === 'kk' ? 'KK' : 'RU',
    childName: '',
    childBirthDate: '',
    childRegion: '',
    childSchool: '',
    description: '',
    episodes: [newEpisode()],
    resources: [],
    checklistOverrideReason: '',
  };
}

const isHttpUrl = (value: string) => /^https?:\/\/\S+$/i.test(value.trim());
const isLocalDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

const NUMBER_MAX = 64;

/** `failing`: the checklist criteria the server reports as failing for this draft (a reason is then required). */
export function validateDraft(draft: IntakeDraft, today: string = todayLocalDate(), failing: readonly ChecklistCriterion[] = []): IntakeIssues {
  const issues: IntakeIssues = {};
  const required: (keyof IntakeDraft)[] = [
    'applicationNumber', 'receivedAt', 'applicantName', 'applicantRelation', 'applicantContact',
    'childName', 'childBirthDate', 'childRegion', 'description',
  ];
  for (const name of required) if (!String(draft[name]).trim()) issues[name] = 'required';
  if (draft.applicationNumber.trim().length > NUMBER_MAX) issues.applicationNumber = 'invalidNumber';
  if (failing.length > 0 && !draft.checklistOverrideReason.trim()) issues.checklistOverrideReason = 'required';

  if (draft.receivedAt && !fromLocalInput(draft.receivedAt)) issues.receivedAt = 'invalidDate';
  if (draft.childBirthDate) {
    if (!isLocalDate(draft.childBirthDate)) issues.childBirthDate = 'invalidDate';
    else if (draft.childBirthDate > today) issues.childBirthDate = 'birthDateInFuture';
  }

  draft.episodes.forEach((episode, i) => {
    const at = `episodes.${i}`;
    if (!episode.occurredAt) issues[`${at}.occurredAt`] = 'required';
    else if (!fromLocalInput(episode.occurredAt)) issues[`${at}.occurredAt`] = 'invalidDate';
    if (episode.channel !== 'URL') {
      if (!episode.evidenceDescription.trim()) issues[`${at}.evidenceDescription`] = 'required';
    } else if (!episode.url.trim()) issues[`${at}.url`] = 'required';
    else if (!isHttpUrl(episode.url)) issues[`${at}.url`] = 'invalidUrl';
    if (!episode.contentKind) issues[`${at}.contentKind`] = 'required';
  });

  draft.resources.forEach((resource, i) => {
    const blank = !resource.url.trim() && !resource.description.trim();
    if (blank) return; // an untouched row is simply dropped
    if (!resource.url.trim()) issues[`resources.${i}.url`] = 'required';
    else if (!isHttpUrl(resource.url)) issues[`resources.${i}.url`] = 'invalidUrl';
  });
  return issues;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The mutation input; call only on a draft without issues. */
export function toInput(draft: IntakeDraft): RegisterApplicationInput {
  const must = <T extends string>(values: readonly T[], value: string): T => {
    if (!isOneOf(values, value)) throw new Error(`unexpected value ${value}`);
    return value;
  };
  const resources = draft.resources
    .filter((r) => r.url.trim())
    .map((r) => ({ url: r.url.trim(), description: orNull(r.description) }));
  return {
    applicationKind: draft.applicationKind,
    applicationNumber: draft.applicationNumber.trim(),
    receivedAt: fromLocalInput(draft.receivedAt) ?? '',
    applicant: {
      name: draft.applicantName.trim(),
      relation: must(APPLICANT_RELATIONS, draft.applicantRelation),
      contact: draft.applicantContact.trim(),
      language: draft.applicantLanguage,
    },
    child: {
      name: draft.childName.trim(),
      birthDate: draft.childBirthDate,
      region: must(REGIONS, draft.childRegion),
      school: orNull(draft.childSchool),
    },
    description: draft.description.trim(),
    episodes: draft.episodes.map((e) => ({
      occurredAt: fromLocalInput(e.occurredAt) ?? '',
      channel: e.channel,
      ...(e.channel === 'URL' ? { url: e.url.trim() } : { evidenceDescription: e.evidenceDescription.trim() }),
      contentKind: must(CONTENT_KINDS, e.contentKind),
      excerpt: orNull(e.excerpt),
    })),
    ...(resources.length > 0 ? { resources } : {}),
    checklistOverrideReason: orNull(draft.checklistOverrideReason),
  };
}

/** What the screening checklist reads of the draft, once the birth date and an episode date are usable; null before. */
export function checklistInput(draft: IntakeDraft): IntakeChecklistInput | null {
  if (!isLocalDate(draft.childBirthDate)) return null;
  const episodes = draft.episodes.flatMap((e) => {
    const occurredAt = e.occurredAt ? fromLocalInput(e.occurredAt) : null;
    return occurredAt ? [{ occurredAt, channel: e.channel, url: e.channel === 'URL' ? e.url.trim() || null : null }] : [];
  });
  return episodes.length > 0 ? { childBirthDate: draft.childBirthDate, episodes } : null;
}

// The server names fields by their path in RegisterApplicationInput; the form's controls are flat for the parties.
const SERVER_TO_CONTROL: Record<string, string> = {
  eotinishNumber: 'applicationNumber',
  'applicant.name': 'applicantName',
  'applicant.relation': 'applicantRelation',
  'applicant.contact': 'applicantContact',
  'applicant.language': 'applicantLanguage',
  'child.name': 'childName',
  'child.birthDate': 'childBirthDate',
  'child.region': 'childRegion',
  'child.school': 'childSchool',
};

/** The form control (its `name`) for a server field path ("applicant.name" → "applicantName", "episodes.0.url" as it is). */
export function controlOfServerField(path: string): string {
  return SERVER_TO_CONTROL[path] ?? path;
}
