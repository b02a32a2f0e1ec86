import { gql } from '@apollo/client';
import type { DateTimeISO, PrescriptionStatus } from '../../shared/api/enums';

export interface Prescription {
  __typename?: 'Prescription';
  id: string;
  number: string;
  addressee: string;
  addresseeContact: string | null;
  platform: { __typename?: 'Platform'; id: string; name: string } | null;
  urls: string[];
  status: PrescriptionStatus;
  issuedAt: DateTimeISO;
  deliveredAt: DateTimeISO | null;
  removalDueAt: DateTimeISO | null;
  removalHours: number;
  legalBasisKk: string;
  legalBasisRu: string;
}

export const PRESCRIPTION_FIELDS = gql`
  fragment PrescriptionFields on Prescription {
    id
    number
    addressee
    addresseeContact
    platform {
      id
      name
    }
    urls
    status
    issuedAt
    deliveredAt
    removalDueAt
    removalHours
    legalBasisKk
    legalBasisRu
  }
`;
