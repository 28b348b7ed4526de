import { getRulebook } from '#core/rulebook';
import { compileRulebook, mayMatch } from '#core/rules/engine';
import { bank } from './helpers/judgment-bank.ts';
import { textSite } from './helpers/text-site.ts';

/**
 * Stop 37's score-speed work changes no finding: a literal that one rule reads anywhere ("rip" of the
 * put-down check) and another only at a word start ("rip" of the denigration pattern) passes, inside a
 * word ("grips"), only the first. The award check's early return is pinned in rules-evidence-helpers-36.
 */
const PUTDOWN = ['claim.competitor-denigration', 'claim.competitor-putdown'];

bank(
  'denigration and put-downs still fire when the literal starts a word',
  PUTDOWN,
  {},
  [
    ['en', 'Trekko rips customers off every winter.'],
    ['en', 'Trekko is a rip-off, ours is not.'],
    ['es', 'Trekko te estafa con cada pedido.'],
    ['de', 'Trekko zockt Kunden ab.'],
    ['fr', 'Trekko vous arnaque à chaque commande.'],
  ],
  [
    ['en', 'The Trail Runner grips wet rock and strips off mud.'],
    ['en', 'Trekko tripped over the kerb, then gripped the rail.'],
    ['es', 'Trekko envía por estafeta cada pedido.'],
    ['de', 'Trekko ist bezahlbar und leicht.'],
    ['fr', 'Trekko s’envole vers les sommets.'],
  ],
);

describe('prefilter: a literal read anywhere by one rule and at a word start by another', () => {
  const cr = compileRulebook(getRulebook('marketing-default', '1.2.0'));
  const denigration = cr.patterns.find((p) => p.rule.id === 'claim.competitor-denigration')?.bit ?? -1;
  const putdown = cr.checks.find((c) => c.rule.id === 'claim.competitor-putdown')?.bit ?? -1;

  it('gives both rules a prefilter bit', () => {
    expect(denigration).toBeGreaterThanOrEqual(0);
    expect(putdown).toBeGreaterThanOrEqual(0);
  });

  it('passes only the anywhere reader inside a word', () => {
    expect(mayMatch(cr, textSite('The outsole grips wet rock.'), denigration)).toBe(false);
    expect(mayMatch(cr, textSite('The outsole grips wet rock.'), putdown)).toBe(true);
  });

  it('passes both at a word start', () => {
    expect(mayMatch(cr, textSite('Trekko rips customers off.'), denigration)).toBe(true);
    expect(mayMatch(cr, textSite('Trekko rips customers off.'), putdown)).toBe(true);
  });
});
