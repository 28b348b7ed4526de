import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, language: a rule that asks for a disclosure in the rulebooks' words (disclosure.ad-marker,
 * endorsement.undisclosed-connection) cannot say one is missing from copy in a language it has no rulebook
 * for when that copy carries its own language's marker: the Danish and Norwegian "reklame"/"annonce", the
 * Swedish "reklam"/"i samarbete med" (Konsumentverket), the Dutch "advertentie"/"#adv"/"in samenwerking met"
 * (Reclamecode Social Media & Influencer Marketing), the Italian "pubblicità"/"#adv" (IAP Digital Chart), the
 * Portuguese "publicidade"/"parceria paga", the Polish "reklama"/"współpraca" (UOKiK), the Finnish
 * "kaupallinen yhteistyö". Such copy goes to a person who reads it (language.unsupported), not blocked.
 * Copy in such a language with no marker at all, and copy in en/es/de/fr that uses a foreign word, are
 * still judged.
 */
const rules = ['disclosure.ad-marker', 'endorsement.undisclosed-connection'];
const found = (copy: string, language: string) => {
  const p = withCopy(copy, 'influencer', 'caption', { language });
  return rules.flatMap((r) => hits(p, r, contract3()).filter((f) => f.pointer.startsWith('/channels/1/')));
};

describe('an influencer post in a language without a rulebook, disclosed in its own words, is not blocked', () => {
  it.each([
    ['da', 'REKLAME for Fjordkaffe ☕ Min nye morgenrutine. Brug koden MIKKEL10 for 10 % rabat.'],
    ['da', 'Annonce | I samarbejde med Nordlys Sko. Link i bio, brug koden NORD20.'],
    ['nb', 'Reklame for Tindesport: nye fjellsko til sommeren! Bruk koden FJELL15, link i bio.'],
    ['sv', 'Reklam för Skogsbad ✨ Mina favoriter i badrummet just nu. Använd koden LINA20 i länken i bion.'],
    ['sv', 'I samarbete med Kaffebryggeriet. Testa deras höstrost med koden HOST10!'],
    [
      'nl',
      'Advertentie | Mijn nieuwe hardloopschoenen van Loopwerk. Met de code ANNE15 krijg je 15% korting.',
    ],
    ['nl', 'In samenwerking met Bakkerij Zoet 🍰 Gebruik code ZOET10 voor gratis verzending. #adv'],
    ['it', 'Pubblicità – Il mio nuovo siero preferito di Rosa Viva. Usa il codice GIULIA15, link in bio.'],
    ['it', 'Colazione con i biscotti di Forno Antico #adv #sponsorizzato. Codice FORNO10 sul sito.'],
    ['pt', 'Publicidade | Parceria paga com Verde Mar. Usa o código RITA10 para 10% de desconto.'],
    ['pl', 'Reklama 📣 Współpraca z marką Górski Szlak. Kod ANIA15 daje 15% rabatu, link w bio.'],
    ['fi', 'Kaupallinen yhteistyö: Metsä Kosmetiikka. Koodilla SANNA15 saat 15 % alennusta, linkki biossa.'],
  ])('[%s] %j', (language, copy) => {
    expect(found(copy, language)).toEqual([]);
  });
});

describe('without any marker, or in en/es/de/fr, the disclosure is still judged', () => {
  it.each([
    [
      'da',
      'Søndag = pandekager 🥞 Brug koden SOFIE15 for 15 % på din første ordre hos Havremejeriet. Link i bio.',
    ],
    ['nl', 'Mijn nieuwe horloge van Nord 😍 Met de code HOLIDAY krijg je 15% korting, link in bio.'],
    ['sv', 'Bästa hudvården just nu! Använd koden LINA20 för rabatt, link in bio.'],
    ['it', 'Il mio nuovo siero preferito 💕 Usa il codice GIULIA15 per lo sconto, link in bio.'],
    ['pt', 'Adoro estes ténis novos! Usa o código RITA10 para 10% de desconto, link in bio.'],
    ['pl', 'Moje nowe buty do biegania! Kod ANIA15 daje rabat, link in bio.'],
    ['en', 'My new favourite serum 💕 Use code GIULIA15 for 15% off, link in bio. #reklame'],
    ['en', 'Sunday pancakes with @havremejeriet oat drink! Use code SOFIE15, link in bio. (samarbejde)'],
    ['es', 'Mis zapatillas nuevas de @loopwerk 😍 Usa el código ANNE15 para un 15 % de descuento. #adv'],
    ['de', 'Meine neuen Laufschuhe von @loopwerk! Mit dem Code ANNE15 gibt es 15 % Rabatt. #reklame'],
    ['fr', 'Mon nouveau sérum préféré 💕 Code GIULIA15 pour 15 % de remise, lien en bio. #adv'],
    ['en', 'Annonce: our new autumn range is here. Use code AUTUMN15 for 15% off, link in bio.'],
  ])('[%s] %j is still judged', (language, copy) => {
    expect(found(copy, language)).not.toEqual([]);
  });
});

/**
 * Stop 30 review: a marker the copy denies ("Ingen annons", "ikke en annonce", "#spon (niet echt haha)") is
 * no disclosure, in any language: such copy is judged like copy with no marker at all.
 */
describe('a negated ad marker in a language without a rulebook is no disclosure', () => {
  it.each([
    ['sv', 'Ingen annons, bara kärlek för Skogsbad ✨ Använd koden LINA20 för rabatt, link in bio.'],
    [
      'da',
      'Det er ikke en annonce, jeg elsker bare Fjordkaffe ☕ Brug koden MIKKEL10 for 10 % rabat, link in bio.',
    ],
    [
      'nl',
      'Mijn nieuwe horloge van Nord 😍 #spon (niet echt haha) Met de code HOLIDAY krijg je 15% korting, link in bio.',
    ],
    ['nb', 'Ikke reklame, bare ærlig mening om fjellskoene fra Tindesport. Bruk koden FJELL15, link in bio.'],
    ['it', 'Non è pubblicità, lo giuro! Il mio siero preferito: usa il codice GIULIA15, link in bio.'],
    [
      'pt',
      'Não é publicidade, adoro mesmo estes ténis! Usa o código RITA10 para 10% de desconto, link in bio.',
    ],
    ['tr', 'Reklam değil, gerçekten seviyorum! AYSE15 koduyla indirim, link in bio.'],
  ])('[%s] %j is still judged', (language, copy) => {
    expect(found(copy, language)).not.toEqual([]);
  });
});
