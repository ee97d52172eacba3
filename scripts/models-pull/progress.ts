/**
 * Progress for the file being downloaded and for the whole pull. On a terminal, one line
 * rewritten in place (at most every 100 ms); elsewhere (CI logs, pipes), plain lines: one per
 * finished file and, for a long file, one every few seconds.
 */
import type { DownloadStatus } from './download.ts';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const TTY_INTERVAL_MS = 100;
const PLAIN_INTERVAL_MS = 5_000;
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
const STATUS_LABEL: Record<DownloadStatus, string> = {
  downloaded: 'downloaded',
  resumed: 'resumed',
  'up-to-date': 'up to date',
};

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

function percent(done: number, total: number): string {
  return `${total === 0 ? 100 : Math.floor((done / total) * 100)}%`;
}

export class ProgressReporter {
  private file = { path: '', size: 0, index: 0 };
  private fileBytes = 0;
  private doneBefore = 0; // bytes of the files already finished
  private lastDraw = -Infinity;
  private lineOpen = false;

  constructor(
    private readonly out: OutputStream,
    private readonly totalBytes: number,
    private readonly fileCount: number,
    private readonly now: () => number = Date.now,
  ) {}

  startFile(path: string, size: number): void {
    this.file = { path, size, index: this.file.index + 1 };
    this.fileBytes = 0;
    this.lastDraw = this.out.isTTY ? -Infinity : this.now();
  }

  update(fileBytes: number): void {
    this.fileBytes = fileBytes;
    const interval = this.out.isTTY ? TTY_INTERVAL_MS : PLAIN_INTERVAL_MS;
    if (this.now() - this.lastDraw < interval) return;
    this.lastDraw = this.now();
    if (this.out.isTTY) this.drawTty();
    else this.out.write(`${this.statusLine()}\n`);
  }

  finishFile(status: DownloadStatus): void {
    this.doneBefore += this.file.size;
    this.fileBytes = 0;
    const { index, path, size } = this.file;
    const line = `[${index}/${this.fileCount}] ${path}  ${formatBytes(size)}  ${STATUS_LABEL[status]}`;
    this.clearTty();
    this.out.write(`${line}\n`);
  }

  /** Ends the in-place line so an error message starts on a fresh one. */
  interrupt(): void {
    if (this.lineOpen) this.out.write('\n');
    this.lineOpen = false;
  }

  /** The numbers always fit; a long path gives way, keeping its end (the file name). */
  private statusLine(width = Infinity): string {
    const { index, path, size } = this.file;
    const done = this.doneBefore + this.fileBytes;
    const prefix = `[${index}/${this.fileCount}] `;
    const suffix =
      `  ${formatBytes(this.fileBytes)} / ${formatBytes(size)} (${percent(this.fileBytes, size)})` +
      `  total ${formatBytes(done)} / ${formatBytes(this.totalBytes)} (${percent(done, this.totalBytes)})`;
    const room = Math.max(8, width - prefix.length - suffix.length);
    const shown = path.length > room ? `…${path.slice(path.length - room + 1)}` : path;
    return `${prefix}${shown}${suffix}`;
  }

  private drawTty(): void {
    // A pseudo-terminal may report 0 columns; assume a common width then.
    const width = (this.out.columns || 100) - 1;
    this.out.write(`\r\x1b[2K${this.statusLine(width)}`);
    this.lineOpen = true;
  }

  private clearTty(): void {
    if (this.lineOpen) this.out.write('\r\x1b[2K');
    this.lineOpen = false;
  }
}
