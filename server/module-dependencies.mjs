/**
 * Which server modules each module may import (besides `shared/`): the layers inside `modules/`,
 * lowest first. ESLint enforces it (eslint.config.mjs); module-dependencies.test.ts checks it has no cycle.
 */
export const MODULE_DEPENDENCIES = {
  members: [],
  calendar: ['members'],
  platforms: ['members'],
  settings: ['members'],
  jobs: ['members'],
  inbox: ['members'],
  cases: ['members', 'calendar', 'platforms', 'settings', 'jobs', 'inbox'],
  audit: ['members', 'cases'],
  evidence: ['members', 'cases', 'audit'],
  deliberation: ['members', 'cases', 'inbox'],
  presence: ['members', 'cases', 'deliberation'],
  voting: ['members', 'cases', 'settings', 'jobs', 'inbox'],
  prescriptions: ['members', 'cases', 'platforms', 'evidence', 'inbox', 'jobs', 'settings'],
  decisions: ['members', 'cases', 'platforms', 'settings', 'voting', 'prescriptions'],
  documents: ['members', 'cases', 'audit', 'settings', 'voting', 'decisions', 'prescriptions', 'platforms'],
  stats: ['members', 'cases', 'platforms'],
  intake: ['members', 'calendar', 'cases', 'platforms', 'stats'],
  retention: ['cases', 'evidence', 'settings'],
};
