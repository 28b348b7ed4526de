import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 38, round 39 (inclusive language): the readings its dev blind cases asked for, in our own words.
 * A mixed audience greeted as "guys", "Jungs" or "les gars" (retext-equality, APA bias-free language); a
 * diagnosis said of weather, prices or a router is a figure of speech to reword, not a slur to block
 * (CAP mental-health advice, Collectif Schizophrénies); a gendered title a named person holds is theirs.
 */

export const ADDRESS_RULES = ['inclusive.group-address'] as const;
export const FIGURE_RULES = ['inclusive.mental-illness-figure'] as const;
export const NAMED_TITLE_RULES = [
  'inclusive-or.chairman-chairwoman',
  'inclusive-or.spokesman-spokeswoman',
  'inclusive-or.foreman-forewoman',
  'inclusive-or.councilman-councilwoman',
  'inclusive-or.congressman-congresswoman',
] as const;

export const ADDRESS: Kind = {
  title: 'a mixed audience greeted with a masculine word',
  rules: ADDRESS_RULES,
  fire: [
    ['en', 'Hi guys! Our autumn menu lands on Friday.'],
    ['en', 'Thanks guys, we hit 10,000 members this week.'],
    ['en', 'Guys, the waitlist for the bootcamp opens tonight.'],
    ['en', 'Doors open at 7, see you there, guys!'],
    ['en', 'Okay guys 🎉 the summer sale starts now.'],
    ['de', 'Hey Jungs, der neue Laufplan ist da.'],
    ['de', 'Na Jungs, schon für den Stadtlauf angemeldet?'],
    ['fr', 'Salut les gars ! Les inscriptions au trail sont ouvertes.'],
    ['fr', 'Coucou les mecs, nouvelle collection en ligne.'],
  ],
  quiet: [
    ['en', 'Hey everyone, our autumn menu lands on Friday.'],
    ['en', 'Hi folks, the waitlist opens tonight.'],
    ['en', 'Switching from the other guys takes two minutes.'],
    ['en', 'Thanks to the guys at the bike shop for the repair.'],
    ['en', 'Guys and Dolls returns to the Playhouse in June.'],
    ['en', 'Bonfire night: Guy Fawkes sparklers half price.'],
    ['en', 'Hey guys and gals, the barn dance is back!'],
    ['es', '¡Hola a todas y a todos! Ya está aquí el menú de otoño.'],
    ['de', 'Hallo zusammen, der neue Laufplan ist da.'],
    ['de', 'Hey Leute, der Stadtlauf startet am Sonntag.'],
    ['de', 'Hallo Jungs und Mädels, das Sommercamp ist offen.'],
    ['fr', 'Salut tout le monde ! Les inscriptions sont ouvertes.'],
    ['fr', 'Les gars du club ont repeint les vestiaires.'],
  ],
};

export const FIGURE: Kind = {
  title: 'a mental illness used as a figure of speech for something changeable',
  rules: FIGURE_RULES,
  fire: [
    ['en', 'Our Wi-Fi has been acting a bit schizo since Monday. Time for fibre?'],
    ['en', 'Bipolar weather? One jacket, two layers.'],
    ['es', 'La primavera está bipolar: un día sol, al siguiente granizo.'],
    ['es', 'El tiempo en abril es muy bipolar, lleva siempre chaqueta.'],
    ['es', 'Con este clima esquizofrénico, mejor vestirse por capas.'],
    ['de', 'Der April ist mal wieder total bipolar.'],
    ['de', 'Das Wetter wirkt heute echt schizophren.'],
    ['de', 'Schizophrenes Wetter? Unsere Regenjacke hält dicht.'],
    ['fr', 'Le printemps est carrément bipolaire cette année.'],
    ['fr', 'Temps bipolaire ? Prenez la doudoune légère.'],
    ['fr', 'Ma connexion est encore bipolaire depuis la mise à jour.'],
  ],
  quiet: [
    ['en', 'Living with bipolar disorder? Our peer group meets on Thursdays.'],
    ['en', 'Polar weather is on its way: fleeces from £15.'],
    ['en', 'Book a psychotherapy session online this week.'],
    ['es', 'Mi hermano tiene trastorno bipolar y este grupo le ayuda.'],
    ['es', 'Tiempo cambiante: lleva paraguas y gafas de sol.'],
    ['de', 'Menschen mit Schizophrenie verdienen gute Versorgung.'],
    ['de', 'Das Wetter ist wechselhaft, die Jacke hält dicht.'],
    ['fr', 'Le trouble bipolaire touche 1 % des adultes : parlez-en.'],
    ['fr', 'Météo changeante ? Prenez la veste légère.'],
  ],
};

/** A gendered title a named person holds: quiet (the `or` rules still read a title said of anyone). */
export const NAMED_TITLE_QUIET: Line[] = [
  ['en', '“We are delighted,” said Maria Lopez, Chairwoman of Lopez Foods.'],
  ['en', 'Spokesman Tom Reilly confirmed the new timetable on Monday.'],
  ['en', 'Our foreman, Gary Hughes, has thirty years on site.'],
  ['en', 'The grant was announced by Aoife Byrne (Chairwoman) at the AGM.'],
  ['en', 'Congresswoman Ana Ruiz opened the new clinic.'],
];

/** The same titles for any holder of the role: they fire as before (a guard on the narrowing). */
export const GENERIC_TITLE_FIRES: Line[] = [
  ['en', 'Every club needs a chairman who listens to its members.'],
  ['en', 'Ask your local councilman about the community grant.'],
  ['en', 'Our spokesman will take questions after the launch.'],
  ['en', 'Each site foreman signs off the safety checklist.'],
  ['en', 'Meet the Chairman: an evening of questions, 5 May.'],
];

export const KINDS_38: readonly Kind[] = [ADDRESS, FIGURE];
