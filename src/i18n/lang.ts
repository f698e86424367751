// The languages procopt writes for people: Chinese first (zh-CN, the default), English on request.
// Keys, kinds, codes and ids never change with the language; only human text does.

import type { Lang } from '../domain/index.js';

export type { Lang };

/** Every language of the message catalogues; the first is the default. */
export const LANGS = ['zh-CN', 'en'] as const satisfies readonly Lang[];

/** LANGS lists every Lang: a language added to the type but not here fails this line. */
const EVERY_LANG: Record<Lang, (typeof LANGS)[number]> = { 'zh-CN': 'zh-CN', en: 'en' };
void EVERY_LANG;

/** The language of every command unless --lang or PROCOPT_LANG says otherwise. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/** Whether a string names a language of the catalogues. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * A catalogue's shape, from its English object: the same messages with the same parameters, each
 * returning any text (so an English message that picks between two literal strings does not bind
 * the other languages to those strings).
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : never };
