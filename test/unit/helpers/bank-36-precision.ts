import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Stop 36, precision (ADR 0028): five readings of the topics rulebook narrowed to what their sources forbid,
 * written from UCPD Annex I no. 7, the FTC's dark-patterns report, CAP 16 and 18 and the Portman Group code.
 * Each kind: lawful near-misses that must stay quiet, and the real problems beside them that must still fire.
 */

export const sellsGambling = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['gambling'] } as HandoffPackage['product'];
};
export const sellsAlcohol = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['alcohol'] } as HandoffPackage['product'];
};
/** The same alcohol ad, whose headline names the drink the caption does not. */
const drinkInHeadline = (p: HandoffPackage): void => {
  sellsAlcohol(p);
  p.channels[1]?.deliverables.push({ id: 'headline-36', kind: 'headline', copy: 'Harbour Dry Gin, 40% vol' });
};

export const PRECISION_KINDS: Kind[] = [
  {
    title:
      'urgency.deadline: a bonus or voucher’s validity stated as a term is no false deadline (UCPD Annex I 7)',
    rules: ['urgency.deadline'],
    fire: [
      ['en', 'Hurry, your free spins expire in 2 days!'],
      ['en', 'Free bet expires in 2 hours, claim it now!'],
      ['en', 'Offer ends in 3 hours!'],
      ['es', 'Tu descuento caduca en 2 horas. ¡Corre!'],
      ['de', 'Nur noch 24 Stunden: 20 % Rabatt auf alles!'],
      ['fr', 'Le code promo expire dans 2 heures !'],
    ],
    quiet: [
      ['en', 'Free bet expires in 7 days, stake not returned. 18+. BeGambleAware.org'],
      ['en', 'Your gift voucher expires in 14 days from issue.'],
      ['en', 'Welcome bonus: bonus funds expire 30 days after opt-in, 35x wagering. 18+.'],
      ['es', 'Bono de bienvenida de 10 €, válido 7 días. Requisitos de apuesta x20. +18.'],
      ['de', '100 Freispiele, gültig 14 Tage, 35-facher Umsatz. 18+.'],
      ['fr', 'Le bonus expire dans 7 jours. Mise x20. 18+.'],
    ],
  },
  {
    title:
      'urgency.deadline: a dated closing for good is the true end, not a false deadline (UCPD Annex I 7)',
    rules: ['urgency.deadline'],
    fire: [
      ['en', 'Closing down! Last chance, everything must go.'],
      ['en', 'Our store closes for good soon: last chance!'],
      ['de', 'Räumungsverkauf! Letzte Tage, alles muss raus.'],
      ['fr', 'Liquidation totale : derniers jours, tout doit disparaître !'],
    ],
    quiet: [
      ['en', 'After 30 years our Hull store closes for good on 27 March 2027. Last chance to say goodbye.'],
      ['de', 'Wir schließen endgültig am 30. April 2027. Letzte Tage, alles muss raus.'],
      ['fr', 'Fermeture définitive le 27 mars 2027. Dernière chance pour en profiter !'],
      ['es', 'Cierre definitivo el 27 de marzo de 2027. ¡Última oportunidad de despedirte!'],
    ],
  },
  {
    title: 'urgency.confirmshaming: only a decline of the offer itself shames (FTC dark patterns 2022)',
    rules: ['urgency.confirmshaming'],
    fire: [
      ['en', '[Get 10% off] [No thanks, I prefer paying full price]'],
      ['en', "No thanks, I'd rather stay out of the loop."],
      ['de', 'Nein danke, ich verzichte auf Rabatt.'],
      ['de', 'Nein danke, ich bleibe lieber langweilig.'],
      ['fr', 'Non merci, je préfère rester ringard.'],
      ['es', 'No, gracias, prefiero seguir aburrido.'],
    ],
    quiet: [
      ['en', "No thanks, I don't want to gamble more than I can afford."],
      ['en', "Offered another round? No thanks, I'd rather stay sober tonight."],
      ['en', "No thanks, I'll stay safe and set a limit."],
      ['de', 'Noch eine Runde? Nein danke, ich bleibe vernünftig.'],
      ['fr', 'Non merci, je reste raisonnable : je fixe une limite.'],
      ['es', 'No, gracias, me quedo tranquilo con mi límite.'],
    ],
  },
  {
    title: 'gambling.bonus-terms: “no deposit” states no significant term (CAP 16, UKGC significant terms)',
    rules: ['gambling.bonus-terms'],
    where: { edit: sellsGambling },
    fire: [
      ['en', 'Reelstar Casino: 20 free spins, no deposit needed. 18+.'],
      ['es', 'Casino Marea: 20 giros gratis sin depósito. +18.'],
      ['de', 'Casino Nordlicht: 20 Freispiele ohne Einzahlung. 18+.'],
      ['fr', 'Casino Azur : 20 tours gratuits sans dépôt. 18+.'],
    ],
    quiet: [
      ['en', 'Reelstar Casino: 20 free spins, no deposit needed. 10x wagering, max win £50. 18+.'],
      [
        'es',
        'Casino Marea: 20 giros gratis sin depósito. Requisitos de apuesta x30, caducan a los 7 días. +18.',
      ],
      ['de', 'Casino Nordlicht: 20 Freispiele ohne Einzahlung, 35-facher Umsatz. 18+.'],
      ['fr', 'Casino Azur : 20 tours gratuits sans dépôt, mise x20, valables 7 jours. 18+.'],
    ],
  },
  {
    title: 'gambling.money-problems: a safer-gambling denial is the message the code asks for (CAP 16.3.1)',
    rules: ['gambling.money-problems'],
    where: { edit: sellsGambling },
    fire: [
      ['en', 'Bills piling up? One spin could clear the lot. 18+'],
      ['en', 'Turn your bets into a second income. 18+'],
      ['es', '¿Deudas? Apuesta esta noche y sal de ellas. +18'],
      ['de', 'Schulden? Mit einer Wette bist du sie los. 18+'],
      ['fr', 'Des dettes ? Un pari et elles s’envolent. 18+'],
    ],
    quiet: [
      ['en', 'Never gamble to pay off debts. 18+ BeGambleAware.org'],
      ['en', 'Betting is not a way to pay your bills. Set a deposit limit. 18+'],
      ['es', 'Nunca apuestes para pagar deudas. Juega con responsabilidad. +18'],
      ['de', 'Spiele nie, um Schulden zu bezahlen. 18+'],
      ['fr', 'Le jeu n’est pas un moyen de rembourser vos dettes. 18+'],
    ],
  },
  {
    title:
      'alcohol: a success word that names no drink speaks of the drink in an ad that mentions it (CAP 18.2)',
    rules: ['alcohol.success-claims', 'alcohol.success-words'],
    where: { edit: sellsAlcohol },
    fire: [
      ['en', 'A gin and tonic and suddenly: confidence.'],
      ['en', 'Pour a glass and be the life of the party.'],
      ['es', 'Una copa y a ligar esta noche.'],
      ['de', 'Ein Glas Sekt, und du bist selbstbewusst wie nie.'],
      ['fr', 'Un verre et vous êtes la star de la soirée.'],
      // Phrases that name the drink need nothing else.
      ['en', 'Winners drink Harbour.'],
    ],
    quiet: [
      ['en', 'Harbour is proud to back the Leeds 10K: set a personal best and see you at the finish.'],
      ['en', 'Our founders’ secret to a great night? Good friends and a long table.'],
      ['es', 'Harbour patrocina el maratón: mejora tu rendimiento con nuestro plan de entreno gratuito.'],
      ['de', 'Harbour unterstützt den Stadtlauf: Jede Leistung zählt.'],
      ['fr', 'Harbour soutient le semi-marathon : confiance et bonne humeur au départ.'],
    ],
  },
  {
    title:
      'alcohol: the drink named anywhere in the ad, not only in the line, makes the success word a claim',
    rules: ['alcohol.success-claims', 'alcohol.success-words'],
    where: { edit: drinkInHeadline },
    fire: [
      ['en', 'Be the life of the party tonight.'],
      ['es', 'Esta noche, el centro de atención eres tú.'],
      ['de', 'Heute Abend bist du der Mittelpunkt.'],
      ['fr', 'Ce soir, c’est vous la star de la soirée.'],
    ],
    quiet: [
      ['en', 'Distilled on the Yorkshire coast since 1921.'],
      ['es', 'Destilada en la costa desde 1921.'],
      ['de', 'Seit 1921 an der Küste gebrannt.'],
      ['fr', 'Distillé sur la côte depuis 1921.'],
    ],
  },
];
