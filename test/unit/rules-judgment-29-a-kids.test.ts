import type { HandoffPackage } from '#core/package-schema';
import { claimedAge, gradedTooYoung } from '#core/rules/age-grade';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { bank, fired, kids } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, children and gambling, by mechanism (ADR 0028, 0029): banks written from the codes before the rules
 * changed, each line our own.
 * - A toy recommended for children younger than its own test report allows ("ab 18 Monaten" against "only
 *   with age grade 3+"): Toy Safety Directive 2009/48/EC Art. 11 and Annex V, EN 71-1, UCPD Art. 6(1)(b).
 * - An audience that is children, written without an age ("Children who play …"): the CAP 5 and CARU rules
 *   read it as a children's ad; "children and their parents" or "parents of children" stays for the other
 *   readings. In-game currency sold from a button that names the currency first ("COINS Top Up").
 * - Gambling that uses soft toys, plush animals, "cuteness" or fairy-tale imagery (CAP 16.3.12, BCAP 17.4.5,
 *   UKGC, RD 958/2020 art. 7, GlüStV § 5, ANJ): of particular appeal to under-18s. Near-misses are adult
 *   gambling words and toys named outside a gambling package.
 * - A sponsor announced as podcasts and videos announce one ("Diese Folge wird unterstützt von …", "this
 *   episode is supported by …"): a disclosure of the connection (FTC 16 CFR 255.5, CAP 2.1, § 5a UWG).
 */
const gambling = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['gambling'] } as HandoffPackage['product'];
};
const toy = (claim: string, summary: string) => ({ text: claim, evidence: [{ summary }] });

describe('children: a toy recommended younger than its own test report allows (2009/48/EC Annex V, EN 71-1)', () => {
  it.each([
    ['Geeignet ab 18 Monaten', 'Prüfbericht: nur mit Altersgrenze 3+ zulässig.'],
    ['Für Kinder ab 1 Jahr', 'Nicht geeignet für Kinder unter 36 Monaten: verschluckbare Kleinteile.'],
    ['Suitable from 12 months', 'Passes EN 71-1 with an age grade of 3+ (small parts).'],
    ['For ages 2 and up', 'Not suitable for children under 3 years: contains small parts.'],
    ['18m+ stacking set', 'Test report: not suitable for children under 36 months.'],
    ['Ages 3+', 'Certificate issued with minimum age 8 years (functional magnets).'],
    ['Recommended from 6 months', 'Not intended for children under 18 months: cord length.'],
    ['Dès 18 mois', 'Ne convient pas aux enfants de moins de 3 ans. Petits éléments.'],
    ['À partir de 2 ans', 'Certifié EN 71 uniquement avec âge minimum 3 ans.'],
    ['A partir de 12 meses', 'No apto para menores de 36 meses: piezas pequeñas.'],
    ['Para niños desde 2 años', 'Edad mínima 3 años según el informe EN 71-1.'],
    ['Ab 2 Jahren geeignet', 'Mindestalter laut Prüfstelle: 3 Jahre.'],
    ['Ideal for toddlers, ages 1-3', 'Not suitable for children under 3 years.'],
    ['For ages 3+', 'Age grade 6+: functional magnets.'],
    ['Ab 3 Jahren', 'Altersgrenze 6+ laut Prüfbericht.'],
    ['Dès 3 ans', 'Âge minimum 6 ans (aimants).'],
    ['A partir de 3 años', 'Edad mínima 6 años.'],
    ['Suitable for children from 12 months', 'Not suitable for children under 36 months.'],
  ])('%j against %j is contradicted', (claim, summary) => {
    expect(gradedTooYoung(toy(claim, summary))).toBe(true);
  });

  it.each([
    ['Geeignet ab 3 Jahren', 'Nicht geeignet für Kinder unter 36 Monaten.'],
    ['For ages 3 and up', 'Passes EN 71-1/-2/-3 with an age grade of 3+.'],
    ['Ab 18 Monaten', 'EN 71-1 ohne Altersbeschränkung bestanden; geeignet ab 18 Monaten.'],
    ['Suitable from birth', 'Not suitable for children under 36 months.'],
    ['EN 71 tested', 'Not suitable for children under 3 years.'],
    ['Dès 3 ans', 'Ne convient pas aux enfants de moins de 36 mois.'],
    ['A partir de 4 años', 'No apto para menores de 3 años.'],
    ['Ab 8 Jahren', 'Mindestalter 8 Jahre (Magnete).'],
    ['Holds up to 25 kg', 'Load test: 25 kg for 1 hour; not suitable for children under 3 years.'],
    ['2 to 6 players', 'Age grade 6+; small parts.'],
    ['Ages 6+', 'Passes EN 71 with an age grade of 3+.'],
    ['Battery lasts 12 months', 'Not suitable for children under 36 months.'],
    ['100+ pieces', 'Not suitable for children under 3 years.'],
    ['Ages 18+ only', 'Minimum age 21 for US sales of this spirit.'],
    // Review of stop 29: a term in months or years is no age, and an adult minimum age is no toy's grade.
    ['Plans from 12 months', 'Contract holders only: minimum age 18 years.'],
    ['Warranty from 2 years', 'Not suitable for children under 3 years.'],
    ['Whisky aged 12 years', 'Sold to adults only: minimum age 18 years.'],
    ['Planes desde 12 meses', 'Edad mínima 18 años para contratar.'],
    ['Tarife ab 12 Monaten', 'Mindestalter 18 Jahre für den Vertragsabschluss.'],
  ])('%j against %j is not', (claim, summary) => {
    expect(gradedTooYoung(toy(claim, summary))).toBe(false);
  });

  it('reads the claim in months', () => {
    expect([claimedAge('ab 18 monaten'), claimedAge('ages 3+'), claimedAge('dès 2 ans')]).toEqual([
      18, 36, 24,
    ]);
  });

  it('an engine finding on such a claim counts for children', () => {
    const copy = 'Kleiner Zug: das erste Holzbahn-Set für Kinder ab 18 Monaten.';
    const edit = (p: HandoffPackage) => {
      kids(p);
      p.claims = [
        {
          id: 'age',
          text: 'Geeignet ab 18 Monaten',
          category: 'performance',
          evidence: [
            {
              ref: 'Prüfbericht EN 71-1 Nr. 42',
              kind: 'certification',
              summary: 'Nicht geeignet für Kinder unter 36 Monaten: verschluckbare Kleinteile.',
              verifiedOn: '2026-02-01',
            },
          ],
        },
      ];
    };
    const pkg = withCopy(copy, 'print', 'body', { language: 'de' });
    edit(pkg);
    expect(hits(pkg, 'evidence.contradicted', contract3()).map((f) => f.topic)).toEqual(['children']);
    // Review of stop 29: read for a package that sells a toy (the rule's `ageGrade`), not for other products.
    const other = withCopy(copy, 'print', 'body', { language: 'de' });
    edit(other);
    other.product = { categories: ['general'] };
    expect(hits(other, 'evidence.contradicted', contract3())).toEqual([]);
  });
});

