/**
 * Every view, in navigation order: one entry drives both the route and the header's link.
 * A new view is one feature folder and one line here.
 */
import type { ComponentType } from 'react';
import { DEFAULT_LAB_TOKENIZER } from '../shared/tokenizer-catalog.ts';
import type { ChosenModel } from '../store/chosen-models-slice.ts';
import { GenerateView } from './generate/generate-view.tsx';
import { HubView } from './hub/hub-view.tsx';
import { ModelsView } from './models/models-view.tsx';
import { SentimentView } from './sentiment/sentiment-view.tsx';
import { SummarizeView } from './summarize/summarize-view.tsx';
import { TokenizerView } from './tokenizer/tokenizer-view.tsx';
import { TranslationView } from './translation/translation-view.tsx';
import { ZeroShotView } from './zero-shot/zero-shot-view.tsx';

export interface ViewEntry {
  /** The hash route, e.g. `/tasks/translation` (CONTRACT.md). */
  path: string;
  label: string;
  View: ComponentType;
  /**
   * A model Models & offline offers before the view was ever used (its id and choice), when it
   * costs nothing to offer: the lab's default tokenizer ships with the app.
   */
  offlineDefault?: { viewId: string; choice: ChosenModel };
}

export const VIEWS: readonly ViewEntry[] = [
  { path: '/summarize', label: 'Summarize', View: SummarizeView },
  { path: '/tasks/translation', label: 'Translation', View: TranslationView },
  { path: '/tasks/sentiment', label: 'Sentiment', View: SentimentView },
  { path: '/tasks/zero-shot', label: 'Zero-shot', View: ZeroShotView },
  { path: '/tasks/generate', label: 'Generate', View: GenerateView },
  { path: '/hub', label: 'Hub', View: HubView },
  {
    path: '/tokenizer',
    label: 'Tokenizer',
    View: TokenizerView,
    offlineDefault: {
      viewId: 'tokenizer',
      choice: { label: 'Tokenizer lab', model: DEFAULT_LAB_TOKENIZER, location: 'hub', kind: 'tokenizer' },
    },
  },
  { path: '/models', label: 'Models & offline', View: ModelsView },
];

/** Where `#/` and unknown routes go. */
export const DEFAULT_VIEW = '/summarize';
