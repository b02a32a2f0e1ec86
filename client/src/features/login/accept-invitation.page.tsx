import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { TextInput } from '../../shared/ui/inputs';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useAcceptInvitation } from './hooks';
import { PASSWORD_MIN, passwordProblem, type PasswordProblem } from './invitation.form';
import './login.css';

/** The token is the link's fragment (/invitation#…): browsers never send it to a server. */
function useInvitationToken(): string {
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')).trim());
  useEffect(() => {
    // Out of the address bar and the history once read: it is a credential until used.
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return token;
}

/** The page an invitation link opens: the person sets their own password twice and is signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useInvitationToken();
  const { accept, loading, error } = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PasswordProblem>(null);
  usePageTitle(t('invitation.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblem(password, repeat);
    setProblem(found);
    if (found) return;
    if (await accept({ token, password })) navigate('/', { replace: true });
  };

  return (
    <div className="login">
      <form className="card login__card" onSubmit={(e) => void submit(e)} noValidate data-testid="accept-invitation">
        <div className="card__body stack">
          <div>
            <h1 className="page-title">{t('invitation.title')}</h1>
            <p className="muted">{t('invitation.lead', { min: PASSWORD_MIN })}</p>
          </div>
          {!token ? (
            <Alert tone="error" testId="invitation-no-token">{t('invitation.noToken')}</Alert>
          ) : (
            <>
              {problem === 'missing' && <Alert tone="error">{t('invitation.missing')}</Alert>}
              {problem === 'short' && <Alert tone="error">{t('invitation.tooShort', { min: PASSWORD_MIN })}</Alert>}
              {problem === 'mismatch' && <Alert tone="error">{t('invitation.mismatch')}</Alert>}
              <ErrorAlert error={error} testId="invitation-error" />
              <TextInput name="password" type="password" label={t('invitation.password')} value={password} onChange={setPassword}
                autoComplete="new-password" hint={t('invitation.passwordHint', { min: PASSWORD_MIN })} />
              <TextInput name="passwordRepeat" type="password" label={t('invitation.passwordRepeat')} value={repeat} onChange={setRepeat}
                autoComplete="new-password" />
              <button type="submit" className="button button--primary button--block" data-testid="accept-invitation-submit" disabled={loading}>
                {loading ? t('invitation.submitting') : t('invitation.submit')}
              </button>
            </>
          )}
          <p className="small">
            <Link to="/login">{t('invitation.toLogin')}</Link>
          </p>
        </div>
      </form>
    </div>
  );
}
