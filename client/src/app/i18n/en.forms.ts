// Field errors, drafts and sending while offline (issue 17, items 3 and 4), in English.
import type { FormsMessages } from './ru.forms';

export const enForms: FormsMessages = {
  code: {
    REQUIRED: 'Fill in this field.',
    TOO_SHORT: 'Too short.',
    TOO_LONG: 'Too long.',
    TOO_FEW: 'Too few entries.',
    TOO_MANY: 'Too many entries.',
    OUT_OF_RANGE: 'The value is out of the allowed range.',
    FORMAT: 'The value is not in the expected form.',
    NOT_ALLOWED_CHARACTER: 'The text contains a character that is not allowed.',
    INVALID: 'The value is not valid.',
  },
  checkFields_one: 'Correct the marked field.',
  checkFields_few: 'Correct the {{count}} marked fields.',
  checkFields_many: 'Correct the {{count}} marked fields.',
  checkFields_other: 'Correct the {{count}} marked fields.',
  sendWhenOnline: 'Send when back online',
  willSend: 'Will be sent when the connection returns',
  offlineHint: 'No connection: the comment is kept and sent by itself when the connection returns.',
  draftRestored: 'An unsent draft was restored.',
  charactersLeft_one: '{{count}} character left',
  charactersLeft_few: '{{count}} characters left',
  charactersLeft_many: '{{count}} characters left',
  charactersLeft_other: '{{count}} characters left',
};
