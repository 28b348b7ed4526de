import { EV_AFTER as E, evidenceRx as rx } from './regex.ts';

/**
 * A survey of what people estimated, filed for a claim that states a measured amount ("saves you 3 hours a
 * week", "cuts your bill by 20 %"): answers measure perception, not the amount, so they do not back it
 * (FTC Policy Statement on Advertising Substantiation: the evidence the claim implies; CAP 3.7). A claim that
 * reports the answers themselves ("9 in 10 users say", "87 % of customers would recommend") is what a survey
 * measures, and stays backed. Lowercase readings on lowercased text; pure.
 */

/** Self-reported answers: a survey, a poll, people's own estimates. */
const ESTIMATED = rx(
  'survey(?:ed)?|poll(?:ed)?|questionnaire|self[- ]?(?:reported|assessed|estimated)|respondents|umfrage|befragung|befragte\\p{L}*|selbsteinschätzung|encuesta\\p{L}*|encuestad[oa]s|autoevaluaci[oó]n|sondage|déclarati(?:f|fs|ve|ves)|auto-?évaluation|personnes interrogées',
);
/** What the answers were: people's estimates or impressions, not a record of what happened to them. */
const GUESSED = rx(
  'estimat\\p{L}*|perceived|perception|guess(?:ed|es)?|thought|schätz\\p{L}*|geschätzt\\p{L}*|einschätzung\\p{L}*|gefühlt\\p{L}*|estim\\p{L}*|percepci[oó]n|percibid[oa]s?|ressenti\\p{L}*|perçue?s?',
);
/** A measurement beside the survey: a timed, logged or metered result backs the amount. */
const MEASURED_TOO = rx(
  'timed|measured|logged|metered|tracked|recorded times?|gemessen|gestoppt|protokolliert|medid[oa]s?|cronometrad[oa]s?|registrad[oa]s?|mesurée?s?|chronométrée?s?|enregistrée?s?',
);
/** An amount the claim states: hours, minutes, days, money, weight, distance or a share of a bill. */
const AMOUNT = new RegExp(
  `(?<![\\p{L}])(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|ten|half an?|una?|dos|tres|cuatro|cinco|diez|media|eine?|zwei|drei|vier|fünf|zehn|une?|deux|trois|quatre|cinq|dix)\\s?-?(?:h|hrs?|hours?|minutes?|mins?|days?|weeks?|stunden?|std\\.?|minuten|tage?n?|wochen|horas?|minutos|días|semanas|heures?|jours|semaines|kg|kilos?|lbs?|pounds|km|miles|€|\\$|£|euros?|dollars?)${E}|[€$£]\\s?\\d|\\d\\s?%\\s?(?:off|less|lower|fewer|more|on|de (?:ahorro|menos)|weniger|moins|d['’]économie)`,
  'u',
);
/** The claim reports answers: "say", "would recommend", "9 in 10", "of users", "rated", "felt". */
const ANSWERS = rx(
  'say|says|said|agree[ds]?|recommend\\p{L}*|rated?|rating|felt|feel|report(?:ed|s)?|prefer(?:red|s)?|satisfied|surveyed|according to|\\d+ (?:in|out of|of) (?:10|ten|100)|of (?:our )?(?:users|customers|clients|subscribers|members|parents|owners|respondents)|dicen|afirman|recomiendan|valoran|satisfech[oa]s|según|sagen|geben an|empfehlen|zufrieden|laut|disent|déclarent|recommandent|satisfaits?|selon|de (?:nuestros |los )?(?:usuarios|clientes|suscriptores)|der (?:nutzer|kunden|abonnenten)\\p{L}*|des (?:utilisateurs|clients|abonnés)',
);

/** Whether `summary` is a survey of estimates and the claim `text` states a measured amount (both lowercase). */
export function estimateForAmount(text: string, summary: string): boolean {
  return (
    ESTIMATED.test(summary) &&
    GUESSED.test(summary) &&
    !MEASURED_TOO.test(summary) &&
    AMOUNT.test(text) &&
    !ANSWERS.test(text)
  );
}
