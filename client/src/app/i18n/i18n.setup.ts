import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const UI_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'panel.language';
const DEFAULT_LANGUAGE: UiLanguage = 'ru';

function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): UiLanguage {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Initialises i18next synchronously (resources are bundled) with the stored language. */
export function initI18n(): void {
  const lng = storedLanguage();
  void i18n.use(initReactI18next).init({
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

/** Switches the interface language and remembers it for the next visit. */
export function changeUiLanguage(lng: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice simply lasts for this page.
  }
  void i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export function currentUiLanguage(language: string | undefined): UiLanguage {
  return isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
}
