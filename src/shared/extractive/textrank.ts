import { contentWords } from './words.ts';

export interface TextRankOptions {
  /** PageRank damping factor; 0.85 as in Mihalcea & Tarau (2004). */
  damping?: number;
  /** Stop when the L1 change of the score vector falls below this. */
  tolerance?: number;
  maxIterations?: number;
  /** Most sentence pairs compared; beyond it the graph is windowed (see `textRank`). */
  pairBudget?: number;
}

export interface TextRankResult {
  /** One score per sentence, in input order; they sum to 1. */
  scores: number[];
  iterations: number;
  converged: boolean;
  /** How many following sentences each sentence was compared with; null for the full graph. */
  window: number | null;
  /** Sentence pairs with a non-zero similarity. */
  edges: number;
}

const DEFAULTS = { damping: 0.85, tolerance: 1e-9, maxIterations: 200, pairBudget: 500_000 };

/**
 * TextRank sentence similarity (Mihalcea & Tarau 2004, eq. 2): the number of distinct shared
 * words over log|Si| + log|Sj|, with |S| the sentence's content-word count.
 */
export function overlapSimilarity(a: readonly string[], b: readonly string[]): number {
  const inA = new Set(a);
  return normalizedOverlap(new Set(b.filter((w) => inA.has(w))).size, a.length, b.length);
}

// The paper leaves two one-word sentences undefined (log 1 + log 1 = 0); we divide by 1 there.
function normalizedOverlap(common: number, lengthA: number, lengthB: number): number {
  return common === 0 ? 0 : common / (Math.log(lengthA) + Math.log(lengthB) || 1);
}

interface Edge {
  a: number;
  b: number;
  weight: number;
}

/**
 * Ranks sentences with weighted PageRank over the overlap-similarity graph.
 *
 * Cost rule: comparing every pair is O(n²) — about 30 million pairs for the ~8,000
 * sentences of 1 MB of news. When n(n-1)/2 exceeds `pairBudget` (by default: beyond 1,000
 * sentences), each sentence is compared only with the next ⌊pairBudget / n⌋ sentences, a
 * sliding window in text order. Work stays linear in n; the price is that centrality in a
 * very long text is local to its neighbourhood. The result reports the window used.
 *
 * Sentences with no edges (no content words, or nothing in common) are dangling nodes whose
 * score is spread evenly, the standard PageRank treatment, so scores still sum to 1. The
 * computation is deterministic: same input, same edge order, same floating-point sums.
 */
export function textRank(sentences: readonly string[], options: TextRankOptions = {}): TextRankResult {
  const { damping, tolerance, maxIterations, pairBudget } = { ...DEFAULTS, ...options };
  const n = sentences.length;
  const full = (n * (n - 1)) / 2 <= pairBudget;
  const window = full ? n : Math.max(1, Math.floor(pairBudget / n));
  const edges = buildGraph(sentences, window);

  // Each edge passes score both ways, in proportion to its share of the sender's total weight.
  // Plain indexed loops over typed arrays: this body runs edges × iterations times.
  const outWeight = new Float64Array(n);
  for (const { a, b, weight } of edges) {
    outWeight[a] = (outWeight[a] ?? 0) + weight;
    outWeight[b] = (outWeight[b] ?? 0) + weight;
  }
  const m = edges.length;
  const [ends, fromA, fromB] = [new Int32Array(2 * m), new Float64Array(m), new Float64Array(m)];
  edges.forEach(({ a, b, weight }, e) => {
    ends[2 * e] = a;
    ends[2 * e + 1] = b;
    fromA[e] = (damping * weight) / (outWeight[a] ?? 1);
    fromB[e] = (damping * weight) / (outWeight[b] ?? 1);
  });
  let scores = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let iterations = 0;
  let converged = n === 0;
  while (!converged && iterations < maxIterations) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling += scores[i] ?? 0;
    next.fill((1 - damping + damping * dangling) / n);
    for (let e = 0; e < m; e++) {
      const a = ends[2 * e] ?? 0;
      const b = ends[2 * e + 1] ?? 0;
      next[b] = (next[b] ?? 0) + (scores[a] ?? 0) * (fromA[e] ?? 0);
      next[a] = (next[a] ?? 0) + (scores[b] ?? 0) * (fromB[e] ?? 0);
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] ?? 0) - (scores[i] ?? 0));
    [scores, next] = [next, scores];
    iterations++;
    converged = change < tolerance;
  }
  return {
    scores: Array.from(scores),
    iterations,
    converged,
    window: full ? null : window,
    edges: edges.length,
  };
}

/** Undirected weighted edges between sentences at most `window` apart, in a fixed order. */
function buildGraph(sentences: readonly string[], window: number): Edge[] {
  // Words become integer ids so a pair is compared by stamping one sentence's ids into an
  // array and probing it with the other's: O(|Sj|) per pair, no Set per pair.
  const vocabulary = new Map<string, number>();
  const nodes = sentences.map((sentence) => {
    const words = contentWords(sentence);
    const ids = new Set<number>();
    for (const word of words) {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      ids.add(id);
    }
    return { ids: Int32Array.from(ids), length: words.length };
  });
  const stamp = new Int32Array(vocabulary.size).fill(-1);
  const edges: Edge[] = [];
  nodes.forEach((node, i) => {
    for (const id of node.ids) stamp[id] = i;
    const last = Math.min(nodes.length - 1, i + window);
    for (let j = i + 1; j <= last; j++) {
      const other = nodes[j];
      if (other === undefined) break;
      let common = 0;
      for (const id of other.ids) if (stamp[id] === i) common++;
      if (common > 0)
        edges.push({ a: i, b: j, weight: normalizedOverlap(common, node.length, other.length) });
    }
  });
  return edges;
}