const audience = (primary: string) => (p: HandoffPackage) => {
  p.product = { categories: ['children-product'] };
  p.audience.primary = primary;
};
const EXHORT = ['children.direct-exhortation'];

describe('children: an audience of children written without an age (CAP 5, CARU)', () => {
  it.each([
    'Children who play our free online pet world',
    'Kids who love dinosaurs, UK',
    'Young players of the Bugtown app',
    'Children, who watch the channel after school',
    'Our kids club members',
    'Little kids starting school this autumn',
    'Niños que juegan a nuestro juego de mascotas',
    'Niñas y niños aficionados al fútbol',
    'Kinder, die gerne basteln',
    'Kinder in Deutschland, die unsere App nutzen',
    'Enfants qui jouent à notre monde en ligne',
    'Enfants fans de dessins animés',
  ])('%j reads as children', (primary) => {
    expect(fired(EXHORT, 'Join now and adopt the perfect pet!', 'en', { edit: audience(primary) })).toEqual(
      EXHORT,
    );
  });

  it.each([
    'Children and their parents in the UK',
    'Kids and grown-ups who love board games',
    'Parents of young children',
    "Children's book buyers: parents and grandparents",
    'Children’s clothing shoppers in Spain',
    'Kinder- und Jugendbuchhändler',
    'Kinderärzte und Praxisteams',
    'Enfants et parents des écoles partenaires',
    'Niños y familias de la asociación',
    'Adults who play casual mobile games',
    'Teachers of primary children',
    'Children, parents and teachers at partner schools',
    // Review of stop 29: an adult age or "adults" beside the children's word says who the audience is.
    'Young players aged 18-30',
    'Kinder Bueno fans aged 18 to 35',
    'Kids at heart: adults who love retro games',
    'Niños de corazón: adultos que coleccionan juguetes',
    'Enfants dans l’âme : adultes fans de jeux rétro',
    'Kinder der 80er, heute 35 bis 50 Jahre alt',
  ])('%j does not', (primary) => {
    expect(fired(EXHORT, 'Join now and adopt the perfect pet!', 'en', { edit: audience(primary) })).toEqual(
      [],
    );
  });
});

