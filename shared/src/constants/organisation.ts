/** The rollout phases of an organisation, in the order they follow each other. */
export const Phases = ['selection', 'build', 'pilot', 'go_live', 'after_go_live'] as const;

/**
 * How long after she left an employee's personal data is kept before it is anonymised (AVG bewaartermijn), in months:
 * the default, and the bounds an organisation may choose within.
 */
export const RETENTION_MONTHS = { default: 24, min: 1, max: 120 } as const;
