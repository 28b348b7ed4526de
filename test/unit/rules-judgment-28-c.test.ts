import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, branch c (endorsements, inclusive language, accessibility): a bank written from the public codes
 * before the dev misses were read (ADR 0028). Each kind of wording a code names has lines that must fire,
 * in several languages and styles, and near-misses a keyword rule would flag that must stay quiet. None of
 * these lines is an evaluation line.
 */

type Place = { channel?: Channel; kind?: Deliverable['kind']; edit?: (p: HandoffPackage) => void };

/** Does `ruleId` report on `copy`, put as one deliverable on channel 1? */
function fired(ruleId: string, copy: string, lang: string, place: Place = {}): boolean {
  const pkg = withCopy(copy, place.channel ?? 'social-organic', place.kind ?? 'caption', { language: lang });
  place.edit?.(pkg);
  return hits(pkg, ruleId, contract3()).some((f) => f.pointer.startsWith('/channels/1/'));
}

type Row = [string, string];

/** One kind: lines that must fire and near-misses that must not, for one rule at one place. */
function kind(title: string, ruleId: string, fire: Row[], quiet: Row[], place: Place = {}) {
  describe(`${ruleId}: ${title}`, () => {
    it.each(fire)('[%s] %j fires', (lang, copy) => {
      expect(fired(ruleId, copy, lang, place)).toBe(true);
    });
    it.each(quiet)('[%s] %j stays quiet', (lang, copy) => {
      expect(fired(ruleId, copy, lang, place)).toBe(false);
    });
  });
}

const influencer: Place = { channel: 'influencer' };

// ── Endorsements ────────────────────────────────────────────────────────────────────────────────────────

kind(
  'a trip, stay, meal or early access given by the brand, not disclosed (FTC 255.5(a), CAP 2.1, loi 2023-451 art. 5)',
  'endorsement.undisclosed-connection',
  [
    ['en', 'They flew me out to Lisbon to try the new range, here is my honest take 👇'],
    ['en', 'Got early access to the Pixelbook 9 before launch thanks to @pixelco. First impressions below!'],
    ['en', 'The team at @lumenhotels invited me for a weekend and I never wanted to leave.'],
    ['en', '@brewbox hooked me up with a month of coffee and I am not mad about it ☕'],
    ['es', 'La marca me ha invitado a su hotel en Menorca y os cuento todo 🏝️'],
    ['es', 'Invitada por @nutrileaf a probar su nuevo menú: ¡me ha encantado!'],
    ['de', 'Danke an @kaffeeklatsch für die Einladung zum Barista-Kurs, es war großartig!'],
    ['de', 'Die Jungs von @trailmix haben mir die neuen Schuhe geschickt – ehrliche Meinung folgt!'],
    ['fr', 'Invitée par la marque pour découvrir la nouvelle collection, je vous montre tout.'],
    ['fr', "Merci @sol_et_mer pour l'invitation, séjour incroyable au bord de l'eau !"],
  ],
  [
    ['en', 'I bought these headphones last year with my own money and they are still great.'],
    ['en', 'Paid partnership with @lumenhotels. They invited me for a weekend and I loved it.'],
    ['es', 'Invité a mis amigas a cenar y les encantó la receta de mi abuela.'],
    ['de', 'Werbung | Danke an @kaffeeklatsch für die Einladung zum Barista-Kurs!'],
    ['fr', "J'ai invité ma mère au spa pour son anniversaire, moment parfait."],
    ['fr', "Publicité – Merci @sol_et_mer pour l'invitation, séjour incroyable !"],
  ],
  influencer,
);

kind(
  'a discount code or a shop link with no disclosure (FTC Disclosures 101, ASA influencer guide)',
  'endorsement.undisclosed-connection',
  [
    ['en', 'Obsessed with my new headphones from @sonique! Grab yours with my code ANNA20.'],
    ['en', 'ANNA20 gets you 20% off at Sonique this week, you are welcome 😘'],
    ['en', 'Everything I wore today is linked in my stories, go go go!'],
    ['es', '¡Usad mi código LAURA10 y tenéis un 10 % en toda la web!'],
    ['es', 'Os dejo el enlace en mis historias para que lo compréis.'],
    ['de', 'Mit meinem Code MIA15 spart ihr 15 % bei @kaffeeklatsch!'],
    ['de', 'Verlinkt in meiner Story, schaut unbedingt vorbei!'],
    ['fr', 'Avec mon code JULIE10, -10 % sur tout le site 💛'],
    ['fr', 'Le lien est dans ma story, foncez !'],
  ],
  [
    ['en', 'Ad | Obsessed with my new headphones from @sonique! Code ANNA20 for 20% off.'],
    ['en', 'The secret code to my heart is good coffee.'],
    ['es', 'Publicidad. Usad mi código LAURA10 y tenéis un 10 % en toda la web.'],
    ['de', 'Anzeige: Mit meinem Code MIA15 spart ihr 15 %.'],
    ['fr', 'Collaboration commerciale avec @sol_et_mer : code JULIE10 pour -10 %.'],
  ],
  influencer,
);

