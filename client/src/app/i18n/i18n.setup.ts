import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './ru';

export const UI_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'panel.language';
const DEFAULT_LANGUAGE: UiLanguage = 'ru';

// Each language is its own chunk: the first load carries only the reader's language (budget B6).
const LOADERS: Record<UiLanguage, () => Promise<Messages>> = {
  kk: () => import('./kk').then((m) => m.kk),
  ru: () => import('./ru').then((m) => m.ru),
  en: () => import('./en').then((m) => m.en),
};

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

/** Messages that a lazily loaded feature brings along (e.g. the statistics), in one language. */
export type MessagePart = (lng: UiLanguage) => Promise<Record<string, unknown>>;
const parts: MessagePart[] = [];

/** Loads a language's messages and those of every feature loaded so far into i18next. */
async function loadLanguage(lng: UiLanguage): Promise<void> {
  const main = i18n.hasResourceBundle(lng, 'translation') ? null : LOADERS[lng]();
  const loaded = await Promise.all([main, ...parts.map((part) => part(lng))]);
  for (const messages of loaded) if (messages) i18n.addResourceBundle(lng, 'translation', messages, true, true);
}

/**
 * Adds a lazy feature's messages: in the current language now, and in any language chosen later
 * before the switch happens. Resolves once the current language's are there.
 */
export async function addMessages(part: MessagePart): Promise<void> {
  parts.push(part);
  const lng = currentUiLanguage(i18n.language);
  i18n.addResourceBundle(lng, 'translation', await part(lng), true, true);
}

/**
 * The messages of a lazily loaded feature, one loader per language: the function adds them once (a
 * failed download is tried again on the next call); the feature's pages render after it resolves.
 */
export function messagePart(loaders: Record<UiLanguage, () => Promise<Record<string, unknown>>>): () => Promise<void> {
  let added: Promise<void> | null = null;
  return () =>
    (added ??= addMessages((lng) => loaders[lng]()).catch((error: unknown) => {
      added = null;
      throw error;
    }));
}

/**
 * Initialises i18next with the stored language, whose messages are loaded first: the app renders
 * once it resolves. The languages have the same keys (the `Messages` type), so none falls back.
 */
export async function initI18n(): Promise<void> {
  const lng = storedLanguage();
  const messages = await LOADERS[lng]();
  await i18n.use(initReactI18next).init({
    resources: { [lng]: { translation: messages } },
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

let wanted: UiLanguage | null = null;

/** Switches the interface language (loading its messages first) and remembers it for the next visit. */
export async function changeUiLanguage(lng: UiLanguage): Promise<void> {
  wanted = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice simply lasts for this page.
  }
  await loadLanguage(lng);
  if (wanted !== lng) return; // another language was chosen while this one loaded
  await i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export function currentUiLanguage(language: string | undefined): UiLanguage {
  return isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
}
