/** Things a job wants the person to know that did not stop it (e.g. storage full). */
export function JobNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul
      data-testid="job-notice"
      role="status"
      className="space-y-1 rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-amber-950"
    >
      {notices.map((n) => (
        <li key={n}>
          <span aria-hidden="true">⚠ </span>
          {n}
        </li>
      ))}
    </ul>
  );
}
