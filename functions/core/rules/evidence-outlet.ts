import { EV_BEFORE as B, evidenceRx as rx } from './regex.ts';

/**
 * A sales ranking read in one shop: an absolute best-selling or No. 1 claim compares with the whole market, so
 * one retailer's or marketplace's chart cannot back it (CAP advice "Types of claims: Best-selling": unit sales
 * or share across the entire market; UWG § 5: a lead over every competitor). Lowercase text; pure.
 */

/** A claim to lead a market's sales: best-selling, No. 1, most bought, market leader. */
const SALES_RANK = new RegExp(
  `${B}(?:best[- ]?sell\\p{L}*|top[- ]sell\\p{L}*|(?:#|no\\.?|nr\\.?|n[º°]\\.?|number|número|numéro|nummer) ?(?:1|one|uno|un|eins)|most (?:popular|sold|bought|purchased|downloaded)|market[- ]lead\\p{L}*|m[aá]s (?:vendid|comprad|descargad)\\p{L}*|superventas|l[ií]der(?:es)? (?:del|en el) mercado|meist(?:verkauft|gekauft|geladen)\\p{L}*|marktführer\\p{L}*|plus (?:vendu|acheté|téléchargé)\\p{L}*|leader (?:du|sur le) marché)(?![\\p{L}\\p{N}])`,
  'u',
);
/** Marketplaces whose own best-seller charts are often quoted. */
const MARKETPLACE =
  'amazon|ebay|etsy|zalando|cdiscount|bol\\.com|allegro|mercado ?libre|aliexpress|otto\\.de|rakuten';
/** The claim names the shop it ranks in ("on Amazon", "at Argos", "in unserem Shop"): it says what it is. */
const SCOPED = rx(
  `${MARKETPLACE}|at \\p{L}+|bei \\p{L}+|chez \\p{L}+|(?:in|on|en|dans|auf|im) (?:our|nuestra|notre|unserem) (?:shop|store|tienda|web|site|boutique|onlineshop|laden)|online-?shop`,
);
/** A marketplace's chart as what was read. */
const CHART_AT = rx(MARKETPLACE);
const CHART = rx(
  'rank\\p{L}*|best ?sellers?|bestseller\\p{L}*|más vendidos|top ?\\d+|charts?|classement\\p{L}*|meistverkauft\\p{L}*|top des ventes|posici[oó]n|position|platz|rang',
);
/** The summary says its figures come from one shop only, or none from the others. */
const ONE_SHOP = rx(
  "(?:a single|one|only one) (?:retailer|shop|store|marketplace|chain|website)|(?:no|without) (?:data|figures|sales) (?:from|for|of|on) (?:any )?other (?:retailers|shops|stores|channels|marketplaces|chains|sellers)|(?:una sola|una única|solo una|en una sola) (?:tienda|cadena|plataforma|web)|(?:sin|no hay|no incluye) datos de otr[oa]s (?:tiendas|cadenas|plataformas|canales|distribuidores|comercios)|(?:ein(?:em|er)? einzige[nrm]?|nur ein(?:em|er)?) (?:händler|shop|geschäft|marktplatz|kette)|keine (?:daten|zahlen) (?:anderer|von anderen|aus anderen) (?:händler|shops|geschäfte|geschäften|kanäle|kanälen|marktplätze|marktplätzen)|(?:un seul|une seule) (?:magasin|enseigne|site|distributeur|place de marché)|(?:aucune donnée|pas de données|sans données) d['’]autres (?:magasins|enseignes|distributeurs|sites|canaux)",
);

/** Whether a claim to lead its market's sales rests, by the summary, on one shop's or marketplace's chart. */
export function oneOutlet(text: string, summary: string): boolean {
  if (!SALES_RANK.test(text) || SCOPED.test(text)) return false;
  return (CHART_AT.test(summary) && CHART.test(summary)) || ONE_SHOP.test(summary);
}
