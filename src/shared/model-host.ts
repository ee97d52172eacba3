/** The default model host, like `HF_ENDPOINT` in Python's huggingface_hub. */
export const DEFAULT_HUB_URL = 'https://huggingface.co';

/** Where the app serves local models (files under `public/models/`): a path, not a URL. */
export const LOCAL_MODEL_PATH = '/models/';

export type HubUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks a model host address: an http(s) URL without credentials, normalised without a trailing
 * slash. Anything else (`javascript:`, `file:`, a bare word) is refused with the reason.
 */
export function checkHubUrl(raw: string): HubUrlCheck {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'it is empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: 'it is not a web address (use the form https://host)' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `only http and https addresses can serve models, not ${url.protocol}` };
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in a shared URL would leak; tokens belong in a header, not the address.
    return { ok: false, reason: 'it contains a user name or password' };
  }
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}

/** Normalises a host URL (no trailing slash) or returns null when it is not an acceptable one. */
export function normaliseHubUrl(raw: string): string | null {
  const checked = checkHubUrl(raw);
  return checked.ok ? checked.url : null;
}

export type HubUrlSource = 'query' | 'saved' | 'build' | 'default';

export interface ResolvedHub {
  url: string;
  from: HubUrlSource;
  /** Values that were given but refused, with why: the page says so instead of ignoring them. */
  rejected: Array<{ value: string; from: Exclude<HubUrlSource, 'default'>; reason: string }>;
}

/**
 * Which host this page load uses: the `hub=` URL parameter, then the saved setting, then the
 * build-time `VITE_HF_ENDPOINT`, then the Hub itself.
 */
export function resolveHubUrl(sources: {
  queryParam: string | null;
  saved: string | null;
  buildTime: string | undefined;
}): ResolvedHub {
  const candidates: Array<[string | null | undefined, Exclude<HubUrlSource, 'default'>]> = [
    [sources.queryParam, 'query'],
    [sources.saved, 'saved'],
    [sources.buildTime, 'build'],
  ];
  const rejected: ResolvedHub['rejected'] = [];
  for (const [raw, from] of candidates) {
    if (raw === null || raw === undefined) continue;
    const checked = checkHubUrl(raw);
    if (checked.ok) return { url: checked.url, from, rejected };
    rejected.push({ value: raw, from, reason: checked.reason });
  }
  return { url: DEFAULT_HUB_URL, from: 'default', rejected };
}
