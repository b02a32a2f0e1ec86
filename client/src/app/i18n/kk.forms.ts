// Field errors, drafts and sending while offline (issue 17, items 3 and 4), in Kazakh.
import type { FormsMessages } from './ru.forms';

export const kkForms: FormsMessages = {
  code: {
    REQUIRED: 'Бұл өрісті толтырыңыз.',
    TOO_SHORT: 'Тым қысқа.',
    TOO_LONG: 'Тым ұзын.',
    TOO_FEW: 'Жазбалар тым аз.',
    TOO_MANY: 'Жазбалар тым көп.',
    OUT_OF_RANGE: 'Мән рұқсат етілген шектен тыс.',
    FORMAT: 'Мән күтілген пішімде емес.',
    NOT_ALLOWED_CHARACTER: 'Мәтінде рұқсат етілмеген таңба бар.',
    INVALID: 'Мән жарамсыз.',
  },
  checkFields_one: 'Белгіленген өрісті түзетіңіз.',
  checkFields_few: 'Белгіленген {{count}} өрісті түзетіңіз.',
  checkFields_many: 'Белгіленген {{count}} өрісті түзетіңіз.',
  checkFields_other: 'Белгіленген {{count}} өрісті түзетіңіз.',
  sendWhenOnline: 'Байланыс қалпына келгенде жіберу',
  willSend: 'Байланыс қалпына келгенде жіберіледі',
  offlineHint: 'Байланыс жоқ: пікір сақталып, байланыс қалпына келгенде өзі жіберіледі.',
  draftRestored: 'Сақталмаған жоба қалпына келтірілді.',
  charactersLeft_one: '{{count}} таңба қалды',
  charactersLeft_few: '{{count}} таңба қалды',
  charactersLeft_many: '{{count}} таңба қалды',
  charactersLeft_other: '{{count}} таңба қалды',
};
