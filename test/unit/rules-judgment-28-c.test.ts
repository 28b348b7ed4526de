import { influencer, kind } from './helpers/judgment-28c.ts';

/**
 * Stop 28, branch c: endorsements. The bank written from the codes before the dev misses were read (ADR
 * 0028), with the kinds the dev misses showed it lacked (a result told in the third person, an exam result),
 * in new words. None of these lines is an evaluation line.
 */

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