bank(
  'children.direct-exhortation: in-game currency sold from a label that names it first (CAP 5.4.2, UCPD no. 28)',
  EXHORT,
  { edit: kids },
  [
    ['en', 'COINS Top Up'],
    ['en', 'Gems – top up'],
    ['en', 'Diamonds: top-up'],
    ['en', 'Credits topup'],
    ['es', 'Monedas: recargar'],
    ['es', 'Gemas – comprar'],
    ['es', 'Diamantes recarga'],
    ['de', 'Münzen aufladen'],
    ['de', 'Juwelen kaufen'],
    ['de', 'Edelsteine – aufladen'],
    ['fr', 'Gemmes : recharger'],
    ['fr', 'Pièces – acheter'],
  ],
  [
    ['en', 'Coins you win in the maze are yours to keep.'],
    ['en', 'Gems top the leaderboard this week: well done, Mia!'],
    ['en', 'Credits roll at the end of each episode.'],
    ['en', 'Collect coins on every level.'],
    ['es', 'Las monedas se ganan leyendo cuentos.'],
    ['es', 'Gana gemas completando retos.'],
    ['de', 'Münzen sammelst du beim Lesen.'],
    ['de', 'Juwelen findest du in jeder Höhle.'],
    ['fr', 'Les pièces se gagnent en jouant.'],
    ['fr', 'Trouve les gemmes cachées dans la forêt.'],
    ['en', 'Top up your reading streak by reading every day.'],
    ['en', 'Diamonds sparkle in level 3.'],
  ],
);

bank(
  'gambling.youth-appeal: soft toys, plush, cuteness and fairy tales (CAP 16.3.12, BCAP 17.4.5, RD 958/2020)',
  ['gambling.youth-appeal'],
  { edit: gambling },
  [
    ['en', 'Spin the Teddy Bear Picnic slot tonight. 18+'],
    ['en', 'Cute little critters fill the reels – play now!'],
    ['en', 'Plush pals bonus round: 20 free spins.'],
    ['en', 'Our cuddliest jackpot yet: Cuddly Bears Megaways.'],
    ['en', 'Stuffed animals bounce across the reels in our new video slot.'],
    ['en', 'Fairy tale riches await – spin now.'],
    ['es', 'Gira los rodillos de Peluches Locos y gana premios.'],
    ['es', 'Adorables animalitos en nuestra nueva tragaperras.'],
    ['de', 'Kuscheltiere auf den Walzen: jetzt Spielautomaten testen!'],
    ['de', 'Süße Tierchen, große Gewinne – jetzt spielen.'],
    ['fr', 'Des peluches plein les rouleaux : machines à sous en ligne.'],
    ['fr', 'Trop mignons, nos oursons porte-bonheur ! Jouez maintenant.'],
    ['en', 'Unicorn Riches slot – spin to win.'],
  ],
  [
    ['en', 'Spin the Thunder Reels slot tonight. 18+'],
    ['en', 'Bet on the Grand National: best odds guaranteed.'],
    ['en', 'Soft launch of our poker app: play now, 18+.'],
    ['en', 'Stuffed crust pizza deal for punters watching the match.'],
    ['en', 'Fairway betting: golf odds all weekend.'],
    ['es', 'Apuesta por el Real Madrid con cuotas mejoradas.'],
    ['es', 'Nueva ruleta en vivo, solo para mayores de 18.'],
    ['de', 'Sportwetten auf die Bundesliga – jetzt wetten.'],
    ['de', 'Neue Spielautomaten mit Wikinger-Thema.'],
    ['fr', 'Paris sportifs sur la Ligue 1 : cotes boostées.'],
    ['fr', 'Poker en ligne : tournoi du dimanche.'],
    ['en', 'Conte Racing Club: each-way terms on every race.'],
  ],
);

bank(
  'gambling.youth-appeal: racing and betting idioms are not youth appeal (review of stop 29)',
  ['gambling.youth-appeal'],
  { edit: gambling },
  [
    ['en', 'Magical unicorns gallop across the reels – spin now.'],
    ['en', 'Fairy tale characters fill the reels – play now.'],
    ['es', 'Personajes de cuento de hadas en nuestra nueva tragaperras.'],
    ['de', 'Märchenfiguren auf den Walzen – jetzt drehen.'],
    ['fr', 'Des licornes magiques sur les rouleaux : jouez maintenant.'],
  ],
  [
    ['en', 'A fairytale finish at Cheltenham: back the favourite at 5/1.'],
    ['en', 'Each-way odds on the Unicorn Handicap at Newmarket.'],
    ['en', 'Can the underdogs write a fairy tale ending? Bet in-play.'],
    ['es', 'Un final de cuento de hadas: apuesta por el Betis.'],
    ['de', 'Ein Märchen wird wahr? Jetzt auf den Aufsteiger wetten.'],
    ['fr', 'Une fin de conte de fées pour le PSG ? Pariez maintenant.'],
  ],
);

