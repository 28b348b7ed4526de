/** Regulatory topics a rule can guard: the families of the evaluation set (test/eval/). */
export const TOPICS = [
  'substantiation',
  'comparative',
  'superlatives',
  'endorsements',
  'environmental',
  'health',
  'finance',
  'pricing',
  'urgency',
  'children',
  'alcohol',
  'gambling',
  'email',
  'sms',
  'personal-data',
  'accessibility',
  'inclusive-language',
  'placeholders',
  'language',
] as const;
export type Topic = (typeof TOPICS)[number];
