/**
 * What the Sentiment view shows over a batch, as pure functions of its classified texts: counts
 * per top label, the mean confidence, the table's order, and the contract's `data-value`.
 * Line numbers shown to people count from 1 (as editors do); the worker's `line` is the index.
 */
import type { Activation, ClassifiedText, SentimentResult } from '../../shared/protocol/index.ts';

export interface BatchSummary {
  /** How many texts each label won: the model's labels in its order (zeros too), when known. */
  counts: Array<{ label: string; count: number }>;
  /** The mean of each text's top score; null for no texts. */
  meanConfidence: number | null;
}

export function topOf(item: ClassifiedText): { label: string; score: number } {
  return item.labels[0] ?? { label: '', score: 0 };
}

export function batchSummary(items: readonly ClassifiedText[], labels: readonly string[] = []): BatchSummary {
  const counts = new Map<string, number>(labels.map((l) => [l, 0]));
  let total = 0;
  for (const item of items) {
    const top = topOf(item);
    counts.set(top.label, (counts.get(top.label) ?? 0) + 1);
    total += top.score;
  }
  return {
    counts: [...counts].map(([label, count]) => ({ label, count })),
    meanConfidence: items.length === 0 ? null : total / items.length,
  };
}

export type SortKey = 'line' | 'text' | 'label' | 'score';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: SortOrder = { key: 'line', direction: 'ascending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey): (a: ClassifiedText, b: ClassifiedText) => number {
  switch (key) {
    case 'line':
      return (a, b) => a.line - b.line;
    case 'text':
      return (a, b) => collator.compare(a.text, b.text);
    case 'label':
      return (a, b) => collator.compare(topOf(a).label, topOf(b).label);
    case 'score':
      return (a, b) => topOf(a).score - topOf(b).score;
    default: {
      const unreachable: never = key;
      throw new Error(`Unknown sort key ${String(unreachable)}`);
    }
  }
}

/** The items in the table's order; ties keep line order whichever the direction. */
export function sortItems(items: readonly ClassifiedText[], order: SortOrder): ClassifiedText[] {
  const compare = compareBy(order.key);
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b) || a.line - b.line);
}

/** A click on a column header: that column ascending (score: best first), then the other way. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'score' ? 'descending' : 'ascending' };
}

/** `sentiment-result`'s `data-value` (CONTRACT.md): labels best first, logits in label order. */
export interface SentimentContractValue {
  activation: Activation;
  items: Array<{ text: string; logits: number[]; labels: Array<{ label: string; score: number }> }>;
}

export function contractValue(result: Pick<SentimentResult, 'activation' | 'items'>): SentimentContractValue {
  return {
    activation: result.activation,
    items: result.items.map((item) => ({
      text: item.text,
      logits: item.logits,
      labels: item.labels.map(({ label, score }) => ({ label, score })),
    })),
  };
}

/** What the view knows of the model while it shows items: the result's facts, once it has come. */
export interface BatchMeta {
  /** The model's labels in id order (the logits' order); null: not known yet. */
  labels: readonly string[] | null;
  activation: Activation | null;
  /** The model's input limit in tokens. */
  limit: number | null;
}

/**
 * The result's labels, activation and limit; before it (items stream first and carry none of
 * them), the catalog's entry for the model when its labels are the ones the items have.
 */
export function batchMeta(
  result: Pick<SentimentResult, 'labels' | 'activation' | 'limit'> | null,
  expected: { labels: readonly string[]; activation: Activation } | undefined,
  first: ClassifiedText | undefined,
): BatchMeta {
  if (result) return { labels: result.labels, activation: result.activation, limit: result.limit.tokens };
  const matches =
    expected !== undefined &&
    first !== undefined &&
    first.labels.length === expected.labels.length &&
    first.labels.every((l) => expected.labels.includes(l.label));
  return matches
    ? { labels: expected.labels, activation: expected.activation, limit: null }
    : { labels: null, activation: null, limit: null };
}
