import { messagePart } from '../../app/i18n/i18n.setup';

// The queue's strings (its table, filters, states, views, sorting) are needed only by the queue: they load with it, not
// in the first load of the case room (budget B6).
export const loadQueueMessages = messagePart({
  kk: () => import('../../app/i18n/kk.queue').then((m) => ({ queueView: m.kkQueueView, queue: m.kkQueue })),
  ru: () => import('../../app/i18n/ru.queue').then((m) => ({ queueView: m.ruQueueView, queue: m.ruQueue })),
  en: () => import('../../app/i18n/en.queue').then((m) => ({ queueView: m.enQueueView, queue: m.enQueue })),
});