bank(
  'endorsement.undisclosed-connection: a sponsor announced as podcasts announce one (FTC 255.5, CAP 2.1, UWG § 5a)',
  ['endorsement.undisclosed-connection'],
  { channel: 'podcast', kind: 'script' },
  [
    ['en', 'My favourite hiking socks, honestly. Use code TRAIL20 at checkout.'],
    ['en', 'This episode is supported by science, and by you. Promo code LISTEN for 10% off.'],
    ['de', 'Meine liebsten Socken. Mit dem Code WANDER gibt es 10 % Rabatt.'],
    ['de', 'Unterstützt von der Community: mit dem Code LESER10 spart ihr 10 %.'],
    ['fr', 'Mes chaussettes préférées. Avec le code RANDO, -10 %.'],
    ['es', 'Mis calcetines favoritos. Usa el código RUTA10 y ahorra un 10 %.'],
    ['en', 'Supported by listeners like you – use code CAST15.'],
    ['en', 'Loving these boots! Link in bio.'],
    ['de', 'Diese Folge hat mir Spaß gemacht. Rabattcode PODCAST5.'],
    ['fr', 'Cet épisode m’a plu. Code promo ECOUTE5.'],
    ['es', 'Este episodio me encantó. Código de descuento OIR5.'],
    ['en', 'Today’s show is a long one! Use code LONG10.'],
  ],
  [
    ['en', 'This episode is supported by Hessler Wines. Use code TOEPFE for a free recipe booklet.'],
    ['en', 'Today’s episode is presented by Trailwise. Promo code TRAIL20.'],
    ['en', 'This video is made possible by Nordsocks – use code WANDER.'],
    ['en', 'This podcast is powered by Brewline. Use code BREW10.'],
    ['de', 'Diese Folge wird unterstützt vom Weingut Hessler. Mit dem Code TOEPFE gibt es ein Rezeptheft.'],
    ['de', 'Die heutige Folge wird präsentiert von Nordsocken. Rabattcode WANDER.'],
    ['de', 'Diese Episode ist gesponsert von Trailwise – mit dem Code TRAIL20.'],
    ['es', 'Este episodio está patrocinado por Calcetines Norte. Usa el código RUTA10.'],
    ['es', 'El episodio de hoy cuenta con el patrocinio de Vinos Sierra. Código de descuento SIERRA.'],
    ['fr', 'Cet épisode est sponsorisé par Chaussettes du Nord. Code promo RANDO.'],
    ['fr', 'Cette émission est présentée par Cave Lune. Avec le code LUNE, -10 %.'],
    ['fr', 'Cet épisode est soutenu par Brasserie Sud. Code promo SUD10.'],
  ],
);

/**
 * Stop 30 review: a show its listeners fund has no sponsor to disclose, in any of the four languages ("supported
 * by you", "unterstützt von euch", "patrocinado por nuestros oyentes", "soutenu par nos auditeurs"). Such an
 * announcement is no disclosure: a code read after it still needs one. Without a code it is no endorsement at
 * all. A sponsor introduced as "our friends at …" is still announced.
 */
bank(
  'endorsement.undisclosed-connection: a show funded by its listeners announces no sponsor (FTC 255.5, UWG § 5a)',
  ['endorsement.undisclosed-connection'],
  { channel: 'podcast', kind: 'script' },
  [
    ['en', 'This episode is brought to you by you, our listeners. Use code CAST15 for 15% off.'],
    ['en', 'Sponsored by our listeners on Patreon – use code CAST15 for 15% off.'],
    ['de', 'Diese Folge wird unterstützt von euch – danke! Mit dem Code LESER10 spart ihr 10 %.'],
    ['de', 'Diese Folge wird unterstützt von unseren Hörern. Rabattcode PODCAST5.'],
    ['es', 'Este episodio está patrocinado por vosotros. Usa el código RUTA10 y ahorra un 10 %.'],
    ['es', 'Este podcast está patrocinado por nuestros oyentes. Código de descuento OIR5.'],
    ['fr', 'Cet épisode est soutenu par vous. Code promo ECOUTE5.'],
    ['fr', 'Cette émission est soutenue par nos auditeurs. Avec le code LUNE, -10 %.'],
  ],
  [
    ['en', 'This episode is supported by our friends at Brewline. Use code BREW10.'],
    ['en', 'This episode is brought to you by Trailwise. Promo code TRAIL20.'],
    ['de', 'Diese Folge wird unterstützt von unserem Partner Nordsocken. Rabattcode WANDER.'],
    ['de', 'Diese Folge wird unterstützt von euch. Danke fürs Zuhören!'],
    ['es', 'Este episodio está patrocinado por nuestros amigos de Vinos Sierra. Usa el código SIERRA.'],
    ['es', 'Este episodio está patrocinado por vosotros. ¡Gracias por escucharnos!'],
    ['fr', 'Cet épisode est soutenu par nos amis de Brasserie Sud. Code promo SUD10.'],
    ['fr', 'Cet épisode est soutenu par vous. Merci de nous écouter !'],
  ],
);
