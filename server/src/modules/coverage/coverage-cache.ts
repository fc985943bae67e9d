import { LRUCache } from 'lru-cache';
import type { Coverage } from '@ambassador/shared';

/** One answer: the coverage as computed at `version`, and its JSON once a route has serialized it. */
export type CachedCoverage = { version: string; value: Coverage; json?: string };

/** Room for many organisations' answers: the largest bench organisation's (20,000 employees) is 0.5 MB of JSON. */
const MAX_BYTES = 64 * 1024 * 1024;

/** A cell is about 150 bytes of JSON, a department row 450: an estimate, made when the answer is kept. */
const sizeOf = ({ value }: CachedCoverage) => 2 * (150 * value.cells.length + 450 * value.departments.length) + 1;

/**
 * This process's coverage answers, per organisation and department subtree. An answer is served while the
 * organisation's coverage version (counted by the database at every commit that changes an input, migration 0015)
 * is the one it was computed at; so an answer is current in every instance however the change was made, and the
 * instance that made it computes the new one after commit. Least recently used answers go first.
 */
export class CoverageCache {
  readonly #entries = new LRUCache<string, CachedCoverage>({ maxSize: MAX_BYTES, sizeCalculation: sizeOf });

  get(key: string, version: string): CachedCoverage | undefined {
    const entry = this.#entries.get(key);
    return entry?.version === version ? entry : undefined;
  }

  set(key: string, entry: CachedCoverage): void {
    this.#entries.set(key, entry);
  }

  /** Forgets every answer: the next request of each organisation computes its coverage again. */
  clear(): void {
    this.#entries.clear();
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The coverage answers of this app (see CoverageCache). */
    coverageCache: CoverageCache;
  }
}
