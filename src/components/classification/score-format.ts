/**
 * How classification numbers are written for people: scores and logits with three decimals,
 * the exact value kept for tooltips and exports. Pure, shared by the classification views.
 */

export function formatScore(score: number): string {
  if (!Number.isFinite(score)) return String(score);
  // 0.0004 would read "0.000": say it is small but not zero.
  if (score > 0 && score < 0.0005) return '<0.001';
  return score.toFixed(3);
}

export function formatLogit(logit: number): string {
  if (!Number.isFinite(logit)) return String(logit);
  const text = logit.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/** A bar's width in percent, clamped: a score is a probability in [0, 1]. */
export function barPercent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, score * 100));
}

/**
 * Whether a token looks like one a tokenizer adds itself (`[CLS]`, `<s>`, `<|endoftext|>`): the
 * worker sends token strings only, so the chips tell them apart by their form.
 */
export function looksSpecial(token: string): boolean {
  return /^\[[A-Z_]+\]$/.test(token) || /^<\/?[a-z_]+>$/.test(token) || /^<\|[^|]+\|>$/.test(token);
}
