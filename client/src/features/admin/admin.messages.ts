import { messagePart } from '../../app/i18n/i18n.setup';

// The admin's strings are needed only by the admin's pages: they load with them, not in the first
// load of the case room (budget B6).
export const loadAdminMessages = messagePart({
  kk: () => import('../../app/i18n/kk.admin').then((m) => m.kkAdminMessages),
  ru: () => import('../../app/i18n/ru.admin').then((m) => m.ruAdminMessages),
  en: () => import('../../app/i18n/en.admin').then((m) => m.enAdminMessages),
});
