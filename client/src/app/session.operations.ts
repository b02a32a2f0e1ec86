import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

/** What the signed-in member may do anywhere (pages, menus, buttons), as the server's policies answer it. */
export type ViewerAbilities = MeQuery['viewerCan'];

/** The member and their global abilities, once per session. */
export const ME = graphql(`
  query Me {
    me {
      ...MemberSummary
    }
    viewerCan {
      administerAccounts
      comment
      declareConflict
      editPlatforms
      escalatePrescriptions
      followUpPrescriptions
      readAccountAudit
      readAudit
      readInbox
      readStats
      registerApplications
      runVoting
      seeCases
      seeIdentity
      seePanelWork
      signDecisions
      uploadEvidence
      vote
    }
  }
`);
