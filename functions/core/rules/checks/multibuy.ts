import { lowerOf } from '../view.ts';
import { reads } from './reading.ts';
import type { CheckFamily } from './types.ts';

/**
 * A multi-buy restated as a larger saving (CAP 3.40; CTSI Guidance for Traders on Pricing Practices): the
 * buyer saves on every item they must buy, so "buy one, get one half price" is 25 % off the two, "3 for 2"
 * a third off the three. A percentage in the offer's own sentence above what the multi-buy gives
 * exaggerates the saving ("= 50% off", "soit 70 % d'économie", "¡un 50 % de descuento!").
 */

/** One of two at a discount: "buy one, get one half price", "BOGO 50% off", "segunda unidad al 50 %", "le 2e à -60 %". */
const SECOND =
  /(?<![\p{L}\d])(?:buy one,? get one|bogof?|(?:second|2nd)(?: one| item| unit| pair)?|segunda unidad|2ª unidad|(?:der|das|die) zweite(?: artikel| teil| paar)?|(?:le|la) (?:2e|2ᵉ|deuxième|second|seconde))\s(?:at |al |à |a |zum |für )?(?:-?\s?(\d{1,3})\s?%(?:\s?off)?|(half[- ]price|halben preis|moitié prix|(?:a )?mitad de precio)|(free|gratis|gratuit|offert)(?![\p{L}]))/gu;

/** Take n, pay m: "3 for 2", "2x1", "compra 3 y paga 2", "kauf 3, zahl 2", "3 achetés = 2 payés", "3 pour le prix de 2". */
const TAKE_PAY =
  /(?<![\p{L}\d.,])(?:(\d) for (\d)(?=\s?(?:on|deal|deals|offer|offers|promo\p{L}*|sale|at|only|just|[$£€]|[,.:;!–—-]|$)(?![\p{L}]))|(\d)\s?x\s?(\d)(?![.,]?\d)|(?:compra|lleva) (\d),? y paga (\d)|kauf(?:e)? (\d),? zahl(?:e)? (\d)|(\d) achet[ée]e?s? ?= ?(\d) pay[ée]e?s?|(\d) (?:pour le prix de|zum preis von|al precio de) (\d))(?![\d.,]?\d)/gu;

/**
 * A percentage stated as a saving, joined to its saving word: "50% off", "50 % de descuento", "-50 %",
 * "save 50%", "= 50%", "soit 60 %"; "100% cotton" or "100 % refundable" is no saving.
 */
const PERCENT =
  /(?:(?:[-−–]|(?<![\p{L}])(?:save|saving|savings|spare|sparen|ahorra|ahorro|économisez|soit|es decir,? un|also)\s(?:up to |un |una |el |bis zu )?|=\s?)(\d{1,3}(?:[.,]\d+)?)\s?%|(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?%(?=\s?(?:off|saving|savings|de descuento|de ahorro|d['’]économie|de réduction|de remise|rabatt|ersparnis|gespart|günstiger|less)(?![\p{L}])))/gu;

interface Multibuy {
  start: number;
  end: number;
  saving: number;
}

/** Buy b, get g free: "buy 2, get 1 free", "compra 2 y llévate 1 gratis", "kauf 2, erhalte 1 gratis", "2 achetés, 1 offert". */
const BUY_GET =
  /(?<![\p{L}\d])(?:buy (\d),? get (\d) free|compra (\d) y ll[eé]vate (\d) gratis|kauf(?:e)? (\d),? (?:bekomme|erhalte|nimm) (\d) gratis|(\d) achet[ée]e?s?,? (\d) offert[e]?s?)(?![\p{L}\d])/gu;

function multibuys(text: string): Multibuy[] {
  const out: Multibuy[] = [];
  for (const m of text.matchAll(SECOND)) {
    const saving = m[1] !== undefined ? Number(m[1]) / 2 : m[2] !== undefined ? 25 : 50;
    out.push({ start: m.index, end: m.index + m[0].length, saving });
  }
  for (const m of text.matchAll(TAKE_PAY)) {
    const [take, pay] = m
      .slice(1)
      .filter((g) => g !== undefined)
      .map(Number) as [number, number];
    if (take > pay && pay >= 1)
      out.push({ start: m.index, end: m.index + m[0].length, saving: (1 - pay / take) * 100 });
  }
  for (const m of text.matchAll(BUY_GET)) {
    const [buy, get] = m
      .slice(1)
      .filter((g) => g !== undefined)
      .map(Number) as [number, number];
    if (buy >= 1 && get >= 1)
      out.push({ start: m.index, end: m.index + m[0].length, saving: (get / (buy + get)) * 100 });
  }
  return out;
}

/** The sentence around [start, end): up to the nearest ".", "!", "?" or line end either side. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const from = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return [from, ends.length > 0 ? Math.min(...ends) : text.length];
}

export const multibuyChecks = {
  'multibuy-saving': {
    compile: (p, prefilter) => ({ bit: prefilter.bitFor(p.requires, ['copy'], false) }),
    run(cc, sev, { cr, view, out }) {
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        const text = lowerOf(s);
        const offers = multibuys(text);
        for (const o of offers) {
          const [from, to] = sentenceBounds(text, o.start, o.end);
          // Percentages of the sentence that no multi-buy states itself ("get one 50% off").
          const claimed = [...text.slice(from, to).matchAll(PERCENT)]
            .filter((k) => !offers.some((b) => from + k.index >= b.start && from + k.index < b.end))
            .map((k) => Number(((k[1] ?? k[2]) as string).replace(',', '.')));
          if (!claimed.some((q) => q > o.saving + 1)) continue;
          out.add(
            cc.rule,
            sev,
            s.pointer,
            [o.start, o.end],
            { match: s.text.slice(o.start, o.end) },
            s.text.slice(o.start, o.end),
          );
          break;
        }
      }
    },
  },
} satisfies CheckFamily;