kind(
  'a label that does not say advertising (#sp, #spon, #collab, #ambassador; FTC Disclosures 101, UWG §5a(4))',
  'disclosure.ad-marker',
  [
    ['en', 'New season, new kicks 👟 #sp'],
    ['en', 'Morning routine with @glowco #spon #skincare'],
    ['en', 'Loving this collab with @glowco #collab'],
    ['en', 'Proud to be a @glowco ambassador #ambassador'],
    ['de', 'Mein Morgenritual mit @glowco #kooperation'],
    ['de', 'Neue Sneaker von @laufwerk #sponsoring'],
    ['es', 'Mi rutina de mañana con @glowco #colab'],
    ['fr', 'Ma routine du matin avec @glowco #collab'],
  ],
  [
    ['en', 'Paid partnership with @glowco: my morning routine.'],
    ['de', 'Werbung | Mein Morgenritual mit @glowco'],
    ['de', 'Anzeige – neue Sneaker von @laufwerk'],
    ['es', 'Publicidad: mi rutina de mañana con @glowco'],
    ['fr', 'Collaboration commerciale avec @glowco : ma routine du matin'],
    ['fr', 'Publicité | Ma routine du matin avec @glowco'],
  ],
  influencer,
);

kind(
  "a consumer's result shown without what is typical (FTC 255.2(b), CAP 3.45 and 3.47)",
  'endorsement.atypical-result',
  [
    ['en', '“I dropped two dress sizes in six weeks with ShapeUp!” – Dana, 34'],
    ['en', 'Since switching to Budgetly I have saved over three thousand dollars. — Mark'],
    ['en', 'My electricity bill fell by 40% after we fitted the SunCap panels.'],
    ['en', 'I went from zero to 12k followers in a month with GrowthKit.'],
    ['es', '«Con FitPlan perdí diez kilos en dos meses» — Marta, Valencia'],
    ['es', 'Gracias a este curso ahora gano 3.000 € al mes desde casa.'],
    ['de', '„Dank SlimFit habe ich in 8 Wochen 12 Kilo abgenommen.“ – Jana'],
    ['de', 'Mit dem Trading-Kurs verdiene ich jetzt 2.000 € im Monat nebenbei.'],
    ['fr', "« J'ai perdu 8 kilos en un mois avec Minceur+ » — Sophie"],
    ['fr', 'Grâce à cette formation, je gagne maintenant 4 000 € par mois.'],
  ],
  [
    ['en', '“I dropped two sizes in six weeks!” – Dana. Most members lose 1–2 lb a week.'],
    ['en', 'I lost my keys twice this week, so I bought the KeyFinder.'],
    ['en', 'Our community saved 3 tonnes of packaging this year.'],
    ['de', 'Ich habe 3 Kilo Kartoffeln für das Rezept gekauft.'],
    ['es', 'Gané la rifa del barrio y me llevé una cesta de fruta.'],
    ['fr', 'Je gagne du temps chaque matin avec la cafetière programmable.'],
  ],
);

kind(
  "a customer's result told in the third person (FTC 255.2(b); added after the dev misses)",
  'endorsement.atypical-result',
  [
    ['en', 'Mark lost 30 lb in ten weeks on the plan.'],
    ['en', 'She cut her heating bill by 45% in one winter with the SmartStat.'],
    ['en', 'Priya paid off £9,000 of card debt in a year using the app.'],
    ['es', 'Lucía perdió 9 kilos en tres meses con el plan.'],
    ['es', 'Ella ahorró 2.000 € en su primer año con la app.'],
    ['fr', "Sophie a perdu 6 kilos avant l'été."],
    ['fr', 'Elle a économisé 1 200 € sur ses factures en un an.'],
    ['de', 'Jana hat in acht Wochen 12 Kilo abgenommen.'],
  ],
  [
    ['en', 'We saved 30 minutes a day by batching our orders.'],
    ['en', 'Trail Runner cut its delivery times by 30% this year.'],
    ['en', 'Mark from our team will answer your questions live at 6pm.'],
    ['es', 'Lucía perdió el tren y llegó tarde a la cata.'],
    ['fr', 'Sophie a gagné le concours photo du mois.'],
    ['de', 'Jana hat 12 Kilo Äpfel für den Kuchen gekauft.'],
  ],
);

