import type { Viewer } from '../../shared/viewer.js';
import { Role } from '../../shared/role.js';

/** The platform registry (names, representatives, legal entities) is the admin's to edit (DESIGN.md §2). */
export const mayEditPlatforms = (viewer: Pick<Viewer, 'role'>) => viewer.role === Role.ADMIN;
