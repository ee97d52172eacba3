/** Numbers as the glass box shows them (the data-value keeps them unrounded). */
export const fmtScore = (p: number): string => (Number.isFinite(p) ? p.toFixed(4) : '—');
export const fmtLogit = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');

/** A token with its whitespace visible. */
export function visibleToken(token: string): string {
  return token === '' ? '∅' : token.replace(/ /g, '␣').replace(/\n/g, '⏎');
}
