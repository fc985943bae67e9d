/** In the order of an ambassador's way through the programme: the recruiting board shows them so. */
export const AmbassadorStatuses = [
  'candidate',
  'invited',
  'onboarding',
  'active',
  'paused',
  'alumni',
  'declined',
] as const;
type AmbassadorStatus = (typeof AmbassadorStatuses)[number];

/** The allowed next statuses of each status, as DESIGN.md draws them; the server enforces exactly this. */
export const AMBASSADOR_TRANSITIONS: Readonly<Record<AmbassadorStatus, readonly AmbassadorStatus[]>> = {
  candidate: ['invited', 'onboarding', 'declined'],
  invited: ['onboarding', 'declined'],
  onboarding: ['active', 'alumni'],
  active: ['paused', 'alumni'],
  paused: ['active', 'alumni'],
  alumni: ['onboarding'],
  declined: ['candidate'],
};

export const AmbassadorRoles = [
  'selection_panel',
  'sounding_board',
  'content',
  'trainer',
  'digital_buddy',
  'pilot_user',
] as const;

export const AmbassadorSources = ['self', 'nominated', 'recruited'] as const;

/** What an ambassador may change of her own record. */
export const OWN_EDITABLE_FIELDS = ['motivation', 'hoursPerMonth'] as const;
