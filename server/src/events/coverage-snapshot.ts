import { refreshCoverageSnapshot } from '../modules/coverage/coverage.service.ts';
import type { EventBus } from './bus.ts';

/** Today's coverage snapshot, once per organisation that changed, after the change has committed. */
export function coverageSnapshots(bus: EventBus): EventBus {
  return bus.on('coverage.changed', ({ organisationId }, { db, log }) =>
    refreshCoverageSnapshot({ db, organisationId, log }),
  );
}
