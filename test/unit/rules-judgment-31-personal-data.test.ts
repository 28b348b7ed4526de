import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 31, personal data in the copy (developer F2). A promise about what the brand does with people's data
 * ("we never sell your data", "no vendemos tus datos", "wir verkaufen deine Daten nicht", "nous ne vendons
 * jamais vos données") is a claim the FTC polices under s. 5 of the FTC Act and GDPR art. 5(1)(a) and 13 ask
 * to be true: pii.privacy-promise (info, topic personal-data) sends it to a person. It reads a first-person
 * brand ("we", "nous", "wir", a first-person plural verb) or the reader's data as subject, never advice to the
 * reader ("never share your PIN"). pii.likeness-no-consent blocks copy that advertises with a person's image
 * it says was not agreed to: a paparazzi photo, or "he has not agreed", "without her consent", "er hat nicht
 * zugestimmt", "elle n'a pas autorisé" (KUG §22, BGH I ZR 234/10; Code civil art. 9; LO 1/1982), while a
 * promise to the reader ("never without your consent", "ohne Ihre Einwilligung") stays silent.
 * pii.privacy-service (info) routes a data-removal service's promise ("we pull your address from 380+
 * people-search sites", "wir löschen deine Daten bei Datenhändlern"): the same FTC s. 5 question.
 */
const found = (rule: string, lang: string, copy: string) => quotes(rule, copy, undefined, lang);

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  quotes('pii.privacy-promise', 'See the new range.');
}, 60_000);

