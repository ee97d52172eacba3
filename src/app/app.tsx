import { Redirect, Route, Router, Switch } from 'wouter';
import { SummarizeView } from '../features/summarize/summarize-view.tsx';
import { TokenizerView } from '../features/tokenizer/tokenizer-view.tsx';
import { ModelsView } from '../features/models/models-view.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { useHashPathLocation } from './hash-location.ts';
import { Header } from './header.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

export function App() {
  return (
    <Router hook={useHashPathLocation}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <Header />
      <UpdatePrompt />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <ErrorBoundary>
          <Switch>
            <Route path="/summarize">
              <SummarizeView />
            </Route>
            <Route path="/tokenizer">
              <TokenizerView />
            </Route>
            <Route path="/models">
              <ModelsView />
            </Route>
            <Route>
              <Redirect to="/summarize" replace />
            </Route>
          </Switch>
        </ErrorBoundary>
      </main>
    </Router>
  );
}
