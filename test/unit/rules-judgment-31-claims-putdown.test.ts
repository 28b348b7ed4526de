import type { HandoffPackage } from '#core/package-schema';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 31, a rival run down without a comparison word. Directive 2006/114/EC art. 2(c) and 4(d), UWG §4 Nr. 1
 * and §6(2) Nr. 5 and CAP 3.42: comparative advertising may not discredit or denigrate a competitor, named or
 * identifiable. `claim.competitor-denigration` reads set phrases after a capitalised name ("X falls apart");
 * `claim.competitor-putdown` reads a put-down (compost, Schrott, camelote, a "glorified toy") in the sentence
 * of a rival, or the next or previous one: a competitor the brand kit names, or a class of rivals ("the other
 * guys", "die Konkurrenz", "les autres marques"). A put-down of a problem ("no more soggy veg"), of the brand
 * itself, or denied ("kein Schrott") is not one. Lines are our own.
 */
const RULES = ['claim.competitor-putdown', 'claim.competitor-denigration'] as const;
const rivals = (p: HandoffPackage): void => {
  p.brand.competitors = ['Klarwisch', 'Freshly Co'];
};

bank(
  'a put-down beside a named or identifiable rival',
  RULES,
  { edit: rivals },
  [
    [
      'en',
      'Ever opened a meal kit and found sad, floppy veg that looks like compost? Yeah, the other guys do that.',
    ],
    ['en', 'Freshly Co boxes? Soggy salad and a nightmare to cancel. Try us instead.'],
    ['en', 'Still putting up with Klarwisch frustration? Our S9 actually cleans.'],
    ['en', 'Other brands sell you flimsy junk. We build ours to last.'],
    ['en', "The competition's app is a glorified toy."],
    ['es', '¿Tu robot Klarwisch se queda atascado? Eso no es un robot, es chatarra.'],
    ['es', 'Las otras marcas te venden basura con un lazo bonito.'],
    ['es', 'La competencia te da una app que es una pesadilla.'],
    ['de', 'Tschüss, Klarwisch-Frust. Hallo, echte Saugleistung.'],
    ['de', 'Die Konkurrenz verkauft dir Schrott mit Akku.'],
    ['de', 'Andere Anbieter liefern Ramsch. Wir nicht.'],
    ['fr', 'Les autres marques vous vendent de la camelote.'],
    ['fr', 'Klarwisch ? Un vulgaire jouet qui bipe sous le canapé.'],
    ['fr', "La concurrence ? Du plastique de pacotille, et c'est tout."],
    // Said of the rival's goods (stop 31 review): kept while ordinary nouns are narrowed.
    ['en', "The other guys' boxes turn up looking like compost. Ours don't."],
    ['en', "Don't keep your old junk: the other guys sell you junk anyway."],
  ],
  [
    ['en', 'No more sad, floppy veg: ours shows up farm-crisp, every single time.'],
    ['en', 'Our first prototype was, honestly, a glorified toy. The S9 is not.'],
    ['en', 'Switching from Klarwisch? Your maps transfer in one tap.'],
    ['en', 'Monday-morning frustration? Our coffee fixes that.'],
    ['en', 'Other brands make great robots; ours is the one without the frustration.'],
    ['en', "We like the other guys, honestly: there's room for everyone on the shelf."],
    ['es', 'Nada de basura: reciclamos cada caja que nos devuelves.'],
    ['es', 'Nuestra primera versión era una chatarra. Por eso hicimos la segunda.'],
    ['de', 'Kein Schrott, kein Frust: zwei Jahre Garantie auf jeden Akku.'],
    ['de', 'Wer von Klarwisch wechselt, nimmt seine Karten einfach mit.'],
    ['fr', 'Fini la camelote : nos casseroles durent toute une vie.'],
    ['fr', 'Vous venez de chez Klarwisch ? Vos plans de la maison suivent.'],
    // An ordinary noun, or "the competition" a contest, not a put-down of a rival (stop 31 review).
    ['en', "The competition's entries close Friday; winners get a junk-free garage makeover."],
    ['es', 'La competencia termina el viernes: gana una limpieza de trastos y basura del garaje.'],
    ['en', 'Other brands: compost bins from £40. Ours: from £35.'],
    ['en', 'Other brands of bin bags leave you with rubbish everywhere? Ours are double-layered.'],
    ['en', "Don't throw other brands' gadgets in the rubbish: recycle them with us."],
    ['en', 'Tired of junk mail? Other providers flood your inbox; we send one email a month.'],
    ['fr', 'La concurrence ? Nous reprenons vos déchets et votre vieille pacotille gratuitement.'],
    ['es', 'Las otras marcas de bolsas de basura se rompen; las nuestras no.'],
  ],
);
