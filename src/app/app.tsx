import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { SummarizeView } from '../features/summarize/summarize-view.tsx';
import { TokenizerView } from '../features/tokenizer/tokenizer-view.tsx';
import { ModelsView } from '../features/models/models-view.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { Header } from './header.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <Header />
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
      <UpdatePrompt />
    </Router>
  );
}
