import type { DoctorProbes } from './commands/doctor-checks.ts';
import type { OpsContext, TargetOptions } from './commands/target.ts';

/** Exit codes: 0 ok / pass / needs-approval, 1 blocked / invalid input / breaking change, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What every command needs from the process; tests pass strings collectors and fixed clocks. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Repository root (where `schemas/` and package.json live). */
  root: string;
  /** Colour on stdout: main.ts sets it for a TTY without NO_COLOR; off when absent. */
  color?: boolean;
  /** Fixed clock for the operating commands' windows. */
  now?: () => Date;
  /** Test seam: the context to use instead of one built from the target options. */
  context?: (opts: TargetOptions) => OpsContext | Promise<OpsContext>;
  /** Test seam: probes `handoff doctor` uses instead of AWS (for what no emulator answers). */
  doctorProbes?: Partial<DoctorProbes>;
  /** Test seam: where `--stack NAME` reads the stack's outputs (CloudFormation DescribeStacks by default). */
  stackOutputs?: (stack: string, region: string | undefined) => Promise<Record<string, string>>;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
export type Colour = keyof typeof CODES;

/** Wraps text in an ANSI colour when the io has colour on; plain text otherwise. */
export function paint(io: Pick<Io, 'color'>, colour: Colour, text: string): string {
  return io.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/**
 * Whether stdout gets colour: never with NO_COLOR (any non-empty value, no-color.org), forced with
 * FORCE_COLOR (other than 0), otherwise only on a terminal that is not TERM=dumb.
 */
export function colourWanted(env: Record<string, string | undefined>, isTty: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTty && env.TERM !== 'dumb';
}
