import {
  GENERIC_TITLE_FIRES,
  KINDS_38,
  NAMED_TITLE_QUIET,
  NAMED_TITLE_RULES,
} from './helpers/bank-38-inclusive-language.ts';
import { bank, fired } from './helpers/judgment-bank.ts';

/**
 * Stop 38, round 39 (ADR 0028): inclusive-language readings in en/es/de/fr, each with its lawful
 * near-misses: a masculine greeting to a mixed audience, a diagnosis as a figure of speech, and a
 * gendered title that a named person holds.
 */
for (const { title, rules, where, fire, quiet } of KINDS_38) {
  bank(`inclusive: ${title}`, rules, where ?? {}, fire, quiet);
}

// A diagnosis said of a thing is reworded (warn), never blocked as a slur (CASE-FORMAT: block only demeaning copy).
describe('inclusive: a figure of speech is not a slur', () => {
  it.each([
    ['en', 'The forecast is totally bipolar this weekend.'],
    ['es', 'Mi router está esquizofrénico otra vez.'],
    ['de', 'Die Preise sind völlig bipolar.'],
    ['fr', 'Météo bipolaire ce week-end : prenez le parapluie.'],
  ])('[%s] %j', (lang, copy) => {
    expect(fired(['inclusive.slur'], copy, lang)).toEqual([]);
    expect(fired(['inclusive.mental-illness-figure'], copy, lang)).toEqual([
      'inclusive.mental-illness-figure',
    ]);
  });
});

// APA: a named person is called by the title they hold; retext's `or` pairs are about any holder of a role.
describe('inclusive: a gendered title a named person holds is theirs', () => {
  it.each(NAMED_TITLE_QUIET)('[%s] %j does not fire', (lang, copy) => {
    expect(fired(NAMED_TITLE_RULES, copy, lang)).toEqual([]);
  });
  it.each(GENERIC_TITLE_FIRES)('[%s] %j still fires', (lang, copy) => {
    expect(fired(NAMED_TITLE_RULES, copy, lang)).not.toEqual([]);
  });
});
