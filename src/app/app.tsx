import { Redirect, Route, Router, Switch } from 'wouter';
import { DEFAULT_VIEW, VIEWS } from '../features/registry.ts';
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
            {VIEWS.map(({ path, View }) => (
              <Route key={path} path={path}>
                <View />
              </Route>
            ))}
            <Route>
              <Redirect to={DEFAULT_VIEW} replace />
            </Route>
          </Switch>
        </ErrorBoundary>
      </main>
    </Router>
  );
}
