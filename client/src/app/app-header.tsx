import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import { mayManageAccounts } from '../features/admin/account.policy';
import { InboxBell } from '../features/inbox/inbox-bell';
import { useAuth } from './auth.context';
import { LanguageSwitch } from './i18n/language-switch';

export function AppHeader() {
  const { t } = useTranslation();
  const { token, member, abilities, signOut } = useAuth();
  const navigate = useNavigate();
  const bar = useTopbarHeight();

  const logout = () => {
    signOut();
    navigate('/login', { replace: true });
  };

  return (
    <header className="topbar" ref={bar}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="topbar__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        {member && abilities && (
          <nav className="topnav" aria-label={t('nav.main')}>
            {abilities.seeCases && <NavLink to="/cases">{t('nav.cases')}</NavLink>}
            {abilities.readStats && (
              <NavLink to="/stats" data-testid="nav-stats">
                {t('nav.stats')}
              </NavLink>
            )}
            {abilities.administerAccounts && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
            {mayManageAccounts(member.role) && (
              <NavLink to="/accounts" data-testid="nav-accounts">
                {t('nav.accounts')}
              </NavLink>
            )}
          </nav>
        )}
        <div className="topbar__end">
          {abilities?.readInbox && <InboxBell />}
          {member && (
            <div className="who" data-testid="current-member">
              <span className="who__name">{member.name}</span>
              <span className="who__meta">
                <span className="who__role">{t(`role.${member.role}`)}</span>
                <span className="who__agency">
                  {t('common.agencyWithKind', { name: member.agency.name, kind: t(`agencyKind.${member.agency.kind}`) })}
                </span>
              </span>
            </div>
          )}
          <LanguageSwitch />
          {token && (
            <button type="button" className="button button--ghost" data-testid="logout" onClick={logout}>
              {t('header.logout')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}

/** Publishes the bar's height as --topbar-height, so sticky panels (the case room) fit below it. */
function useTopbarHeight() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const publish = () => document.documentElement.style.setProperty('--topbar-height', `${el.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}
