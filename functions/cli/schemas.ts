import { toJSONSchema } from 'zod/v4/core';
import { handoffArtifactSchema } from '#core/artifact-schema';
import { handoffContractSchema } from '#core/contract-schema';
import { SKILL } from '#core/identity';
import { handoffPackageSchema } from '#core/package-schema';

// JSON Schemas, generated from the zod/mini schemas (the CLI is not bundled into any Lambda).

export const SCHEMA_FILES = {
  'handoff-package.v1.schema.json': {
    schema: handoffPackageSchema,
    title: 'Handoff package v1',
    description: 'What one team hands to the next; validated by handoff-contracting before scoring.',
  },
  'handoff-contract.schema.json': {
    schema: handoffContractSchema,
    title: 'Handoff contract',
    description:
      'Versioned rules for one kind of handoff: required fields, channels, scoring, approvals, routing.',
  },
  'handoff-artifact.v1.schema.json': {
    schema: handoffArtifactSchema,
    title: `${SKILL.artifactName} v${SKILL.artifactVersion}`,
    description: 'The scored, reproducible handoff artifact.',
  },
} as const;

/** The exact text of each schema file (stable key order, 2-space indent, trailing newline). */
export function renderSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { schema, title, description }] of Object.entries(SCHEMA_FILES)) {
    const json = toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
    const { $schema, ...body } = json;
    const doc = {
      $schema,
      $id: `urn:handoff-contracting:schema:${file.replace(/\.schema\.json$/, '')}`,
      title,
      description,
      ...body,
    };
    out[file] = `${JSON.stringify(doc, null, 2)}\n`;
  }
  return out;
}
