import { kind } from './helpers/judgment-28c.ts';

/** Stop 28, branch c: inclusive language (the bank of ADR 0028, written from the codes). */

// ── Inclusive language ──────────────────────────────────────────────────────────────────────────────────

kind(
  'a disability or mental illness used as a put-down or a joke (CAP 4.1, NCDJ style guide)',
  'inclusive.slur',
  [
    ['en', 'Don’t be such a spaz, book your seat before it’s gone.'],
    ['en', 'My phone went full retard this morning, time for an upgrade.'],
    ['es', '¿Tu portátil está autista? Lo reparamos en 24 horas.'],
    ['de', 'Mein Drucker ist heute wieder total autistisch.'],
    ['fr', 'Ton ordi est autiste ? On le répare en 24 h.'],
  ],
  [
    ['en', 'Quiet, low-light shopping hours for autistic customers every Tuesday.'],
    ['en', 'Bipolar disorder support line: talk to someone tonight.'],
    ['es', 'Mi hijo es autista y aquí se siente como en casa.'],
    ['de', 'Der Empfang ist durch dicke Wände behindert: der Repeater hilft.'],
    ['fr', 'Le temps est variable, prévoyez un parapluie.'],
    ['fr', 'Ateliers pour enfants autistes le samedi matin.'],
  ],
);

// A changeable thing called bipolar or schizophrenic is a figure of speech (warn), not a put-down (round 39).
kind(
  'a mental illness used as a figure of speech for something changeable (CAP mental-health advice)',
  'inclusive.mental-illness-figure',
  [
    ['en', 'This weather is so bipolar, pack both jackets.'],
    ['es', 'El clima está bipolar: lleva paraguas y gafas de sol.'],
    ['de', 'Das Wetter ist schon wieder schizophren – gut, dass es unsere Jacke gibt.'],
    ['fr', 'Ce temps est complètement bipolaire, prenez un parapluie.'],
  ],
  [['en', 'Bipolar disorder is treatable: talk to your GP about it.']],
);

kind(
  'a person framed as a victim of, or suffering from, a disability (Conscious Style Guide, Leidmedien, CERMI)',
  'inclusive.disability-wording',
  [
    ['en', 'She suffers from multiple sclerosis, yet she runs a bakery.'],
    ['en', 'Tom, a victim of cerebral palsy, shows how our app helps him.'],
    ['en', 'Our founder has suffered from dyslexia since childhood.'],
    ['es', 'Juan padece esclerosis múltiple y aun así corre maratones.'],
    ['es', 'Víctima de parálisis cerebral, Lucía nunca se rindió.'],
    ['de', 'Trotz ihrer Behinderung arbeitet Anna jeden Tag im Café.'],
    ['de', 'Er leidet an Multipler Sklerose und fährt trotzdem Rad.'],
    ['fr', 'Malgré son handicap, Claire a monté sa boutique.'],
    ['fr', 'Victime de la sclérose en plaques, Paul court encore.'],
  ],
  [
    ['en', 'Does your garden suffer from too much shade? Try these ferns.'],
    ['en', 'Victim Support is open 24 hours if you need to talk.'],
    ['es', 'La web padece de lentitud los lunes; ya lo estamos arreglando.'],
    ['de', 'Menschen mit Behinderung zahlen den halben Eintritt.'],
    ['fr', 'Accès pour les personnes en fauteuil roulant par l’entrée latérale.'],
    ['fr', 'Paul vit avec la sclérose en plaques et court encore.'],
  ],
);

kind(
  'a product so easy that "even" women, grandmothers or seniors can use it (CAP 4.9, ASA gender stereotypes)',
  'inclusive.stereotype',
  [
    ['en', 'So simple, even your grandma can set it up.'],
    ['en', 'Finally a drill that is easy enough for the ladies.'],
    ['en', 'Tech so intuitive that even your mum could use it.'],
    ['es', 'Tan fácil que hasta tu abuela lo entiende.'],
    ['es', 'Tan sencillo que hasta su suegra podrá usarlo.'],
    ['de', 'So einfach, dass sogar deine Oma es kapiert.'],
    ['de', 'So leicht, dass es selbst deine Mutter schafft.'],
    ['fr', "Si simple que même votre grand-mère saura l'utiliser."],
    ['fr', 'Tellement facile que même ta mère peut le faire.'],
  ],
  [
    ['en', 'So easy, even on a Monday morning.'],
    ['en', 'Made for women who run: sizes 4 to 22.'],
    ['es', 'Tan fácil como pedir una pizza.'],
    ['de', 'So einfach, dass du sofort loslegen kannst.'],
    ['fr', "Si simple que vous l'installerez en 5 minutes."],
    ['fr', 'Même votre grand-mère sera ravie de ce cadeau.'],
  ],
);

