import type { Role } from './role.js';

/** Who is asking: the signed-in, active member as loaded for this request. */
export interface Viewer {
  id: string;
  name: string;
  role: Role;
  agencyId: string;
}