kind(
  "a staff member's praise with no word that they work there (FTC 255.5(b) example 8)",
  'endorsement.employee-connection',
  [
    ['en', 'Honestly the best waterproof I have ever owned. — Priya, Leeds'],
    ['en', 'I swear by the Trail Runner for wet weekends.'],
    ['en', 'These are hands down my favourite shoes for muddy trails.'],
    ['en', "I'm a total convert: never going back to heavy boots."],
    ['es', 'Me encantan, las llevo todos los fines de semana.'],
    ['es', 'Os las recomiendo de verdad, son mis favoritas.'],
    ['de', 'Ich empfehle sie jedem, der gern wandert.'],
    ['fr', "J'adore ces chaussures, je ne peux plus m'en passer."],
  ],
  [
    ['en', 'I work at the Leeds store and honestly these are my favourite shoes.'],
    ['en', 'Full disclosure: I am on the Trail Runner team. I love these.'],
    ['es', 'Trabajo en la tienda de Bilbao y me encantan.'],
    ['de', 'Ich arbeite bei Trail Runner und empfehle sie gern.'],
    ['fr', "Je travaille chez Trail Runner et j'adore ces chaussures."],
  ],
  {
    edit: (p) => {
      p.story.hook = 'Our store staff share the kit they wear on weekends.';
    },
  },
);

kind(
  'an exam result told of one person, in any person (FTC 255.2(b); a dev miss showed the third person)',
  'endorsement.atypical-result',
  [
    ['en', 'She scored 945 on the TOEIC after our 12-week course.'],
    ['en', 'Priya got band 7.5 in IELTS after ten weeks with us.'],
    ['fr', 'En décembre, Camille a obtenu 945 au TOEIC.'],
    ['fr', 'Elle a décroché son C1 en quatre mois.'],
    ['es', 'Marco consiguió el B2 en tres meses con nuestra app.'],
    ['es', 'Lucía aprobó el C1 a la primera tras el curso intensivo.'],
    ['de', 'Lena hat ihr C1 in zwölf Wochen bestanden.'],
    ['de', 'Jonas hat das B2-Zertifikat nach drei Monaten geschafft.'],
  ],
  [
    ['en', 'The team scored 3 goals in the final.'],
    ['en', 'Our app got an A1 rating from the consumer panel.'],
    ['fr', 'Notre équipe a obtenu 3 récompenses cette année.'],
    ['es', 'Nuestro curso de B2 empieza el 3 de marzo.'],
    ['de', 'Der Kurs bereitet auf das C1-Zertifikat vor.'],
  ],
);

kind(
  'the same results with what is typical beside them: read, and routed to a person (FTC 255.2(b), CAP 3.47)',
  'endorsement.typical-result',
  [
    ['en', 'She scored 945 on the TOEIC. On average, our students gain 115 points.'],
    ['en', 'Mark lost 30 lb in ten weeks; most members lose 1–2 lb a week.'],
    ['fr', 'Camille a obtenu 945 au TOEIC ; en moyenne, nos élèves gagnent 115 points.'],
    ['es', 'Marco consiguió el B2 en tres meses; la mayoría de nuestros alumnos tarda seis.'],
    ['de', 'Lena hat ihr C1 in zwölf Wochen bestanden – die meisten brauchen sechs Monate.'],
    ['de', '„Ich habe 12 Kilo abgenommen“ – Jana. Im Durchschnitt: 4 Kilo in 8 Wochen.'],
    ['en', '“Down 3 dress sizes since March!” — Kelly. Typical members lose one size in 3 months.'],
    ['es', 'Lucía perdió 9 kilos en tres meses; la mayoría de los socios pierde 3.'],
  ],
  [
    ['en', 'On average, our students gain 115 points on the TOEIC.'],
    ['fr', 'En moyenne, nos élèves gagnent 115 points.'],
    ['es', 'La mayoría de nuestros alumnos aprueba el B2 en seis meses.'],
    ['de', 'Die meisten Kunden sparen im ersten Jahr.'],
  ],
);

kind(
  'a reward for a review of a set sentiment (FTC 16 CFR 465.4, CAP 3.45, UCPD Annex I 23b)',
  'endorsement.review-incentive',
  [
    ['en', 'Leave us a 5-star review and get 10% off your next order!'],
    ['en', "Post a five-star review, send us a screenshot, and we'll ship you a free candle."],
    ['en', 'Rate us 5 stars on Google for a chance to win a £100 voucher.'],
    ['en', 'Loved your meal? A 5★ review = free dessert next visit. Reply STOP to opt out'],
    ['en', 'Get 20% off in exchange for a glowing review.'],
    ['es', 'Déjanos una reseña de 5 estrellas y te regalamos el envío.'],
    ['es', '¡Valóranos con cinco estrellas y llévate un 15 % de descuento!'],
    ['de', 'Für eine 5-Sterne-Bewertung schenken wir dir 10 % Rabatt.'],
    ['de', 'Gib uns fünf Sterne und erhalte einen Gutschein über 5 €.'],
    ['fr', 'Laissez-nous un avis 5 étoiles et recevez un cadeau !'],
    ['fr', 'Un avis positif = -10 % sur votre prochaine commande.'],
  ],
  [
    ['en', 'Rated 4.8 out of 5 stars by 2,300 customers on Trustpilot.'],
    ['en', 'Tell us what you think: every review, good or bad, gets a £5 voucher.'],
    ['en', 'Our 5-star rated kettle is now 20% off.'],
    ['en', 'Over 2,000 five-star reviews: get 20% off today.'],
    ['es', 'Nuestro hotel de cinco estrellas te espera en Marbella.'],
    ['de', 'Fünf-Sterne-Service zum Drei-Sterne-Preis.'],
    ['fr', 'Laissez-nous votre avis et gagnez un panier garni.'],
  ],
);

