/** The rollout phases of an organisation, in the order they follow each other. */
export const Phases = ['selection', 'build', 'pilot', 'go_live', 'after_go_live'] as const;
