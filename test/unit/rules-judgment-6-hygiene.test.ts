import { getContract } from '#core/contracts';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

/** The contract packages name today (marketing-default@1.2.0 + marketing-topics@1.1.0). */
const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.0.0');
  if (c === undefined) throw new Error('contract missing');
  return c;
};

const on = (copy: string, language = 'en', channel: Parameters<typeof withCopy>[1] = 'social-organic') =>
  withCopy(copy, channel, 'caption', { language });
const fired = (ruleIds: readonly string[], copy: string, language = 'en') =>
  ruleIds.flatMap((id) => hits(on(copy, language), id, contract()));

describe('placeholders: TODO is a marker, Spanish "todo" is a word', () => {
  const rules = ['placeholder.marker', 'placeholder.todo-word'];
  it.each([
    ['en', 'TODO add the hero headline'],
    ['de', 'Preis: TODO'],
    ['es', 'Precio final: [TODO] antes del lanzamiento.'],
    ['es', 'TODO: cambiar el titular'],
    ['fr', 'TODO ajouter le prix'],
  ])('blocks a marker (%s) “%s”', (language, copy) => {
    expect(fired(rules, copy, language)).toHaveLength(1);
  });

  it.each([
    ['es', 'TODO INCLUIDO en tu escapada a Mallorca: vuelo, hotel y traslados.'],
    ['es', 'TODO A MITAD DE PRECIO en la sección de verano.'],
    ['es', 'Lo quieres TODO y lo tienes todo, en una sola app.'],
    ['en', 'To-do lists made simple.'],
  ])('leaves the word (%s) “%s” alone', (language, copy) => {
    expect(fired(rules, copy, language)).toEqual([]);
  });
});