// ── Inclusive language ──────────────────────────────────────────────────────────────────────────────────

kind(
  'a disability or mental illness used as a put-down or a joke (CAP 4.1, NCDJ style guide)',
  'inclusive.slur',
  [
    ['en', 'Don’t be such a spaz, book your seat before it’s gone.'],
    ['en', 'My phone went full retard this morning, time for an upgrade.'],
    ['en', 'This weather is so bipolar, pack both jackets.'],
    ['es', '¿Tu portátil está autista? Lo reparamos en 24 horas.'],
    ['es', 'El clima está bipolar: lleva paraguas y gafas de sol.'],
    ['de', 'Mein Drucker ist heute wieder total autistisch.'],
    ['de', 'Das Wetter ist schon wieder schizophren – gut, dass es unsere Jacke gibt.'],
    ['fr', 'Ce temps est complètement bipolaire, prenez un parapluie.'],
    ['fr', 'Ton ordi est autiste ? On le répare en 24 h.'],
  ],
  [
    ['en', 'Quiet, low-light shopping hours for autistic customers every Tuesday.'],
    ['en', 'Bipolar disorder support line: talk to someone tonight.'],
    ['es', 'Mi hijo es autista y aquí se siente como en casa.'],
    ['de', 'Der Empfang ist durch dicke Wände behindert: der Repeater hilft.'],
    ['fr', 'Le temps est variable, prévoyez un parapluie.'],
    ['fr', 'Ateliers pour enfants autistes le samedi matin.'],
  ],
);

kind(
  'a person framed as a victim of, or suffering from, a disability (Conscious Style Guide, Leidmedien, CERMI)',
  'inclusive.disability-wording',
  [
    ['en', 'She suffers from multiple sclerosis, yet she runs a bakery.'],
    ['en', 'Tom, a victim of cerebral palsy, shows how our app helps him.'],
    ['en', 'Our founder has suffered from dyslexia since childhood.'],
    ['es', 'Juan padece esclerosis múltiple y aun así corre maratones.'],
    ['es', 'Víctima de parálisis cerebral, Lucía nunca se rindió.'],
    ['de', 'Trotz ihrer Behinderung arbeitet Anna jeden Tag im Café.'],
    ['de', 'Er leidet an Multipler Sklerose und fährt trotzdem Rad.'],
    ['fr', 'Malgré son handicap, Claire a monté sa boutique.'],
    ['fr', 'Victime de la sclérose en plaques, Paul court encore.'],
  ],
  [
    ['en', 'Does your garden suffer from too much shade? Try these ferns.'],
    ['en', 'Victim Support is open 24 hours if you need to talk.'],
    ['es', 'La web padece de lentitud los lunes; ya lo estamos arreglando.'],
    ['de', 'Menschen mit Behinderung zahlen den halben Eintritt.'],
    ['fr', 'Accès pour les personnes en fauteuil roulant par l’entrée latérale.'],
    ['fr', 'Paul vit avec la sclérose en plaques et court encore.'],
  ],
);

kind(
  'a product so easy that "even" women, grandmothers or seniors can use it (CAP 4.9, ASA gender stereotypes)',
  'inclusive.stereotype',
  [
    ['en', 'So simple, even your grandma can set it up.'],
    ['en', 'Finally a drill that is easy enough for the ladies.'],
    ['en', 'Tech so intuitive that even your mum could use it.'],
    ['es', 'Tan fácil que hasta tu abuela lo entiende.'],
    ['es', 'Tan sencillo que hasta su suegra podrá usarlo.'],
    ['de', 'So einfach, dass sogar deine Oma es kapiert.'],
    ['de', 'So leicht, dass es selbst deine Mutter schafft.'],
    ['fr', "Si simple que même votre grand-mère saura l'utiliser."],
    ['fr', 'Tellement facile que même ta mère peut le faire.'],
  ],
  [
    ['en', 'So easy, even on a Monday morning.'],
    ['en', 'Made for women who run: sizes 4 to 22.'],
    ['es', 'Tan fácil como pedir una pizza.'],
    ['de', 'So einfach, dass du sofort loslegen kannst.'],
    ['fr', "Si simple que vous l'installerez en 5 minutes."],
    ['fr', 'Même votre grand-mère sera ravie de ce cadeau.'],
  ],
);

