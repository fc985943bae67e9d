/**
 * Every after-commit event by name, with what it carries. A subscriber (a snapshot, later a notification or an audit
 * entry) registers for a name on the bus; a service only announces, and never knows who listens.
 */
export type EventMap = {
  /** Employees, ambassadors or the organisation's target or time zone changed: today's coverage snapshot is due. */
  'coverage.changed': { organisationId: string };
  /** A feedback round opened: its participants are invited. */
  'feedback.round_opened': { organisationId: string; roundId: string };
  /** Participants of an open round who had not answered were reminded. */
  'feedback.participants_reminded': { organisationId: string; roundId: string; ambassadorIds: string[] };
  /** A finding moved (triage); `done` and `wont_do` are reported back to the person who raised it. */
  'feedback.finding_moved': { organisationId: string; findingId: string; from: string | null; to: string };
};

export type EventName = keyof EventMap;

export type Announcement = { [K in EventName]: { name: K; payload: EventMap[K] } }[EventName];

/**
 * What one request (or one seed run) changed, collected until its writes have committed. The same announcement made
 * twice counts once: several changes to one organisation in a request take one snapshot.
 */
export class Changes {
  readonly #pending = new Map<string, Announcement>();

  announce<K extends EventName>(name: K, payload: EventMap[K]): void {
    const key = `${name}:${JSON.stringify(payload)}`;
    if (!this.#pending.has(key)) this.#pending.set(key, { name, payload } as Announcement);
  }

  /** The organisation's coverage changed. */
  coverage(organisationId: string): void {
    this.announce('coverage.changed', { organisationId });
  }

  /** The pending announcements in the order first made; the batch is empty afterwards. */
  take(): Announcement[] {
    const all = [...this.#pending.values()];
    this.#pending.clear();
    return all;
  }
}
