import defaults from '../../contracts/rulebooks/marketing-default-1.2.0.json' with { type: 'json' };
import topics from '../../contracts/rulebooks/marketing-topics-1.1.0.json' with { type: 'json' };
import { bank, fired, kids } from './helpers/judgment-bank.ts';

/**
 * Stop 32, personal data and children on real copy (ADR 0028, bank written from published decisions before
 * the dev misses were read):
 * - A named customer's debt published to make them pay: AEPD PS-00066-2022 (a bridal shop posted a client's
 *   photo on Instagram to press her to pay, EUR 10,000 under GDPR art. 6).
 * - Winners named with more than surname and county: CAP 8.28.5 (2019) asks for ordinarily the surname and
 *   county and says winners must not be compromised by excessive personal information.
 * - Commands to buy in a children's game: ASA Mind Candy and 55 Pixels (26 August 2015, upheld: "JOIN NOW",
 *   "The Super Moshis need YOU", "Members are going to be super popular", "DOSH Top Up").
 * - Children sent to strangers: CAP 5.1 and ASAI 7.4(b) (no collecting from strangers or in strange places).
 */
const DATA = defaults.rules.map((r) => r.id).filter((id) => id.startsWith('pii.'));
const KIDS = topics.rules.map((r) => r.id).filter((id) => id.startsWith('children.'));

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  fired([], 'See the new range.', 'en');
}, 60_000);

bank(
  'personal data: a named customer’s unpaid bill in public copy (AEPD PS-00066-2022)',
  DATA,
  {},
  [
    ['es', 'Laura Pérez, sigues sin pagarnos tu vestido de novia. Te esperamos en tienda.'],
    ['es', 'A nuestra clienta María Gómez le recordamos que todavía nos debe 1.200 €.'],
    ['en', 'Still waiting, Sarah Jones: your £480 invoice is three months overdue.'],
    ['en', 'Shout-out to Tom Baker, who still owes us for his kitchen. Pay up, Tom!'],
    ['de', 'Liebe Anna Berger, du schuldest uns noch 350 € für dein Brautkleid.'],
    ['de', 'Herr Keller hat seine Rechnung immer noch nicht bezahlt. Wir warten.'],
    ['fr', 'Madame Dupont, vous nous devez toujours 600 € pour votre robe de mariée.'],
    ['fr', 'Julien Martin n’a toujours pas payé sa facture. On attend, Julien !'],
    ['en', 'Reminder to Jess Carter: that deposit is still outstanding 👀 DM us.'],
  ],
  [
    ['en', 'Still waiting for your order? Track it in the app.'],
    ['en', 'You owe it to yourself: a weekend in Lisbon from £99.'],
    ['en', 'Pay in three with Klarna. No interest if you pay on time.'],
    ['es', 'Tu factura de marzo ya está disponible en tu área de cliente.'],
    ['de', 'Sie schulden uns nichts: Die Lieferung ist kostenlos.'],
    ['fr', 'Vous ne nous devez rien : la livraison est offerte.'],
    ['en', 'Tom Baker hasn’t paid a penny in bank fees since he switched to us.'],
    ['en', 'Maria López never paid more than the quote. Get yours today.'],
    ['es', 'Ana García sigue sin pagar comisiones gracias a CuentaCero.'],
    ['fr', 'Julien Martin n’a jamais payé de frais de tenue de compte chez nous.'],
  ],
);

bank(
  'personal data: a winner named with a street address (CAP 8.28.5, surname and county only)',
  DATA,
  {},
  [
    ['en', 'Congratulations to our winner Emma Clarke, 29, of 14 Mill Lane, Leeds!'],
    ['en', 'This week’s winner is Dave Hughes of 3 Oak Close, Bristol. Enjoy the TV, Dave!'],
    ['es', 'Ganadora del sorteo: Lucía Fernández, calle Mayor 12, 3ºB, Valladolid.'],
    ['es', 'Enhorabuena a Jorge Ruiz, de la avenida de la Paz 8, Sevilla, ganador de la bici.'],
    ['de', 'Gewinnerin des Monats: Petra Lang, Lindenstraße 5, 80331 München.'],
    ['de', 'Glückwunsch an Jonas Weber aus der Bergstraße 12 in Kassel!'],
    ['fr', 'Bravo à notre gagnant Paul Girard, 12 rue des Lilas, Nantes !'],
    ['fr', 'La gagnante est Inès Moreau, 4 avenue Foch, Lyon.'],
  ],
  [
    ['en', 'Congratulations to our winner, Mr Clarke of West Yorkshire!'],
    ['es', 'Ganador: Sr. Fernández (Valladolid).'],
    ['de', 'Gewinner: Familie Lang aus Bayern.'],
    ['fr', 'Gagnant : M. Girard (Loire-Atlantique).'],
    ['en', 'Visit our new store at 14 Mill Lane, Leeds.'],
  ],
);

bank(
  'children: commands and pressure to pay inside a children’s game (ASA Mind Candy, 55 Pixels 2015)',
  KIDS,
  { edit: kids },
  [
    ['en', 'The Super Pets need YOU! Become a member today.'],
    ['en', 'Members are going to be super popular this summer.'],
    ['en', 'Top up your Dosh and unlock the secret island!'],
    ['es', '¡Los Superbichos te necesitan! Hazte socio hoy.'],
    ['es', 'Los socios van a ser súper populares este verano.'],
    ['de', 'Die Super-Monster brauchen DICH! Werde heute Mitglied.'],
    ['de', 'Mitglieder werden diesen Sommer super beliebt sein.'],
    ['fr', 'Les Super Monstres ont besoin de TOI ! Deviens membre aujourd’hui.'],
    ['fr', 'Les membres vont être super populaires cet été.'],
  ],
  [
    ['en', 'Play for free, or ask a grown-up about membership.'],
    ['en', 'The pets need you to feed them every day, so log in tomorrow!'],
    ['es', 'El juego es gratis; las compras son opcionales y las gestionan los padres.'],
    ['de', 'Das Spiel ist kostenlos. Eine Mitgliedschaft ist freiwillig.'],
    ['fr', 'Le jeu est gratuit et les achats sont réservés aux parents.'],
  ],
);

bank(
  'children: sent to strangers or out alone to collect or find things (CAP 5.1, ASAI 7.4(b))',
  KIDS,
  { edit: kids },
  [
    ['en', 'Collect wrappers from neighbours and strangers to win!'],
    ['en', 'Knock on doors down your street and ask for empty packs!'],
    ['en', 'Ask strangers at the park for their stickers to finish your album.'],
    ['es', 'Pide envoltorios a desconocidos para completar tu álbum.'],
    ['es', 'Llama a las puertas de tus vecinos y pídeles sus tapas.'],
    ['de', 'Frag Fremde nach ihren leeren Packungen!'],
    ['de', 'Klingel bei den Nachbarn und sammle ihre Verpackungen!'],
    ['fr', 'Demande leurs emballages à des inconnus pour gagner !'],
    ['fr', 'Sonne chez tes voisins et demande-leur leurs emballages !'],
    ['en', 'Go door to door and collect as many bottle tops as you can!'],
  ],
  [
    ['en', 'Never talk to strangers: Safety Sam shows you how.'],
    ['en', 'Ask a grown-up to help you collect wrappers at home.'],
    ['es', 'No hables con desconocidos: aprende con el Capitán Seguro.'],
    ['de', 'Sammle die Verpackungen mit deinen Eltern.'],
    ['fr', 'Ne parle jamais aux inconnus : Sam t’explique pourquoi.'],
  ],
);
