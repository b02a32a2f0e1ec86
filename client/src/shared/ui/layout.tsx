import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SectionProps {
  title: string;
  actions?: ReactNode;
  testId?: string;
  /** A target for in-page links (the case room's jump bar). */
  id?: string;
  className?: string;
  children: ReactNode;
}

export function Section({ title, actions, testId, id, className, children }: SectionProps) {
  return (
    <section className={`card${className ? ` ${className}` : ''}`} data-testid={testId} id={id}>
      <header className="card__header">
        <h2 className="card__title">{title}</h2>
        {actions && <div className="card__actions">{actions}</div>}
      </header>
      <div className="card__body">{children}</div>
    </section>
  );
}

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label/value pairs, laid out as a readable grid. */
export function Details({ items }: { items: readonly Detail[] }) {
  return (
    <dl className="details">
      {items.map((item) => (
        <div className="details__row" key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
