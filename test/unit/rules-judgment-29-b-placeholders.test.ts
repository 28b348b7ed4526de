import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, placeholders: a template's default left in the copy without any merge-tag syntax. A phone number
 * whose subscriber digits are all zeros is what flyer, e-mail and landing-page templates ship with
 * ("96 000 00 00", "+1 (555) 000-0000", "01 00 00 00 00"); whoever calls it reaches no one, so the ad is
 * unfinished and does not tell the reader how to reach the trader (CAP Code 3.1; UCPD art. 7(4)(b)). Round
 * numbers that are counts or prices, and real numbers with zeros in them, are not.
 */
const rule = 'placeholder.zeroed-phone';

describe('placeholder.zeroed-phone: a phone number of zeros after its prefix, the template default', () => {
  it.each([
    ['es', 'Llámanos al 96 000 00 00 y reserva tu clase de prueba.', '96 000 00 00'],
    ['es', 'Pide cita por WhatsApp: 600 000 000 (de 9 a 14 h).', '600 000 000'],
    ['es', 'Tel. 91 000 00 00 · info@clinicavela.es', '91 000 00 00'],
    ['es', 'Reservas en el +34 900 000 000, todos los días.', '+34 900 000 000'],
    ['en', 'Call us on 020 0000 0000 to book your fitting.', '020 0000 0000'],
    ['en', 'Questions? Text 07000 000000 and we’ll get back to you.', '07000 000000'],
    ['en', 'Phone: +1 (555) 000-0000 | Open Mon–Sat', '+1 (555) 000-0000'],
    ['en', 'Ring the shop on 1-800-000-0000 for same-day repairs.', '1-800-000-0000'],
    ['de', 'Jetzt Termin vereinbaren unter Tel. 030 000000.', '030 000000'],
    ['de', 'Ruf uns an: 0800 000 0000 – kostenlos aus allen Netzen.', '0800 000 0000'],
    ['de', 'Kontakt: +49 89 0000 0000, Mo–Fr 8–18 Uhr', '+49 89 0000 0000'],
    ['fr', 'Appelez le 01 00 00 00 00 pour réserver votre table.', '01 00 00 00 00'],
    ['fr', 'Téléphone : 04 00 00 00 00 – du lundi au samedi', '04 00 00 00 00'],
    ['fr', 'Réservations au +33 6 00 00 00 00 ou sur place.', '+33 6 00 00 00 00'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes(rule, copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['es', 'Llámanos al 96 352 18 40. Más de 1 000 000 de alumnos aprobados.'],
    ['es', 'Teléfono 900 100 200, gratuito. Premio de 100 000 €.'],
    ['es', 'Por WhatsApp al 600 123 400, te respondemos en el día.'],
    ['es', 'Más de 10 000 000 de descargas. Llama y pregunta por la oferta.'],
    ['en', 'Call us on 0800 000 123, free from landlines and mobiles.'],
    ['en', 'Call it what you like: 100 000 000 streams and counting.'],
    ['en', 'Phone 020 7946 0000 for the front desk.'],
    ['en', 'Over 1,000,000 happy customers. Text JOIN to 60000 for deals.'],
    ['de', 'Über 10.000.000 Downloads – Hotline 0800 123 4567.'],
    ['de', 'Ruf an und sichere dir 100 000 Bonuspunkte.'],
    ['de', 'Telefon 030 1000 0000, Zentrale.'],
    ['fr', 'Appelez le 01 40 00 00 00, standard ouvert 24 h/24.'],
    ['fr', 'Plus de 1 000 000 de clients – téléphone 09 69 32 10 00.'],
    ['fr', 'Gagnez 10 000 000 € au tirage de vendredi.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes(rule, copy, undefined, lang)).toEqual([]);
  });
});

// Review of stop 29: a big round number is a count wherever it stands, and a copy full of the template's
// number is one thing to fix, not a finding per repeat.
describe('placeholder.zeroed-phone: counts are not phones, and one finding per copy', () => {
  it.each([
    '+1 000 000 000 happy customers and counting.',
    'Call now: 100 000 000 points up for grabs!',
    'Text WIN: 1 000 000 000 served and counting.',
    'Phone giveaway: 100 000 000 points to share.',
    '+250 000 000 downloads worldwide.',
  ])('%j does not', (copy) => {
    expect(quotes(rule, copy)).toEqual([]);
  });

  it.each([
    ['en', 'Call 020 0000 0000 or 020 0000 0000, or WhatsApp 07000 000000.', '020 0000 0000'],
    ['es', 'Tel. 91 000 00 00 · Fax 91 000 00 00 · Móvil 600 000 000', '91 000 00 00'],
  ])('[%s] %j fires once', (lang, copy, quote) => {
    expect(quotes(rule, copy, undefined, lang)).toEqual([quote]);
  });
});
