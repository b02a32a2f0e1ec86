// The page that sets a password from an invitation link, in Russian: loaded with that page only (budget B6).
export const ruInvitation = {
  title: 'Установка пароля',
  lead: 'Придумайте пароль для своей учётной записи (не короче {{min}} символов). Его будете знать только вы.',
  password: 'Пароль',
  passwordRepeat: 'Пароль ещё раз',
  passwordHint: 'Не короче {{min}} символов.',
  missing: 'Введите пароль дважды.',
  tooShort: 'Пароль должен содержать не менее {{min}} символов.',
  mismatch: 'Пароли не совпадают.',
  submit: 'Установить пароль и войти',
  submitting: 'Сохранение…',
  noToken: 'Ссылка неполная. Откройте ссылку-приглашение целиком или попросите новую.',
  toLogin: 'Ко входу',
};

export type InvitationMessages = typeof ruInvitation;
