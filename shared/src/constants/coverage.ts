export const CellStatuses = ['covered', 'under', 'uncovered', 'empty'] as const;

/** Why a colleague is suggested for an uncovered cell, as a stable code the app translates. */
export const SuggestionReasons = ['high_digital_skill', 'team_lead', 'medium_digital_skill', 'in_this_cell'] as const;
