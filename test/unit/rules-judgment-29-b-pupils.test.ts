import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, personal data: schoolchildren listed by first name and surname with their class. Children's data
 * merits specific protection (GDPR recital 38, art. 8) and may be used only as far as a purpose needs (art.
 * 5(1)(c)); a school photographer's, a club's or a shop's "thanks to 3rd class – Aoife Byrne, Cillian Doyle…"
 * publishes identifiable children and where to find them (COPPA 16 CFR 312, CARU). Teachers, parents and
 * alumni named with a class, a class thanked without surnames, and a staff list are not children's data.
 */
const rule = 'pii.pupil-names';

describe('pii.pupil-names: three or more children named in full beside their class fires', () => {
  it.each([
    ['en', 'Massive thanks to 3rd class – Aoife Byrne, Cillian Doyle, Saoirse Nolan and Fionn O’Shea!'],
    ['en', 'Well done Year 4: Oliver Hughes, Amelia Clarke and Harry Patel won the reading cup.'],
    ['en', 'Our Class 2B stars this week: Mia Turner, Leo Grant, Ruby Shaw & Noah Price.'],
    ['en', 'Congratulations to our 5th grade spelling champs Emma Ruiz, Liam Chen and Ava Brooks.'],
    ['en', 'Pupils Jack Murphy, Grace Kelly and Sean Ryan from St Joseph’s took home gold.'],
    ['es', 'Enhorabuena a los alumnos de 3º: Lucía García, Pablo Ruiz y Martina López.'],
    ['es', 'Gracias a 2.º B – Hugo Sánchez, Sara Gil, Leo Martín y Vera Ortega – por su mural.'],
    ['es', 'Los niños de infantil Daniel Moreno, Alba Navarro y Mateo Romero plantaron el huerto.'],
    ['de', 'Danke an die Klasse 3b: Lena Schmidt, Paul Weber und Mia Fischer!'],
    ['de', 'Unsere Schülerinnen Hanna Becker, Emma Wolf und Lea Schulz haben gewonnen.'],
    ['fr', 'Bravo à la classe de CM1 : Léa Martin, Hugo Bernard et Chloé Petit !'],
    ['fr', 'Merci aux élèves Jules Moreau, Inès Laurent et Louis Simon pour leurs dessins.'],
  ])('[%s] %j', (lang, copy) => {
    expect(quotes(rule, copy, undefined, lang)).not.toEqual([]);
  });
});

describe('pii.pupil-names: adults with a class, a class without names, and staff lists do not', () => {
  it.each([
    ['en', 'Massive thanks to 3rd class at Scoil Bhríde – ye were absolute stars!'],
    ['en', 'Thanks to 3rd class teachers Aoife Byrne, Cillian Doyle and Saoirse Nolan.'],
    ['en', 'Meet the team – Aoife Byrne, Cillian Doyle, Saoirse Nolan and Fionn O’Shea.'],
    ['en', 'Class of 2009 alumni Jack Murphy, Grace Kelly and Sean Ryan are back to coach.'],
    ['en', 'Year 4 parents Sarah Hughes, Tom Clarke and Priya Patel ran the bake sale.'],
    ['en', 'Well done Year 4: Oliver, Amelia and Harry won the reading cup.'],
    ['es', 'Enhorabuena a los alumnos de 3º por su mural. Gracias, Lucía, Pablo y Martina.'],
    ['es', 'Los profesores de 2.º B – Hugo Sánchez, Sara Gil y Leo Martín – organizan la feria.'],
    ['de', 'Danke an die Lehrerinnen der Klasse 3b: Lena Schmidt, Petra Weber und Mia Fischer!'],
    ['de', 'Die Klasse 3b hat gewonnen! Danke an Lena, Paul und Mia.'],
    ['fr', 'Bravo à la classe de CM1 pour ses dessins, affichés en magasin.'],
    ['fr', 'Les enseignants de CM2 Léa Martin, Hugo Bernard et Chloé Petit vous accueillent.'],
  ])('[%s] %j', (lang, copy) => {
    expect(quotes(rule, copy, undefined, lang)).toEqual([]);
  });
});

// Review of stop 29: instructors, speakers, mentors and authors beside a class are adults, and a room number
// is where a talk is, not a class of children.
describe('pii.pupil-names: adults running a class, a workshop or a talk do not', () => {
  it.each([
    ['en', 'Class 4B with instructors Sarah Jones, Mark Evans and Anna Schmidt in Room 12.'],
    ['en', 'Class 4B with instructor Sarah Jones in Room 12: Mark Evans, Anna Schmidt and David Lee.'],
    ['en', 'Year 9 workshop taught by Mark Evans, Sarah Jones and Tom Baker.'],
    ['en', 'Year 10 careers day with our mentors Anna Schmidt, Priya Shah and Tom Baker.'],
    ['en', 'Grade 5 assembly – Speakers: David Lee, Sarah Jones and Mark Evans.'],
    ['en', 'Room 12 talks today: Anna Schmidt, David Lee and Priya Shah.'],
    ['en', 'Year 6 book week with authors Julia Lane, Michael Rowe and Cressida Cole.'],
    ['en', 'Pupils meet our speakers David Lee, Sarah Jones and Mark Evans at 10am.'],
    ['es', 'Taller para 3º B impartido por Laura Gil, Pedro Sanz y Ana Ruiz.'],
    ['de', 'Klasse 3b mit den Trainerinnen Lena Schmidt, Petra Weber und Mia Fischer.'],
    ['fr', 'Atelier CM2 animé par Léa Martin, Hugo Bernard et Chloé Petit.'],
  ])('[%s] %j', (lang, copy) => {
    expect(quotes(rule, copy, undefined, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Year 4 pupils Oliver Hughes, Amelia Clarke and Harry Patel, taught by Mrs Jones, won the cup.'],
    ['en', 'Year 6 assembly presented by Mia Turner, Leo Grant and Ruby Shaw.'],
    [
      'en',
      'Well done Year 6 – Oliver Hughes, Amelia Clarke and Harry Patel – and thanks to their teacher Sarah Jones.',
    ],
  ])('[%s] %j still fires: the named are the children', (lang, copy) => {
    expect(quotes(rule, copy, undefined, lang)).not.toEqual([]);
  });
});
