import type { Claim } from '#core/package-schema';

/**
 * Stop 36, round 37 of substantiation (ADR 0028): claim lines, one claim with its evidence on file cited from
 * a caption, our own wording from the FTC Policy Statement on Advertising Substantiation, 16 CFR 255.2(b) and CAP 3.7.
 */

/** One claim with its evidence, cited from a caption: [lang, copy, claim]. */
export type ClaimLine = [lang: string, copy: string, claim: Claim];
const ev = (summary: string, kind: Claim['evidence'][number]['kind'] = 'internal-data') => [
  { ref: 'Report 2026-01', kind, summary, verifiedOn: '2026-01-20', covers: 'all' as const },
];
const claim = (
  text: string,
  category: Claim['category'],
  summary: string,
  kind?: Claim['evidence'][number]['kind'],
): Claim => ({
  id: 'c',
  text,
  category,
  evidence: ev(summary, kind),
});

export interface ClaimKind {
  title: string;
  rules: readonly string[];
  fire: ClaimLine[];
  quiet: ClaimLine[];
}

const SURVEY =
  'Subscriber survey, 410 responses: respondents estimated the time saved each week, average self-reported estimate 3.1 hours.';
const UMFRAGE =
  'Kundenumfrage, 380 Antworten: die Befragten schätzten die gesparte Zeit auf durchschnittlich 3 Stunden pro Woche.';
const ENCUESTA = 'Encuesta a 400 clientes: los encuestados estimaron un ahorro medio de 3 horas por semana.';
const SONDAGE =
  'Sondage auprès de 400 abonnés : les personnes interrogées estiment gagner 3 heures par semaine en moyenne.';

