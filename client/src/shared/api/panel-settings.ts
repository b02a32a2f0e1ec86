import { graphql } from '../../gql';
import type { PanelSettingsFieldsFragment } from '../../gql/graphql';

/** How the panel votes and what its documents cite (edited by the admin, read by the voting panel). */
export type PanelSettings = PanelSettingsFieldsFragment;

export const PANEL_SETTINGS_FIELDS = graphql(`
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
`);
