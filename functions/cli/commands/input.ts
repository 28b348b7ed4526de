import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { HandoffContract } from '#core/contract-schema';
import { getContract, listContracts, parseContract } from '#core/contracts';
import { PACKAGE_LIMITS } from '#core/package-schema';
import type { PackageFormat } from '#core/validate';
import { InputError, UsageError } from '../errors.ts';

/**
 * Reading what the package commands are given: a package file, a contract file or id@version. Kept apart
 * from the scoring engine so `validate` and `submit` start without loading it.
 */

export function readInput(file: string): Uint8Array {
  if (!existsSync(file)) throw new UsageError(`file not found: ${file}`, 'file_not_found');
  const st = statSync(file);
  if (!st.isFile()) throw new UsageError(`not a file: ${file}`, 'not_a_file');
  // Read at most one byte over the limit: the validator reports payload_too_large without loading more.
  if (st.size > PACKAGE_LIMITS.maxBytes) return new Uint8Array(st.size > 0 ? PACKAGE_LIMITS.maxBytes + 1 : 0);
  return readFileSync(file);
}

export function formatOf(file: string): PackageFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.json' ? 'json' : 'auto';
}

/** A contract from a file path or an id@version of the bundled ones. */
export function loadContractArg(arg: string): HandoffContract {
  const looksLikeFile = arg.endsWith('.json') || arg.includes('/') || arg.includes('\\');
  if (looksLikeFile || existsSync(arg)) {
    if (!existsSync(arg)) throw new UsageError(`file not found: ${arg}`, 'file_not_found');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(arg, 'utf8'));
    } catch (e) {
      throw new InputError(
        `${arg} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
        'invalid_json',
      );
    }
    const parsed = parseContract(json);
    if (!parsed.ok)
      throw new InputError(
        `${arg} is not a valid contract:\n  ${parsed.error.join('\n  ')}`,
        'invalid_contract',
        {
          problems: parsed.error,
        },
      );
    return parsed.value;
  }
  const m = /^([^@\s]+)@(\d+\.\d+\.\d+)$/.exec(arg);
  if (!m) throw new UsageError(`'${arg}' is neither a contract file nor id@version`, 'invalid_argument');
  const contract = getContract(m[1] as string, m[2] as string);
  if (!contract) {
    const known = listContracts().map((c) => `${c.id}@${c.version}`);
    throw new UsageError(`unknown contract ${arg} (known: ${known.join(', ')})`, 'unknown_contract');
  }
  return contract;
}
