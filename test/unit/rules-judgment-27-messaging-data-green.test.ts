import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 27 (environmental): generic green claims read by their shape (FTC Green Guides 16 CFR 260.4;
 * Directive (EU) 2024/825): "green" in the role of a product's ally or choice, a verb of care or thanks
 * whose object is the planet, and footprint or neutrality claims. Colours, lawns and skin stay clean.
 */
describe('green as an environmental role, not a colour', () => {
  it.each([
    ['en', 'The Volta e-scooter: your green sidekick for the school run.', 'green sidekick'],
    ['fr', 'Le vélo Kali, votre allié vert pour aller au bureau.', 'allié vert'],
    ['fr', 'Optez pour une mobilité plus verte avec nos trottinettes.', 'mobilité plus verte'],
    ['es', 'Tu compañero verde para moverte por la ciudad.', 'compañero verde'],
    ['de', 'Dein grüner Begleiter für jeden Arbeitsweg.', 'grüner Begleiter'],
    ['de', 'Grüner heizen mit der Wärmepumpe Polaris.', 'Grüner heizen'],
    ['en', 'Drive greener with the new Aria hybrid.', 'Drive greener'],
    ['en', 'greener commutes start here', 'greener commutes'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Our green velvet armchair is back in stock.'],
    ['fr', 'Le thé vert à la menthe, servi glacé.'],
    ['es', 'Luz verde para tus vacaciones: reserva ya.'],
    ['de', 'Grüne Bohnen mit Speck – unser Herbstgericht.'],
    ['en', 'Greener grass in 14 days with LawnPro feed.'],
    ['fr', "Un espace vert de 2 hectares autour de l'hôtel."],
    ['en', "We're going green for Paddy's weekend: pistachio croissants."],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toEqual([]);
  });
});

describe('a verb of care or thanks whose object is the planet', () => {
  it.each([
    ['en', 'The planet will thank you: refill pouches from Lumen.', 'The planet will thank'],
    ['fr', 'La planète vous dit merci : recharges Lumen.', 'La planète vous dit'],
    ['es', 'El planeta te lo agradecerá: recambios Lumen.', 'El planeta te lo agradecerá'],
    ['de', 'Der Umwelt zuliebe: Nachfüllbeutel von Lumen.', 'Der Umwelt zuliebe'],
    ['en', 'Planet-approved cleaning, from Sudsy.', 'Planet-approved'],
    ['de', 'Schont die Umwelt und den Geldbeutel.', 'Schont die Umwelt'],
    ['fr', 'Une lessive qui préserve la planète.', 'préserve la planète'],
    ['es', 'Un detergente que cuida del medio ambiente.', 'cuida del medio ambiente'],
    ['en', 'Kinder to the Earth, tougher on stains.', 'Kinder to the Earth'],
    ['de', 'Klimaschonend unterwegs mit dem E-Roller Blitz.', 'Klimaschonend'],
    ['en', 'Guilt-free for you and the planet.', 'Guilt-free for you and the planet'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Explore the planet with Nomad Tours: 40 countries.'],
    ['fr', 'Préservez vos souvenirs avec nos albums photo.'],
    ['es', 'Cuida de tu piel este verano con Solea SPF 50.'],
    ['de', 'Schont Ihre Gelenke: Laufschuh Flex mit Dämpfung.'],
    ['en', 'Kinder to your wallet: prices down on 200 lines.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toEqual([]);
  });
});

describe('footprint and neutrality claims', () => {
  it.each([
    ['en', 'Zero footprint, all flavour: Nomad coffee pods.', 'Zero footprint'],
    ['en', 'Travel with no carbon footprint on our electric coaches.', 'no carbon footprint'],
    ['fr', 'Livraison sans empreinte carbone à Paris.', 'sans empreinte carbone'],
    ['es', 'Envíos con huella de carbono cero.', 'huella de carbono cero'],
    ['de', 'Reisen ohne CO2-Fußabdruck mit Bahnfix.', 'ohne CO2-Fußabdruck'],
    ['en', 'Our sneakers leave no trace on the planet.', 'leave no trace on the planet'],
    ['fr', 'Des vacances neutres pour le climat.', 'neutres pour le climat'],
    ['es', 'Moda climáticamente neutra.', 'climáticamente neutra'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Leave no trace of makeup with Micellar Pure.'],
    ['fr', 'Une empreinte digitale suffit pour déverrouiller.'],
    ['es', 'Deja tu huella en el maratón de Sevilla.'],
    ['de', 'Hinterlasse einen bleibenden Eindruck mit Parfum Nord.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toEqual([]);
  });
});

/** Stop 27 (placeholders): a personalisation field or a date format left where the value should be. */
describe('unfilled personalisation fields and date slots (placeholder.merge-tag)', () => {
  it.each([
    ['en', 'Hi {first_name}, your 20% code is waiting!', '{first_name}'],
    ['en', 'Hey $FIRSTNAME, last chance for free shipping.', '$FIRSTNAME'],
    ['de', 'Hallo [Vorname], dein Rabatt wartet.', '[Vorname]'],
    ['fr', 'Rendez-vous le [JJ/MM] en boutique.', '[JJ/MM]'],
    ['en', 'Use code <CODE> at checkout.', '<CODE>'],
    ['es', 'Hola {Nombre}, tu cupón vence el DD/MM.', '{Nombre}'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('placeholder.merge-tag', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Our first name basis: meet the team behind Loop.'],
    ['de', 'Schreib deinen Vornamen auf die Tasse, kostenlos!'],
    ['fr', 'Le prénom de votre enfant brodé sur le sac.'],
    ['es', 'Personaliza tu taza con tu nombre.'],
    ['en', 'Size XXL now in stock, from $25.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('placeholder.merge-tag', copy, undefined, lang)).toEqual([]);
  });
});
