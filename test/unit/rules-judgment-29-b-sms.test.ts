import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, SMS: every marketing text carries a keyword opt-out (TCPA and the CTIA Messaging Principles,
 * CNIL "STOP", LSSI art. 21 "BAJA", UWG § 7). A service text about a transaction the reader started (an
 * order ready to collect or on its way, a booked appointment, a one-time code) is not marketing: CTIA sets
 * transactional messages apart, and LSSI art. 21 and ePrivacy art. 13 govern commercial communications only.
 * A service text that also promotes something (a discount, a sale, a code to use) is marketing again.
 */
const optOut = (copy: string, language: string) =>
  hits(withCopy(copy, 'sms', 'message', { language }), 'sms.opt-out', contract3()).filter((f) =>
    f.pointer.startsWith('/channels/1/'),
  );

describe('sms.opt-out: a marketing text, or a service text that promotes, without STOP fires', () => {
  it.each([
    ['en', 'Northwind: Spring sale! 30% off all jackets this weekend at northwind.com/sale'],
    ['en', 'Northwind: your order #48213 has shipped. Use code THANKS10 for 10% off your next one.'],
    ['en', 'Northwind: You left something in your basket. Complete checkout at northwind.com/cart'],
    ['en', 'Northwind: your order #48213 is ready for pickup – and our new arrivals just landed!'],
    ['es', 'La Hoja Suelta: rebajas de invierno, 20 % en toda la tienda hasta el domingo.'],
    [
      'es',
      'La Hoja Suelta: tu pedido n.º 48213 ya está listo para recoger. ¡Y llévate un 10 % de descuento hoy!',
    ],
    ['es', 'Óptica Sol: ¿hace un año de tu última revisión? Reserva en opticasol.es/cita'],
    ['de', 'Bergfex: Nur heute 25 % Rabatt auf alle Wanderschuhe! bergfex.de/sale'],
    [
      'de',
      'Bergfex: Ihre Bestellung Nr. 48213 wurde versandt. Mit dem Code DANKE gibt es 10 % auf die nächste.',
    ],
    ['fr', 'Maison Lune : soldes d’hiver, -30 % sur la literie jusqu’à dimanche.'],
    [
      'fr',
      'Maison Lune : votre commande n° 48213 est prête à être retirée. Profitez de -10 % avec le code LUNE10 !',
    ],
    ['fr', 'Maison Lune : découvrez nos nouveautés de printemps sur maisonlune.fr'],
  ])('[%s] %j', (language, copy) => {
    expect(optOut(copy, language)).not.toEqual([]);
  });
});

describe('sms.opt-out: a service text about the reader’s own transaction, promoting nothing, does not', () => {
  it.each([
    ['en', 'Northwind: your order #48213 has shipped and arrives Thursday. Track it at northwind.com/track'],
    ['en', 'Northwind: order no. 48213 is ready for pickup at our Leeds store until 8 pm Saturday.'],
    ['en', 'Dr Shah’s Dental: your appointment is on Tue 4 March at 10:30. Reply C to confirm.'],
    ['en', 'Northwind: your verification code is 482113. It expires in 10 minutes.'],
    [
      'es',
      'La Hoja Suelta: tu pedido n.º 48213 ya está listo para recoger en C/ Sueca 22. Te lo guardamos 10 días.',
    ],
    ['es', 'Farmacia Centro: tu pedido 48213 está en reparto y llegará hoy entre las 16 y las 18 h.'],
    ['es', 'Clínica Vela: tu cita es el martes 4 de marzo a las 10:30. Si no puedes venir, llámanos.'],
    ['de', 'Bergfex: Ihre Bestellung Nr. 48213 ist abholbereit in der Filiale Innsbruck.'],
    ['de', 'Praxis Dr. Weber: Ihr Termin ist am Dienstag, 4. März, um 10:30 Uhr.'],
    ['de', 'Bergfex: Ihr Bestätigungscode lautet 482113.'],
    ['fr', 'Maison Lune : votre commande n° 48213 est prête à être retirée en magasin jusqu’au 12 mars.'],
    ['fr', 'Cabinet Martin : votre rendez-vous est le mardi 4 mars à 10 h 30.'],
  ])('[%s] %j', (language, copy) => {
    expect(optOut(copy, language)).toEqual([]);
  });
});

/**
 * Stop 30 review: a service sentence does not make the rest of the text a service text. A text about an order
 * that goes on to promote something in a sentence of its own is marketing, whatever words that sentence uses.
 */
describe('sms.opt-out: a service sentence followed by a sentence that markets still needs STOP', () => {
  it.each([
    ['en', 'Your order #4521 has shipped! Shop our Black Friday event now'],
    ['en', 'Your parcel 12345 is out for delivery. 2 for 1 on all candles this week'],
    ['en', 'Your order 88812 has shipped. Discover our new collection'],
    ['en', 'Northwind: your appointment is on Tue 4 March at 10:30. Our spring range is in store now.'],
    ['de', 'Ihre Bestellung 12345 wurde versandt. Entdecke unsere neue Kollektion'],
    ['de', 'Bergfex: Ihre Bestellung Nr. 48213 ist abholbereit. Neue Wanderschuhe sind eingetroffen!'],
    ['es', 'Tu pedido 12345 está en reparto. Descubre la nueva colección'],
    ['es', 'La Hoja Suelta: tu pedido 48213 está en reparto. Esta semana, dos libros por uno.'],
    ['fr', 'Votre commande 12345 a été expédiée. Découvrez notre nouvelle collection'],
    ['fr', 'Maison Lune : votre commande n° 48213 a été expédiée. La collection été arrive en boutique !'],
  ])('[%s] %j', (language, copy) => {
    expect(optOut(copy, language)).not.toEqual([]);
  });
});

describe('sms.opt-out: a service text with only its logistics around it (tracking, times, replies) does not', () => {
  it.each([
    [
      'en',
      'Northwind: your order #48213 has shipped. Track it at northwind.com/t/48213. Questions? Call us.',
    ],
    ['en', 'Praxis Dr. Weber: your appointment is on Tue 4 March at 10:30. Reply C to confirm.'],
    ['de', 'Praxis Dr. Weber: Ihr Termin ist am Dienstag, 4. März, um 10:30 Uhr. Bitte bestätigen.'],
    [
      'es',
      'Tu pedido 12345 está en reparto. Llegará hoy entre las 16 y las 18 h. Seguimiento: hojasuelta.es/s',
    ],
    ['fr', 'Votre commande 12345 a été expédiée. Suivez votre colis sur maisonlune.fr/suivi. Merci !'],
    [
      'es',
      'Farmacia Centro: tu pedido 48213 está en reparto. Trae tu DNI. Estado del pedido: farmaciacentro.es/p',
    ],
    ['en', 'Northwind: your order #48213 is out for delivery. Order status: northwind.com/s/48213'],
  ])('[%s] %j', (language, copy) => {
    expect(optOut(copy, language)).toEqual([]);
  });
});
