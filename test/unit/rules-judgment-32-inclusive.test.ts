import topics from '../../contracts/rulebooks/marketing-topics-1.1.0.json' with { type: 'json' };
import { bank, fired } from './helpers/judgment-bank.ts';

/**
 * Stop 32, inclusive language on real copy (ADR 0028, bank written from published rulings before the dev
 * misses were read). Each kind is the wording a ruling describes, paraphrased into ordinary copy:
 * - A group said to be unable to do something because of its sex: CAP 4.9 (2019) and its guidance (a man failing
 *   at a simple household or parental task, a woman unable to park), ASA Mondelez/Philadelphia (14 August 2019,
 *   upheld: dads who cannot be trusted with a baby); Autocontrol art. 10, Deutscher Werberat, ARPP.
 * - Older people said to be incapable: CAP advice "Offence: age" (generalisations about older people being
 *   senile or incapable of tasks are problematic); ASA Nicofresh (6 August 2014, upheld on age and race).
 * - Mental illness made light of: ASA Jokers Masquerade "Adult Skitzo Costume" (28 January 2015, upheld);
 *   "Psycho Clown" (16 September 2015) and "mad" or "bonkers" (CAP advice) are not.
 * - Body shaming that tells readers to be ashamed of their bodies: CAP 1.3 and 4.1, ASA cosmetic-interventions
 *   rulings (exploiting insecurities); Protein World "beach body ready" (1 July 2015) was not upheld.
 */
const INCLUSIVE = topics.rules.map((r) => r.id).filter((id) => id.startsWith('inclusive.'));

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  fired([], 'See the new range.', 'en');
}, 60_000);

bank(
  'inclusive: a group said to be unable to do a task because of its sex (CAP 4.9, ASA Philadelphia 2019)',
  INCLUSIVE,
  {},
  [
    ['en', 'Dads can’t be trusted with the baby for five minutes. Good thing our monitor can.'],
    ['en', 'Let’s face it, men are hopeless in the kitchen. Our meal kits do the thinking.'],
    ['en', 'Women just can’t park. Park Assist can. 🚗'],
    ['en', 'Boys don’t cry. They grab a Crunchos and get back out there 💪'],
    ['en', 'Husbands never know how to load a dishwasher, so ours loads itself.'],
    ['es', 'Los hombres no saben poner una lavadora. Con WashMax, hasta ellos.'],
    ['es', 'Las mujeres no saben aparcar: por eso existe el sensor Parkfácil.'],
    ['de', 'Männer können nicht kochen – deshalb gibt es unsere Kochboxen.'],
    ['de', 'Frauen können einfach nicht einparken. Unser Assistent schon.'],
    ['fr', 'Les hommes ne savent pas changer une couche ? Nos couches se ferment toutes seules.'],
    ['fr', 'Les femmes ne savent pas lire une carte : notre GPS parle pour elles.'],
    ['en', 'ngl girls are useless at fantasy football so here’s a cheat sheet 😅'],
    ['de', 'Wir wissen ja: Männer verstehen Waschmaschinen nicht. Unsere schon.'],
  ],
  [
    ['en', 'Can’t cook? Our meal kits make it easy for anyone.'],
    ['en', 'Dads who love to cook: this one’s for you.'],
    ['en', 'Most dads can’t resist a good barbecue. Grills from £89.'],
    ['en', 'Our parking sensors help anyone park in tight spots.'],
    ['es', 'Las mujeres que corren maratones nos inspiran cada día.'],
    ['de', 'Männer, die gern kochen, lieben unsere Messer.'],
    ['fr', 'Les femmes savent ce qu’elles veulent : le nouveau parfum Lys.'],
    ['en', 'Kids can’t wait for summer camp!'],
    ['en', 'Men can’t get enough of our new beard oil.'],
    ['en', 'Seniors cannot be charged more than the standard fare.'],
    ['de', 'Frauen können in der Schwangerschaft nicht gekündigt werden.'],
    ['fr', 'Les femmes ne peuvent pas être licenciées pendant leur grossesse.'],
    ['fr', 'Les femmes ne savent pas encore que les soldes commencent demain.'],
    ['es', 'Las mujeres no saben lo que se pierden si no prueban Lúa.'],
  ],
);

