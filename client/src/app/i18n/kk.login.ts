import type { ruLogin } from './ru.login';

// The sign-in page, in Kazakh: loaded with that page only (budget B6).
export const kkLogin: typeof ruLogin = {
  title: 'Жүйеге кіру',
  lead: 'Сараптама тобының мүшелері, хатшылық және әкімшілер үшін.',
  email: 'Электрондық пошта',
  password: 'Құпиясөз',
  submit: 'Кіру',
  submitting: 'Кіруде…',
  required: 'Электрондық пошта мен құпиясөзді енгізіңіз.',
  sessionEnded: 'Сеанс аяқталды. Қайта кіріңіз.',
  demoTitle: 'Демонстрациялық тіркелгілер',
  demoPassword: 'Барлығына ортақ құпиясөз: {{password}}',
  demoUse: '{{email}} енгізу',
};
