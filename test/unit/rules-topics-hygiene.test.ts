import { findings, hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { fires, topicsContract } from './helpers/topics.ts';

describe('placeholders in every string', () => {
  it.each([
    ['Hola %%FNAME%%, ya puedes apuntarte.', 'placeholder.merge-tag'],
    ['Hi *|FNAME|*, the sale is on.', 'placeholder.merge-tag'],
    ['Venez goûter nos vins. Texte à venir.', 'placeholder.fill-in'],
    ['Alles für nur [PREIS EINFÜGEN].', 'placeholder.fill-in'],
    ['Copy to come.', 'placeholder.fill-in'],
  ])('flags %s', (copy, rule) => {
    expect(fires(rule, copy)[0]?.severity).toBe('block');
  });

  it('flags TODO and empty UTM values in the CTA URL, not filled ones', () => {
    const url = (u: string) => ({
      edit: (p: { cta: { url: string } }) => {
        p.cta.url = u;
      },
    });
    expect(fires('placeholder.url-marker', 'Shop.', url('https://a.co/TODO/set'))).toHaveLength(1);
    expect(fires('placeholder.url-marker', 'Shop.', url('https://a.co/x?utm_campaign=TODO'))).toHaveLength(1);
    expect(
      fires('placeholder.url-marker', 'Shop.', url('https://a.co/x?utm_source=nl&utm_campaign=')),
    ).toHaveLength(1);
    expect(fires('placeholder.url-marker', 'Shop.', url('https://a.co/x?utm_campaign=spring_2027'))).toEqual(
      [],
    );
    expect(fires('placeholder.url-marker', 'Shop.', url('https://a.co/xxxl-shirts'))).toEqual([]);
  });

  it('does not fire on "to-do list", "Todo al 30 %" or "XXXL"', () => {
    for (const copy of ['The to-do list that gets done.', '¡Todo al 30 %!', 'Now in XXXL.']) {
      const placeholders = findings(withCopy(copy), topicsContract()).filter(
        (f) => f.family === 'placeholder',
      );
      expect(placeholders).toEqual([]);
      expect(fires('placeholder.fill-in', copy)).toEqual([]);
    }
  });
});

describe('accessibility (WCAG 2.2 1.1.1, 2.4.4)', () => {
  const alt = { channel: 'social-organic' as const, kind: 'alt-text' as const };
  it.each(['image', 'DSC_0042.JPG', '#SpringDrop', 'Foto', 'imagen', ' '])('flags alt text %j', (copy) => {
    expect(fires('accessibility.alt-text', copy, alt)).toHaveLength(1);
  });

  it('accepts descriptive alt text, also one that starts "Photo of"', () => {
    expect(fires('accessibility.alt-text', 'Photo of a barista handing over a latte.', alt)).toEqual([]);
  });

  it.each([['Click here'], ['Hier klicken'], ['Haz clic aquí'], ['Cliquez ici']])(
    'flags link text %s',
    (text) => {
      expect(
        fires('accessibility.link-text', 'New throws.', {
          edit: (p) => {
            p.cta.text = text;
          },
        }),
      ).toHaveLength(1);
    },
  );

  it('flags copy pointing to an image with no alt text in the channel', () => {
    expect(fires('accessibility.image-without-alt', 'Check the size chart image below.')).toHaveLength(1);
  });
});

describe('inclusive language: gendered pairs, idioms, hyphens, slurs', () => {
  it('raises a gendered job title used alone, not next to its counterpart', () => {
    expect(fires('inclusive-or.salesmen-saleswomen', 'Our salesmen are ready.')[0]?.severity).toBe('warn');
    expect(fires('inclusive-or.salesmen-saleswomen', 'Our salesmen and saleswomen are ready.')).toEqual([]);
    expect(fires('inclusive-or.chick-cop-policeman', 'Every policeman deserves boots.')).toHaveLength(1);
  });

  it('keeps everyday family words and "king-size" as hints (info)', () => {
    expect(fires('inclusive-or.dads-moms', 'For dads who grill.')[0]?.severity).toBe('info');
    expect(
      fires('inclusive-or.kingsize-queensize', 'Now in king-size.').every((f) => f.severity === 'info'),
    ).toBe(true);
  });

  it('does not read "go nuts for pistachio" as a slur, but still flags "nuts" about people', () => {
    expect(hits(withCopy('Go nuts for our pistachio gelato!'), 'inclusive.nuts')).toEqual([]);
    expect(hits(withCopy('You would be nuts to miss it.'), 'inclusive.nuts')).toHaveLength(1);
  });

  it('matches a two-word phrase written with a hyphen ("wheelchair-bound")', () => {
    expect(
      hits(withCopy('Wheelchair-bound customers can enter.'), 'inclusive.wheelchair-bound'),
    ).toHaveLength(1);
  });

  it('blocks slurs', () => {
    expect(fires('inclusive.slur', "You'd be retarded to shop elsewhere!")[0]?.severity).toBe('block');
    expect(fires('inclusive.slur', 'A retardant-free finish.')).toEqual([]);
  });
});
