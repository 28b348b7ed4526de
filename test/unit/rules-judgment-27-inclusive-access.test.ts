import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 27 (inclusive language, accessibility): the rules read the kinds of wording the codes name, from a
 * bank of paraphrases written before the dev misses were read. Every line that must fire fires; every
 * near-miss a keyword rule would flag stays quiet.
 */

describe('inclusive.slur: a disability word used as a put-down (CAP 4.1, NCDJ, Leidmedien)', () => {
  it.each([
    ['en', 'Stop being so OCD about your inbox — Sortwell files it for you.', 'Stop being so OCD'],
    ['en', 'Is your Wi-Fi acting autistic again? Switch to FibreGo.', 'Wi-Fi acting autistic'],
    ['en', 'My laptop went full retard, so I got a new one.', 'full retard'],
    ['es', '¡No seas autista con tu dinero! Ahorra con Cuentas+.', 'No seas autista'],
    ['es', '¿Tu estrategia de marketing es autista? Te ayudamos.', 'estrategia de marketing es autista'],
    ['es', '¿Tu router va como un retrasado? Cámbiate hoy.', 'como un retrasado'],
    ['es', '¿Eres autista o qué? Esta oferta no se repite.', 'Eres autista o qué'],
    ['de', 'Dein Router ist mal wieder behindert? Hol dir Glasfaser.', 'Router ist mal wieder behindert'],
    ['de', 'Bist du behindert? Solche Preise gibt es nur hier!', 'Bist du behindert'],
    ['de', 'Sei nicht so spastisch, bestell einfach online.', 'Sei nicht so spastisch'],
    ['de', 'Stream ruckelt? Total behindert.', 'Total behindert'],
    ['fr', 'Votre appli est complètement autiste ? Passez à Clario.', 'appli est complètement autiste'],
    ['fr', 'Ne sois pas handicapé de la cuisine : nos box font tout.', 'Ne sois pas handicapé'],
    ['fr', 'Handicapés du bricolage, cette perceuse est pour vous.', 'Handicapés du bricolage'],
    ['fr', "T'es débile ou quoi ? -50 % sur tout !", "T'es débile ou quoi"],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.slur', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Sensory-friendly hours every Tuesday for autistic shoppers and their families.'],
    ['en', 'Polar weather is coming: shop fleece from £19.'],
    ['es', 'Mi hija es autista y le encanta este parque.'],
    ['es', 'Trastorno bipolar: pide cita con nuestro equipo de salud mental.'],
    ['es', 'Tus contraseñas son débiles: actívalas con doble factor.'],
    ['de', 'Das WLAN wird durch dicke Wände behindert: der Repeater hilft.'],
    ['de', 'Menschen mit Behinderung erhalten ermäßigten Eintritt.'],
    ['fr', 'Ateliers adaptés aux enfants autistes, le samedi matin.'],
    ['fr', 'Livraison en retard ? On vous rembourse.'],
    ['fr', 'Parking réservé aux personnes handicapées, près de l’entrée.'],
    ['fr', 'Personnes handicapées de naissance : aide au dossier MDPH.'],
  ])('%s %j stays quiet', (lang, copy) => {
    expect(quotes('inclusive.slur', copy, undefined, lang)).toEqual([]);
  });
});

