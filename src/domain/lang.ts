// The languages procopt writes for people (the message catalogues are in src/i18n). A result names
// its language; keys, kinds, codes and ids never change with it.

/** A language of the message catalogues: Chinese (the default) or English. */
export type Lang = 'zh-CN' | 'en';
