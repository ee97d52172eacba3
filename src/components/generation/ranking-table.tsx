import type { BeamView } from '../../shared/protocol/index.ts';

/** The returned sequences, best first, with their scores (the final beam ranking). */
export function RankingTable({ sequences }: { sequences: BeamView[] }) {
  return (
    <table
      className="w-full text-left text-xs"
      data-testid="beam-ranking"
      data-value={JSON.stringify(sequences)}
    >
      <caption className="text-left font-semibold">Final ranking</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-2">
            Rank
          </th>
          <th scope="col" className="pr-2">
            Score
          </th>
          <th scope="col">Text</th>
        </tr>
      </thead>
      <tbody>
        {sequences.map((s, i) => (
          <tr key={i} className="border-t border-slate-100">
            <td className="pr-2">{i + 1}</td>
            <td className="pr-2 tabular-nums">{s.score.toFixed(4)}</td>
            <td className="font-serif" dir="auto">
              {s.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
