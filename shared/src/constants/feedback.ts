/** Why a round is held: choosing the vendor, testing the workplace, deciding content, piloting, or a repeated pulse. */
export const RoundPurposes = ['vendor_selection', 'sounding_board', 'content_workshop', 'pilot', 'pulse'] as const;

export const RoundStatuses = ['draft', 'open', 'closed'] as const;

/**
 * What a question asks for. `score_options` is the vendor-selection question: every option (vendor) is scored 1–5 on
 * every criterion (ease of use, look, mobile, search…).
 */
export const QuestionKinds = ['rating', 'choice', 'multi_choice', 'yes_no', 'text', 'score_options'] as const;

/** The scale of `rating` answers and of every `score_options` score. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** The bounds of a round, so that a builder or a client cannot ask for unbounded work. */
export const ROUND_LIMITS = {
  title: 200,
  intro: 4000,
  questions: 50,
  questionText: 500,
  options: 20,
  optionText: 100,
  criteria: 10,
  participants: 5000,
  textAnswer: 4000,
  minGroupSize: { min: 1, max: 50, default: 3 },
} as const;

/** What a finding is about, so the board can be filtered and the report grouped. */
export const FindingCategories = [
  'usability',
  'content',
  'search',
  'mobile',
  'technical',
  'training',
  'communication',
  'other',
] as const;

export const FindingStatuses = ['new', 'reviewing', 'planned', 'done', 'wont_do', 'duplicate'] as const;
type FindingStatus = (typeof FindingStatuses)[number];

/** The moves triage may make; `done`, `wont_do` and `duplicate` are final. The server enforces exactly this. */
export const FINDING_TRANSITIONS: Readonly<Record<FindingStatus, readonly FindingStatus[]>> = {
  new: ['reviewing', 'wont_do', 'duplicate'],
  reviewing: ['planned', 'wont_do', 'duplicate'],
  planned: ['done', 'wont_do'],
  done: [],
  wont_do: [],
  duplicate: [],
};

/** The statuses that need a resolution text: what was done, or why not ("you said, we did"). */
export const RESOLVED_FINDING_STATUSES = ['done', 'wont_do'] as const satisfies readonly FindingStatus[];

/** The statuses of findings still being worked on: the board's open columns and the dashboard's "open findings". */
export const OPEN_FINDING_STATUSES = ['new', 'reviewing', 'planned'] as const satisfies readonly FindingStatus[];

export const FINDING_LIMITS = { title: 200, body: 4000, resolution: 4000 } as const;
