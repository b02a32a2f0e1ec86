import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../api/enums';
import { usePageTitle } from './use-page-title';

/** The calm answer for roles that never see case files (analyst, admin). */
export function NoCaseAccess({ role }: { role: Role }) {
  const { t } = useTranslation();
  usePageTitle(t('access.noCasesTitle'));
  return (
    <div className="calm" data-testid="no-case-access">
      <h1 className="calm__title">{t('access.noCasesTitle')}</h1>
      {role === 'ANALYST' && (
        <>
          <p>{t('access.noCasesAnalyst')}</p>
          <p>
            <Link className="button button--primary" to="/stats">
              {t('access.goToStats')}
            </Link>
          </p>
        </>
      )}
      {role === 'ADMIN' && (
        <>
          <p>{t('access.noCasesAdmin')}</p>
          <p>
            <Link className="button button--primary" to="/admin">
              {t('access.goToAdmin')}
            </Link>
          </p>
        </>
      )}
      {role !== 'ANALYST' && role !== 'ADMIN' && <p>{t('access.pageText')}</p>}
    </div>
  );
}

export function NoPageAccess() {
  const { t } = useTranslation();
  usePageTitle(t('access.pageTitle'));
  return (
    <div className="calm" data-testid="no-access">
      <h1 className="calm__title">{t('access.pageTitle')}</h1>
      <p>{t('access.pageText')}</p>
      <p>
        <Link to="/">{t('common.backToQueue')}</Link>
      </p>
    </div>
  );
}

/** A member who recused from the case: out of it, calmly told why. */
export function RecusedFromCase() {
  const { t } = useTranslation();
  usePageTitle(t('access.recusedTitle'));
  return (
    <div className="calm" data-testid="recused-from-case">
      <h1 className="calm__title">{t('access.recusedTitle')}</h1>
      <p>{t('access.recusedText')}</p>
      <p>
        <Link to="/">{t('common.backToQueue')}</Link>
      </p>
    </div>
  );
}
