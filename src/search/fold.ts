/**
 * Case and diacritics folded away ("Müller" → "muller", "É" → "e"): how the search index
 * stores words, watches match text and a watch's feed is named, so that all of them agree.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
