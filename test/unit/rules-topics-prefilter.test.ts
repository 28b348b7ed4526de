import { getRulebook } from '#core/rulebook';
import { compileRulebook, mayMatch } from '#core/rules/engine';
import { textSite } from './helpers/text-site.ts';

describe.each(['1.0.0', '1.1.0'])('marketing-topics@%s: prefilter literals never hide a match', (version) => {
  const cr = compileRulebook(getRulebook('marketing-topics', version));

  it('gives every pattern rule `requires` literals', () => {
    const missing = cr.patterns.filter((p) => p.bit < 0).map((p) => p.rule.id);
    expect(missing).toEqual([]);
  });

  it('gives `requires` literals to every audience-copy rule whose pattern nothing else gates', () => {
    // An audience regex, or a context three or more rules share (read first), stops a rule before its
    // pattern; without either the pattern runs on every copy text of every package.
    const checks = cr.checks.filter((c) => c.check === 'audience-copy');
    const readers = new Map<string, number>();
    for (const c of checks) {
      const ctx = (c.params as { context?: string }).context;
      if (ctx !== undefined) readers.set(ctx, (readers.get(ctx) ?? 0) + 1);
    }
    const ungated = checks.filter((c) => {
      const p = c.params as { audience?: string; context?: string };
      return p.audience === undefined && (p.context === undefined || (readers.get(p.context) ?? 0) < 3);
    });
    expect(ungated.filter((c) => c.bit < 0).map((c) => c.rule.id)).toEqual([]);
  });

  it('lets every sample through to the rule that matches it, whatever surrounds it', () => {
    const samples = [
      'Sale ends in 00:14:59',
      'ENDS TONIGHT',
      '¡Solo hoy!',
      'Nur heute',
      "Aujourd'hui seulement",
      'avant qu’il ne soit trop tard',
      'Only 2 left',
      '37 people are viewing',
      'Plus que 3',
      'Plus que 200 exemplaires',
      'Noch 15 Plätze frei',
      'Quedan 30 ejemplares',
      'Les 60 derniers coffrets',
      'Just 12 tables remaining',
      'WHOLESALE PRICES',
      'Prix de gros',
      '%%FNAME%%',
      '*|FNAME|*',
      '{{nombre}}',
      '<<Name>>',
      'https://a.co/TODO/x?utm_campaign=TBD',
      'utm_source=',
      'Texte à venir',
      '[INSERT PRICE]',
      '[Preis einfügen]',
      'retarded',
      'Click here',
      'Hier klicken',
      'Haz clic aquí',
      'here',
    ];
    const glues = [' ', '', '-', '.', '/', 'x', '1', '_', 'é', '#', '\n', '?', '&'];
    for (const a of samples) {
      for (const g of glues) {
        for (const text of [a, g + a, a + g, g + a + g]) {
          for (const p of cr.patterns) {
            const re = new RegExp(p.re.source, p.re.flags);
            if (!re.test(text)) continue;
            for (const scope of p.scopes) {
              expect(
                mayMatch(cr, textSite(text, scope), p.bit),
                `${p.rule.id} on ${JSON.stringify(text)}`,
              ).toBe(true);
            }
          }
        }
      }
    }
  });
});

describe.each(['1.0.0', '1.1.0'])(
  'marketing-topics@%s: audience-copy regexes run on lowercased text',
  (version) => {
    it('writes every pattern and context in lowercase (escapes aside)', () => {
      const upper: string[] = [];
      for (const r of getRulebook('marketing-topics', version).rules) {
        if (r.match.kind !== 'check' || r.match.check !== 'audience-copy') continue;
        const params = r.match.params as { pattern: string; context?: string };
        for (const src of [params.pattern, params.context ?? '']) {
          const bare = src.replace(/\\[pP]\{[^}]*\}/g, '').replace(/\\[a-zA-Z]/g, '');
          if (/[A-Z]/.test(bare)) upper.push(r.id);
        }
      }
      expect(upper).toEqual([]);
    });
  },
);
