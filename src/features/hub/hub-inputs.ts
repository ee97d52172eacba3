/**
 * The Hub view's inputs: the search and its filters, the model whose detail is open, the models
 * in Compare and the tab shown. All of it lives in the page query (url-state.ts).
 */
import { HUB_SORTS, type HubSort } from '../../shared/protocol/index.ts';

export const VIEW_PATH = '/hub';

/** Slots of the view's jobs (the app store keeps the latest job of each). */
export const SEARCH_SLOT = 'hub/search';
export const MODEL_SLOT = 'hub/model';
export const compareSlot = (index: number) => `hub/compare/${index}`;

/** Rows asked for at first, and added each time the list is scrolled to its end. */
export const PAGE_ROWS = 50;
export const MAX_COMPARE = 3;

export const HUB_TABS = ['search', 'compare', 'families'] as const;
export type HubTab = (typeof HUB_TABS)[number];

export const TAB_LABELS: Record<HubTab, string> = {
  search: 'Search',
  compare: 'Compare',
  families: 'Families',
};

export const SORT_LABELS: Record<HubSort, string> = {
  downloads: 'Most downloads',
  likes: 'Most likes',
  lastModified: 'Recently updated',
  trendingScore: 'Trending',
};

export { HUB_SORTS };

/** Language tags offered in the filter (the Hub tags a card's `language:` list as they are). */
export const LANGUAGE_CODES: ReadonlyArray<{ code: string; label: string }> = [
  { code: 'en', label: 'English (en)' },
  { code: 'fr', label: 'French (fr)' },
  { code: 'de', label: 'German (de)' },
  { code: 'es', label: 'Spanish (es)' },
  { code: 'zh', label: 'Chinese (zh)' },
  { code: 'ja', label: 'Japanese (ja)' },
  { code: 'ar', label: 'Arabic (ar)' },
  { code: 'hi', label: 'Hindi (hi)' },
  { code: 'ru', label: 'Russian (ru)' },
  { code: 'multilingual', label: 'Multilingual' },
];

export interface HubInputs {
  /** The search text as typed (the job gets it after a pause in typing). */
  q: string;
  /** A pipeline tag; '' = any task. */
  task: string;
  /** Only repos tagged `transformers.js`. */
  browser: boolean;
  /** '' = any; an exact license id (`apache-2.0`) or `group:<group>`. */
  license: string;
  /** '' = any language. */
  lang: string;
  sort: HubSort;
  /** The model whose detail is open. */
  model: string | null;
  compare: string[];
  tab: HubTab;
}

export const DEFAULT_INPUTS: HubInputs = {
  q: '',
  task: '',
  browser: false,
  license: '',
  lang: '',
  sort: 'downloads',
  model: null,
  compare: [],
  tab: 'search',
};
