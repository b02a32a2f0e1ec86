import { gql } from '@apollo/client';
import type { DecisionRule } from './enums';

/** How the panel votes and what its documents cite (edited by the admin, read by the voting panel). */
export interface PanelSettings {
  __typename?: 'PanelSettings';
  quorumNumerator: number;
  quorumDenominator: number;
  decisionRule: DecisionRule;
  chairCastingVote: boolean;
  votesVisibleBeforeClose: boolean;
  roundHours: number;
  removalHours: number;
  legalBasisKk: string;
  legalBasisRu: string;
  ministryKk: string;
  ministryRu: string;
}

export const PANEL_SETTINGS_FIELDS = gql`
  fragment PanelSettingsFields on PanelSettings {
    quorumNumerator
    quorumDenominator
    decisionRule
    chairCastingVote
    votesVisibleBeforeClose
    roundHours
    removalHours
    legalBasisKk
    legalBasisRu
    ministryKk
    ministryRu
  }
`;
