import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 27, health, finance and children: kinds of wording the codes name, read by grammar rather than by
 * a line. Every example is our own paraphrase; the near-misses are lines a keyword rule would wrongly flag.
 */
const kids = (p: HandoffPackage) => {
  p.product = { categories: ['children-product'] };
  p.audience.primary = 'Children aged 6 to 11 and their parents';
};

describe('regulated.health-disease: "helps prevent", infinitives, symptoms of a condition (CAP 15.6.2)', () => {
  it.each([
    ['fr', 'Ces gélules aident à prévenir les infections urinaires.'],
    ['fr', "Le curcuma Solaria aide à combattre l'arthrose."],
    ['es', 'Cápsulas que ayudan a prevenir la gripe este invierno.'],
    ['es', 'Nuestro sirope ayuda a combatir la tos de los peques.'],
    ['de', 'Kapseln, die helfen, Erkältungen vorzubeugen.'],
    ['de', 'Nachtcreme Lunaris heilt Rosazea sanft.'],
    ['en', 'Soothes menopause symptoms in two weeks.'],
    ['en', 'Relief from hot flushes with Sagea capsules.'],
    ['fr', 'Soulage les symptômes de la ménopause, sans hormones.'],
    ['fr', 'Fini les bouffées de chaleur avec Floréa !'],
    ['es', 'Adiós a los sofocos con Menalia.'],
    ['de', 'Lindert Wechseljahresbeschwerden auf natürliche Weise.'],
    ['de', 'Schluss mit Hitzewallungen – dank Salbeikapseln.'],
  ])('[%s] %j fires', (language, copy) => {
    expect(quotes('regulated.health-disease', copy, undefined, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Our app helps you prevent missed deadlines.'],
    ['fr', "Notre housse aide à prévenir les rayures sur l'écran."],
    ['es', 'Este protector ayuda a prevenir arañazos en tu móvil.'],
    ['de', 'Die Folie hilft, Kratzer am Display vorzubeugen.'],
    ['en', 'The symptoms of a great weekend: sun, sand and snacks.'],
    ['de', 'Wir bearbeiten Kundenbeschwerden innerhalb von 24 Stunden.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('regulated.health-disease', copy, undefined, language)).toEqual([]);
  });
});

describe('regulated.finance-returns: an amount of money per day/week/month from trading (FCA COBS 4.2)', () => {
  it.each([
    ['en', 'Earn £500 a day with our trading bot.', 'Earn £500 a day'],
    ['en', 'Make $3,000 a week from your phone with crypto signals.', 'Make $3,000 a week'],
    ['es', 'Gana 300 € al día con nuestro robot de inversión.', 'Gana 300 € al día'],
    ['de', 'Verdiene 500 € pro Tag mit Krypto-Trading!', 'Verdiene 500 € pro Tag'],
    ['fr', 'Gagnez 250 € par jour grâce au trading automatique.', 'Gagnez 250 € par jour'],
    ['en', 'I made $700/day trading forex from my sofa.', 'made $700/day'],
  ])('[%s] %j fires', (language, copy, quote) => {
    expect(quotes('regulated.finance-returns', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'Earn £10 a day in rewards points when you shop.'],
    ['en', 'Save £500 a year on your energy bill.'],
    ['de', 'Verdiene 15 € pro Stunde als Aushilfe im Café.'],
    ['fr', "Gagnez 50 € de bon d'achat par mois en parrainant."],
    ['en', 'Drivers earn $900 a week delivering with us.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('regulated.finance-returns', copy, undefined, language)).toEqual([]);
  });
});

describe('children.credulity: toys that act on their own, wishes that come true, out-running everyone (CARU)', () => {
  it.each([
    ['en', 'FlutterFox walks around your room all by itself!'],
    ['en', 'Make a wish and Stella the unicorn makes it come true!'],
    ['es', '¡El dragón Tito vuela solo por tu habitación!'],
    ['de', 'Der Robo-Hund läuft ganz von allein durchs Zimmer!'],
    ['fr', 'La fée Lilou vole toute seule dans ta chambre !'],
    ['fr', 'Fais un vœu et la licorne Perle le réalise !'],
    ['en', 'Jump higher than all your friends in SpringKicks.'],
    ['es', 'Con las zapatillas Rayo corres más rápido que nadie en el recreo.'],
    ['fr', 'Avec les baskets Comète, tu sautes plus haut que tous tes copains !'],
  ])('[%s] %j fires', (language, copy) => {
    expect(quotes('children.credulity', copy, kids, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Batteries included; the car moves when you press the remote.'],
    ['en', 'A magic-themed puzzle book for rainy days.'],
    ['de', 'Zaubertricks-Set mit Anleitung für kleine Magier.'],
    ['es', 'Zapatillas ligeras para correr y saltar en el recreo.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('children.credulity', copy, kids, language)).toEqual([]);
  });
});

describe('children.direct-exhortation: put the ad where a parent will see it (CAP 5.4, CARU)', () => {
  it.each([
    ['en', "Stick this poster on the fridge so your parents can't miss it!"],
    ['es', 'Recorta el cupón y pégalo en la nevera para que mamá lo vea.'],
    ['de', 'Schneide das Bild aus und häng es Papa an den Kühlschrank!'],
    ['fr', 'Montre cette pub à tes parents et ajoute-le à ta liste !'],
  ])('[%s] %j fires', (language, copy) => {
    expect(quotes('children.direct-exhortation', copy, kids, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Parents: download the colouring sheet and stick it on the fridge.'],
    ['de', 'Mal ein Bild und häng es in deinem Zimmer auf.'],
    ['fr', 'Colorie le dessin et affiche-le dans ta chambre.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('children.direct-exhortation', copy, kids, language)).toEqual([]);
  });
});
