import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 32, the review of the merged change (messaging, placeholders, endorsements, green claims, personal
 * data): each line the reviewer probed, with the outcome it must have.
 */
// The first score compiles the rulebooks; a loaded machine must not fail the first line on time.
beforeAll(() => {
  fired([], '', 'en');
}, 60_000);

type Line = [lang: string, copy: string];
const check = (rules: string[], fire: Line[], quiet: Line[], where = {}) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, where)).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(rules, copy, lang, where)).toEqual([]);
  });
};

describe('"100 % recycled" beside what is not recycled is specific', () => {
  check(
    ['regulated.environmental'],
    [
      ['en', '100% recycled packaging!'],
      ['es', 'Envase 100 % reciclado.'],
    ],
    [
      ['en', 'Our recycled-content figures: 100% recycled PET body, cap and label are virgin PP.'],
      ['en', 'Made with 100% recycled cotton offcuts; the thread is new polyester.'],
      ['fr', 'Papier 100 % recyclé ; couverture non recyclée.'],
      ['en', 'We recycle 100% of our office coffee grounds.'],
      [
        'en',
        'Our bottle is made from 100% recycled PET (cap and label excluded), certified by SCS Global Services in 2026. Please rinse it and recycle it with your plastics.',
      ],
      [
        'en',
        "The Orla trainer's upper is 100% recycled polyester, certified to the Global Recycled Standard (certificate valid until December 2027). The sole is new rubber.",
      ],
      [
        'fr',
        'Ce carnet est imprimé sur papier 100 % recyclé certifié Ange Bleu ; la couverture est en carton recyclé à 70 %.',
      ],
    ],
  );
});

describe('a house-ad word clears a connection only as a label or a disclosure', () => {
  check(
    ['endorsement.undisclosed-connection'],
    [
      ['en', 'Self-promotion is hard, but I love this serum my sponsor sent me. Code ANNA20.'],
      ['en', 'Not an ad for self-promotion, just love this serum! Code ANNA20 for 20% off.'],
      ['es', 'Con mi código RADIO20 tienes un 20 % en el sérum que uso cada día.'],
    ],
    [],
    { channel: 'influencer' },
  );
  check(
    ['endorsement.undisclosed-connection'],
    [],
    [['de', 'Eigenwerbung: Hör rein in unseren neuen Podcast, jeden Montag.']],
  );
});

describe('a template tag after a greeting is never an example', () => {
  check(
    ['placeholder.template-token', 'placeholder.merge-tag'],
    [
      ['en', 'Hi {{first_name}}, add your name to the subject line when you reply.'],
      ['en', 'Dear "{{first_name}}", your order has shipped.'],
      ['en', 'Hi {{first_name}}, your template order has shipped.'],
      ['en', 'Hi *|FNAME|*, add your name to the subject line when you reply.'],
      ['en', 'Dear "*|FNAME|*", your order has shipped.'],
      ['de', 'Hallo {{vorname}}, deine Bestellung ist unterwegs.'],
    ],
    [
      ['en', 'Use `{{first_name}}` in your subject line to lift opens.'],
      ['de', 'Schreib {{vorname}} in den Betreff.'],
      ['es', 'Utiliza {{nombre}} en el asunto.'],
    ],
  );
});

describe('an affiliate note buried in a footer, or not the publisher’s, discloses nothing', () => {
  const ROUNDUP =
    'Our 7 favourite espresso machines, tested for six weeks. Top pick: the Piccolo Pro. [Check price →]';
  const note = (n: string) => ({
    channel: 'affiliate' as const,
    kind: 'body' as const,
    edit: (p: { channels: { disclosures?: string[] }[] }) => {
      (p.channels[1] as { disclosures?: string[] }).disclosures = [n];
    },
  });
  const lines = (ls: Line[], fire: boolean) =>
    it.each(ls)(`[%s] %j ${fire ? 'fires' : 'does not'}`, (lang, n) => {
      const got = fired(['disclosure.ad-marker'], ROUNDUP, lang, note(n));
      if (fire) expect(got).not.toEqual([]);
      else expect(got).toEqual([]);
    });
  lines(
    [
      ['en', 'In the footer: we may earn a commission when you buy through our links.'],
      [
        'en',
        'Disclosure (shown in the page footer): we may earn a commission when you buy through our links.',
      ],
      ['en', 'At the bottom of every post: we earn a commission on purchases through our links.'],
      ['de', 'Hinweis im Seitenfuß: Für Käufe über diese Links erhalten wir eine kleine Provision.'],
      ['fr', 'En bas de page : nous touchons une petite commission sur les achats via nos liens.'],
      ['en', 'Our friends earn a commission when they refer you.'],
      ['es', 'Nuestros afiliados reciben una comisión; nosotros no.'],
    ],
    true,
  );
  lines(
    [
      ['en', 'We may earn a commission when you buy through links on this page.'],
      ['en', 'We may earn a commission when you buy through links; full policy in the footer.'],
    ],
    false,
  );
});

describe('personal data: a winner’s age in brackets, a shop’s stock, a doctor’s practice', () => {
  check(
    ['pii.winner-details'],
    [
      ['en', 'Winner announced: Jane Smith (age 34).'],
      ['en', 'Congratulations to our winner Jane Smith, 34, of Leeds!'],
      ['de', 'Gewinnerin: Anna Schmidt (34) aus der Lindenstraße 5.'],
    ],
    [['en', 'Our winner, Jane S. from Yorkshire, takes home the hamper.']],
  );
  check(
    ['pii.private-address'],
    [['en', 'Jane Smith lives at 12 Mill Street, Leeds.']],
    [
      ['en', 'Winner: Best Independent Bookshop 2026 | 20,000 Titles In Store'],
      [
        'en',
        'Winner: Best Independent Bookshop, North West Book Awards 2026 | 20,000 Titles In Store | Page & Pine',
      ],
      ['es', 'Dr. Ana Ruiz atiende en su consulta, Calle Mayor 5.'],
    ],
  );
});