kind(
  'a German, Spanish or French job ad in one grammatical sex (AGG §11, LO 3/2007 art. 5, Code du travail L1142-1)',
  'inclusive.job-ad-gender',
  [
    ['de', 'Wir suchen einen Verkäufer für unsere Filiale in Köln.'],
    ['de', 'Stellenangebot: Koch ab sofort gesucht.'],
    ['de', 'Verstärke unser Team als Lagerarbeiter in Vollzeit!'],
    ['es', 'Se busca camarero con experiencia para terraza de verano.'],
    ['es', 'Buscamos cocinero con experiencia para un bar de tapas en Bilbao.'],
    ['fr', 'Nous recrutons un vendeur en CDI à Nantes.'],
    ['fr', 'On embauche un serveur pour la saison !'],
    ['fr', 'Boulangerie recherche apprenti boulanger, poste à pourvoir.'],
  ],
  [
    ['de', 'Wir suchen Verkäufer (m/w/d) für unsere Filiale in Köln.'],
    ['de', 'Gesucht und gefunden: dein neuer Lieblingsschuh.'],
    ['es', 'Buscamos persona para atención al cliente en Bilbao.'],
    ['es', 'Se busca: el regalo perfecto para papá.'],
    ['es', 'Buscamos la mejor receta de croquetas: ¡mándanos la tuya!'],
    ['fr', 'Nous cherchons sans cesse à réduire nos emballages.'],
    ['de', 'Verstärkung für dein Heimnetz: der neue Mesh-Router.'],
    ['fr', 'Nous recrutons un·e vendeur·se en CDI (H/F).'],
    ['fr', 'Vous recherchez la robe parfaite ? Elle est ici.'],
  ],
);

kind(
  'an age limit or "young" in a job ad (AGG §11 with §1, Equality Act s.39, L1132-1)',
  'inclusive.job-ad-age',
  [
    ['en', 'We are hiring baristas aged 18–25 for our new café.'],
    ['en', 'Join our team! The ideal candidate is under 30 and loves coffee.'],
    ['en', 'Now hiring: young, energetic sales reps.'],
    ['de', 'Wir suchen junge Leute für unseren Shop in Hamburg.'],
    ['de', 'Verstärkung gesucht: Fahrer bis 35 Jahre.'],
    ['es', 'Buscamos camareros jóvenes de entre 18 y 25 años.'],
    ['es', 'Se necesitan repartidores menores de 30 años.'],
    ['fr', 'Nous recrutons des vendeurs de 20 à 28 ans.'],
    ['fr', 'On recrute ! Profil recherché : jeune et motivé.'],
  ],
  [
    ['en', 'We are hiring! You must be 18 or over to serve alcohol.'],
    ['en', 'Join our team and help young people learn to code.'],
    ['de', 'Wir suchen Verstärkung für unser junges Modelabel.'],
    ['es', 'Buscamos monitores para un campamento de niños de 8 a 12 años.'],
    ['fr', 'Nous recrutons des animateurs pour notre maison des jeunes.'],
  ],
);

kind(
  'a job ad for one sex only (AGG §11, Equality Act s.39, Ley 3/2007 art. 5)',
  'inclusive.job-ad-sex',
  [
    ['en', 'Hiring: strong men only for warehouse shifts.'],
    ['en', 'We are hiring: female applicants preferred.'],
    ['de', 'Wir suchen nur männliche Bewerber für das Lager.'],
    ['de', 'Wir suchen eine nette Frau für den Empfang.'],
    ['es', 'Se busca chica para recepción de hotel.'],
    ['es', 'Buscamos chicos para mudanzas, solo hombres.'],
    ['fr', "Nous recrutons une jeune femme pour l'accueil."],
    ['fr', 'On recrute des hommes uniquement pour le chantier.'],
  ],
  [
    ['en', "We are hiring for both our men's and women's departments."],
    ['de', 'Wir suchen Verkäuferinnen und Verkäufer für das Lager.'],
    ['es', 'Se busca: el regalo perfecto para ella.'],
    ['fr', 'Nous recrutons des coiffeurs et coiffeuses.'],
  ],
);

kind(
  'a native speaker, accent or nationality asked for in a job ad (AGG §1, Equality Act s.9, Code du travail L1132-1)',
  'inclusive.job-ad-origin',
  [
    ['en', 'Now hiring: native English speakers for our call centre.'],
    ['en', 'Apply now, UK citizens only.'],
    ['en', 'We are hiring tutors with no foreign accent.'],
    ['de', 'Wir suchen Muttersprachler für unser Team.'],
    ['de', 'Wir suchen Verkäufer (m/w/d) mit akzentfreiem Deutsch.'],
    ['es', 'Buscamos teleoperadores con español nativo.'],
    ['es', 'Se busca profesor: nacionalidad española imprescindible.'],
    ['fr', 'Nous recrutons : français langue maternelle exigé.'],
  ],
  [
    ['en', 'Hiring: fluent Spanish speakers, C1 or above.'],
    ['en', 'Spanish lessons with native teachers: book a trial.'],
    ['de', 'Wir suchen Mitarbeiter (m/w/d) mit sehr guten Deutschkenntnissen.'],
    ['fr', 'Nous recrutons : anglais courant apprécié.'],
  ],
);
