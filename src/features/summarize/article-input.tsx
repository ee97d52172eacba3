import { useSummarize } from './summarize-store.ts';

export function ArticleInput() {
  const article = useSummarize((s) => s.article);
  const set = useSummarize((s) => s.set);
  const setArticle = (value: string) => set({ article: value });
  return (
    <div>
      <label htmlFor="article-input" className="block text-sm font-medium">
        Paste an article to summarize
      </label>
      <textarea
        id="article-input"
        data-testid="article-input"
        className="mt-1 block h-64 w-full resize-y rounded border border-slate-300 bg-white p-2 font-serif text-sm"
        value={article}
        onChange={(e) => setArticle(e.target.value)}
        placeholder="(CNN) — The article text goes here…"
        dir="auto"
      />
      <p className="mt-1 text-xs text-slate-600" aria-live="polite">
        {article.length.toLocaleString()} characters
      </p>
    </div>
  );
}
