import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build.ts';
import { FUNCTION_NAMES } from '../../infra/constructs/functions.ts';

// The one synth with real esbuild bundling (the other infra tests use inline placeholder code).
let assets: Map<string, { dir: string; props: Record<string, unknown> }>;
beforeAll(() => {
  const { app, stack } = buildApp({ nag: false, context: { 'handoff:bundling': true } });
  const json = Template.fromStack(stack).toJSON() as {
    Resources: Record<
      string,
      { Type: string; Properties: Record<string, unknown>; Metadata: Record<string, string> }
    >;
  };
  assets = new Map();
  for (const r of Object.values(json.Resources)) {
    if (r.Type !== 'AWS::Lambda::Function') continue;
    const name = r.Metadata['handoff:function'] as string;
    // The asset's S3 key is <hash>.zip; the staged directory in the cloud assembly is asset.<hash>.
    const key = (r.Properties.Code as { S3Key: string }).S3Key;
    assets.set(name, {
      dir: path.join(app.outdir, `asset.${key.replace(/\.zip$/, '')}`),
      props: r.Properties,
    });
  }
}, 180_000);

describe('bundled Lambda code', () => {
  it('bundles every handler into an ESM index.mjs with a source map, loaded as index.handler', () => {
    expect([...assets.keys()].sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const [name, { dir, props }] of assets) {
      expect(props.Handler, name).toBe('index.handler');
      expect(existsSync(path.join(dir, 'index.mjs')), name).toBe(true);
      expect(existsSync(path.join(dir, 'index.mjs.map')), name).toBe(true);
      expect((props.Environment as { Variables: Record<string, string> }).Variables.NODE_OPTIONS, name).toBe(
        '--enable-source-maps',
      );
    }
  });

  it('leaves the AWS SDK to the Lambda runtime and keeps each handler export', () => {
    for (const [name, { dir }] of assets) {
      const code = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
      expect(code, name).toMatch(/from"@aws-sdk\/|import\("@aws-sdk\//);
      expect(code, name).not.toContain('AWSJsonRpcProtocol'); // a class that only exists inside SDK clients
      expect(code, name).toMatch(/export\{[^}]*\bas handler\b|export\{handler\}/);
    }
  });
});
