import type { ruInvitation } from './ru.invitation';

// The page that sets a password from an invitation link, in Kazakh: loaded with that page only (budget B6).
export const kkInvitation: typeof ruInvitation = {
  title: 'Құпиясөз орнату',
  lead: 'Тіркелгіңізге құпиясөз ойлап табыңыз (кемінде {{min}} таңба). Оны тек сіз білесіз.',
  password: 'Құпиясөз',
  passwordRepeat: 'Құпиясөзді қайталаңыз',
  passwordHint: 'Кемінде {{min}} таңба.',
  missing: 'Құпиясөзді екі рет енгізіңіз.',
  tooShort: 'Құпиясөз кемінде {{min}} таңбадан тұруы керек.',
  mismatch: 'Құпиясөздер сәйкес келмейді.',
  submit: 'Құпиясөзді орнатып, кіру',
  submitting: 'Сақталуда…',
  noToken: 'Сілтеме толық емес. Шақыру сілтемесін толық ашыңыз немесе жаңасын сұраңыз.',
  toLogin: 'Кіруге',
};
