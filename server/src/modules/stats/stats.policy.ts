import type { Viewer } from '../../shared/viewer.js';
import { Role } from '../../shared/role.js';

type WithRole = Pick<Viewer, 'role'>;

/** Who reads the statistics (GraphQL and CSV): analysts, the chair and the deputy, the admin. */
export const STATS_ROLES: readonly Role[] = [Role.ANALYST, Role.CHAIR, Role.DEPUTY_CHAIR, Role.ADMIN];
export const mayReadStats = (viewer: WithRole) => STATS_ROLES.includes(viewer.role);

/** The work per member and per agency names people: the chair, the deputy and the admin, not analysts. */
export const maySeePanelWork = (viewer: WithRole) => [Role.CHAIR, Role.DEPUTY_CHAIR, Role.ADMIN].includes(viewer.role);

/** Who sees exact counts: the chair and the deputy; everyone else gets perturbed ones. */
export const seesExactCounts = (role: Role) => role === Role.CHAIR || role === Role.DEPUTY_CHAIR;
