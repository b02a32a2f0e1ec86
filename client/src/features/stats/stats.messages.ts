import { messagePart } from '../../app/i18n/i18n.setup';

// The statistics' strings are needed only by these pages: they load with them, not in the first
// load of every page (budget B6).
export const loadStatsMessages = messagePart({
  kk: () => import('../../app/i18n/kk.stats').then((m) => ({ stats: m.kkStats })),
  ru: () => import('../../app/i18n/ru.stats').then((m) => ({ stats: m.ruStats })),
  en: () => import('../../app/i18n/en.stats').then((m) => ({ stats: m.enStats })),
});
