import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

/** The contract packages name today (marketing-default@1.2.0 + marketing-topics@1.1.0). */
const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.0.0');
  if (c === undefined) throw new Error('contract missing');
  return c;
};

const on = (copy: string, language = 'en') => withCopy(copy, 'social-organic', 'caption', { language });
const fired = (ruleId: string, copy: string, language = 'en') => hits(on(copy, language), ruleId, contract());

/** A caption plus an alt text on the same channel (the added channel is the last one). */
function withAlt(caption: string, alt: string): HandoffPackage {
  const pkg = on(caption);
  pkg.channels.at(-1)?.deliverables.push({ id: 'alt', kind: 'alt-text', copy: alt });
  return pkg;
}

const withAudience = (copy: string, audience: string, language = 'en') => {
  const pkg = on(copy, language);
  pkg.audience.primary = audience;
  return pkg;
};

describe('comparative: a day, a holiday or a fixture is not a rival (16 CFR 14.15 n.1)', () => {
  const rule = 'claim.competitor-comparison';
  it.each([
    ['en', 'Swiftvac beats Dyson on suction, every time.'],
    ['en', 'Our Pro plan vs. Netflix Premium: half the price.'],
    ['de', 'Der Sturmwind S9 zieht 30 % mehr Saugkraft als der Dyson V11.'],
    ['de', 'Weniger Zucker als Coca-Cola, gleicher Geschmack.'],
  ])('blocks a named rival (%s: %s)', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'Beat the Monday blues with a cold brew.'],
    ['en', 'Cheaper than Black Friday, every day of the year.'],
    ['en', 'Lakers vs. Celtics on the big screen, $5 slices.'],
    ['en', 'Watch Bayern vs. Dortmund live at the bar.'],
    ['es', 'Real Madrid vs. Barça en pantalla gigante.'],
    ['de', 'Mehr Geschmack als je zuvor.'],
  ])('leaves “%s: %s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});

describe('comparative: a place’s or a people’s style is no imitation (2006/114/EC art. 4(g))', () => {
  it.each([
    ['en', 'The Rolex-style watch for a tenth of the price.'],
    ['en', 'A Chanel-inspired quilted bag.'],
    ['fr', 'Le parfum qui sent exactement comme Chanel N°5, à 19 €.'],
    ['en', 'It smells exactly like Baccarat Rouge.'],
  ])('blocks an imitation (%s: %s)', (language, copy) => {
    expect(fired('claim.imitation', copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    'San Marzano-style tomatoes, basil and garlic.',
    'New York-style cheesecake, baked daily.',
    'Neapolitan-style pizza from a wood oven.',
    'Greek-style yogurt with honey.',
    'It smells exactly like fresh bread.',
  ])('leaves “%s” alone', (copy) => {
    expect(fired('claim.imitation', copy)).toEqual([]);
  });
});

describe('children: every way of telling a child to work on a parent (UCPD Annex I 28, AVMSD 9(1)(g))', () => {
  const KIDS = 'Niñas y niños de 4 a 8 años y sus familias.';
  const rule = 'children.direct-exhortation';
  it.each([
    ['es', '¿Te gusta? ¡Convence a tus papás para que te la compren!'],
    ['en', 'Convince your parents to get you one.'],
    ['de', 'Überrede deine Eltern und hol dir den Roboter!'],
    ['fr', 'Convaincs tes parents de te l’offrir !'],
  ])('blocks it (%s: %s)', (language, copy) => {
    expect(hits(withAudience(copy, KIDS, language), rule, contract())[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'Show the safety guide inside the box to a grown-up helper.'],
    ['es', 'Dile a tus amigos que vengan a la biblioteca.'],
    ['fr', 'Raconte ta journée à tes parents ce soir.'],
  ])('leaves “%s: %s” alone', (language, copy) => {
    expect(hits(withAudience(copy, KIDS, language), rule, contract())).toEqual([]);
  });
});

describe('children: adults who are parents are an adult audience (AVMSD 9(1)(g), CARU)', () => {
  const copy = 'Three months of series for 9.99.';
  const rule = 'children.audience';
  it.each([
    'Children aged 6-11 watching kids channels.',
    'Parents and kids aged 4-8.',
    'Parents of kids aged 4-8.',
  ])('routes “%s”', (audience) => {
    expect(hits(withAudience(copy, audience), rule, contract())).toHaveLength(1);
  });

  it.each([
    'Erwachsene in Deutschland, Eltern kleiner Kinder.',
    'Adults in the US, parents of young kids.',
    'Adultos en España, padres de niños pequeños.',
  ])('does not route “%s”', (audience) => {
    expect(hits(withAudience(copy, audience), rule, contract())).toEqual([]);
  });
});

describe('accessibility: a word for the kind of image is no text alternative (WCAG F30)', () => {
  it.each(['Poster', 'The poster', 'Product shot', 'Plakat', 'Affiche'])('flags the alt text “%s”', (alt) => {
    expect(hits(withAlt('Out now.', alt), 'accessibility.alt-text', contract())[0]?.severity).toBe('warn');
  });

  it.each([
    'Poster: 12 bands on 3 stages, June 6-8 at Riverside Park.',
    'Cartel del festival con doce grupos.',
    'Shot glasses in a row on a bar.',
  ])('leaves “%s” alone', (alt) => {
    expect(hits(withAlt('Out now.', alt), 'accessibility.alt-text', contract())).toEqual([]);
  });
});

describe('accessibility: copy that sends readers to an image needs an alt that carries it (WCAG 1.1.1)', () => {
  const rule = 'accessibility.image-without-alt';
  it.each([
    ['Everything you need to know is on the poster 👇', 'Poster'],
    ['See the image above for this weekend’s deal.', 'Pinecrest'],
    ['Alle Termine auf dem Plakat.', 'Festival Plakat'],
  ])('flags “%s” with the alt “%s”', (caption, alt) => {
    expect(hits(withAlt(caption, alt), rule, contract())[0]?.severity).toBe('warn');
  });

  it.each([
    ['Everything you need to know is on the poster 👇', 'Poster: 12 bands, June 6-8, Riverside Park.'],
    ['See the image above for this weekend’s deal.', 'Boots at 30% off, Saturday and Sunday only.'],
    ['Out now, in every colour.', 'Poster'],
  ])('leaves “%s” with the alt “%s” alone', (caption, alt) => {
    expect(hits(withAlt(caption, alt), rule, contract())).toEqual([]);
  });
});

describe('placeholders: dummy text in any language (CASE-FORMAT placeholders)', () => {
  const rule = 'placeholder.lorem-ipsum';
  it.each([
    [
      'de',
      'Weit hinten, hinter den Wortbergen, fern der Länder Vokalien und Konsonantien leben die Blindtexte.',
    ],
    ['de', 'Hallo, ich bin ein kleiner Blindtext.'],
    ['en', 'Far far away, behind the word mountains, live the blind texts.'],
    ['es', 'Texto de relleno para la ficha del producto.'],
    ['fr', 'Texte de remplissage à remplacer.'],
  ])('blocks it (%s: %s)', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'Mountains of words? We cut the jargon.'],
    ['es', 'Relleno de chocolate y avellana.'],
    ['de', 'Ein kleiner Text über große Berge.'],
  ])('leaves “%s: %s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});

describe('personal data: an e-mail address in a link, and a named person to call (GDPR 4(1), 5(1)(c))', () => {
  const cta = (url: string) => {
    const pkg = on('Shop the spring boots.');
    pkg.cta.url = url;
    return hits(pkg, 'pii.email-in-link', contract());
  };
  it.each([
    'https://trailforge.com/boots?utm_source=newsletter&email=dana.whitfield84@gmail.com',
    'https://trailforge.com/boots?e=dana.whitfield84%40gmail.com&utm_medium=email',
    'https://shop.example.org/p?ref=j.doe@acme.io',
  ])('blocks the CTA link %s', (url) => {
    expect(cta(url)[0]?.severity).toBe('block');
  });
  it('blocks it in a link written into the copy', () => {
    expect(fired('pii.email-in-link', 'Shop: https://trailforge.com/b?mail=ana.ruiz@yahoo.es')).toHaveLength(
      1,
    );
  });
  it.each([
    'https://trailforge.com/boots?utm_source=newsletter&utm_medium=email',
    'mailto:help@trailforge.com?subject=Boots',
    'https://trailforge.com/@trailforge/boots?id=42',
  ])('leaves %s alone', (url) => {
    expect(cta(url)).toEqual([]);
  });

  it.each([
    'Reach Jenna at (503) 555-0147 for interviews.',
    'Contact Marco Rossi on 020 7946 0958.',
    'Llama a Lucía al 612 345 678.',
  ])('blocks a named person’s number: %s', (copy) => {
    expect(fired('pii.personal-phone', copy)[0]?.severity).toBe('block');
  });
  it.each([
    'Contact Sales at 0800 123 4567.',
    'Reach Us at (800) 555-0100, 9 to 5.',
    'Call Customer Service on 0800 123 456.',
  ])('leaves a team’s number alone: %s', (copy) => {
    expect(fired('pii.personal-phone', copy)).toEqual([]);
  });
});

describe('finance: a promised periodic yield, and "can’t lose" only about money (FINRA 2210(d)(1)(F))', () => {
  const rule = 'regulated.finance-returns';
  it.each([
    ['en', 'Earn 15% a month with our crypto app.'],
    ['es', 'Gana hasta un 8 % al mes con tu inversión.'],
    ['de', '3 % monatliche Rendite, ganz automatisch.'],
    ['en', 'Our trading signals: you can’t lose.'],
  ])('blocks it (%s: %s)', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'Earn 4.50% APY on your savings. Variable rate.'],
    ['en', 'With free returns for 30 days, you can’t lose.'],
    ['en', 'Save 15% a month on groceries with the app.'],
  ])('leaves “%s: %s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});

describe('placeholders: every ESP’s merge-tag syntax and template prompts (CASE-FORMAT placeholders)', () => {
  it.each([
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal ${...} merge tag is the copy under test
    ['placeholder.merge-tag', 'Hi ${first_name}, your boots are waiting.'],
    ['placeholder.merge-tag', 'Hi {!Contact.FirstName}, your boots are waiting.'],
    ['placeholder.merge-tag', 'Hi {FirstName}, your boots are waiting.'],
    ['placeholder.merge-tag', 'Hi %FIRSTNAME%, your boots are waiting.'],
    ['placeholder.insert-bracket', 'Hallo [Vorname], die Stiefel warten.'],
    ['placeholder.insert-bracket', 'Hi [FIRSTNAME], your boots are waiting.'],
    ['placeholder.marker', 'Only XX% off, ends ??/??.'],
    ['placeholder.pending-text', 'Headline goes here'],
    ['placeholder.pending-text', 'Titre ici'],
  ])('%s blocks “%s”', (ruleId, copy) => {
    expect(fired(ruleId, copy)[0]?.severity).toBe('block');
  });

  it.each([
    'Hi there, your boots are waiting: 100% waterproof.',
    'Score 50% OFF% nothing: prices in [brackets] are members’ prices.',
    'XXL sizes are back. The headline act goes on stage here at 9.',
  ])('leaves “%s” alone', (copy) => {
    for (const ruleId of [
      'placeholder.merge-tag',
      'placeholder.insert-bracket',
      'placeholder.marker',
      'placeholder.pending-text',
    ])
      expect(fired(ruleId, copy)).toEqual([]);
  });
});

describe('accessibility: a control named by colour or shape alone (WCAG 1.3.3, 1.4.1; F14, F26)', () => {
  const rule = 'accessibility.sensory-instruction';
  it.each([
    ['en', 'Tap the green button to claim your code.'],
    ['es', 'Pulsa el botón verde para ver la oferta.'],
    ['de', 'Klicken Sie auf den roten Button.'],
    ['fr', 'Cliquez sur le bouton vert pour en profiter.'],
  ])('flags it (%s: %s)', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('warn');
  });

  it.each([
    'Tap “Claim my code” to get 20% off.',
    'The green button-down shirt is back.',
    'Press the “Red Carpet” link for the gala menu.',
  ])('leaves “%s” alone', (copy) => {
    expect(fired(rule, copy)).toEqual([]);
  });
});

describe('sms: a generic opening label is not a sender (CTIA Messaging Principles, ePrivacy 13(4))', () => {
  const text = (copy: string) => hits(withCopy(copy, 'sms', 'message'), 'sms.sender-id', contract());
  it.each([
    'FLASH SALE: 20% off serums today. Reply STOP to opt out.',
    'Reminder: your table is booked for 8pm. Reply STOP to opt out.',
    'Oferta: 2x1 en smoothies hoy. Responde BAJA para no recibir más.',
  ])('blocks “%s”', (copy) => {
    expect(text(copy)[0]?.severity).toBe('block');
  });

  it.each([
    'Glow Theory: 20% off serums today. Reply STOP to opt out.',
    'Sale at Glow Theory: 20% off today. Reply STOP to opt out.',
    'Juice Lab: 2x1 en smoothies hoy. Responde BAJA para no recibir más.',
  ])('leaves “%s” alone', (copy) => {
    expect(text(copy)).toEqual([]);
  });
});

describe('substantiation: an establishment claim in any wording needs the tests (FTC substantiation, CAP 3.7)', () => {
  const rule = 'claim.clinically-proven';
  it.each([
    ['en', 'Proven to cut drying time.'],
    ['en', 'Lab-tested to stay 3 degrees cooler.'],
    ['en', 'Engineers confirmed it: twice the grip on wet rock.'],
    ['es', 'Las pruebas independientes lo confirman: sin cal.'],
    ['de', 'Wissenschaftlich belegt: hält 12 Stunden warm.'],
    ['fr', 'Testé en laboratoire : tient 12 heures.'],
  ])('blocks it (%s: %s)', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'A proven recipe since 1952.'],
    ['en', 'Proven to be a crowd favourite at every barbecue.'],
    ['en', 'Our engineers built it to last, and it shows.'],
    ['es', 'Pruebas de sonido a las ocho, concierto a las nueve.'],
  ])('leaves “%s: %s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});

describe('placeholders: Spanish "TODO" in a capitalised headline is "everything" (CASE-FORMAT placeholders)', () => {
  it.each(['TODO: final headline', 'Spring sale TODO', 'Price TODO (check with Ana)'])(
    'blocks “%s”',
    (copy) => {
      expect(fired('placeholder.marker', copy)[0]?.severity).toBe('block');
    },
  );

  it.each(['TODO AL 50 % ESTE FIN DE SEMANA', 'DE TODO PARA TU JARDÍN', 'TODO EL VERANO, ENVÍO GRATIS'])(
    'leaves “%s” alone',
    (copy) => {
      expect(fired('placeholder.marker', copy, 'es')).toEqual([]);
    },
  );
});

describe('comparative: calling rivals’ goods junk is denigration (2006/114/EC art. 4(d), CAP 3.42)', () => {
  const rule = 'claim.denigration';
  it.each([
    ['en', 'Soggy, floppy veg that looks like compost? Yeah, the other guys do that.'],
    ['en', 'Other brands sell you overpriced junk. We don’t.'],
    ['es', 'La competencia te vende basura con envase bonito.'],
    ['de', 'Die Konkurrenz liefert Schrott, wir liefern Qualität.'],
  ])('blocks it (%s: %s)', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'Other brands charge for returns; ours are free for 30 days.'],
    ['en', 'Ditch the junk drawer: a place for every cable.'],
    ['fr', 'Comparez avec la concurrence : prix relevés le 3 mars.'],
  ])('leaves “%s: %s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});

describe('accessibility: emoji are no text alternative (WCAG 1.1.1)', () => {
  it.each(['👟✨', '🎉 🎉', '❤️'])('flags the alt text “%s”', (alt) => {
    expect(hits(withAlt('Out now.', alt), 'accessibility.alt-text', contract())[0]?.severity).toBe('warn');
  });
  it.each(['Red running shoes ✨', '2 for 1 🎉 on all pizzas', 'A heart drawn in latte foam ❤️'])(
    'leaves “%s” alone',
    (alt) => {
      expect(hits(withAlt('Out now.', alt), 'accessibility.alt-text', contract())).toEqual([]);
    },
  );
});
