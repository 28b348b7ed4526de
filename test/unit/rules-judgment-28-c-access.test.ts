import { kind } from './helpers/judgment-28c.ts';

/** Stop 28, branch c: accessibility (the bank of ADR 0028, written from WCAG 2.2). */

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
    ['en', 'To book, click the link here.'],
    ['en', 'Tap the button here to claim your voucher.'],
  ],
  [
    ['en', 'Click to see the full spring menu.'],
    ['en', 'Here is our full spring menu.'],
    ['de', 'Hier findest du unsere Speisekarte.'],
    ['es', 'Aquí tienes la carta de primavera.'],
    ['fr', 'Ici, tout est fait maison.'],
    ['en', 'Our coffee press is here to stay.'],
    ['en', 'The Daily Press is here to cover our launch.'],
    ['en', 'The click is here: a satisfying shutter sound.'],
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
  { kind: 'cta-label' },
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
