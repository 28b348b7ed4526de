import { type Batch, fired, placeOf } from './helpers/judgment-28c.ts';

/** Stop 28, branch c: later batches in new words, to see whether the readings read copy they were not written from. */

// ── A second batch ──────────────────────────────────────────────────────────────────────────────────────
// Written after the first readings, in new words and styles, to see whether they read copy they were not
// written from; what they missed was read by shape (a signed quote, "went from … to …", a sweepstakes entry
// as a reward, the concessive "trotz seiner Blindheit"), and an idiom ("on their dime") was left out.

describe('second batch: lines that must fire', () => {
  it.each<Batch>([
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
    ['inclusive.mental-illness-figure', 'en', 'My wifi is acting so schizo today.'],
    ['inclusive.mental-illness-figure', 'es', 'Este tiempo está un poco bipolar, ¿no?'],
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
    expect(fired(ruleId, copy, lang, placeOf(ruleId))).toBe(true);
  });
});

describe('second batch: near-misses that must stay quiet', () => {
  it.each<Batch>([
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
    expect(fired(ruleId, copy, lang, placeOf(ruleId))).toBe(false);
  });
});

// ── A third batch ───────────────────────────────────────────────────────────────────────────────────────
// Written after the second batch's readings, again in new words (23 of 35 read at first). What it missed was
// read by shape: thanks with words before the handle, the brand's package by its handle, a signature after
// a sentence's end, a reward in the next sentence, "pese a", "easy ... even for your grandparents" without
// an intensifier, "ausschließlich Männer", a poster above.

describe('third batch: lines that must fire', () => {
  it.each<Batch>([
    [
      'endorsement.undisclosed-connection',
      'en',
      'Huge thank you to the @velvetspa team for having me today 💆‍♀️',
    ],
    [
      'endorsement.undisclosed-connection',
      'en',
      'My @glowco haul came in the mail and I am obsessed, use LUNA10 at checkout',
    ],
    [
      'endorsement.undisclosed-connection',
      'es',
      'Hoy os enseño lo que me ha llegado de @nube_home 📦 ¡Con mi código NUBE15 tenéis descuento!',
    ],
    [
      'endorsement.undisclosed-connection',
      'de',
      'Mein neuer Lieblingsduft – danke @parfumhaus für das Paket!',
    ],
    ['endorsement.undisclosed-connection', 'fr', 'Merci à la team @solenne pour ce joli colis 💌'],
    ['endorsement.atypical-result', 'en', 'After 8 weeks on the plan I was down 2 jean sizes!'],
    ['endorsement.atypical-result', 'en', '“Paid off my £4,200 overdraft in six months” – Amir, Leeds'],
    ['endorsement.atypical-result', 'es', 'En solo 6 semanas bajé dos tallas de pantalón. ¡Gracias, FitBox!'],
    ['endorsement.atypical-result', 'de', 'Nach nur 10 Wochen: minus 8 Kilo! – Petra, 41'],
    ['endorsement.atypical-result', 'fr', "J'ai gagné 1 500 € de plus par mois grâce à la méthode."],
    ['endorsement.review-incentive', 'en', 'Reviewed us 5 stars? Show this text for a free coffee ☕'],
    ['endorsement.review-incentive', 'es', 'Danos 5 estrellas en Google y te invitamos al postre.'],
    ['endorsement.review-incentive', 'fr', 'Un commentaire élogieux sur notre page = un bon de 10 € !'],
    ['inclusive.slur', 'en', 'Our CRM went full spaz during the launch.'],
    ['inclusive.mental-illness-figure', 'es', 'Mi móvil está esquizofrénico desde la actualización.'],
    ['inclusive.mental-illness-figure', 'fr', 'Cette météo bipolaire nous rend fous !'],
    ['inclusive.disability-wording', 'en', 'He has been suffering from MS for ten years.'],
    ['inclusive.disability-wording', 'es', 'Pese a su discapacidad, Raúl corre maratones.'],
    ['inclusive.disability-wording', 'fr', 'Souffrant de dyslexie, Léa a créé sa propre méthode.'],
    ['inclusive.stereotype', 'en', 'Easy to use – even for your grandparents!'],
    ['inclusive.stereotype', 'fr', 'Tellement simple que même papy y arrive.'],
    ['inclusive.job-ad-gender', 'de', 'Stellenangebot: Lagerist ab 1. März in Bremen.'],
    ['inclusive.job-ad-gender', 'es', 'Oferta de empleo: cocinero para restaurante en Valencia.'],
    ['inclusive.job-ad-age', 'en', 'We are hiring graduates aged 21 to 28 for our trainee scheme.'],
    ['inclusive.job-ad-age', 'fr', 'Nous recrutons des hôtes d’accueil, 18-25 ans, pour le salon.'],
    ['inclusive.job-ad-sex', 'de', 'Wir suchen ausschließlich Männer für die Montage.'],
    ['inclusive.job-ad-origin', 'de', 'Wir suchen Verkäufer (m/w/d), Deutsch als Muttersprache.'],
    ['accessibility.link-text', 'en', 'Tap here now to claim your voucher.'],
    ['accessibility.link-text', 'es', 'Toca aquí y reserva tu mesa.'],
    ['accessibility.sensory-instructions', 'en', 'Seats shown in green are still available.'],
    ['accessibility.sensory-instructions', 'de', 'Grün markierte Termine sind noch frei.'],
    ['accessibility.image-without-alt', 'en', 'Opening hours are on the poster above.'],
    ['accessibility.image-without-alt', 'de', 'Alle Preise findest du auf dem Bild.'],
  ])('%s [%s] %j', (ruleId, lang, copy) => {
    expect(fired(ruleId, copy, lang, placeOf(ruleId))).toBe(true);
  });
});

describe('third batch: near-misses that must stay quiet', () => {
  it.each<Batch>([
    [
      'endorsement.undisclosed-connection',
      'en',
      'Bought this myself after months of saving up – no regrets.',
    ],
    [
      'endorsement.undisclosed-connection',
      'en',
      'Thanks for coming out tonight, see you at @roundhouse next month!',
    ],
    ['endorsement.undisclosed-connection', 'en', 'Use the USB-C cable that came in the box.'],
    ['endorsement.atypical-result', 'en', 'My order arrived in 2 days, great service.'],
    ['endorsement.review-incentive', 'en', 'Rated 5 stars by 2,000 customers: now 20% off.'],
    ['endorsement.atypical-result', 'en', 'Last year, Bristol saved 20% on energy with our smart meters.'],
    [
      'endorsement.review-incentive',
      'en',
      'Write a positive review? No need — any honest review gets you entered into our prize draw.',
    ],
    [
      'endorsement.review-incentive',
      'en',
      'Give us a 5-star rating? Only if you mean it. Every review gets a £5 voucher.',
    ],
    ['inclusive.stereotype', 'en', 'Easy returns, even on sale items.'],
    ['inclusive.stereotype', 'en', 'Easy to assemble, even for one person.'],
    ['inclusive.stereotype', 'fr', 'Simple à monter, même seul.'],
    ['inclusive.disability-wording', 'es', 'Pese a la lluvia, la carrera fue un éxito.'],
    ['inclusive.job-ad-sex', 'de', 'Wir suchen ausschließlich regionale Zutaten aus.'],
    ['accessibility.image-without-alt', 'en', 'Our poster sale is on: all prints 2 for £30.'],
  ])('%s [%s] %j', (ruleId, lang, copy) => {
    expect(fired(ruleId, copy, lang, placeOf(ruleId))).toBe(false);
  });
});
