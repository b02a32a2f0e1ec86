import { messagePart } from '../../app/i18n/i18n.setup';

// The intake form's strings are needed only by the form: they load with it, not in the first load
// of the case room (budget B6).
export const loadIntakeMessages = messagePart({
  kk: () => import('../../app/i18n/kk.intake').then((m) => m.kkIntakeMessages),
  ru: () => import('../../app/i18n/ru.intake').then((m) => m.ruIntakeMessages),
  en: () => import('../../app/i18n/en.intake').then((m) => m.enIntakeMessages),
});
