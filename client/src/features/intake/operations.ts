import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApplicantRelation, ContentKind, DateTimeISO, Language, LocalDate, Region } from '../../shared/api/enums';

export interface RegisterApplicationInput {
  eotinishNumber: string;
  receivedAt: DateTimeISO;
  applicant: { name: string; relation: ApplicantRelation; contact: string; language: Language };
  child: { name: string; birthDate: LocalDate; region: Region; school?: string | null };
  description: string;
  episodes: { occurredAt: DateTimeISO; url: string; contentKind: ContentKind; excerpt?: string | null }[];
  resources?: { url: string; description?: string | null }[];
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