bank(
  'inclusive: older people said to be incapable or senile (CAP advice on age, ASA Nicofresh 2014)',
  INCLUSIVE,
  {},
  [
    ['en', 'Old people can’t work smartphones. That’s why we built BigButton.'],
    ['en', 'Pensioners are hopeless with technology, so we made banking simple.'],
    ['en', 'Boomers can’t figure out a QR code, so we printed the menu too 😂'],
    ['en', 'Grandad going senile? Our pill box remembers for him.'],
    ['es', 'Los abuelos no saben usar el móvil, pero con FácilFon sí.'],
    ['es', 'Los viejos no se enteran de nada: por eso nuestra app es tan simple.'],
    ['de', 'Rentner können nicht mit dem Handy umgehen? Mit SeniorFon schon.'],
    ['de', 'Senioren sind mit Technik total überfordert – nicht mit unserem Tablet.'],
    ['fr', 'Les vieux ne comprennent rien à Internet ? Notre tablette est faite pour eux.'],
    ['fr', 'Les seniors sont perdus avec la technologie : découvrez Simplo.'],
    ['fr', 'Papy est complètement gâteux ? Notre pilulier pense pour lui.'],
    ['es', 'Tu abuelo chochea un poco: el pastillero PastiFácil se acuerda por él.'],
  ],
  [
    ['en', 'Designed with older customers: big buttons, clear screens.'],
    ['en', 'Grandparents love video calls with the grandkids.'],
    ['en', 'Old phones can’t run the new app, so trade yours in for £80.'],
    ['es', 'Los mayores de 65 viajan con un 30 % de descuento.'],
    ['de', 'Für Rentner: die BahnCard 50 zum halben Preis.'],
    ['fr', 'Les seniors peuvent bénéficier d’un tarif réduit.'],
    ['en', 'Grandparents can’t visit? Send them a photo book.'],
    ['en', 'Pensioners can’t always get to the shops, so we deliver for free.'],
    ['en', 'Our senile dementia care team visits seven days a week.'],
  ],
);

bank(
  'inclusive: mental illness made light of (ASA Jokers Masquerade “Skitzo” 2015, CAP mental-health advice)',
  INCLUSIVE,
  {},
  [
    ['en', 'Adult Skitzo Costume, straitjacket included.'],
    ['en', 'I’m so OCD about my desk. These organisers are my therapy.'],
    ['en', 'Our prices are schizophrenic this weekend: up, down, all over the place!'],
    ['en', 'Mental patient costume with blood-stained hospital gown.'],
    ['es', 'Disfraz de loco de manicomio con camisa de fuerza.'],
    ['es', 'Soy súper TOC con el orden, así que este organizador me ha salvado.'],
    ['de', 'Ich bin voll OCD, wenn es um meinen Schreibtisch geht.'],
    ['de', 'Kostüm „Irrer aus der Klapse“ mit Zwangsjacke.'],
    ['fr', 'Je suis trop TOC avec mes placards : vive les boîtes Rangetout !'],
    ['fr', 'Déguisement de fou d’asile avec camisole de force.'],
  ],
  [
    ['en', 'Psycho Clown costume with mask and wig.'],
    ['en', 'Crazy deals all weekend!'],
    ['en', 'Bonkers prices on every sofa.'],
    ['en', 'This month we support Mind’s mental health helpline.'],
    ['es', 'Un disfraz de payaso terrorífico con máscara.'],
    ['de', 'Das Wetter ist wechselhaft, also hol dir die Allwetterjacke.'],
    ['fr', 'Le TOC touche 2 % de la population : parlez-en à un médecin.'],
    ['fr', 'Toc toc ! C’est le Père Noël avec vos cadeaux.'],
    ['fr', 'Pas de toc chez nous : que de l’or 18 carats.'],
    ['en', 'Bipolar disorder affects 1 in 50 people; our helpline is open 24/7.'],
    ['en', 'It’s a madhouse at the sale, so come early.'],
  ],
);

