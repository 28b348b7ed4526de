import { checkNode, NODE_MAJOR } from '../../local/node-version.ts';

describe('checkNode', () => {
  it('accepts the Lambda runtime major silently', () => {
    expect(checkNode(`${NODE_MAJOR}.22.3`)).toEqual({});
  });

  it('stops on a Node the local stack cannot run on', () => {
    const { error, notice } = checkNode('20.20.2');
    expect(notice).toBeUndefined();
    expect(error).toMatch(/Node 20\.20\.2 is too old/);
    expect(error).toMatch(/\.nvmrc/);
  });

  it('runs on 22 with a one-line notice', () => {
    const { error, notice } = checkNode('22.22.2');
    expect(error).toBeUndefined();
    expect(notice).toMatch(/Node 22\.22\.2.*Node 24/);
  });

  it('is what npm scripts run on', () => {
    expect(Number(process.versions.node.split('.')[0])).toBe(NODE_MAJOR);
  });
});
