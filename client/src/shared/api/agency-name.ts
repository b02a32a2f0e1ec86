import { useTranslation } from 'react-i18next';

/** What an agency's name is picked from: its name in each language (when asked for) and the registered one. */
export interface AgencyNames {
  name: string;
  nameKk?: string | null;
  nameRu?: string | null;
  nameEn?: string | null;
}

/** The agency's name in the interface language; the registered (Russian) name when that one is missing. */
export function agencyName(agency: AgencyNames, language: string): string {
  const lang = language.slice(0, 2);
  const named = lang === 'kk' ? agency.nameKk : lang === 'en' ? agency.nameEn : agency.nameRu;
  return named || agency.name;
}

/** `agencyName` in the current interface language, re-rendering when it changes. */
export function useAgencyName(): (agency: AgencyNames) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (agency) => agencyName(agency, language);
}
