import type { SettingProblem } from './validation.ts';

/** What Python would refuse or ignore in the settings, said before a run (the worker has the last word). */
export function SettingAdvice({ problems }: { problems: SettingProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul
      data-testid="generate-validation"
      aria-live="polite"
      className="space-y-1 rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-amber-950"
    >
      {problems.map((p) => (
        <li key={`${p.setting}:${p.message}`}>
          <span aria-hidden="true">⚠ </span>
          {p.message}
        </li>
      ))}
    </ul>
  );
}
