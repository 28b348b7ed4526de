import { evidenceRx as rx } from './regex.ts';

/**
 * "23 people are viewing this now" backed by 23 visits over a day: the evidence counts another period than
 * the claim states. The CMA's urgency letter (2023) says "10 people are viewing this now" is likely to mislead
 * where the figure is the last hour's views; the FTC's dark-patterns report (2022) names activity messages that
 * are not live. A claim that states its period ("in the last 24 hours") says what was measured, and a live
 * count backs a live claim. Lowercase readings on lowercased text; pure.
 */

/** People looking at it or holding it in a cart, said in the present ("are viewing", "están viendo", "gerade"). */
const LIVE_ACTIVITY = rx(
  [
    '(?:are|is) (?:[\\p{L}]+ )?(?:viewing|looking at|watching|browsing|eyeing|checking (?:this|it) out)',
    '(?:viewing|looking at|watching|browsing) (?:[\\p{L}-]+ ){0,3}?(?:right )?now',
    '(?:have|has) (?:this|it|[\\p{L}-]+) in (?:their|a|the) (?:carts?|baskets?)',
    'est[aá]n (?:[\\p{L}]+ )?(?:viendo|mirando|consultando)',
    '(?:lo|la|los|las) tienen en (?:su|sus|el) (?:carritos?|cestas?)',
    '(?:sehen|schauen|betrachten)(?: sich)? (?:[\\p{L}-]+ ){0,3}?(?:gerade|jetzt|im moment|aktuell)',
    '(?:gerade|jetzt|im moment|aktuell) (?:[\\p{L}\\p{N}-]+ ){0,5}?(?:im warenkorb|an)',
    'regardent|consultent|sont en train de (?:regarder|consulter)',
    "(?:l['’]ont|ont [\\p{L}-]+) dans (?:leur|leurs) paniers?",
  ].join('|'),
);

/** A count over hours, days or weeks, or one totalled up (not minutes: a few minutes' window is live enough). */
const PERIOD = rx(
  [
    '(?:in|over|during|within|across|for) (?:the )?(?:last|past|previous|prior|preceding) (?:\\d+ |twenty-four |seven |few |couple of )?(?:hours?|days?|weeks?|months?)',
    '(?:previous|prior|preceding) (?:\\d+ )?(?:hours?|days?|weeks?)|\\d+ (?:hours?|days?|weeks?) (?:before|prior|earlier)',
    'per (?:hour|day|week|month)|daily|weekly|cumulative|accumulated|in total',
    'en (?:las|los) (?:últim[oa]s )?(?:\\d+ )?(?:horas|días|semanas)|en (?:la|el) (?:última|último) (?:hora|día|semana)',
    '(?:horas|días|semanas) anteriores|al día|por (?:hora|día|semana)|diari[oa]s?|acumulad[oa]s?',
    'in den (?:letzten|vergangenen|vorherigen) (?:\\d+ )?(?:stunden|tagen|wochen)|in der (?:letzten|vergangenen) (?:stunde|woche)',
    'pro (?:stunde|tag|woche)|täglich|kumuliert\\p{L}*|insgesamt',
    '(?:au cours|lors) d(?:es|e la|u) (?:derni(?:ères?|ers?)|précédent\\p{L}*) (?:\\d+ )?(?:heures?|jours?|semaines?)',
    'sur (?:les )?(?:\\d+|vingt-quatre) (?:dernières |derniers )?(?:heures|jours)|(?:heures|jours) précédent\\p{L}*',
    'sur (?:les|la|le) derni(?:ères?|ers?) (?:\\d+ )?(?:heures?|jours?|semaines?)',
    'par (?:heure|jour|semaine)|quotidien\\p{L}*|cumul\\p{L}*|depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)',
  ].join('|'),
);

/** The summary says it is not a live count. */
const NOT_LIVE = rx(
  "(?:not|never|no)(?: [\\p{L}-]+){0,3}? (?:in )?real[- ]time|no se mide(?: [\\p{L}-]+){0,3}? en tiempo real|sin (?:dato|datos|medición) en tiempo real|(?:nicht|kein\\p{L}*)(?: [\\p{L}-]+){0,3}? (?:in )?echtzeit|(?:pas|aucune?)(?: [\\p{L}'’-]+){0,3}? en temps réel",
);
const LIVE = rx('real[- ]time|live|en tiempo real|en directo|echtzeit|en temps réel|en direct');

/** Whether a claim `text` says people are viewing it now and its evidence `summary` counts another period. */
export function liveFromPeriod(text: string, summary: string): boolean {
  if (!/\d/u.test(text) || !LIVE_ACTIVITY.test(text)) return false;
  return NOT_LIVE.test(summary) || (PERIOD.test(summary) && !LIVE.test(summary));
}
