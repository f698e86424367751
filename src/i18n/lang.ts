// The languages procopt writes for people: Chinese first (zh-CN, the default), English on request.
// Keys, kinds, codes and ids never change with the language; only human text does.

/** Every language of the message catalogues; the first is the default. */
export const LANGS = ['zh-CN', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** The language of every command unless --lang or PROCOPT_LANG says otherwise. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/** Whether a string names a language of the catalogues. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
