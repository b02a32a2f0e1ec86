// The sign-in page, in Russian: loaded with that page only (budget B6).
export const ruLogin = {
  title: 'Вход в систему',
  lead: 'Для членов экспертной группы, секретариата и администраторов.',
  email: 'Электронная почта',
  password: 'Пароль',
  submit: 'Войти',
  submitting: 'Вход…',
  required: 'Введите электронную почту и пароль.',
  sessionEnded: 'Сеанс завершён. Войдите снова.',
  demoTitle: 'Демонстрационные учётные записи',
  demoPassword: 'Пароль для всех: {{password}}',
  demoUse: 'Подставить {{email}}',
};

export type LoginMessages = typeof ruLogin;
