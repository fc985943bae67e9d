import type { CoverageCache } from '../modules/coverage/coverage-cache.ts';
import { EventBus } from './bus.ts';
import { coverageSnapshots } from './coverage-snapshot.ts';

export { EventBus, type AfterCommitContext, type AfterCommitHandler, type EventLog } from './bus.ts';
export { Changes, type EventMap, type EventName } from './events.ts';

/** The bus with every after-commit subscriber registered; built once per app (and per seed run). */
export function createEventBus({ coverageCache }: { coverageCache?: CoverageCache } = {}): EventBus {
  return coverageSnapshots(new EventBus(), coverageCache);
}
