import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApplicantRelation, ApplicationKind, ChecklistCriterion, ContentKind, DateTimeISO, EpisodeChannel, Language, LocalDate, Region } from '../../shared/api/enums';

export interface RegisterApplicationInput {
  applicationKind: ApplicationKind;
  applicationNumber: string;
  receivedAt: DateTimeISO;
  applicant: { name: string; relation: ApplicantRelation; contact: string; language: Language };
  child: { name: string; birthDate: LocalDate; region: Region; school?: string | null };
  description: string;
  episodes: { occurredAt: DateTimeISO; channel: EpisodeChannel; url?: string | null; evidenceDescription?: string | null; contentKind: ContentKind; excerpt?: string | null }[];
  resources?: { url: string; description?: string | null }[];
  checklistOverrideReason?: string | null;
  /** Made once per submitted application; the same when the same form is sent again (see RequestKeys). */
  idempotencyKey?: string | null;
}

export interface RegisterApplicationData {
  registerApplication: { __typename?: 'Case'; id: string; number: string };
}

export const REGISTER_APPLICATION: TypedDocumentNode<RegisterApplicationData, { input: RegisterApplicationInput }> = gql`
  mutation RegisterApplication($input: RegisterApplicationInput!) {
    registerApplication(input: $input) {
      id
      number
    }
  }
`;

export interface IntakeChecklistInput {
  childBirthDate: LocalDate | null;
  episodes: { occurredAt: DateTimeISO; channel: EpisodeChannel; url: string | null }[];
}

/** The screening checklist the server computes for an application being typed: the rule registerApplication applies. */
export const INTAKE_CHECKLIST: TypedDocumentNode<{ intakeChecklist: { __typename?: 'Checklist'; met: boolean; failing: ChecklistCriterion[] } }, { input: IntakeChecklistInput }> = gql`
  query IntakeChecklist($input: IntakeChecklistInput!) {
    intakeChecklist(input: $input) {
      met
      failing
    }
  }
`;

export interface Platform {
  __typename?: 'Platform';
  id: string;
  name: string;
  hosts: string[];
}

export const PLATFORMS: TypedDocumentNode<{ platforms: Platform[] }, Record<string, never>> = gql`
  query Platforms {
    platforms {
      id
      name
      hosts
    }
  }
`;
