import type { CoverageCache } from '../modules/coverage/coverage-cache.ts';
import { refreshCoverageSnapshot } from '../modules/coverage/coverage.service.ts';
import type { EventBus } from './bus.ts';

/**
 * Today's coverage snapshot, once per organisation that changed, after the change has committed; with a cache, the
 * new coverage answer is computed on the way, so the next read finds it.
 */
export function coverageSnapshots(bus: EventBus, cache?: CoverageCache): EventBus {
  return bus.on('coverage.changed', ({ organisationId }, { db, log }) =>
    refreshCoverageSnapshot({ db, organisationId, log, cache }),
  );
}
