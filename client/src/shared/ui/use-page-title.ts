import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, in the interface language. */
export function usePageTitle(page: string | null | undefined) {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page, app: t('app.shortName') }) : t('app.shortName');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
