import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Round 37 of the blind set (placeholders, accessibility): each reading as lines that must raise one of its
 * rules and lawful near-misses that must not, in our own words (en, es, de, fr).
 */
const LINK = ['link.placeholder'];
const TODO = ['placeholder.marker-todo'];
const MARKER = ['placeholder.marker'];
const TOKEN = ['placeholder.template-token', 'placeholder.merge-tag'];

/** A recorded offer whose caption sends readers to the visual for its terms. */
function offerInVisual(p: HandoffPackage): void {
  p.offer = { ends: '2027-03-31', stock: 'not-limited', timer: 'none', repeats: false };
  p.channels[1]?.deliverables.push({
    id: 'offer-caption',
    kind: 'caption',
    copy: 'Spring deals are here. All the offer details are in the visual.',
    language: 'en',
  });
}

export const PLACEHOLDER_KINDS: Kind[] = [
  {
    title: 'staging and pre-production hosts are unfinished links',
    rules: LINK,
    fire: [
      ['en', 'Shop the new range: https://staging.oakmeadow.co.uk/new?utm_source=email'],
      ['es', 'Descubre la colección en https://shop-staging.casaluz.es/primavera'],
      ['de', 'Hier geht es zur Aktion: https://preprod.bergblick-shop.de/aktion'],
      ['fr', 'Toutes les nouveautés sur uat.maisonbleue.fr/nouveautes'],
    ],
    quiet: [
      ['en', 'Our staging of Hamlet opens at the Globe on 4 May.'],
      ['es', 'Descubre la colección en https://casaluz.es/primavera'],
      ['de', 'Die Bühne (stage) ist ab 19 Uhr geöffnet: bergblick-shop.de/konzert'],
      ['fr', 'Découvrez nos stages de poterie sur maisonbleue.fr/stages'],
    ],
  },
  {
    title: 'localhost as a destination fires; the developer’s own machine named as a topic does not',
    rules: LINK,
    fire: [
      ['en', 'See the full menu at http://localhost:8080/menu'],
      ['es', 'Reserva tu mesa: http://localhost:3000/reservas'],
      ['de', 'Jetzt bestellen unter http://127.0.0.1:5000/shop'],
      ['fr', 'Commandez sur http://localhost/boutique dès aujourd’hui.'],
    ],
    quiet: [
      ['en', 'Your API already runs on localhost? Ship it with one command.'],
      ['es', 'Del localhost a producción en un solo paso.'],
      ['de', 'Deine App läuft auf http://localhost:4000? Mit einem Befehl geht sie live.'],
      ['fr', 'De localhost à la production en deux minutes.'],
    ],
  },
  {
    title: 'a date mask XX/XX is an unfilled date',
    rules: MARKER,
    fire: [
      ['en', 'The new studio opens XX/XX - book your first class now.'],
      ['es', 'Abrimos el XX/XX en la calle Mayor.'],
      ['de', 'Eröffnung am XX.XX. in der Altstadt.'],
      ['fr', 'Ouverture le XX/XX place du Marché.'],
    ],
    quiet: [
      ['en', 'The XXL hoodie is back in three colours.'],
      ['es', 'Toallas XXL de 100 × 180 cm, 29 €.'],
      ['de', 'Die XXL-Pizza gibt es jetzt auch vegan.'],
      ['fr', 'Le format XXL revient pour l’été.'],
    ],
  },
  {
    title: 'TODO as a feature or the Spanish word stays quiet; a left-over TODO fires',
    rules: TODO,
    fire: [
      ['en', 'Our new planner keeps you on track. TODO: add price'],
      ['de', 'Neue Kollektion ab Freitag. TODO Preis einsetzen'],
      ['fr', 'Nouvelle collection dès vendredi. TODO : ajouter le prix'],
    ],
    quiet: [
      ['en', 'Type TODO in any note and it lands on your list for today.'],
      ['en', 'Every TODO tag in your notes shows up in one place.'],
      ['es', '¡TODO AL 50 % este fin de semana en tienda!'],
      ['es', 'Un año de TODO incluido: luz, agua y wifi.'],
      ['de', 'Schreib TODO vor eine Zeile, und die App erinnert dich.'],
      ['fr', 'Tapez TODO devant une ligne : l’appli la range dans Aujourd’hui.'],
    ],
  },
  {
    title: 'template syntax shown on purpose stays quiet; a live merge field still fires',
    rules: TOKEN,
    fire: [
      ['en', 'Hi {{ first_name }}, your order has shipped.'],
      ['es', 'Hola {{nombre}}, tu pedido ya está en camino.'],
      ['de', 'Hallo {% if kunde.vip %}VIP{% endif %}, dein Paket ist unterwegs.'],
      ['fr', 'Bonjour {{ prenom }}, votre commande est partie.'],
    ],
    quiet: [
      [
        'en',
        'Learn Jinja templating: print values with {{ user.name }} and loop with {% for item in cart %}.',
      ],
      ['es', 'Curso de plantillas Twig: aprende cómo {{ producto.nombre }} muestra los datos.'],
      ['de', 'Im Twig-Kurs lernst du, wie {{ artikel.preis }} Preise ausgibt.'],
      ['fr', 'Le module couvre les balises {% if %}, {% for %} et {% block %}, puis l’affichage avec {{ }}.'],
    ],
  },
  {
    title: 'a button or heading whose whole copy is its layout name',
    rules: ['placeholder.fill-in'],
    where: { kind: 'cta-label' },
    fire: [
      ['en', 'Button text'],
      ['es', 'Texto del botón'],
      ['de', 'Button-Text'],
      ['fr', 'Texte du bouton'],
    ],
    quiet: [
      ['en', 'Click & Collect'],
      ['es', 'Ver el texto completo'],
      ['de', 'Zum Button-Shop'],
      ['fr', 'Lire le texte intégral'],
    ],
  },
];