kind(
  'a German, Spanish or French job ad in one grammatical sex (AGG §11, LO 3/2007 art. 5, Code du travail L1142-1)',
  'inclusive.job-ad-gender',
  [
    ['de', 'Wir suchen einen Verkäufer für unsere Filiale in Köln.'],
    ['de', 'Stellenangebot: Koch ab sofort gesucht.'],
    ['de', 'Verstärke unser Team als Lagerarbeiter in Vollzeit!'],
    ['es', 'Se busca camarero con experiencia para terraza de verano.'],
    ['es', 'Buscamos cocinero con experiencia para un bar de tapas en Bilbao.'],
    ['fr', 'Nous recrutons un vendeur en CDI à Nantes.'],
    ['fr', 'On embauche un serveur pour la saison !'],
    ['fr', 'Boulangerie recherche apprenti boulanger, poste à pourvoir.'],
  ],
  [
    ['de', 'Wir suchen Verkäufer (m/w/d) für unsere Filiale in Köln.'],
    ['de', 'Gesucht und gefunden: dein neuer Lieblingsschuh.'],
    ['es', 'Buscamos persona para atención al cliente en Bilbao.'],
    ['es', 'Se busca: el regalo perfecto para papá.'],
    ['es', 'Buscamos la mejor receta de croquetas: ¡mándanos la tuya!'],
    ['fr', 'Nous cherchons sans cesse à réduire nos emballages.'],
    ['de', 'Verstärkung für dein Heimnetz: der neue Mesh-Router.'],
    ['fr', 'Nous recrutons un·e vendeur·se en CDI (H/F).'],
    ['fr', 'Vous recherchez la robe parfaite ? Elle est ici.'],
  ],
);

kind(
  'an age limit or "young" in a job ad (AGG §11 with §1, Equality Act s.39, L1132-1)',
  'inclusive.job-ad-age',
  [
    ['en', 'We are hiring baristas aged 18–25 for our new café.'],
    ['en', 'Join our team! The ideal candidate is under 30 and loves coffee.'],
    ['en', 'Now hiring: young, energetic sales reps.'],
    ['de', 'Wir suchen junge Leute für unseren Shop in Hamburg.'],
    ['de', 'Verstärkung gesucht: Fahrer bis 35 Jahre.'],
    ['es', 'Buscamos camareros jóvenes de entre 18 y 25 años.'],
    ['es', 'Se necesitan repartidores menores de 30 años.'],
    ['fr', 'Nous recrutons des vendeurs de 20 à 28 ans.'],
    ['fr', 'On recrute ! Profil recherché : jeune et motivé.'],
  ],
  [
    ['en', 'We are hiring! You must be 18 or over to serve alcohol.'],
    ['en', 'Join our team and help young people learn to code.'],
    ['de', 'Wir suchen Verstärkung für unser junges Modelabel.'],
    ['es', 'Buscamos monitores para un campamento de niños de 8 a 12 años.'],
    ['fr', 'Nous recrutons des animateurs pour notre maison des jeunes.'],
  ],
);

kind(
  'a job ad for one sex only (AGG §11, Equality Act s.39, Ley 3/2007 art. 5)',
  'inclusive.job-ad-sex',
  [
    ['en', 'Hiring: strong men only for warehouse shifts.'],
    ['en', 'We are hiring: female applicants preferred.'],
    ['de', 'Wir suchen nur männliche Bewerber für das Lager.'],
    ['de', 'Wir suchen eine nette Frau für den Empfang.'],
    ['es', 'Se busca chica para recepción de hotel.'],
    ['es', 'Buscamos chicos para mudanzas, solo hombres.'],
    ['fr', "Nous recrutons une jeune femme pour l'accueil."],
    ['fr', 'On recrute des hommes uniquement pour le chantier.'],
  ],
  [
    ['en', "We are hiring for both our men's and women's departments."],
    ['de', 'Wir suchen Verkäuferinnen und Verkäufer für das Lager.'],
    ['es', 'Se busca: el regalo perfecto para ella.'],
    ['fr', 'Nous recrutons des coiffeurs et coiffeuses.'],
  ],
);

kind(
  'a native speaker, accent or nationality asked for in a job ad (AGG §1, Equality Act s.9, Code du travail L1132-1)',
  'inclusive.job-ad-origin',
  [
    ['en', 'Now hiring: native English speakers for our call centre.'],
    ['en', 'Apply now, UK citizens only.'],
    ['en', 'We are hiring tutors with no foreign accent.'],
    ['de', 'Wir suchen Muttersprachler für unser Team.'],
    ['de', 'Wir suchen Verkäufer (m/w/d) mit akzentfreiem Deutsch.'],
    ['es', 'Buscamos teleoperadores con español nativo.'],
    ['es', 'Se busca profesor: nacionalidad española imprescindible.'],
    ['fr', 'Nous recrutons : français langue maternelle exigé.'],
  ],
  [
    ['en', 'Hiring: fluent Spanish speakers, C1 or above.'],
    ['en', 'Spanish lessons with native teachers: book a trial.'],
    ['de', 'Wir suchen Mitarbeiter (m/w/d) mit sehr guten Deutschkenntnissen.'],
    ['fr', 'Nous recrutons : anglais courant apprécié.'],
  ],
);

