import { messagePart } from '../../app/i18n/i18n.setup';

// The invitation page's strings load with it, not in the first load of the case room (budget B6).
export const loadInvitationMessages = messagePart({
  kk: () => import('../../app/i18n/kk.invitation').then((m) => ({ invitation: m.kkInvitation })),
  ru: () => import('../../app/i18n/ru.invitation').then((m) => ({ invitation: m.ruInvitation })),
  en: () => import('../../app/i18n/en.invitation').then((m) => ({ invitation: m.enInvitation })),
});
