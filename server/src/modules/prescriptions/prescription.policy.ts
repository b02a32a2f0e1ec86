import type { Viewer } from '../../shared/viewer.js';
import { CASE_STAFF, CHAIRS, type Role } from '../../shared/role.js';

type WithRole = Pick<Viewer, 'role'>;
/** A recused member is out of the case: its prescriptions included. */
type Relation = { recused: boolean };

/** Delivery, compliance and URL re-checks of prescriptions: the secretary, the chair and the deputy (DESIGN.md §2). */
export const mayFollowUpPrescriptions = (viewer: WithRole, rel: Relation) => (CASE_STAFF as readonly Role[]).includes(viewer.role) && !rel.recused;

/** Escalation to an access restriction is the chair's (or the deputy's). */
export const mayEscalatePrescriptions = (viewer: WithRole, rel: Relation) => (CHAIRS as readonly Role[]).includes(viewer.role) && !rel.recused;