// ── Accessibility ───────────────────────────────────────────────────────────────────────────────────────

kind(
  '"click here" and its forms as a link (WCAG 2.2 SC 2.4.4 link purpose)',
  'accessibility.link-text',
  [
    ['en', 'For the full menu, click here.'],
    ['en', 'Click right here to book your table.'],
    ['en', 'Tap here → new season deals'],
    ['de', 'Klicken Sie einfach hier, um zu buchen.'],
    ['de', 'Hier klicken und sparen!'],
    ['es', 'Haz clic aquí para ver la oferta.'],
    ['es', 'Pincha justo aquí y reserva.'],
    ['fr', 'Cliquez ici pour réserver votre table.'],
    ['fr', 'Pour en profiter, cliquez donc ici.'],
  ],
  [
    ['en', 'Click to see the full spring menu.'],
    ['en', 'Here is our full spring menu.'],
    ['de', 'Hier findest du unsere Speisekarte.'],
    ['es', 'Aquí tienes la carta de primavera.'],
    ['fr', 'Ici, tout est fait maison.'],
  ],
);

kind(
  'a Markdown link whose text is only "here" (WCAG 2.2 SC 2.4.4; added after the dev misses)',
  'accessibility.link-text',
  [
    ['en', 'Read the full recipe [here](https://www.pantrybox.co.uk/recipes/ragu).'],
    ['en', 'Spring catalogue out now: [click here](https://www.pantrybox.co.uk/spring).'],
    ['de', 'Den Herbstkatalog finden Sie [hier](https://www.buchladen-mitte.de/herbst).'],
    ['de', 'Tickets für die Lesung: [hier klicken](https://www.buchladen-mitte.de/lesung)'],
    ['es', 'Descarga el catálogo de otoño [aquí](https://www.libreriasol.es/otono).'],
    ['es', 'Reserva tu plaza en el taller: [aquí](https://www.libreriasol.es/taller)'],
    ['fr', 'Le programme complet est [ici](https://www.librairie-vent.fr/programme).'],
    ['fr', 'Inscriptions : [cliquez ici](https://www.librairie-vent.fr/atelier)'],
  ],
  [
    ['en', 'Read the [full ragu recipe](https://www.pantrybox.co.uk/recipes/ragu).'],
    ['de', '[Zum Herbstkatalog](https://www.buchladen-mitte.de/herbst) – jetzt online.'],
    ['es', 'Descarga el [catálogo de otoño](https://www.libreriasol.es/otono).'],
    ['fr', 'Le [programme complet de la rentrée](https://www.librairie-vent.fr/programme).'],
  ],
);

kind(
  'a link that says only "learn more" (WCAG 2.2 SC 2.4.4 and 2.4.9)',
  'accessibility.vague-link',
  [
    ['en', 'Learn more'],
    ['en', 'Read more →'],
    ['en', 'More info'],
    ['de', 'Mehr erfahren ›'],
    ['de', 'Mehr Infos'],
    ['es', 'Más información'],
    ['es', 'Más info'],
    ['fr', 'En savoir plus'],
    ['fr', "Plus d'infos"],
  ],
  [
    ['en', 'Learn more about our spring menu'],
    ['en', 'Read the full menu'],
    ['de', 'Mehr über den Tarif erfahren'],
    ['es', 'Más información sobre horarios'],
    ['fr', 'En savoir plus sur nos horaires'],
  ],
  { kind: 'cta' },
);

kind(
  'an instruction that relies on colour, shape or place (WCAG 2.2 SC 1.3.3 and 1.4.1)',
  'accessibility.sensory-instructions',
  [
    ['en', 'Items with a green dot are vegan.'],
    ['en', 'Everything marked in red is on sale this week.'],
    ['en', 'Press the round button to start brewing.'],
    ['en', 'Tap the icon in the top right corner to save your basket.'],
    ['es', 'Los productos con etiqueta verde están rebajados.'],
    ['es', 'Haz clic en el botón rojo para pagar.'],
    ['de', 'Alle rot markierten Artikel sind reduziert.'],
    ['de', 'Artikel mit grünem Punkt sind vegan.'],
    ['fr', 'Les articles signalés par une pastille verte sont en promo.'],
    ['fr', 'Cliquez sur le bouton vert pour valider.'],
  ],
  [
    ['en', 'Our red dot sale ends Sunday.'],
    ['en', 'The green circle bag is back in stock.'],
    ['en', 'Press the red button on your remote to watch.'],
    ['es', 'Camisetas con estampado verde, desde 9 €.'],
    ['de', 'Der rote Punkt-Rock ist wieder da.'],
    ['fr', 'Robe à pois rouges, 39 €.'],
  ],
);

