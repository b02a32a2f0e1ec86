import { messagePart } from '../../app/i18n/i18n.setup';

// The sign-in page's strings load with it, not in the first load of the case room (budget B6).
export const loadLoginMessages = messagePart({
  kk: () => import('../../app/i18n/kk.login').then((m) => ({ login: m.kkLogin })),
  ru: () => import('../../app/i18n/ru.login').then((m) => ({ login: m.ruLogin })),
  en: () => import('../../app/i18n/en.login').then((m) => ({ login: m.enLogin })),
});
