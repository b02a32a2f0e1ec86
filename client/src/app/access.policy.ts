// What the interface makes of the server's answer to `viewerCan` (session.operations.ts): which
// page a member lands on and which optional tools their menus show. Every rule on who may do what
// is the server's and comes from `Query.viewerCan`, `Case.viewerCan` or `Comment.viewerCan`; none is
// copied here, these only arrange the screens around those answers.
import type { ViewerAbilities } from './session.operations';

/**
 * Where "/" leads: the admin (accounts, no case files) on the administration's landing page; those
 * who read statistics but no case files (the analysts) on the statistics; the others on the queue.
 */
export function landingPath(can: ViewerAbilities): string {
  if (can.administerAccounts && !can.seeCases) return '/admin';
  return !can.seeCases && can.readStats && !can.administerAccounts ? '/stats' : '/cases';
}

/**
 * The GraphQL explorer over the statistics is offered to those whose work is the statistics or the
 * panel (analysts, chair, deputy), not in the admin's tools. A choice of the interface: the explorer
 * asks the same `stats` the dashboard does, and the server answers it by `readStats`.
 */
export function offersStatsExplorer(can: ViewerAbilities): boolean {
  return can.readStats && !can.administerAccounts;
}
