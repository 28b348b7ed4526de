import { readFileSync } from 'node:fs';
import { handoffArtifactSchema } from '#core/artifact-schema';
import { scorePackage } from '#core/score';
import { checkPackage } from '#core/validate';

const load = (name: string) => {
  const r = checkPackage(readFileSync(new URL(`../../events/packages/${name}`, import.meta.url)));
  if (!r.ok) throw new Error(`${name} must be valid`);
  return r.value;
};

describe('handoffArtifactSchema', () => {
  it.each(['sample-spring-launch.json', 'sample-newsletter-copy.yaml'])(
    'accepts the artifact scored from %s',
    (name) => {
      const { pkg, contract } = load(name);
      const artifact = scorePackage(pkg, contract);
      const parsed = handoffArtifactSchema.safeParse(artifact);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it('accepts delivery metadata, which is outside the digest', () => {
    const { pkg, contract } = load('sample-spring-launch.json');
    const artifact = { ...scorePackage(pkg, contract), delivery: { flag: 'on', key: 'artifacts/x.json' } };
    expect(handoffArtifactSchema.safeParse(artifact).success).toBe(true);
  });

  it('rejects an artifact with an unknown field, a wrong routing tag or a malformed digest', () => {
    const { pkg, contract } = load('sample-spring-launch.json');
    const good = scorePackage(pkg, contract);
    expect(handoffArtifactSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(handoffArtifactSchema.safeParse({ ...good, routing: { ...good.routing, tag: 'x' } }).success).toBe(
      false,
    );
    expect(handoffArtifactSchema.safeParse({ ...good, digest: 'abc' }).success).toBe(false);
  });
});
