import type { Kind } from './judgment-bank.ts';

/**
 * Stop 38, round 39 (personal data): the readings its dev blind cases asked for, in our own words. A consent
 * box shown ticked (GDPR art. 4(11), recital 32; CJEU Planet49), friends' addresses collected for the brand's
 * mail (UWG § 7 Abs. 2 Nr. 2; BGH I ZR 208/12), customers' numbers handed to a partner (GDPR art. 6, 13(1)(e)),
 * and a quote prefixed with the person's name and town (routed). Two readings of the same round (a customer
 * singled out in public copy; a form with no notice) were not merged: stop 39's note says why.
 */

export const PD_KINDS: Kind[] = [
  {
    title: 'a consent box shown ticked, or untick-to-refuse',
    rules: ['pii.prechecked-consent'],
    where: { channel: 'web-landing', kind: 'landing-copy' },
    fire: [
      ['en', '☑ I agree to receive special offers from Volta Home and selected partners by email and SMS.'],
      ['en', '[x] Yes, I would like to hear about partner promotions.'],
      ['en', 'Untick the box if you don’t want our weekly deals.'],
      ['en', 'The marketing box is already ticked for you, so you will never miss a sale.'],
      ['en', 'A pre-ticked opt-in keeps you up to date with our partners.'],
      ['es', '☑ Acepto recibir ofertas de Hogar Brisa y de sus colaboradores por correo.'],
      ['es', 'Desmarca la casilla si no quieres recibir nuestras promociones.'],
      ['es', 'La casilla ya marcada te suscribe a las novedades de nuestros socios.'],
      ['de', '☑ Ich möchte Angebote von Partnerunternehmen per E-Mail erhalten.'],
      ['de', 'Entfernen Sie das Häkchen, wenn Sie keine Werbung von uns wünschen.'],
      ['de', 'Das Häkchen ist bereits gesetzt: So verpassen Sie keine Angebote.'],
      ['fr', '✅ J’accepte de recevoir les offres commerciales de nos partenaires.'],
      ['fr', 'Décochez la case si vous ne souhaitez pas recevoir notre lettre d’information.'],
      ['fr', 'Case cochée par défaut pour les bons plans de nos partenaires.'],
    ],
    quiet: [
      ['en', '☐ Tick this box if you’d like partner offers by email.'],
      ['en', '✔ Free delivery ✔ 30-day returns ✔ Two-year guarantee'],
      ['en', 'Check the box below to join the newsletter. You can leave at any time.'],
      ['en', 'Ticked off your Christmas list already? Great.'],
      ['es', '☐ Marca la casilla si quieres recibir nuestras ofertas.'],
      ['es', '✅ Envío gratis ✅ Devolución en 30 días'],
      ['de', '☐ Ja, ich möchte den Newsletter erhalten (jederzeit abbestellbar).'],
      ['de', 'Haken dran: Die Steuererklärung ist erledigt.'],
      ['fr', '☐ Cochez cette case pour recevoir nos offres.'],
      ['fr', '✔ Livraison offerte ✔ Retours gratuits'],
    ],
  },
  {
    title: 'friends’ contact details collected for the brand’s mail',
    rules: ['pii.friends-contacts'],
    fire: [
      ['en', 'Enter the email addresses of up to five friends and we’ll send each of them £15 off.'],
      ['en', 'Give us your friends’ phone numbers and we’ll text them an invite.'],
      ['en', 'Add your colleagues’ emails below so we can send them a free trial.'],
      ['en', 'Type in 3 friends’ email addresses to unlock your reward.'],
      ['es', 'Escribe los correos de tus amigos y les mandamos un descuento de bienvenida.'],
      ['es', 'Déjanos los teléfonos de hasta cinco amigos y les llamamos con la oferta.'],
      ['de', 'Gib einfach die E-Mail-Adressen deiner Freunde ein, wir schicken ihnen einen Gutschein.'],
      ['de', 'Nenne uns die Handynummern von bis zu drei Kolleginnen – wir melden uns bei ihnen.'],
      ['fr', 'Saisissez les adresses e-mail de vos amis et nous leur enverrons 10 € de réduction.'],
      ['fr', 'Indiquez les numéros de téléphone de vos proches pour qu’on les appelle.'],
    ],
    quiet: [
      ['en', 'Share your personal link with friends: you both get £15 off.'],
      ['en', 'Forward this email to a friend who loves coffee.'],
      ['en', 'Enter your email address to get the recipe.'],
      ['en', 'Bring a friend to the tasting for free.'],
      ['es', 'Comparte tu código con tus amigos y ganáis los dos 10 €.'],
      ['es', 'Escribe tu correo y te avisamos.'],
      ['de', 'Teile deinen Empfehlungslink mit Freunden – ihr bekommt beide 10 €.'],
      ['de', 'Gib deine E-Mail-Adresse ein und erhalte unseren Newsletter.'],
      ['fr', 'Partagez votre code parrain avec vos amis : 10 € chacun.'],
      ['fr', 'Saisissez votre adresse e-mail pour recevoir le guide.'],
    ],
  },
  {
    title: 'customers’ contact details passed to a partner',
    rules: ['pii.shared-with-partner'],
    where: { channel: 'email', kind: 'body' },
    fire: [
      [
        'en',
        'Good news: we’ve partnered with SolarBright, and one of their advisers will call you on the number on your account.',
      ],
      ['en', 'We’ve passed your details to our insurance partner so they can send you a quote.'],
      ['en', 'As part of our new partnership, GreenCover will email you at the address you gave us.'],
      ['es', 'Nos hemos aliado con Seguros Nara: un asesor te llamará al número de tu contrato.'],
      ['es', 'Hemos compartido tus datos con nuestro socio para que te haga una oferta.'],
      ['de', 'Unser Partner Heizwerk wird Sie unter der Telefonnummer aus Ihrem Kundenkonto anrufen.'],
      ['de', 'Wir haben Ihre Telefonnummer an unseren Kooperationspartner weitergegeben.'],
      ['fr', 'Notre partenaire Isolex vous appellera au numéro de votre espace client.'],
      ['fr', 'Nous avons transmis vos coordonnées à notre partenaire assurance.'],
    ],
    quiet: [
      ['en', 'Our delivery partner will text you on the number you gave at checkout with a one-hour slot.'],
      ['en', 'We will never share your details with partners.'],
      ['en', 'Our engineer will call you on the number on your account before the visit.'],
      ['en', 'We’ve teamed up with SolarBright: see their offer at solarbright.example/lumen.'],
      ['es', 'Nuestro repartidor te llamará al número de tu pedido antes de la entrega.'],
      [
        'de',
        'Unser Techniker wird Sie unter der Nummer aus Ihrem Auftrag anrufen, um den Termin zu bestätigen.',
      ],
      ['de', 'Wir geben Ihre Daten niemals an Partner weiter.'],
      ['fr', 'Notre livreur partenaire vous appellera au numéro indiqué lors de la commande.'],
    ],
  },
];

/** Quotes led by the person's name and town route to a person (pii.named-person, info). */
export const NAMED_BEFORE: Kind = {
  title: 'a quote led by the person’s name and town',
  rules: ['pii.named-person'],
  fire: [
    ['en', 'Rosa, Whitby: “The fitter had it done by lunch.”'],
    ['en', 'Dan K., Halifax: "Best boots I have owned."'],
    ['es', 'Marta, Logroño: «Llegó en dos días y en perfecto estado».'],
    ['de', 'Jonas, Bamberg: „Endlich ein Rucksack, der passt.“'],
    ['fr', 'Claire, Annecy : « Le montage a pris dix minutes. »'],
  ],
  quiet: [
    ['en', 'Our promise: “Fitted by lunch or it’s free.”'],
    ['en', 'Note: "Pro" models ship in April.'],
    ['de', 'Unser Motto: „Qualität zuerst.“'],
  ],
};