bank(
  'inclusive: readers told to be ashamed of their bodies (CAP 1.3 and 4.1; Protein World 2015 not upheld)',
  INCLUSIVE,
  {},
  [
    ['en', 'Ashamed of your fat arms? Hide them with our kaftans.'],
    ['en', 'Don’t be the fat friend in the group photo. Start Shred30 today.'],
    ['en', 'Embarrassed by your flabby belly? Our shapewear hides it all.'],
    ['es', '¿Te avergüenzan tus brazos gordos? Nuestro kimono los tapa.'],
    ['es', 'No seas la gorda del grupo este verano.'],
    ['de', 'Schämst du dich für deine dicken Oberschenkel? Unsere Shapewear kaschiert alles.'],
    ['de', 'Sei nicht die Dicke am Strand.'],
    ['fr', 'Honte de vos bras flasques ? Notre tunique les cache.'],
    ['fr', 'Ne sois pas la grosse de la bande cet été.'],
    ['en', 'nobody wants to see your flabby arms in the wedding pics. just saying. #TonedByJune'],
  ],
  [
    ['en', 'Are you beach body ready? New swimwear in sizes 6 to 30.'],
    ['en', 'Every body is a beach body. Swimwear in sizes 6 to 30.'],
    ['en', 'Don’t be the last to hear about the sale.'],
    ['es', 'No te avergüences de pedir ayuda: llama a nuestra línea.'],
    ['de', 'Schäm dich nicht, nach deiner Größe zu fragen.'],
    ['fr', 'Ne sois pas le dernier à découvrir nos soldes.'],
    ['en', 'Sick of your big energy bills? Switch in five minutes.'],
    ['en', 'Embarrassed by your old sofa? Trade it in for £100.'],
    ['es', 'Harta de tu barriga hinchada? Prueba nuestros probióticos.'],
    ['de', 'Schäm dich nicht für die dicke Winterjacke: sie hält warm.'],
  ],
);

// Review of stop 32: one older relative said to be unable to do a task (CAP advice on age), and German shaming
// of a body part with no adjective; near-misses are the idioms the plural forms already leave alone.
bank(
  'inclusive: a grandparent said to be unable to do a task (CAP advice "Offence: age")',
  ['inclusive.group-incapable'],
  {},
  [
    ['en', 'Grandma can’t work a smartphone, so we made one with big buttons.'],
    ['en', 'My grandad can’t use a smartphone — this one he can.'],
    ['es', 'Mi abuela no sabe usar el móvil.'],
    ['de', 'Oma kann kein Handy bedienen.'],
    ['fr', 'Mamie ne sait pas envoyer un texto ? Notre téléphone le fait pour elle.'],
  ],
  [
    ['en', 'Mums can’t get enough of our muffins.'],
    ['en', 'Seniors can’t miss this: free coffee on Tuesdays.'],
    ['en', 'Dads can’t stop talking about our new barbecue.'],
    ['en', 'Women can’t enter the men’s pairs; see mixed pairs.'],
    ['en', 'Boys can’t wait for half term: our holiday camp runs 10–14 Feb.'],
    ['en', 'Grandparents can’t always travel, so we stream the recital.'],
    ['en', 'Grandma can’t wait to see the kids: book the train now.'],
    ['es', 'Mi abuela no sabe lo que se pierde.'],
    ['de', 'Oma kann nicht genug von unseren Keksen bekommen.'],
    ['fr', 'Les mamans ne peuvent pas résister à nos croissants.'],
  ],
);

bank(
  'inclusive: a body part to be ashamed of, in German too (CAP 1.3 and 4.1)',
  ['inclusive.body-shaming'],
  {},
  [
    ['en', 'Ashamed of your belly? Hide it with our high-waist jeans.'],
    ['en', 'Embarrassed by your muffin top?'],
    ['es', '¿Te da vergüenza tu barriga?'],
    ['de', 'Schämst du dich für deinen Bauch?'],
    ['de', 'Schämen Sie sich für Ihre Oberschenkel? Unsere Shapewear kaschiert.'],
  ],
  [
    ['en', 'Ashamed of your lawn? Our feed greens it in a week.'],
    ['en', 'Body-positive swimwear in sizes 6–32.'],
    ['en', 'Not ashamed of our fat-free recipes!'],
    ['en', 'Fat Face store opening in Harlow.'],
    ['de', 'Schämst du dich für deinen alten Rasen? Unser Dünger hilft.'],
  ],
);
