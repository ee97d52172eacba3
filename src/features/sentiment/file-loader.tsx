import { useId, useState, type ChangeEvent } from 'react';
import { formatBytes } from '../../shared/format.ts';
import { columnLines, defaultColumn, MAX_FILE_BYTES, readBatchFile } from './batch-file.ts';
import { CsvError, csvTable } from './csv.ts';
import { useSentiment, type LoadedCsv } from './sentiment-store.ts';

/** The batch from a file: a .txt line by line, or one column of a .csv. */
export function FileLoader() {
  const id = useId();
  const csv = useSentiment((s) => s.csv);
  const set = useSentiment((s) => s.set);
  const setCsv = useSentiment((s) => s.setCsv);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  /** Puts the CSV's chosen column in the textarea and says what was taken. */
  const applyColumn = (next: LoadedCsv) => {
    const table = csvTable(next.records, next.header);
    const { text, joined } = columnLines(table, next.column);
    setCsv(next);
    set({ text });
    const rows = table.rows.length;
    setNote({
      text:
        `${next.name}: ${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'} from column “${table.columns[next.column] ?? ''}”` +
        (joined > 0 ? `; line breaks inside ${joined} field${joined === 1 ? '' : 's'} became spaces.` : '.'),
      error: false,
    });
  };

  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again loads it again
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setNote({
        text: `${file.name} is ${formatBytes(file.size)}; files up to ${formatBytes(MAX_FILE_BYTES)} load here.`,
        error: true,
      });
      return;
    }
    try {
      const loaded = readBatchFile(file.name, await file.text());
      if (loaded.kind === 'txt') {
        setCsv(null);
        set({ text: loaded.text });
        const lines = loaded.text === '' ? 0 : loaded.text.split('\n').length;
        setNote({
          text: `${file.name}: ${lines.toLocaleString('en')} line${lines === 1 ? '' : 's'}.`,
          error: false,
        });
        return;
      }
      const table = csvTable(loaded.records, true);
      applyColumn({ name: file.name, records: loaded.records, header: true, column: defaultColumn(table) });
    } catch (err) {
      const why = err instanceof CsvError ? err.message : 'The file could not be read as text.';
      setNote({ text: `${file.name}: ${why}`, error: true });
    }
  };

  const columns = csv ? csvTable(csv.records, csv.header).columns : [];
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
      <div>
        <label htmlFor={`${id}-file`} className="block font-medium">
          Or load a file (.txt: one text per line; .csv: pick a column)
        </label>
        <input
          id={`${id}-file`}
          data-testid="sentiment-file"
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          className="mt-1 block text-sm file:mr-2 file:rounded file:border file:border-slate-400 file:bg-white file:px-2 file:py-1"
          onChange={(e) => void load(e)}
        />
      </div>
      {csv && (
        <>
          <div>
            <label htmlFor={`${id}-column`} className="block font-medium">
              Column
            </label>
            <select
              id={`${id}-column`}
              data-testid="sentiment-csv-column"
              className="mt-1 block rounded border border-slate-300 bg-white px-2 py-1"
              value={csv.column}
              onChange={(e) => applyColumn({ ...csv, column: Number(e.target.value) })}
            >
              {columns.map((name, i) => (
                <option key={i} value={i}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              data-testid="sentiment-csv-header"
              checked={csv.header}
              onChange={(e) => applyColumn({ ...csv, header: e.target.checked })}
            />
            First row names the columns
          </label>
        </>
      )}
      {note && (
        <p
          role={note.error ? 'alert' : 'status'}
          data-testid="sentiment-file-note"
          className={`basis-full text-xs ${note.error ? 'text-red-800' : 'text-slate-600'}`}
        >
          {note.text}
        </p>
      )}
    </div>
  );
}
