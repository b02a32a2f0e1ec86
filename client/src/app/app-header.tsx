import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { mayManageAccounts } from '../features/admin/account.policy';
import { InboxBell } from '../features/inbox/inbox-bell';
import { agencyName } from '../shared/api/agency-name';
import { useAuth } from './auth.context';
import { LanguageSwitch } from './i18n/language-switch';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const { token, member, abilities, signOut } = useAuth();
  const navigate = useNavigate();
  const bar = useTopbarHeight();
  const menu = useMenu(bar);

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
          <span className="brand__short" aria-hidden="true">
            {t('app.shortName')}
          </span>
        </Link>
        {abilities?.readInbox && (
          <div className="topbar__inbox">
            <InboxBell />
          </div>
        )}
        {/* On a phone the navigation, the member and the languages fold into a menu; on a wide screen the button is hidden. */}
        <button
          type="button"
          className="topbar__menu-button"
          data-testid="menu-button"
          aria-expanded={menu.open}
          aria-controls={menu.id}
          aria-label={menu.open ? t('mobile.menu.close') : t('mobile.menu.open')}
          onClick={menu.toggle}
        >
          <span className="topbar__menu-icon" aria-hidden="true" />
        </button>
        <div className={`topbar__menu${menu.open ? ' is-open' : ''}`} id={menu.id} data-testid="menu">
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
            {member && (
              <div className="who" data-testid="current-member">
                <span className="who__name">{member.name}</span>
                <span className="who__meta">
                  <span className="who__role">{t(`role.${member.role}`)}</span>
                  <span className="who__agency">
                    {t('common.agencyWithKind', { name: agencyName(member.agency, i18n.resolvedLanguage ?? i18n.language), kind: t(`agencyKind.${member.agency.kind}`) })}
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
      </div>
    </header>
  );
}

/** The phone menu: closes on navigation, on Escape and on a tap outside the bar. */
function useMenu(bar: RefObject<HTMLElement | null>) {
  const id = useId();
  const { pathname } = useLocation();
  // Open on the page it was opened on: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (bar.current && !bar.current.contains(event.target as Node)) setOpenOn(null);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpenOn(null);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open, bar]);
  return { id, open, toggle: () => setOpenOn(open ? null : pathname) };
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