// Round 39: a thing called bipolar or schizophrenic is a figure of speech (warn), no longer a slur.
describe('inclusive.mental-illness-figure: a diagnosis said of a changeable thing (CAP mental-health advice)', () => {
  it.each([
    ['en', 'Our weather is bipolar. Our raincoats are not.', 'weather is bipolar'],
    ['fr', 'Une stratégie un peu schizophrène ? On la recentre.', 'stratégie un peu schizophrène'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.mental-illness-figure', copy, undefined, lang)).toContain(quote);
    expect(quotes('inclusive.slur', copy, undefined, lang)).toEqual([]);
  });
});

describe('inclusive.job-ad-age: more ways to say "we are hiring" (AGG § 11, ET art. 4.2(c), L1132-1)', () => {
  it.each([
    ['es', 'Se necesitan camareros de 18 a 30 años para la temporada en Ibiza.', 'Se necesitan'],
    ['es', 'Necesitamos repartidores menores de 35 años, con carnet B.', 'Necesitamos'],
    ['es', 'Restaurante precisa… no: se precisan camareras jóvenes y dinámicas.', 'se precisan'],
    ['es', 'Contratamos dependientes de entre 20 y 30 años en Sevilla.', 'Contratamos'],
    ['fr', 'Boulangerie cherche apprenti de moins de 25 ans.', 'cherche'],
    ['fr', 'On embauche ! Serveurs de 20 à 30 ans, Lyon 2e.', 'embauche'],
    ['fr', 'Nous cherchons une hôtesse, 25 ans maximum.', 'cherchons'],
    ['de', 'Wir brauchen dich: Fahrer bis 35 Jahre für unseren Kurierdienst.', 'Wir brauchen'],
    ['en', 'Recruiting now: warehouse pickers aged 18-25.', 'Recruiting'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.job-ad-age', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['fr', 'On cherche le cadeau idéal pour les 20-30 ans ?'],
    ['fr', 'Tu cherches un forfait ? Offre Jeunes de 18 à 26 ans.'],
    ['es', 'Se necesitan solo 30 minutos para montar la estantería.'],
    ['es', 'Necesitamos tu opinión: encuesta para mayores de 18 años.'],
    ['es', 'Contrata la tarifa joven hasta 25 años y ahorra.'],
    ['de', 'Wir brauchen nur 20 Minuten für den Einbau.'],
  ])('%s %j stays quiet', (lang, copy) => {
    expect(quotes('inclusive.job-ad-age', copy, undefined, lang)).toEqual([]);
  });
});

describe('inclusive.job-title-one-sex: an English job title in one sex (SDA 1975 s.38(3), EHRC guidance)', () => {
  it.each([
    ["We're hiring a reception girl for our Clapham dental practice.", "We're hiring"],
    ['Wanted: experienced salesman for our car showroom.', 'Wanted'],
    ['Now hiring: barmaid for Friday and Saturday nights.', 'Now hiring'],
    ['Join our team as a handyman, three days a week.', 'Join our team'],
    ['We are hiring waitresses for the summer terrace 🍹', 'We are hiring'],
    ['Hiring! Delivery boys with their own bikes, cash weekly.', 'Hiring'],
    ['Job vacancy: foreman for our Leeds building site.', 'Job vacancy'],
    ['Vacancy: cleaning lady, 10 hrs a week, Bristol.', 'Vacancy'],
    ['Recruiting a stewardess for our private jet charter.', 'Recruiting'],
  ])('%j fires', (copy, quote) => {
    expect(quotes('inclusive.job-title-one-sex', copy)).toContain(quote);
  });

  it.each([
    ["We're hiring waiting staff and bar staff for the summer."],
    ['Join our team: sales assistant, full or part time.'],
    ['Now hiring: waiter/waitress for Sunday lunches.'],
    ['Hiring a salesman or saleswoman for the Leeds store.'],
    ['Our showroom has no pushy salesmen — browse in peace.'],
    ["Girls' football kits in stock now, and we're hiring coaches."],
    ['Join our team of craftspeople: craftsmanship since 1920.'],
  ])('%j stays quiet', (copy) => {
    expect(quotes('inclusive.job-title-one-sex', copy)).toEqual([]);
  });
});

describe('inclusive.job-ad-origin: a native tongue, no accent or one nationality (AGG § 1, Dir. 2000/43/EC)', () => {
  it.each([
    ['de', 'Kassierer (m/w/d) gesucht, Deutsch als Muttersprache erwünscht.', 'gesucht'],
    ['de', 'Wir suchen Muttersprachler (m/w/d) für unseren Kundenservice.', 'Wir suchen'],
    ['de', 'Verstärke unser Team! Akzentfreies Deutsch ist Pflicht.', 'Verstärke unser'],
    ['en', "We're hiring: native English speakers only, remote.", "We're hiring"],
    ['en', 'Now hiring call-centre agents — must speak without an accent.', 'Now hiring'],
    ['es', 'Se busca teleoperador/a con español nativo.', 'Se busca'],
    ['es', 'Buscamos recepcionista, nacionalidad española imprescindible.', 'Buscamos'],
    ['fr', 'Nous recrutons des conseillers H/F de langue maternelle française.', 'Nous recrutons'],
    ['fr', 'Hôtel cherche réceptionniste H/F, français sans accent exigé.', 'cherche'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.job-ad-origin', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['de', 'Kassierer (m/w/d) gesucht, sehr gute Deutschkenntnisse (C1).'],
    ['de', 'Sprachkurse mit Muttersprachlern – jetzt 20 % sparen.'],
    ['en', "We're hiring: fluent English required, Spanish a plus."],
    ['en', 'Learn French with native speakers from £9 a lesson.'],
    ['es', 'Se busca teleoperador/a con español nivel C2.'],
    ['fr', 'Nous recrutons des conseillers H/F, français courant.'],
  ])('%s %j stays quiet', (lang, copy) => {
    expect(quotes('inclusive.job-ad-origin', copy, undefined, lang)).toEqual([]);
  });
});

describe('accessibility.sensory-instructions: colour, shape or position alone (WCAG 1.4.1, 1.3.3)', () => {
  it.each([
    ['en', 'A red dot next to a dish means it contains nuts.', 'red dot next to a dish means'],
    ['en', 'Items marked in orange are final sale.', 'marked in orange'],
    ['en', 'Tap the green button to book your class.', 'Tap the green button'],
    ['en', 'Use the menu on the left to filter sizes.', 'menu on the left'],
    ['de', 'Alle rot markierten Artikel sind reduziert.', 'rot markierten'],
    ['de', 'Ein grüner Punkt kennzeichnet vegane Gerichte.', 'grüner Punkt kennzeichnet'],
    ['de', 'Klicken Sie auf den blauen Button, um zu bestellen.', 'Klicken Sie auf den blauen Button'],
    ['es', 'Un punto verde indica los platos veganos.', 'punto verde indica'],
    ['es', 'Los productos marcados en rojo tienen envío gratis.', 'marcados en rojo'],
    ['es', 'Pulsa el botón azul para reservar.', 'Pulsa el botón azul'],
    ['fr', 'Les produits signalés en rouge contiennent des allergènes.', 'signalés en rouge'],
    ['fr', 'Une pastille verte indique les recettes végétariennes.', 'pastille verte indique'],
    ['fr', 'Cliquez sur le bouton rond pour valider.', 'Cliquez sur le bouton rond'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('accessibility.sensory-instructions', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Our red button-down shirts are back in stock.'],
    ['en', 'Press the red button on your remote to watch live.'],
    ['en', 'Winner of the Red Dot design award 2024.'],
    ['en', 'Click the button below to shop the red dress.'],
    ['en', 'Dishes with nuts are labelled "Contains nuts" in the menu.'],
    ['de', 'Der Grüne Punkt auf der Verpackung: bitte recyceln.'],
    ['de', 'Unser roter Pullover ist zurück.'],
    ['fr', 'Manteau à boutons dorés, doublure rouge.'],
    ['es', 'Vestido rojo con lunares blancos, 39 €.'],
  ])('%s %j stays quiet', (lang, copy) => {
    expect(quotes('accessibility.sensory-instructions', copy, undefined, lang)).toEqual([]);
  });
});
