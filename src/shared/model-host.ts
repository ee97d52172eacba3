/** The default model host, like `HF_ENDPOINT` in Python's huggingface_hub. */
export const DEFAULT_HUB_URL = 'https://huggingface.co';

/** Where the app serves local models (files under `public/models/`): a path, not a URL. */
export const LOCAL_MODEL_PATH = '/models/';

/** Normalises a host URL (no trailing slash) or returns null when it is not an http(s) URL. */
export function normaliseHubUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/**
 * Which host this page load uses: the `hub=` URL parameter, then the saved setting, then the
 * build-time `VITE_HF_ENDPOINT`, then the Hub itself.
 */
export function resolveHubUrl(sources: {
  queryParam: string | null;
  saved: string | null;
  buildTime: string | undefined;
}): { url: string; from: 'query' | 'saved' | 'build' | 'default' } {
  const candidates: Array<[string | null | undefined, 'query' | 'saved' | 'build']> = [
    [sources.queryParam, 'query'],
    [sources.saved, 'saved'],
    [sources.buildTime, 'build'],
  ];
  for (const [raw, from] of candidates) {
    const url = raw ? normaliseHubUrl(raw) : null;
    if (url) return { url, from };
  }
  return { url: DEFAULT_HUB_URL, from: 'default' };
}