export const CLAIM_KINDS: ClaimKind[] = [
  {
    title: 'a survey of estimates does not back a measured amount',
    rules: ['evidence.contradicted'],
    fire: [
      [
        'en',
        'Pantry & Pine saves you 3 hours a week.',
        claim('Pantry & Pine saves you 3 hours a week', 'performance', SURVEY),
      ],
      [
        'en',
        'Cut your energy bill by £200 a year.',
        claim(
          'Cuts your energy bill by £200 a year',
          'performance',
          'Customer poll: members estimated average savings of £210 a year.',
        ),
      ],
      [
        'de',
        'Spart Ihnen 3 Stunden pro Woche.',
        claim('Spart Ihnen 3 Stunden pro Woche', 'performance', UMFRAGE),
      ],
      [
        'es',
        'Te ahorra 3 horas a la semana.',
        claim('Te ahorra 3 horas a la semana', 'performance', ENCUESTA),
      ],
      [
        'fr',
        'Vous fait gagner 3 heures par semaine.',
        claim('Vous fait gagner 3 heures par semaine', 'performance', SONDAGE),
      ],
    ],
    quiet: [
      // The claim reports the answers, or the survey recorded what happened rather than a guess.
      [
        'en',
        '9 in 10 subscribers say it saves them time.',
        claim(
          '9 in 10 subscribers say it saves them time',
          'performance',
          'Subscriber survey, 410 responses: 91% agreed it saves them time; respondents estimated 3 hours.',
        ),
      ],
      [
        'en',
        'Subscribers say it saves them 3 hours a week.',
        claim('Subscribers say it saves them 3 hours a week', 'performance', SURVEY),
      ],
      [
        'en',
        'Saves you 3 hours a week.',
        claim(
          'Saves you 3 hours a week',
          'performance',
          'Diary study of 120 households, cooking and shopping time logged for four weeks: median saving 3.2 hours.',
        ),
      ],
      [
        'en',
        'Members get a first interview after a median of 5 weeks.',
        claim(
          'Members get a first interview after a median of 5 weeks',
          'performance',
          'Member outcomes survey, n=1,204: median time to first interview 5 weeks.',
        ),
      ],
      [
        'de',
        'Laut 9 von 10 Kunden spart es Zeit.',
        claim('Laut 9 von 10 Kunden spart es Zeit', 'performance', UMFRAGE),
      ],
      [
        'es',
        'Según 9 de cada 10 clientes, ahorra tiempo.',
        claim('Según 9 de cada 10 clientes, ahorra tiempo', 'performance', ENCUESTA),
      ],
    ],
  },
  {
    title: '"or less" is a bound: a shorter result backs it',
    rules: ['evidence.contradicted'],
    fire: [
      [
        'en',
        'Every recipe takes 20 minutes or less.',
        claim(
          'Every recipe takes 20 minutes or less',
          'performance',
          'Each recipe timed by three testers; longest average 29 minutes.',
        ),
      ],
      [
        'de',
        'Jedes Rezept dauert 20 Minuten oder weniger.',
        claim(
          'Jedes Rezept dauert 20 Minuten oder weniger',
          'performance',
          'Alle Rezepte von drei Testern gestoppt; längster Schnitt 29 Minuten.',
        ),
      ],
    ],
    quiet: [
      [
        'en',
        'Every recipe takes 30 minutes or less.',
        claim(
          'Every recipe takes 30 minutes or less',
          'performance',
          'Each recipe timed by three home testers; longest average 29 minutes.',
        ),
      ],
      [
        'es',
        'Cada receta está lista en 30 minutos o menos.',
        claim(
          'Cada receta está lista en 30 minutos o menos',
          'performance',
          'Cada receta cronometrada por tres probadores; la media más larga fue de 27 minutos.',
        ),
      ],
      [
        'de',
        'Jedes Rezept dauert 30 Minuten oder weniger.',
        claim(
          'Jedes Rezept dauert 30 Minuten oder weniger',
          'performance',
          'Alle Rezepte von drei Testern gestoppt; längster Schnitt 28 Minuten.',
        ),
      ],
      [
        'fr',
        'Chaque recette prend 30 minutes ou moins.',
        claim(
          'Chaque recette prend 30 minutes ou moins',
          'performance',
          'Chaque recette chronométrée par trois testeurs ; moyenne la plus longue 26 minutes.',
        ),
      ],
    ],
  },
  {
    title: 'an award backs the product that won it, not its sibling',
    rules: ['evidence.contradicted'],
    fire: [
      [
        'es',
        'Arbequina Los Olivos, Medalla de Oro Olivarum 2026.',
        claim(
          'Medalla de Oro Olivarum 2026',
          'general',
          "Medalla de Oro concedida a 'Los Olivos Picual Cosecha Temprana'.",
          'certification',
        ),
      ],
      [
        'en',
        'Hillside Pale Ale, Gold at the Brewing Awards 2026.',
        claim(
          'Gold at the Brewing Awards 2026',
          'general',
          'Gold medal awarded to "Hillside Stout" in the dark beer class.',
          'certification',
        ),
      ],
      [
        'de',
        'Bergquell Pils, Gold beim Bierpreis 2026.',
        claim(
          'Gold beim Bierpreis 2026',
          'general',
          'Goldmedaille verliehen an „Bergquell Weizen“.',
          'certification',
        ),
      ],
      [
        'fr',
        'Domaine Lacour Rouge, médaille d’or 2026.',
        claim(
          'Médaille d’or 2026',
          'general',
          'Médaille d’or décernée à « Domaine Lacour Blanc ».',
          'certification',
        ),
      ],
    ],
    quiet: [
      [
        'es',
        'Picual Cosecha Temprana Los Olivos, Medalla de Oro Olivarum 2026.',
        claim(
          'Medalla de Oro Olivarum 2026',
          'general',
          "Medalla de Oro concedida a 'Los Olivos Picual Cosecha Temprana'.",
          'certification',
        ),
      ],
      [
        'en',
        'Hillside Stout, Gold at the Brewing Awards 2026.',
        claim(
          'Gold at the Brewing Awards 2026',
          'general',
          'Gold medal awarded to "Hillside Stout" in the dark beer class.',
          'certification',
        ),
      ],
      [
        'de',
        'Bergquell Weizen, Gold beim Bierpreis 2026.',
        claim(
          'Gold beim Bierpreis 2026',
          'general',
          'Goldmedaille verliehen an „Bergquell Weizen“.',
          'certification',
        ),
      ],
      [
        'fr',
        'Domaine Lacour Blanc, médaille d’or 2026.',
        claim(
          'Médaille d’or 2026',
          'general',
          'Médaille d’or décernée à « Domaine Lacour Blanc ».',
          'certification',
        ),
      ],
    ],
  },
  {
    title: "a customer's own result beside what is typical is the customer's, not an untested claim",
    rules: ['evidence.quality'],
    fire: [
      [
        'en',
        '"I went from 595 to 705 in ten weeks." Arjun P., student.',
        claim(
          'Arjun P. went from 595 to 705 after the course',
          'performance',
          'Official score reports 595 and 705.',
          'customer-testimonial',
        ),
      ],
      [
        'en',
        '"I lost 12 kg in 8 weeks!" Dana, member. Results not typical.',
        claim(
          'Dana lost 12 kg in 8 weeks',
          'performance',
          'Weigh-in records of Dana, signed release.',
          'customer-testimonial',
        ),
      ],
    ],
    quiet: [
      [
        'en',
        '"I went from 595 to 705 in ten weeks." Arjun P. Above average: students who finish the course gain 58 points on average.',
        claim(
          'Arjun P. went from 595 to 705 after the course',
          'performance',
          'Official score reports 595 and 705.',
          'customer-testimonial',
        ),
      ],
      [
        'en',
        '"I lost 12 kg in 8 weeks!" Dana, member. Most members lose 3 kg in 8 weeks.',
        claim(
          'Dana lost 12 kg in 8 weeks',
          'performance',
          'Weigh-in records of Dana, signed release.',
          'customer-testimonial',
        ),
      ],
    ],
  },
];
