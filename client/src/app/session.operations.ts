import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

/** What the signed-in member may do anywhere (pages, menus, buttons), as the server's policies answer it. */
export type ViewerAbilities = MeQuery['viewerCan'];

/** The member and the global abilities the screens use (menus, pages, landing), once per session. */
export const ME = graphql(`
  query Me {
    me {
      ...MemberSummary
    }
    viewerCan {
      seeCases
      registerApplications
      readStats
      seePanelWork
      administerAccounts
      readInbox
      vote
    }
  }
`);
