// Field errors, drafts and sending while offline (issue 17, items 3 and 4), in Russian.
export const ruForms = {
  /** A field's problem by its code (extensions.fields[path].code), when the server sent no message in this language. */
  code: {
    REQUIRED: 'Заполните это поле.',
    TOO_SHORT: 'Слишком коротко.',
    TOO_LONG: 'Слишком длинно.',
    TOO_FEW: 'Слишком мало записей.',
    TOO_MANY: 'Слишком много записей.',
    OUT_OF_RANGE: 'Значение вне допустимых пределов.',
    FORMAT: 'Значение не в ожидаемом формате.',
    NOT_ALLOWED_CHARACTER: 'Текст содержит недопустимый символ.',
    INVALID: 'Недопустимое значение.',
  },
  checkFields_one: 'Исправьте отмеченное поле.',
  checkFields_few: 'Исправьте {{count}} отмеченных поля.',
  checkFields_many: 'Исправьте {{count}} отмеченных полей.',
  checkFields_other: 'Исправьте {{count}} отмеченного поля.',
  sendWhenOnline: 'Отправить при появлении связи',
  willSend: 'Будет отправлено, когда связь восстановится',
  offlineHint: 'Нет связи: комментарий сохранится и отправится сам, когда связь восстановится.',
  draftRestored: 'Восстановлен несохранённый черновик.',
  charactersLeft_one: 'Остался {{count}} символ',
  charactersLeft_few: 'Осталось {{count}} символа',
  charactersLeft_many: 'Осталось {{count}} символов',
  charactersLeft_other: 'Осталось {{count}} символа',
};

export type FormsMessages = typeof ruForms;