kind(
  'copy that points at an image no text describes (WCAG 2.2 SC 1.1.1)',
  'accessibility.image-without-alt',
  [
    ['en', 'See the chart below for this year’s prices.'],
    ['en', 'As the photo shows, the sofa fits any corner.'],
    ['en', 'Check the size chart pictured before you order.'],
    ['es', 'Mira la imagen de abajo para ver las tallas.'],
    ['es', 'Consulta la tabla de tallas en la foto.'],
    ['de', 'Die Grafik unten zeigt alle Tarife.'],
    ['de', 'Wie auf dem Bild zu sehen, passt das Sofa überall.'],
    ['fr', "Voir l'image ci-dessous pour les tailles."],
  ],
  [
    ['en', 'Photo by @jess_shoots.'],
    ['en', 'Chart your own course this summer.'],
    ['es', 'Imagen de marca renovada, mismo sabor.'],
    ['de', 'Ein Bild von einem Sofa: bequem und günstig.'],
    ['fr', 'Image de marque soignée, prix doux.'],
  ],
);

kind(
  'an alt text that names no content (WCAG 2.2 SC 1.1.1, EN 301 549 9.1.1.1)',
  'accessibility.alt-text',
  [
    ['en', 'image'],
    ['en', 'IMG_2043.jpg'],
    ['en', '#summersale'],
    ['en', 'Product image'],
    ['en', 'Banner 2'],
    ['de', 'Bild'],
    ['es', 'Imagen del producto'],
    ['fr', 'Visuel'],
    ['fr', 'Photo produit'],
  ],
  [
    ['en', 'Woman in a yellow raincoat on a rainy London street'],
    ['de', 'Zwei Tassen Cappuccino auf einem Holztisch'],
    ['es', 'Dos zapatillas azules sobre la arena'],
    ['fr', 'Un bouquet de pivoines roses dans un vase'],
  ],
  { kind: 'alt-text' },
);

// ── A second batch ──────────────────────────────────────────────────────────────────────────────────────
// Written after the first readings, in new words and styles, to see whether they read copy they were not
// written from; what they missed was read by shape (a signed quote, "went from … to …", a sweepstakes entry
// as a reward, the concessive "trotz seiner Blindheit"), and an idiom ("on their dime") was left out.

type Second = [string, string, string];

