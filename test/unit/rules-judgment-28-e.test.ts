import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
import { cleanPackage, withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 28 (children, e-mail, SMS, personal data, placeholders): a bank per kind of problem wording the codes
 * name (CAP 5.4 and 5.2.1, UCPD Annex I no. 28, CARU, COPPA 312.5; CAN-SPAM 7704(a), PECR reg. 22; CTIA
 * Messaging Principles, TCPA; GDPR art. 5-6; the merge-tag syntaxes of common ESPs and the fill-in marks
 * of four languages). Every line is our own; near-misses are lines a keyword rule would wrongly flag.
 */
const kids = (p: HandoffPackage) => {
  p.product = { categories: ['children-product'] };
  p.audience.primary = 'Children aged 6 to 11 and their parents';
};

type Where = { channel?: Channel; kind?: Deliverable['kind']; edit?: (p: HandoffPackage) => void };
type Line = [lang: string, copy: string];

/** Rule ids among `rules` that fire on the copy (channel 1 of the clean package). */
function fired(rules: readonly string[], copy: string, lang: string, where: Where = {}): string[] {
  const pkg = withCopy(copy, where.channel ?? 'social-organic', where.kind ?? 'caption', { language: lang });
  where.edit?.(pkg);
  const ids = new Set(rules);
  const out = findings(pkg, contract3())
    .filter((f) => ids.has(f.ruleId) && f.pointer.startsWith('/channels/1/'))
    .map((f) => f.ruleId);
  return [...new Set(out)];
}

/** One kind of the bank: lines that must fire one of `rules`, near-misses that must fire none. */
function bank(title: string, rules: readonly string[], where: Where, fire: Line[], quiet: Line[]): void {
  describe(title, () => {
    it.each(fire)('[%s] %j fires', (lang, copy) => {
      expect(fired(rules, copy, lang, where)).not.toEqual([]);
    });
    it.each(quiet)('[%s] %j does not', (lang, copy) => {
      expect(fired(rules, copy, lang, where)).toEqual([]);
    });
  });
}

const KIDS = ['children.direct-exhortation'];
const KIDS_DATA = ['children.personal-data'];
const PLACEHOLDERS = [
  'placeholder.merge-tag',
  'placeholder.template-token',
  'placeholder.marker',
  'placeholder.marker-todo',
  'placeholder.insert-bracket',
  'placeholder.fill-in',
  'placeholder.pending-text',
  'placeholder.lorem-ipsum',
];
const PHONE = ['pii.personal-phone', 'pii.private-contact'];
const EMAIL_HEAD = ['email.deceptive-subject', 'email.fake-reply'];

bank(
  'children.direct-exhortation: a command to buy, addressed to the child (CAP 5.4.2, UCPD Annex I no. 28)',
  KIDS,
  { edit: kids },
  [
    ['en', 'Grab your Zoomkart today at any toy shop!'],
    ['en', 'Go get the new Glitter Pets pack before Saturday!'],
    ['en', 'Buy your own Dino Dig kit this weekend, explorers!'],
    ['en', 'Pick up a Bubble Blaster on your way home from school!'],
    ['es', '¡Compra ya tu Robotín y empieza a construir!'],
    ['es', 'Corre a la juguetería y llévate tu peluche Lunares.'],
    ['de', 'Kauf dir jetzt den neuen Flitzer-Roller!'],
    ['de', 'Hol dir das Sammelalbum noch heute im Laden!'],
    ['fr', 'Achète vite ton coffret Licorne Magique !'],
    ['fr', 'Cours chercher ta boîte de stickers Galaxie au magasin !'],
    ['en', 'Top up your gems now and unlock the golden dragon!'],
    ['en', 'Running low? Buy 500 coins and keep your pony fed.'],
    ['es', '¡Recarga tus gemas ahora y desbloquea el traje dorado!'],
    ['de', 'Hol dir jetzt 1000 Münzen für dein Einhorn!'],
    ['fr', 'Plus que 2 vies : recharge vite pour sauver ton dragon !'],
  ],
  [
    ['en', 'Pick up a pencil and draw your dream car.'],
    ['en', 'Get your crayons ready for the colouring contest!'],
    ['en', 'Grab a grown-up and head to the park.'],
    ['en', 'Collect coins as you play each level.'],
    ['en', 'Earn gems by finishing your reading challenge.'],
    ['fr', 'Recharge ta trottinette avant de sortir.'],
    ['en', 'Build a rocket from the box your Zoomkart came in.'],
    ['en', 'Ask a grown-up to help you cut out the mask.'],
    ['es', 'Construye tu propio castillo con las piezas de colores.'],
    ['de', 'Bastle dir eine Krone aus Papier, die Anleitung ist innen.'],
    ['fr', 'Fabrique ton propre avion en papier avec le mode d’emploi.'],
  ],
);

bank(
  'children.direct-exhortation: the child told to get a parent to buy it (CAP 5.4.2, CARU)',
  KIDS,
  { edit: kids },
  [
    ['en', 'Ask your mum to buy you a Sparkle Slime tub!'],
    ['en', 'Get your parents to order the Rocket Racer for your birthday.'],
    ['en', 'Make sure your dad picks up Crunchios next time he goes shopping!'],
    ['en', 'Put Zoomkart at the top of your birthday list and show your folks!'],
    ['es', 'Pide a tu mamá que te compre la muñeca Lola.'],
    ['es', 'Dile a tu papá que te regale el tren Rayo.'],
    ['de', 'Bitte deine Eltern, dir den Baukasten zu kaufen!'],
    ['de', 'Sag Oma, dass sie dir die Puppe Lotte schenken soll.'],
    ['fr', 'Demande à ta maman de t’acheter le kit Cristal !'],
    ['fr', 'Dis à ton papa de t’offrir la piste Turbo pour Noël.'],
  ],
  [
    ['en', 'Ask your mum to help you with the recipe.'],
    ['en', 'Parents: the Rocket Racer is on sale at all toy stores.'],
    ['es', 'Pide ayuda a un adulto para montar la cocinita.'],
    ['de', 'Frag deine Eltern, bevor du ins Internet gehst.'],
    ['fr', 'Demande à un adulte de t’aider à découper le masque.'],
  ],
);

bank(
  'children.direct-exhortation: the child made to feel left out without it (CAP 5.2.1)',
  KIDS,
  { edit: kids },
  [
    ['en', 'Everybody at school has a Glowbot. Do you?'],
    ['en', "Don't be the only kid in class without Sparkle Slime!"],
    ['en', 'All the cool kids already have their Rocket Racer.'],
    ['en', 'Without Zoomkart you will miss out on all the fun at break.'],
    ['es', 'Todos en tu clase ya tienen su mochila Cometa.'],
    ['es', '¡No seas el único sin la pulsera Estrella!'],
    ['de', 'Alle in deiner Klasse haben schon einen Flitzer.'],
    ['de', 'Sei nicht der Einzige ohne das neue Sammelalbum!'],
    ['fr', 'Tous les enfants de ta classe ont déjà leur trousse Galaxie.'],
    ['fr', 'Ne sois pas le seul sans le bracelet Étoile !'],
  ],
  [
    ['en', 'Everybody loves a picnic in the park.'],
    ['en', 'Everybody at school loves sports day.'],
    ['en', 'All the kids had fun at the party.'],
    ['en', 'Without sunscreen, you will need a hat.'],
    ['en', 'Share your crayons so everyone can join the drawing.'],
    ['es', 'Todos los niños pueden participar en el taller gratis.'],
    ['de', 'Alle Kinder sind beim Malwettbewerb willkommen.'],
    ['fr', 'Tous les enfants sont invités à la fête du jeu.'],
  ],
);

bank(
  'children.direct-exhortation: a character who suffers unless the child pays (CAP 5.2.2: duty and loyalty)',
  KIDS,
  { edit: kids },
  [
    ['en', 'Without 300 gems, Pip the puppy will run away tonight!'],
    ['en', 'Your dragon is starving! Feed him 50 coins or he’ll leave.'],
    ['en', 'Don’t let Bella down: she needs the new wings pack today.'],
    ['en', 'A true friend would buy Bella her golden saddle.'],
    ['es', 'Sin 200 gemas, tu dragón se irá con otro entrenador.'],
    ['es', 'Tu mascota está triste: cómprale el collar mágico.'],
    ['de', 'Ohne 100 Münzen läuft dein Pony heute Nacht weg!'],
    ['de', 'Lass Flocke nicht im Stich – kauf ihm den Sternenstall!'],
    ['fr', 'Sans 300 gemmes, ton chaton part chez un autre maître !'],
    ['fr', 'Ne laisse pas tomber Pixel : offre-lui son armure dorée !'],
  ],
  [
    ['en', 'Without batteries the robot won’t move: 4 AA included.'],
    ['en', 'Is your puppy hungry? Feed him twice a day.'],
    ['en', 'Don’t let the rain spoil your fun: wellies for puddle days.'],
    ['es', 'Sin prisa: tu dragón te espera mañana en el nivel 3.'],
    ['de', 'Ohne Zucker, mit viel Frucht: der neue Saft.'],
    ['fr', 'Sans colorants ni conservateurs.'],
  ],
);

bank(
  'children.direct-exhortation: in-app and club sign-ups pushed on the child (ASA: "Join now", "DOSH Top Up")',
  KIDS,
  { edit: kids },
  [
    ['en', 'Tap here to buy the Mega Pack!'],
    ['en', 'Join now and get exclusive pets!'],
    ['en', 'Unlock the Super Pack for just £2.99!'],
    ['en', 'Get 3 comics for £5 at the kiosk this week.'],
    ['es', 'Suscríbete ya al Club Dino por 3,99 € al mes.'],
    ['es', 'Toca aquí para comprar el pack de pegatinas.'],
    ['de', 'Werde jetzt Mitglied und hol dir die Profi-Karten!'],
    ['de', 'Schalte das Drachen-Paket für nur 1,99 € frei!'],
    ['fr', 'Abonne-toi vite pour débloquer les skins !'],
    ['fr', 'Débloque la tenue de pirate pour seulement 2,99 € !'],
  ],
  [
    ['en', 'Tap here to see how the car is made.'],
    ['en', 'Join the reading club at your library – it’s free!'],
    ['en', 'Unlock new levels by reading a book a week.'],
    ['es', 'Toca aquí para ver el vídeo del montaje.'],
    ['de', 'Schalte neue Level frei, indem du Rätsel löst.'],
    ['fr', 'Inscris-toi gratuitement au concours de dessin.'],
  ],
);

bank(
  'children.direct-exhortation: the price played down to the child, "only" or "just" (CARU; CAP 5.2.4)',
  KIDS,
  { edit: kids },
  [
    ['en', 'Just £4.99 for the whole sticker set!'],
    ['en', 'All this fun for just 99p!'],
    ['es', '¡Por solo 5 € es tuyo!'],
    ['es', 'El muñeco Tito cuesta sólo 9,99 euros.'],
    ['de', 'Nur 3,99 € – und der Flitzer gehört dir!'],
    ['de', 'Das ganze Set für nur 12 Euro!'],
    ['fr', 'Seulement 4,99 € le coffret Licorne !'],
    ['fr', 'La poupée Lili ne coûte que 9 € !'],
  ],
  [
    ['en', 'Just add water and watch it grow!'],
    ['en', 'Only 5 minutes to build, no glue needed.'],
    ['es', 'Solo hace falta agua para que crezca.'],
    ['de', 'Nur für kurze Zeit im Kino.'],
    ['fr', 'Seulement le week-end, au parc des Lilas.'],
  ],
);

bank(
  'children.personal-data: the child asked for contact details or photos (COPPA 312.5)',
  KIDS_DATA,
  { edit: kids },
  [
    ['en', 'Send us your name, age and address to join the club!'],
    ['en', 'Type in your first and last name and your age to play.'],
    ['en', 'Tell us your email address and we will send you a badge.'],
    ['en', 'Post a photo of yourself with your kite and tag us!'],
    ['en', 'Write your phone number on the entry card.'],
    ['es', 'Mándanos tu nombre y tu dirección para recibir el regalo.'],
    ['es', 'Escribe tu correo electrónico para ganar stickers.'],
    ['de', 'Schick uns deinen Namen und deine Adresse!'],
    ['de', 'Lade ein Foto von dir mit deinem Drachen hoch.'],
    ['fr', 'Envoie-nous ton nom et ton adresse pour recevoir le badge.'],
    ['fr', 'Écris ton adresse e-mail pour gagner des autocollants.'],
  ],
  [
    ['en', 'Write your name on the back of your drawing before you colour it.'],
    ['en', 'Parents can sign up for the newsletter on our website.'],
    ['en', 'Take a photo of your drawing and show your teacher.'],
    ['de', 'Mal ein Bild von dir und deiner Familie.'],
    ['es', 'Escribe tu nombre en la camiseta con el rotulador.'],
    ['de', 'Schreib deinen Namen auf dein Lesezeichen.'],
    ['fr', 'Écris ton prénom sur ta gourde avec le feutre.'],
  ],
);

bank(
  'children.personal-data: details asked for in a comment or a DM (COPPA 312.2: collection includes posting)',
  KIDS_DATA,
  { edit: kids },
  [
    ['en', 'DM us your address and we will post you a badge!'],
    ['en', 'Comment your age and your city below!'],
    ['en', 'What school do you go to? Tell us in the comments!'],
    ['en', 'Tell us your school and your age to join the club.'],
    ['es', 'Déjanos tu número y te llamamos.'],
    ['es', 'Escríbenos tu edad y tu colegio en los comentarios.'],
    ['de', 'Schreib uns dein Alter und deine Schule in die Kommentare!'],
    ['de', 'Schick mir per DM deine Adresse für die Überraschung.'],
    ['fr', 'Dis-nous ton âge et ton école en commentaire !'],
    ['fr', 'Envoie-nous ton adresse en message privé.'],
  ],
  [
    ['en', 'Tag a friend in the comments!'],
    ['en', 'Comment your favourite colour below!'],
    ['en', 'Tell us your favourite dinosaur!'],
    ['en', 'Share your school spirit with a class photo!'],
    ['en', 'Back to school: room for all your school books.'],
    ['en', 'Post your city skyline drawing for a chance to win crayons.'],
    ['es', 'Cuéntanos tu color favorito.'],
    ['de', 'Schreib uns deine Lieblingsfarbe!'],
    ['fr', 'Dis-nous ton dessert préféré !'],
  ],
);

bank(
  'email.deceptive-subject / email.fake-reply: a subject that poses as a reply or a notice (CAN-SPAM 7704(a)(2))',
  EMAIL_HEAD,
  { channel: 'email', kind: 'subject-line' },
  [
    ['en', 'RE: your question about our prices'],
    ['en', 'Fwd: the offer we talked about'],
    ['en', 'Your order could not be delivered'],
    ['en', 'Your account will be closed unless you log in'],
    ['en', 'We couldn’t deliver your parcel – pick a new slot'],
    ['es', 'No hemos podido entregar tu pedido: elige otra franja'],
    ['de', 'Wir konnten Ihr Paket nicht zustellen'],
    ['es', 'RV: tu pedido pendiente'],
    ['es', 'Tu pedido no ha podido ser entregado'],
    ['de', 'AW: Ihre Anfrage zu unseren Preisen'],
    ['de', 'Ihre Zahlung konnte nicht verarbeitet werden'],
    ['fr', 'TR : notre échange d’hier'],
    ['fr', 'Votre colis n’a pas pu être livré'],
  ],
  [
    ['en', 'Reply by Friday for an early-bird seat'],
    ['en', 'Your weekend just got better: 20% off boots'],
    ['es', 'Tu pedido favorito, ahora con envío gratis'],
    ['de', 'Ihre Lieblingsjacke ist wieder da'],
    ['fr', 'Votre colis de Noël : commandez avant le 18'],
    ['fr', 'Votre commande ne peut pas attendre : -20 % ce soir'],
    ['en', 'Re-energise your mornings: new cold brew'],
  ],
);

bank(
  'email.deceptive-subject: a promotion labelled as a receipt or order notice (CAN-SPAM 7704(a)(2))',
  EMAIL_HEAD,
  { channel: 'email', kind: 'subject-line' },
  [
    ['en', 'Order confirmed: 50% off everything inside'],
    ['en', 'Your receipt from Loop Coffee'],
    ['en', 'Shipping confirmation: the summer sale is here'],
    ['en', 'Payment received – thank you! New arrivals inside'],
    ['es', 'Pedido confirmado: 30 % en toda la tienda'],
    ['es', 'Confirmación de envío: llegan las rebajas'],
    ['de', 'Bestellbestätigung: 20 % auf alles'],
    ['de', 'Versandbestätigung – neue Kollektion online'],
    ['fr', 'Confirmation de commande : -20 % sur tout'],
    ['fr', 'Votre reçu : les nouveautés sont là'],
  ],
  [
    ['en', 'Order by Friday for Christmas delivery'],
    ['en', 'Invoicing made easy: meet Ledgerly'],
    ['es', 'Haz tu pedido antes del viernes'],
    ['de', 'Bestellen Sie bis Freitag, Lieferung vor Weihnachten'],
    ['fr', 'Commandez avant vendredi, livraison offerte'],
  ],
);

bank(
  'sms.opt-out: a marketing text with no keyword to opt out (CTIA, TCPA)',
  ['sms.opt-out'],
  { channel: 'sms', kind: 'body' },
  [
    ['en', 'Loop Coffee: 2-for-1 lattes today only. See you soon!'],
    ['en', 'Loop Coffee: 2-for-1 lattes today only. Reply with questions.'],
    ['en', 'Petal & Co: Mother’s Day bouquets 20% off, order at petal.co'],
    ['es', 'Moda Sol: rebajas del 30% este finde en tienda.'],
    ['es', 'Moda Sol: 30% menos solo hoy. Responde SÍ para más ofertas.'],
    ['de', 'Bäckerei Korn: Heute 3 Brezeln zum Preis von 2!'],
    ['de', 'Radhaus: Fahrrad-Check für 19 €. Antworte JA für einen Termin.'],
    ['fr', 'Fleurs Lila : -20 % sur les bouquets ce week-end.'],
    ['fr', 'Fleurs Lila : -20 % ce week-end. Répondez OUI pour réserver.'],
  ],
  [
    ['en', 'Loop Coffee: 2-for-1 lattes today only. Reply STOP to opt out.'],
    ['en', 'Loop Coffee: 2-for-1 lattes today. Txt STOP to end.'],
    ['es', 'Moda Sol: rebajas del 30% este finde. Baja: responde BAJA.'],
    ['de', 'Bäckerei Korn: 3 Brezeln zum Preis von 2! Abmelden: STOPP an 12345.'],
    ['fr', 'Fleurs Lila : -20 % ce week-end. STOP au 36111.'],
  ],
);

bank(
  'pii.personal-phone / pii.private-contact: a named person’s own number in public copy (GDPR art. 5-6)',
  PHONE,
  {},
  [
    ['en', 'Questions about the bake sale? Ring Sarah Jones on 07700 900461.'],
    ['en', 'Text our winner Tom Reed a congrats on 07911 123456!'],
    ['en', 'Booked under “Paul R. – 07700 900555” and never showed up. Not cool.'],
    ['fr', 'Table réservée au nom de Sophie L. (06 45 12 98 33) : personne n’est venu.'],
    ['en', 'Call Dave on his mobile 07700 900123 for a quote.'],
    ['es', 'Para reservar, escribe a Lucía a su móvil 612 345 678.'],
    ['es', 'Llama a Marta Ruiz al 699 123 456, está esperando tu llamada.'],
    ['de', 'Ruf Jonas Becker direkt auf seinem Handy an: 0151 23456789.'],
    ['de', 'Fragen? Meine private Nummer: 0170 9876543 (Anna)'],
    ['fr', 'Appelez Claire Martin sur son portable au 06 12 34 56 78.'],
    ['fr', 'Réservez auprès de Julien au 07 98 76 54 32, son numéro perso.'],
  ],
  [
    ['en', 'Call our bookings team on 0161 555 0123, Monday to Friday.'],
    ['en', 'Order number 12345678: ready for collection.'],
    ['es', 'Llama a nuestra tienda al 910 123 456 de lunes a viernes.'],
    ['de', 'Unser Kundenservice ist unter 030 1234567 erreichbar.'],
    ['fr', 'Contactez le service client au 01 23 45 67 89.'],
    ['fr', 'Réservez auprès de Julie au 01 45 67 89 00, au salon.'],
    ['en', 'Order 2 for £7.99, see you soon!'],
    ['en', 'Media enquiries: Tom Reed (07700 900123)'],
    ['de', 'Pressekontakt: Jonas Becker, 0151 23456789'],
    ['es', 'Contacto de prensa: Lucía Pérez, 612 345 678'],
    ['fr', 'Contactez Julie Martin, responsable presse : 06 12 34 56 78'],
    ['en', 'Express delivery on all orders. Press contact: Amy Lee, 07700 900777'],
  ],
);

bank(
  'placeholders: merge tags of common ESPs left unfilled (Mailchimp, Klaviyo, Salesforce, HubSpot, Braze)',
  PLACEHOLDERS,
  {},
  [
    ['en', 'Hi *|FNAME|*, your cart misses you!'],
    ['en', 'Hey {{ first_name }}, 15% off ends tonight.'],
    ['en', 'Dear %%FirstName%%, your points are waiting.'],
    ['en', 'Hi {{contact.firstname}}, meet our new range.'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the unfilled merge tag is the copy under test
    ['en', 'Welcome back {{${first_name}}}! Here is your gift.'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the unfilled merge tag is the copy under test
    ['en', 'Thanks ${firstName}, your order is on its way.'],
    ['en', 'Hi {FIRSTNAME}, the sale starts now.'],
    ['en', 'Hello {{ person.first_name|default:"friend" }}, new arrivals!'],
    ['es', 'Hola {{nombre}}, tu descuento te espera.'],
    ['es', 'Hola *|NOMBRE|*, ¡feliz cumpleaños!'],
    ['de', 'Hallo {{ vorname }}, dein Gutschein ist da.'],
    ['de', 'Liebe/r %%Vorname%%, danke für deine Treue.'],
    ['fr', 'Bonjour {{ prenom }}, votre remise vous attend.'],
    ['fr', 'Bonjour [PRÉNOM], votre colis est prêt.'],
    ['en', 'Hi %FIRSTNAME%, welcome to the club!'],
    ['en', 'Hello [[data:firstname:""]], your points are in.'],
    ['en', 'Hi #FNAME#, new stock just landed.'],
    ['en', 'Hi FIRST_NAME, your basket is waiting.'],
    ['es', 'Hola %NOMBRE%, llegan las rebajas.'],
    ['de', 'Hallo ##Vorname##, neu eingetroffen.'],
  ],
  [
    ['en', 'Hi friend, your cart misses you!'],
    ['en', 'Use code SPRING15 at checkout {online only}.'],
    ['en', 'Prices from $12 (incl. VAT).'],
    ['es', 'Hola, tu descuento te espera {solo online}.'],
    ['de', 'Hallo! Dein Gutschein [gültig bis 31.3.] ist da.'],
    ['fr', 'Bonjour ! Votre remise [valable en magasin] vous attend.'],
    ['en', 'Save 20% on #1 bestsellers, #TBT style.'],
    ['en', 'Up to 50% off, 30% off sale items too.'],
    ['de', 'Jetzt 20 % sparen, 10 % Extra mit Code #SOMMER.'],
  ],
);

bank(
  'placeholders: fill-in marks of four languages (TBD, TKTK, XXX, À COMPLÉTER, PENDIENTE, PLATZHALTER)',
  PLACEHOLDERS,
  {},
  [
    ['en', 'Launch party on TBD at our Soho store.'],
    ['en', 'Headline TKTK — new spring range lands Friday.'],
    ['en', 'Save XX% on every jacket this weekend.'],
    ['en', '[PLACEHOLDER] Our biggest sale of the year is here.'],
    ['en', 'Only £XX.XX for the whole set!'],
    ['es', 'Precio: PENDIENTE. ¡Corre a la tienda!'],
    ['es', 'Descuento del XX % en toda la colección.'],
    ['es', 'Fecha de lanzamiento: POR CONFIRMAR.'],
    ['de', 'PLATZHALTER: Hier kommt der Einleitungstext hin.'],
    ['de', 'Jetzt XX % sparen auf alle Jacken!'],
    ['fr', 'Prix : À COMPLÉTER. Disponible en magasin.'],
    ['fr', 'Date de sortie : À CONFIRMER.'],
  ],
  [
    ['en', 'Sizes XS to XXL in stock now.'],
    ['es', 'Pendiente de plata con circonita, 29 €.'],
    ['de', 'Genug Platz für alle: der Platzhirsch unter den Zelten.'],
    ['fr', 'Complétez votre look avec notre écharpe en laine.'],
    ['en', 'To be confirmed by email within 24 hours of your order.'],
  ],
);

bank(
  'placeholders: a slot left open, against prose that names a format or a process (CAP 3.1)',
  ['link.placeholder', ...PLACEHOLDERS],
  {},
  [
    ['en', 'Doors open DD/MM at 7pm.'],
    ['en', 'Winner: to be determined.'],
    ['es', 'Fecha del evento: DD/MM/AAAA.'],
    ['de', 'Termin am TT.MM.JJJJ im Laden.'],
    ['fr', 'Rendez-vous le JJ/MM/AAAA en boutique.'],
    ['fr', 'Prix : à compléter.'],
    ['fr', 'Lieu : à définir.'],
    ['en', 'Preview it at https://shop.test/new'],
  ],
  [
    ['en', 'Enter your date of birth as DD/MM/YYYY.'],
    ['en', 'Winners to be determined by a panel of judges.'],
    ['es', 'Introduce tu fecha de nacimiento en formato DD/MM/AAAA.'],
    ['de', 'Geburtsdatum im Format TT.MM.JJJJ eingeben.'],
    ['fr', 'Saisissez votre date au format JJ/MM/AAAA.'],
    ['fr', 'Une collection à compléter au fil des saisons.'],
    ['fr', 'Un look à compléter avec nos accessoires.'],
    ['fr', 'Les gagnants seront désignés à une date à définir par le jury.'],
    ['en', 'New in at www.example-shop.com/new'],
  ],
);

bank(
  'placeholders: a link slot left in brackets, against a Markdown link whose text is in brackets',
  PLACEHOLDERS,
  { channel: 'email', kind: 'body' },
  [
    ['en', 'Shop the new range: [link here]'],
    ['en', 'Tickets are on sale [here].'],
    ['en', 'Read the full story: [INSERT LINK]'],
    ['es', 'Compra tus entradas [aquí].'],
    ['es', 'Reserva tu mesa: [enlace]'],
    ['de', 'Karten gibt es [hier].'],
    ['de', 'Zum Katalog: [Link einfügen]'],
    ['fr', 'Réservez votre table [ici].'],
  ],
  [
    ['en', 'Shop the [new range](https://loop.co/new) before Friday.'],
    ['en', 'Tickets are on sale [here](https://loop.co/tickets).'],
    ['es', 'Compra tus entradas [aquí](https://sol.es/entradas).'],
    ['de', 'Karten gibt es [hier](https://seite.de/karten).'],
    ['fr', 'Réservez votre table [ici](https://lila.fr/resa).'],
  ],
);

bank(
  'placeholders: a template’s default text left in ("Your headline goes here", "Votre texte ici")',
  PLACEHOLDERS,
  {},
  [
    ['en', 'Your headline goes here'],
    ['en', 'Add your text here'],
    ['en', 'Click here to edit this text'],
    ['en', 'INSERT PRICE HERE – spring sale'],
    ['en', 'Sample text'],
    ['es', 'Tu texto aquí'],
    ['es', 'Escribe aquí tu titular'],
    ['de', 'Hier steht Ihre Überschrift'],
    ['de', 'Dein Text hier'],
    ['fr', 'Votre texte ici'],
    ['fr', 'Ajoutez votre description ici'],
  ],
  [
    ['en', 'Your name here – personalised mugs from £9!'],
    ['en', 'Type your message here and we will engrave it.'],
    ['en', 'Your adventure starts here.'],
    ['es', 'Tu aventura empieza aquí.'],
    ['de', 'Dein Abenteuer beginnt hier.'],
    ['fr', 'Votre aventure commence ici.'],
    ['en', 'Free samples: text SAMPLE to 60777.'],
  ],
);

bank(
  'placeholders: dummy text left in, lorem ipsum and its cousins in four languages',
  PLACEHOLDERS,
  {},
  [
    ['en', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'],
    ['en', 'New drop! Lorem ipsum dolor sit amet.'],
    ['en', 'Consectetur adipiscing elit, sed do eiusmod tempor.'],
    ['de', 'Hier steht ein Blindtext für die Produktbeschreibung.'],
    ['de', 'Weit hinten, hinter den Wortbergen, fern der Länder.'],
    ['es', 'Texto de relleno para la descripción del producto.'],
    ['es', 'Lorem ipsum: el nuevo sérum de Luna.'],
    ['fr', 'Faux texte : description du produit à venir.'],
    ['fr', 'Lorem ipsum dolor — notre nouvelle crème.'],
  ],
  [
    ['en', 'Our café is called Lorem; come for the cakes.'],
    ['en', 'No more filler: just real ingredients.'],
    ['es', 'Relleno de crema en cada bollo.'],
    ['de', 'Unser Text ist echt: keine Füllwörter.'],
    ['fr', 'Le texte intégral de la charte est en ligne.'],
  ],
);

bank(
  'pii.private-address / pii.private-contact: a named person’s home address in public copy (GDPR art. 5-6)',
  ['pii.private-address', 'pii.private-contact', 'pii.home-address'],
  {},
  [
    ['en', 'Congrats to our winner Jane Doe of 14 Elm Road, Leeds!'],
    ['en', 'Happy 90th to Bill Hart, who lives at 3 Mill Lane, Bath.'],
    ['en', 'Prize goes to Amy Chen, Flat 2, 18 Park Crescent, Hove.'],
    ['es', 'Enhorabuena a la ganadora Ana Gil, Calle Mayor 12, Toledo.'],
    ['es', 'Felicidades a Pedro Sanz, que vive en Avenida del Mar 45, Cádiz.'],
    ['de', 'Gewinnerin: Lisa Meier, Lindenstraße 4, 50667 Köln.'],
    ['de', 'Glückwunsch an Paul Wolf, er wohnt in der Birkenweg 9, Ulm.'],
    ['fr', 'Bravo à notre gagnant Paul Durand, 12 rue des Lilas, Lyon !'],
    ['fr', 'Félicitations à Léa Roux, qui habite au 8 rue Victor Hugo, Nantes.'],
  ],
  [
    ['en', 'Visit us at 14 Elm Road, Leeds, open every day.'],
    ['en', 'Our new shop: 3 Mill Lane, Bath. Coffee on us on Saturday!'],
    ['es', 'Te esperamos en Calle Mayor 12, Toledo.'],
    ['de', 'Unser Laden: Lindenstraße 4, 50667 Köln.'],
    ['fr', 'Retrouvez-nous au 12 rue des Lilas, Lyon.'],
  ],
);

bank(
  'placeholders: links and tracking values left unfinished (placeholder URLs, UTM values)',
  ['link.placeholder', 'placeholder.url-marker', ...PLACEHOLDERS],
  {},
  [
    ['en', 'Shop the drop: https://yourdomain.com/spring'],
    ['en', 'Book now at www.example.com/book'],
    ['en', 'Get yours: https://shop.loop.co/spring?utm_campaign=TODO'],
    ['en', 'Tap here: bit.ly/XXXXX'],
    ['en', 'Read more: https://loop.co/blog/{{slug}}'],
    ['es', 'Compra aquí: https://tienda.sol.es/[ENLACE]'],
    ['es', 'Reserva en https://tu-dominio.com/reservas'],
    ['de', 'Jetzt bestellen: https://shop.korn.de/?utm_source=XXX'],
    ['fr', 'Commandez sur https://lila.fr/[LIEN À INSÉRER]'],
  ],
  [
    ['en', 'Shop the drop: https://loop.co/spring?utm_campaign=spring24'],
    ['en', 'Examples of our work at www.loopstudio.co/examples'],
    ['es', 'Compra aquí: https://tienda.sol.es/rebajas'],
    ['de', 'Jetzt bestellen: https://shop.korn.de/brezeln'],
    ['fr', 'Commandez sur https://lila.fr/bouquets'],
  ],
);

bank(
  'pii.email-address: a person’s own mailbox given as the contact, not a press contact (GDPR art. 5-6; ICO)',
  ['pii.email-address'],
  {},
  [
    ['en', 'Questions? Email our winner Tom at tom.baker88@gmail.com'],
    ['en', 'Send your RSVP to sarah.jones@hotmail.co.uk by Friday.'],
    ['es', 'Escribe a Lucía a lucia.perez@yahoo.es para reservar.'],
    ['de', 'Anmeldung bei Jonas: jonas.becker@gmx.de'],
    ['fr', 'Contactez Claire : claire.martin@orange.fr'],
    ['en', 'Raffle tips to Mike: mike_r_1979@outlook.com'],
    ['de', 'Kontakt für den Flohmarkt: anna.schmidt@web.de (Anna)'],
    ['fr', 'Inscriptions auprès de Julien : julien.b@free.fr'],
  ],
  [
    ['en', 'Questions? Email hello@loopcoffee.co'],
    ['es', 'Escríbenos a reservas@modasol.es'],
    ['de', 'Fragen an kundenservice@korn.de'],
    ['fr', 'Écrivez-nous : contact@fleurslila.fr'],
    ['en', 'Press contact: Anna Schmidt, anna.schmidt@korn-baeckerei.de'],
    ['en', 'Media enquiries: tom.reed@loopcoffee.co.uk'],
    ['es', 'Contacto de prensa: lucia.perez@modasol.es'],
    ['de', 'Pressekontakt: jonas.becker@korn.de, 0221 123456'],
    ['fr', 'Contact presse : julie.martin@fleurslila.fr'],
  ],
);

/** Whether disclosure.email-unsubscribe fires on the clean package whose e-mail footer is `footer` alone. */
function noOptOut(footer: string): boolean {
  const pkg = cleanPackage();
  (pkg.channels[0] as HandoffPackage['channels'][number]).disclosures = [footer];
  return findings(pkg, contract3()).some((f) => f.ruleId === 'disclosure.email-unsubscribe');
}

describe('disclosure.email-unsubscribe: a footer with no way out (CAN-SPAM 7704(a)(3), PECR reg. 22, § 7(3) UWG)', () => {
  it.each([
    ['en', 'Questions? Just reply to this e-mail.'],
    ['en', 'Follow us on Instagram @loopcoffee for daily specials.'],
    ['en', 'You are receiving this because you are awesome.'],
    ['es', 'Síguenos en redes: @modasol'],
    ['es', 'Aviso legal: Moda Sol S.L., Calle Mayor 12, Toledo.'],
    ['de', 'Impressum: Korn GmbH, Lindenstraße 4, 50667 Köln.'],
    ['de', 'Fragen? Antworte einfach auf diese Mail.'],
    ['fr', 'Mentions légales : Fleurs Lila SAS, 12 rue des Lilas, Lyon.'],
    ['fr', 'Une question ? Répondez simplement à cet e-mail.'],
    ['en', 'Manage your account settings here.'],
    ['en', 'Cancel your order within 14 days for a full refund.'],
    ['en', 'Stop by our store for a free tasting.'],
    ['en', "Don't want our cake to go to waste? Share it."],
    ['de', 'Keine Lust zu kochen? Bestell bei uns.'],
    ['fr', 'Gérez vos commandes depuis votre espace client.'],
  ])('[%s] %j has no opt-out', (_lang, footer) => {
    expect(noOptOut(footer)).toBe(true);
  });

  it.each([
    ['en', 'Not for you any more? Unsubscribe here.'],
    ['en', 'Manage your email preferences or opt out at any time.'],
    ['es', 'Si no quieres recibir más correos, date de baja aquí.'],
    ['es', 'Cancelar suscripción'],
    ['de', 'Newsletter abbestellen'],
    ['de', 'Hier kannst du dich jederzeit abmelden.'],
    ['fr', 'Se désabonner de la newsletter'],
    ['fr', 'Pour ne plus recevoir nos e-mails, cliquez ici.'],
    ['en', "Don't want these emails any more? Click here."],
    ['en', 'Remove me from this list'],
    ['en', 'To stop getting these, tap here.'],
    ['en', 'Want fewer emails? Manage subscriptions.'],
    ['es', 'Gestionar mis preferencias de correo'],
    ['es', '¿Ya no te interesan nuestros correos? Haz clic aquí.'],
    ['de', 'Kein Interesse mehr? Hier klicken.'],
    ['de', 'Newsletter kündigen'],
    ['fr', 'Gérer mes abonnements'],
    ['fr', 'Vous ne voulez plus de nos mails ? Cliquez ici.'],
  ])('[%s] %j is an opt-out', (_lang, footer) => {
    expect(noOptOut(footer)).toBe(false);
  });
});
