import { bank, kids } from './helpers/judgment-bank.ts';

/**
 * Stop 28, children and personal data: a bank per kind of problem wording the codes name (CAP 5.2.1,
 * 5.2.2 and 5.4.2, UCPD Annex I no. 28, CARU, COPPA 312.2 and 312.5; GDPR art. 5-6 and the ICO on personal
 * data in public copy), written from the codes before the dev misses were read (ADR 0028). Every line is
 * our own; near-misses are lines a keyword rule would wrongly flag. E-mail, SMS and placeholders:
 * rules-judgment-28-e-messaging.test.ts.
 */
const KIDS = ['children.direct-exhortation'];
const KIDS_DATA = ['children.personal-data'];
const PHONE = ['pii.personal-phone', 'pii.private-contact'];

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
    ['en', 'Press and hold to record your order, or text Sarah Jones, 07700 900123.'],
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
    ['en', 'Our new French press is here! Questions? Write to anna.lopez@gmail.com'],
    ['en', 'Social media manager wanted. Send your CV to john.smith@gmail.com'],
    ['en', 'Press contact: anna.lopez@gmail.com'],
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
