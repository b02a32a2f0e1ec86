import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../../app/auth.context';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { Field } from '../../shared/ui/field';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useLogin } from './hooks';
import './login.css';

const DEMO_ACCOUNTS = [
  'chair@demo.kz',
  'secretary@demo.kz',
  'member1@demo.kz',
  'advisor@demo.kz',
  'analyst@demo.kz',
  'admin@demo.kz',
] as const;
const DEMO_PASSWORD = 'panel-demo';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token, lastEnd } = useAuth();
  const location = useLocation();
  const { login, loading, error } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  usePageTitle(t('login.title'));

  if (token) return <Navigate to={returnPath(location.state)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    // On success the token appears and the <Navigate> above takes the member onward.
    await login({ email: email.trim(), password });
  };

  return (
    <div className="login">
      <form className="card login__card" onSubmit={submit} noValidate>
        <div className="card__body stack">
          <div>
            <h1 className="page-title">{t('login.title')}</h1>
            <p className="muted">{t('login.lead')}</p>
          </div>
          {lastEnd === 'expired' && !error && <Alert tone="warning">{t('login.sessionEnded')}</Alert>}
          {missing && <Alert tone="error">{t('login.required')}</Alert>}
          <ErrorAlert error={error} testId="login-error" />
          <Field label={t('login.email')}>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
            )}
          </Field>
          <Field label={t('login.password')}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            )}
          </Field>
          <button type="submit" className="button button--primary button--block" data-testid="login-submit" disabled={loading}>
            {loading ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
      <aside className="login__demo" aria-labelledby="demo-accounts">
        <h2 id="demo-accounts" className="login__demo-title">
          {t('login.demoTitle')}
        </h2>
        <ul className="login__demo-list">
          {DEMO_ACCOUNTS.map((account) => (
            <li key={account}>
              <button
                type="button"
                className="link-button"
                aria-label={t('login.demoUse', { email: account })}
                onClick={() => {
                  setEmail(account);
                  setPassword(DEMO_PASSWORD);
                }}
              >
                <code>{account}</code>
              </button>
            </li>
          ))}
        </ul>
        <p className="muted">{t('login.demoPassword', { password: DEMO_PASSWORD })}</p>
      </aside>
    </div>
  );
}
