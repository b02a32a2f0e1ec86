import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { mayReadStats, maySeePanelWork } from './stats.policy.js';

defineAbility(ViewerAbilities, 'readStats', 'Read the statistics (stats, /stats.csv).', ({ viewer }) => mayReadStats(viewer));
defineAbility(ViewerAbilities, 'seePanelWork', 'See the work per member and per agency in the statistics.', ({ viewer }) => maySeePanelWork(viewer));