describe('pii.privacy-promise: a brand’s promise about people’s data goes to a person', () => {
  it.each([
    ['en', 'We never sell or rent your personal information — not to advertisers, not to anyone.'],
    ['en', 'Privacy first: we don’t sell your data. Period.'],
    ['en', 'We will never share your email address with third parties.'],
    ['en', 'Sign up in 10 seconds. We won’t share your details with anyone.'],
    ['en', 'Your data is never sold to advertisers.'],
    ['en', 'Your email address will never be shared.'],
    ['en', 'we do not sell, rent or trade customer data. ever.'],
    ['en', 'Unlike the big apps, we never sell anyone’s data to brokers 🔒'],
    ['es', 'En Banco Alcor no vendemos ni cedemos tus datos a nadie para hacer publicidad.'],
    ['es', 'Tranquilo: nunca compartiremos tus datos con terceros.'],
    ['es', 'Tus datos personales nunca se venden. Palabra.'],
    ['es', 'No alquilamos sus datos a otras empresas.'],
    ['de', 'Wir verkaufen deine Daten nicht. Punkt.'],
    ['de', 'Wir geben Ihre Daten niemals an Dritte weiter.'],
    ['de', 'Wir werden Ihre Daten niemals verkaufen.'],
    ['de', 'Deine Daten werden nie verkauft – versprochen.'],
    ['de', 'Wir verkaufen keine Kundendaten.'],
    ['fr', 'Nous ne vendons jamais vos données, ni à des annonceurs ni à des courtiers.'],
    ['fr', 'On ne revend pas tes données. Jamais.'],
    ['fr', 'Vos données personnelles ne seront jamais partagées.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found('pii.privacy-promise', lang, copy)).not.toEqual([]);
  });
});

describe('pii.privacy-promise: advice to the reader and other selling or sharing do not', () => {
  it.each([
    ['en', 'Never share your password or PIN with anyone, not even us.'],
    ['en', 'We never sell out of the classic tee, so take your time.'],
    ['en', 'We don’t sell cheap furniture. We sell furniture that lasts.'],
    ['en', 'Our data shows 9 in 10 riders ride more after a tune-up.'],
    ['en', 'Share your details at the till to join the club.'],
    ['en', 'We never share recipes we haven’t tested three times.'],
    ['en', 'Sell your old phone to us and get £120 credit.'],
    ['es', 'Nunca compartas tus datos bancarios por SMS: tu banco no te los pedirá.'],
    ['es', 'No vendemos humo: vendemos colchones que duran diez años.'],
    ['es', 'Comparte tus datos en la tienda y únete al club.'],
    ['de', 'Gib deine Daten niemals am Telefon weiter – wir fragen nie danach.'],
    ['de', 'Wir verkaufen keine Ladenhüter, sondern frische Ware.'],
    ['de', 'Wir geben dir die volle Kontrolle über deine Daten.'],
    ['fr', 'Ne communiquez jamais vos données bancaires par e-mail.'],
    ['fr', 'Nous ne vendons pas de rêve : juste un bon matelas.'],
    ['fr', 'Partagez vos coordonnées en caisse pour rejoindre le club.'],
    // Review of stop 31: a footer or sign-up reassurance next to the privacy policy is no selling point.
    ['en', 'We never sell your data. Read our privacy policy at northwind-goods.co/privacy.'],
    ['en', 'Your privacy matters: we will never share your email address with third parties.'],
    ['es', 'Nunca vendemos tus datos. Consulta nuestra política de privacidad.'],
    ['de', 'Wir verkaufen deine Daten niemals. Mehr in unserer Datenschutzerklärung.'],
    ['fr', 'Nous ne vendons jamais vos données. Consultez notre politique de confidentialité.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found('pii.privacy-promise', lang, copy)).toEqual([]);
  });
});

describe('pii.privacy-service: a promise to remove people’s data from brokers goes to a person', () => {
  it.each([
    ['en', 'Your home address is for sale. ScrubLoop pulls it from 380+ people-search sites.'],
    ['en', 'Get your name off the people-search sites.'],
    ['en', 'We send opt-out requests to 200 data brokers for you, every 90 days.'],
    ['en', 'Remove your personal info from data broker sites in one click 🔒'],
    ['en', 'Removal from 150 people search websites, re-checked monthly.'],
    ['es', 'Eliminamos tus datos de más de 300 brókers de datos.'],
    ['es', 'Borra tu dirección de los corredores de datos en un clic.'],
    ['de', 'Wir löschen deine Daten bei über 300 Datenhändlern.'],
    ['de', 'Lass deine Adresse bei Datenhändlern entfernen – automatisch.'],
    ['fr', 'Nous supprimons vos données chez plus de 300 courtiers en données.'],
    ['fr', 'Retirez votre nom des sites de recherche de personnes.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found('pii.privacy-service', lang, copy)).not.toEqual([]);
  });
});

describe('pii.privacy-service: brokers named without a removal, and removals of anything else, do not', () => {
  it.each([
    ['en', 'Data brokers explained: our free guide to how the industry works.'],
    ['en', 'People search for “best sofa” every day. We remove the guesswork.'],
    ['en', 'Remove stains from your sofa in one click.'],
    ['en', 'Our broker finds you the best mortgage rate.'],
    ['es', 'Elimina las manchas de tu sofá en un minuto.'],
    ['es', 'Los corredores de seguros te explican la póliza.'],
    ['de', 'Wir löschen keine Daten ohne deine Zustimmung.'],
    ['de', 'Datenhändler erklärt: unser Ratgeber zum Datenschutz.'],
    ['fr', 'Les courtiers en données expliqués en trois minutes.'],
    ['fr', 'Supprimez les taches de votre canapé en un geste.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found('pii.privacy-service', lang, copy)).toEqual([]);
  });
});

describe('pii.likeness-no-consent: a person’s image used without their consent is blocked', () => {
  it.each([
    ['en', 'Paparazzi shot of Harry Vance in our aviators on Malibu beach.'],
    ['en', 'Photo: the singer leaving the gym in our hoodie. She has not agreed to appear in this ad.'],
    ['en', 'Snapped without his permission: the actor in our trench coat 📸'],
    ['en', 'He never agreed to this picture, but doesn’t the jacket look great?'],
    ['en', 'We spotted her at the airport (photo taken without her consent) wearing our tote.'],
    ['es', 'Foto de paparazzi: Rafa Medina con nuestras gafas en Ibiza.'],
    ['es', 'En la imagen, la actriz con nuestro bolso; ella no ha autorizado el uso de la foto.'],
    [
      'de',
      'Paparazzi-Foto: Gunter Sachs liest an Deck seiner Jacht die Sonntagspost; er hat der Verwendung des Fotos nicht zugestimmt.',
    ],
    ['de', 'Das Bild zeigt die Sängerin mit unserer Tasche – sie hat nie eingewilligt.'],
    ['de', 'Ohne ihre Zustimmung fotografiert: die Moderatorin in unserem Mantel.'],
    ['fr', 'Photo de paparazzi : le chanteur porte nos lunettes à Saint-Tropez.'],
    ['fr', 'Sur la photo, l’actrice avec notre sac ; elle n’a pas autorisé cette publication.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found('pii.likeness-no-consent', lang, copy)).not.toEqual([]);
  });
});

describe('pii.likeness-no-consent: promises to the reader and paparazzi as a figure of speech do not', () => {
  it.each([
    ['en', 'We never use your photo without your consent.'],
    ['en', 'Photos show customers who signed a release; nobody appears without their consent.'],
    ['en', 'Our paparazzi-proof sunglasses: hide from the cameras in style.'],
    ['en', 'Dress like you’re dodging paparazzi this summer.'],
    ['en', 'Share your photo with #OurHoodie and we’ll ask before we repost it.'],
    ['es', 'Sin tu consentimiento no publicamos ninguna foto.'],
    ['es', 'Nunca usamos su foto sin su consentimiento.'],
    ['de', 'Keine Fotos ohne Ihre Einwilligung – versprochen.'],
    ['de', 'Wir zeigen Ihr Bild nur, wenn Sie zugestimmt haben.'],
    ['fr', 'Aucune photo n’est publiée sans votre accord.'],
    ['fr', 'Envoyez votre photo : nous la publions seulement avec votre autorisation.'],
    ['en', 'The photo shows our founder Ana, who signed a model release.'],
    // Review of stop 31: a party's photo wall or booth is a theme, not a photo of someone.
    ['en', 'Our paparazzi photo wall is back for the summer party.'],
    ['en', 'Paparazzi photo booth at our launch party: strike a pose!'],
  ])('[%s] %j', (lang, copy) => {
    expect(found('pii.likeness-no-consent', lang, copy)).toEqual([]);
  });
});
