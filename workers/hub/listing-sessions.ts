/**
 * Open Hub listings, kept between jobs: scrolling the results asks for more rows of the same
 * query, and the listing reads on from its last page (the `Link: rel="next"` the client follows)
 * instead of starting over. A few are kept, the least recently used dropped first.
 */
import type { HubModelRow, HubQuery } from '../../src/shared/protocol/index.ts';

export interface ListingSession {
  /** Rows that passed this app's own filters, in the Hub's order. */
  rows: HubModelRow[];
  /** Rows the Hub sent, filtered or not. */
  scanned: number;
  /** Requests the listing made: its pages. */
  pages: number;
  done: boolean;
  /** Pulls the next row the Hub sends; undefined when the listing ended. */
  next(): Promise<HubModelRow | 'filtered' | undefined>;
  /** Serialises jobs that read the same listing (a fast scroll sends several). */
  queue: Promise<unknown>;
  fetchedAt: number;
}

const KEPT = 4;

export class ListingSessions {
  private readonly sessions = new Map<string, ListingSession>();

  static key(host: string, query: HubQuery): string {
    // Property order is fixed by the protocol type, so equal queries give equal keys.
    return `${host}\n${JSON.stringify(query)}`;
  }

  get(key: string): ListingSession | undefined {
    const session = this.sessions.get(key);
    if (session) {
      // Re-insert: Map keeps insertion order, so the first entry is the least recently used.
      this.sessions.delete(key);
      this.sessions.set(key, session);
    }
    return session;
  }

  set(key: string, session: ListingSession): void {
    this.sessions.delete(key);
    this.sessions.set(key, session);
    while (this.sessions.size > KEPT) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }

  /** A listing that failed is not resumed: the next job starts it again. */
  drop(key: string): void {
    this.sessions.delete(key);
  }
}