export const ACCESS_KINDS: Kind[] = [
  {
    title: 'a link label of emoji only',
    rules: ['accessibility.emoji-link'],
    where: { kind: 'cta-label' },
    fire: [
      ['en', '👉🛒'],
      ['es', '➡️ 🍕'],
      ['de', '👇'],
      ['fr', '🎁✨'],
    ],
    quiet: [
      ['en', 'Order a pizza 🍕'],
      ['es', 'Ver las ofertas 👉'],
      ['de', 'Zum Angebot 🎁'],
      ['fr', 'Découvrir les coffrets ✨'],
    ],
  },
  {
    title: 'a stated text contrast below the WCAG minimum',
    rules: ['accessibility.low-contrast'],
    where: { kind: 'description' },
    fire: [
      ['en', 'Button: white 14 px label on light mint, contrast 1.6:1.'],
      ['es', 'Botón en blanco sobre amarillo claro, contraste de 2,1:1.'],
      ['de', 'Fließtext hellgrau auf Weiß, Kontrastverhältnis 3,2:1.'],
      ['fr', 'Texte blanc sur rose pâle, contraste de 1,9:1.'],
    ],
    quiet: [
      ['en', 'Button: white label on dark green, contrast 7.4:1.'],
      ['es', 'Texto negro sobre blanco, contraste de 15:1.'],
      ['de', 'Überschrift 28 px fett, Kontrast 3,4:1 (große Schrift).'],
      ['fr', 'Texte principal en bleu nuit sur blanc, contraste de 4,6:1.'],
    ],
  },
  {
    title: 'a video delivered without captions',
    rules: ['accessibility.no-captions'],
    where: { channel: 'video', kind: 'description' },
    fire: [
      ['en', 'Delivery: 15-second MP4, sound on, no captions in this version.'],
      ['es', 'Entrega: vídeo de 20 segundos con locución, sin subtítulos.'],
      ['de', 'Lieferung: 30-Sekunden-Clip mit Sprecher, ohne Untertitel.'],
      ['fr', 'Livraison : vidéo de 20 secondes avec voix off, sans sous-titres.'],
    ],
    quiet: [
      ['en', 'Delivery: 15-second MP4 with burned-in captions and an SRT file.'],
      ['es', 'Entrega: vídeo sin locución ni diálogo; no subtítulos necesarios.'],
      ['de', 'Lieferung: Clip mit eingebrannten Untertiteln und WebVTT-Datei.'],
      ['fr', 'Ne publiez jamais la vidéo sans sous-titres : le fichier SRT est joint.'],
    ],
  },
  {
    title: 'alt text may name colours: sensory wording is read in copy, not in alt text',
    rules: ['accessibility.sensory-instructions', 'accessibility.alt-text'],
    where: { kind: 'alt-text' },
    fire: [
      ['en', 'IMG_2231.jpg'],
      ['es', 'Imagen promocional Lunaria'],
      ['de', 'Werbebanner Nordlicht Mobil'],
      ['fr', 'Visuel promotionnel Azura.'],
    ],
    quiet: [
      ['en', 'Code editor with the line {{ product.name }} highlighted in yellow.'],
      ['es', 'Tres tazas con un punto rojo en el asa, sobre una mesa de madera.'],
      ['de', 'Laufschuh, dessen Sohle gelb hervorgehoben ist, auf grauem Asphalt.'],
      ['fr', 'Carte du restaurant où les plats végétariens sont marqués en vert.'],
    ],
  },
  {
    title: 'sensory wording in copy still fires',
    rules: ['accessibility.sensory-instructions'],
    fire: [
      ['en', 'Click the green button to claim your gift.'],
      ['de', 'Die rot markierten Artikel sind reduziert.'],
    ],
    quiet: [['en', 'Click “Claim my gift” to get yours.']],
  },
  {
    title: 'offer terms only in an image whose alt is a generic word and a name',
    rules: ['accessibility.offer-in-image'],
    where: { channel: 'social-paid', kind: 'alt-text', edit: offerInVisual },
    fire: [
      ['en', 'Promotional banner Lunaria'],
      ['es', 'Banner publicitario Casa Sol'],
      ['de', 'Werbebanner Nordlicht Mobil'],
      ['fr', 'Visuel promotionnel Azura.'],
    ],
    quiet: [
      ['en', 'Banner: 20% off all sheet sets with code SPRING20 until 31 March 2027.'],
      ['es', 'Cartel con el texto: 3 meses gratis, después 19 € al mes, código SOL3.'],
      ['de', 'Banner mit dem Text: 3 Monate 0 €, danach 24,99 € im Monat, Code FLEX3, bis 31.03.2027.'],
      ['fr', 'Visuel : 39 € par mois pendant 6 mois, puis 59 €, code DUO6, jusqu’au 31/03/2027.'],
    ],
  },
];
