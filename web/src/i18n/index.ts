/**
 * i18next for the web app: Chinese first, English on request (remembered in localStorage). Each
 * page registers its own strings under a namespace from its messages.ts.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'zh-CN' | 'en';
export const languages: readonly Language[] = ['zh-CN', 'en'];
const storageKey = 'duban.language';

export type Messages = { [key: string]: string | Messages };

function storedLanguage(): Language {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return value === 'en' ? 'en' : 'zh-CN';
}

const initial = storedLanguage();
document.documentElement.lang = initial;

void i18next.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: languages,
  defaultNS: 'app',
  ns: [],
  resources: {},
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Adds a namespace's strings in both languages; returns the namespace for useTranslation. */
export function registerMessages<N extends string>(
  namespace: N,
  messages: Record<Language, Messages>,
): N {
  for (const language of languages) {
    i18next.addResourceBundle(language, namespace, messages[language], true, true);
  }
  return namespace;
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

export { i18next };