describe('second batch: lines that must fire', () => {
  it.each<Second>([
    ['endorsement.undisclosed-connection', 'en', 'Shoutout to @peakgear for kitting me out for this hike 🏔️'],
    [
      'endorsement.undisclosed-connection',
      'es',
      'Gracias a @cafebueno por el detalle, ¡qué rico todo! Código SARA15 en su web.',
    ],
    [
      'endorsement.undisclosed-connection',
      'de',
      'Ich durfte das neue Rad von @velowerk vorab testen – mein Fazit im Video!',
    ],
    ['endorsement.undisclosed-connection', 'fr', 'Un grand merci à @maison_lune pour ce séjour magique 🌙'],
    [
      'endorsement.undisclosed-connection',
      'fr',
      'J’ai été invitée au lancement de la nouvelle gamme @lumi, je vous montre tout',
    ],
    ['endorsement.atypical-result', 'en', '“Down 3 dress sizes since March!” — Kelly, Bristol'],
    [
      'endorsement.atypical-result',
      'en',
      'Our client Tom went from £0 to £6,000 a month in revenue in 90 days.',
    ],
    ['endorsement.atypical-result', 'es', '«He ahorrado más de 1.500 € en luz este año» — Pilar, Zaragoza'],
    ['endorsement.atypical-result', 'de', '„In drei Monaten 9 Kilo leichter!“ – Sven'],
    ['endorsement.atypical-result', 'fr', '« Moins 7 kilos en 6 semaines, je n’y croyais pas ! » – Inès'],
    ['endorsement.review-incentive', 'en', 'Love us? Drop a 5⭐ review and we’ll send you a £10 gift card.'],
    ['endorsement.review-incentive', 'de', 'Bewerte uns mit 5 Sternen und sichere dir 15 % Rabatt!'],
    [
      'endorsement.review-incentive',
      'es',
      'Escribe una reseña positiva y participa en el sorteo de un iPad.',
    ],
    [
      'endorsement.review-incentive',
      'fr',
      'Notez-nous 5 étoiles sur Google : un café offert à votre prochaine visite !',
    ],
    ['inclusive.slur', 'en', 'My wifi is acting so schizo today.'],
    ['inclusive.slur', 'es', 'Este tiempo está un poco bipolar, ¿no?'],
    ['inclusive.slur', 'fr', 'Ma box internet est encore autiste ce matin.'],
    ['inclusive.slur', 'de', 'Unser Router ist mal wieder voll spastisch.'],
    ['inclusive.disability-wording', 'en', 'Meet Ana, who suffers with epilepsy and runs marathons.'],
    ['inclusive.disability-wording', 'es', 'María sufre de ceguera desde niña, pero pinta cada día.'],
    ['inclusive.disability-wording', 'de', 'Trotz seiner Blindheit kocht Jonas für 40 Gäste.'],
    ['inclusive.stereotype', 'en', 'So simple even Grandma gets it.'],
    ['inclusive.stereotype', 'es', 'Tan intuitivo que hasta tu madre lo usará.'],
    ['inclusive.stereotype', 'de', 'Kinderleicht – selbst Oma kommt damit klar.'],
    ['inclusive.stereotype', 'fr', 'Si facile que même les seniors s’en sortent.'],
    ['inclusive.job-ad-gender', 'de', 'Wir stellen ein: Elektriker in Vollzeit, Raum München.'],
    ['inclusive.job-ad-gender', 'fr', 'On recrute un livreur à vélo pour le centre-ville.'],
    ['inclusive.job-ad-gender', 'es', 'Se necesita repartidor con moto propia.'],
    ['inclusive.job-ad-age', 'en', 'Hiring now: under-25s only for our youth ambassador scheme.'],
    ['inclusive.job-ad-age', 'de', 'Wir suchen Mitarbeiter (m/w/d) zwischen 20 und 35 Jahren.'],
    ['inclusive.job-ad-age', 'es', 'Buscamos camarera/o joven y con ganas, máximo 30 años.'],
    ['inclusive.job-ad-sex', 'en', 'Now hiring: lads wanted for our removals team.'],
    ['inclusive.job-ad-sex', 'fr', 'Nous recrutons : poste réservé aux femmes.'],
    ['inclusive.job-ad-origin', 'es', 'Buscamos teleoperador/a, imprescindible ser nativo de inglés.'],
    ['inclusive.job-ad-origin', 'fr', 'On recrute des serveurs (H/F) sans accent, parisiens de préférence.'],
    ['accessibility.link-text', 'en', 'Want the recipe? Click this.'],
    ['accessibility.link-text', 'fr', 'Pour réserver, c’est par ici.'],
    ['accessibility.link-text', 'de', 'Zum Gewinnspiel geht’s hier entlang.'],
    ['accessibility.sensory-instructions', 'en', 'Dishes marked with a red chilli are spicy.'],
    ['accessibility.sensory-instructions', 'en', 'Tap the heart icon below the photo to save it.'],
    ['accessibility.sensory-instructions', 'fr', 'Les plats avec une étoile verte sont végétariens.'],
    ['accessibility.sensory-instructions', 'es', 'Pulsa el botón de la derecha para continuar.'],
    ['accessibility.image-without-alt', 'en', 'All the details are in the image.'],
    ['accessibility.image-without-alt', 'es', 'Toda la información, en la imagen.'],
    ['accessibility.image-without-alt', 'fr', 'Tous les horaires sont sur l’affiche ci-dessus.'],
  ])('%s [%s] %j', (ruleId, lang, copy) => {
    const place = ruleId === 'endorsement.undisclosed-connection' ? influencer : {};
    expect(fired(ruleId, copy, lang, place)).toBe(true);
  });
});

describe('second batch: near-misses that must stay quiet', () => {
  it.each<Second>([
    [
      'endorsement.undisclosed-connection',
      'en',
      'Took my mum to @thewildlodge for her birthday, we paid and loved it.',
    ],
    [
      'endorsement.undisclosed-connection',
      'de',
      'Anzeige | Ich durfte das neue Rad von @velowerk vorab testen.',
    ],
    [
      'endorsement.undisclosed-connection',
      'de',
      'Als Kind durfte ich nie Süßes probieren, heute backe ich selbst.',
    ],
    ['endorsement.atypical-result', 'en', 'I finally learned to make sourdough this winter.'],
    ['endorsement.atypical-result', 'en', 'We went from 3 shops to 30 in ten years.'],
    ['endorsement.atypical-result', 'en', '“The best coffee on the high street” — Time Out'],
    ['endorsement.atypical-result', 'en', 'Down 20% on last year’s prices: the spring sale is on.'],
    ['inclusive.slur', 'en', 'Our autism-friendly screenings are back on Sunday mornings.'],
    ['inclusive.disability-wording', 'fr', 'Atteint de surdité, Hugo a monté un club de lecture labiale.'],
    ['inclusive.stereotype', 'de', 'Kinderleicht aufzubauen: in zehn Minuten steht das Zelt.'],
    ['inclusive.job-ad-age', 'en', 'Hiring now: baristas for our new café, all ages welcome.'],
    ['accessibility.sensory-instructions', 'en', 'Reviews below the video are from verified buyers.'],
    ['accessibility.image-without-alt', 'fr', 'Tout est fait main dans notre atelier de Lyon.'],
  ])('%s [%s] %j', (ruleId, lang, copy) => {
    const place = ruleId === 'endorsement.undisclosed-connection' ? influencer : {};
    expect(fired(ruleId, copy, lang, place)).toBe(false);
  });
});
