/**
 * The languages a translation model knows, from its own files: T5-style instruction models list
 * their pairs as `task_specific_params.translation_<src>_to_<tgt>` (with the instruction as
 * `prefix`); multilingual models (NLLB, M2M100) have a special token per language.
 */

export interface TranslationPair {
  /** The task_specific_params key, e.g. `translation_en_to_ro`. */
  key: string;
  src: string;
  tgt: string;
  /** The instruction the model was trained with, e.g. `translate English to Romanian: `. */
  prefix: string | null;
}

const PAIR_KEY = /^translation_([A-Za-z-]+)_to_([A-Za-z-]+)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function translationPairs(config: Readonly<Record<string, unknown>>): TranslationPair[] {
  const params = config['task_specific_params'];
  if (!isRecord(params)) return [];
  return Object.entries(params).flatMap(([key, value]) => {
    const match = PAIR_KEY.exec(key);
    if (!match?.[1] || !match[2]) return [];
    const prefix = isRecord(value) && typeof value['prefix'] === 'string' ? value['prefix'] : null;
    return [{ key, src: match[1], tgt: match[2], prefix }];
  });
}

/**
 * Language-code tokens: FLORES-200 codes as NLLB spells them (`eng_Latn`, `zho_Hans`) and
 * M2M100's `__en__`. mBART's `en_XX` codes come after the text, not before it: not handled here.
 */
const LANGUAGE_CODE = /^(?:[a-z]{3}_[A-Z][a-z]{3}|__[a-z]{2,3}__)$/;

export function languageCodes(specialTokens: Iterable<string>): string[] {
  return [...specialTokens].filter((token) => LANGUAGE_CODE.test(token));
}

/** `translate English to Romanian: ` for (en, ro): the names T5 was trained with; others as codes. */
const NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  ro: 'Romanian',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
};

export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/** The instruction a T5-style model would be given for a pair it was not trained on. */
export function instructionFor(src: string, tgt: string): string {
  return `translate ${languageName(src)} to ${languageName(tgt)}: `;
}
