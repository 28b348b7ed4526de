import { hits, spanTexts } from './helpers/engine-findings.ts';
import { cleanPackage, withCopy } from './helpers/engine-fixtures.ts';

describe('leftover placeholders', () => {
  it('blocks lorem ipsum, TBD/TODO/FIXME/XXX, [INSERT …] and {{…}} in copy', () => {
    const copy = 'Lorem ipsum TBD. TODO: FIXME XXX [INSERT PRICE] Hi {{first_name}}';
    const pkg = withCopy(copy);
    expect(spanTexts(pkg, 'placeholder.lorem-ipsum', copy)).toEqual(['Lorem ipsum']);
    expect(spanTexts(pkg, 'placeholder.marker', copy)).toEqual(['TBD', 'TODO', 'FIXME', 'XXX']);
    expect(spanTexts(pkg, 'placeholder.insert-bracket', copy)).toEqual(['[INSERT PRICE]']);
    expect(spanTexts(pkg, 'placeholder.template-token', copy)).toEqual(['{{first_name}}']);
  });

  it('also finds placeholders outside copy, e.g. in the story', () => {
    const pkg = cleanPackage();
    pkg.story.tension = 'TBD after the workshop';
    expect(hits(pkg, 'placeholder.marker').map((f) => [f.pointer, f.span])).toEqual([
      ['/story/tension', [0, 3]],
    ]);
  });

  it('does not flag ordinary words that contain the markers', () => {
    const copy = 'A todo list for TBDs? No: outdoor XXL sizes and a to-do app.';
    expect(hits(withCopy(copy), 'placeholder.marker')).toEqual([]);
  });
});

describe('personal data in public copy', () => {
  it('flags email addresses and phone numbers', () => {
    const copy = 'Write to jane.doe@gmail.com or call +44 20 7946 0958 today.';
    const pkg = withCopy(copy);
    expect(spanTexts(pkg, 'pii.email-address', copy)).toEqual(['jane.doe@gmail.com']);
    expect(spanTexts(pkg, 'pii.phone-number', copy)).toEqual(['+44 20 7946 0958']);
  });

  it('does not take prices, dates or years for phone numbers', () => {
    const copy = 'Save 20% until 2026-04-01, from £1,299.00 in 2026 or 12 500 steps.';
    expect(hits(withCopy(copy), 'pii.phone-number')).toEqual([]);
  });
});

describe('links', () => {
  it('warns on http:// links in copy and blocks placeholder hosts', () => {
    const copy = 'See http://trailrunner-shoes.com and https://example.com/x or http://localhost:3000/a.';
    const pkg = withCopy(copy);
    expect(spanTexts(pkg, 'link.insecure', copy)).toEqual([
      'http://trailrunner-shoes.com',
      'http://localhost:3000/a',
    ]);
    expect(spanTexts(pkg, 'link.placeholder', copy)).toEqual([
      'https://example.com/x',
      'http://localhost:3000/a',
    ]);
  });

  it('blocks an insecure or placeholder CTA url', () => {
    const pkg = cleanPackage();
    pkg.cta.url = 'http://your-site.com/landing';
    expect(hits(pkg, 'link.cta-insecure').map((f) => [f.pointer, f.severity])).toEqual([
      ['/cta/url', 'block'],
    ]);
    expect(hits(pkg, 'link.placeholder').map((f) => f.pointer)).toEqual(['/cta/url']);
  });

  it('does not flag a real https link', () => {
    const pkg = withCopy('Shop at https://www.trailrunner-shoes.com/spring now.');
    expect([...hits(pkg, 'link.insecure'), ...hits(pkg, 'link.placeholder')]).toEqual([]);
  });
});
