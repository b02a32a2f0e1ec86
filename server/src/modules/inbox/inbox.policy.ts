import type { Viewer } from '../../shared/viewer.js';
import { CASE_READERS, type Role } from '../../shared/role.js';

/** Notifications are about cases: those who read cases have an inbox (not the analyst or the admin). */
export const mayReadInbox = (viewer: Pick<Viewer, 'role'>) => (CASE_READERS as readonly Role[]).includes(viewer.role);
