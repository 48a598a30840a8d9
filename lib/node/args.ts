/**
 * The CLI's arguments, read by Node's own parser (util.parseArgs) in strict mode with each command's options, so
 * `--title="A=B draft"` keeps everything after the first `=`, `--` ends the options, and an option a command does
 * not take is refused rather than ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionType = 'string' | 'boolean';

/** Every option of every command, and its type. */
export const OPTIONS = {
  format: 'string',
  status: 'string',
  kind: 'string',
  theme: 'string',
  'changes-only': 'boolean',
  'base-url': 'string',
  at: 'string',
  id: 'string',
  title: 'string',
  date: 'string',
  conflict: 'string',
  out: 'string',
  force: 'string',
  against: 'string',
  help: 'boolean',
} as const satisfies Record<string, OptionType>;

export type OptionName = keyof typeof OPTIONS;
export type Flags = Partial<Record<OptionName, string | true>>;

const VIEW: OptionName[] = ['format', 'status', 'kind', 'theme', 'changes-only', 'base-url', 'at'];

/** The options each command takes (`--help` goes with every one). */
export const COMMAND_OPTIONS: Record<string, OptionName[]> = {
  check: ['against'],
  list: [],
  sources: [],
  history: ['format'],
  archive: [],
  show: ['format'],
  compare: VIEW,
  cite: VIEW,
  import: ['id', 'title', 'date', 'conflict', 'out', 'force'],
};

/** A mistake in the command line: exit 1 with the usage. */
export class UsageError extends Error {}

const config = (names: OptionName[]): NonNullable<ParseArgsConfig['options']> =>
  Object.fromEntries([...new Set<OptionName>([...names, 'help'])].map((n) => [n, { type: OPTIONS[n] }]));

const ALL = Object.keys(OPTIONS) as OptionName[];

function parse(argv: string[], names: OptionName[], strict: boolean) {
  return parseArgs({ args: argv, options: config(names), allowPositionals: true, strict });
}

/** parseArgs's errors in the CLI's words. */
function usageError(e: unknown, command: string | undefined): UsageError {
  const err = e as { code?: string; message?: string };
  const msg = String(err.message ?? e);
  const name = /'(-{1,2}[^' ]*)/.exec(msg)?.[1] ?? '';
  const bare = name.replace(/^-+/, '') as OptionName;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    if (command && name.startsWith('--') && bare in OPTIONS) return new UsageError(`${name} does not apply to ${command}`);
    return new UsageError(`unknown option ${name} (a value that starts with "-" goes after --, as in -- ${name})`);
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(msg)) return new UsageError(`${name} takes no value`);
    return new UsageError(`${name} needs a value (for a value that starts with "-", write ${name}=<value>)`);
  }
  return new UsageError(msg.split('\n')[0]!);
}

/**
 * The command, its positional arguments and its options. The command is the first positional argument wherever it
 * stands (`--format json compare a b` works); its options are then read strictly.
 */
export function parseCommandLine(argv: string[]): { command: string | undefined; args: string[]; flags: Flags } {
  // A first, lenient pass only finds the command; every known option is typed so that a value is not taken for it.
  const loose = parse(argv, ALL, false);
  const command = loose.positionals[0];
  const names = command !== undefined && COMMAND_OPTIONS[command] ? COMMAND_OPTIONS[command]! : ALL;
  let strict: ReturnType<typeof parse>;
  try {
    strict = parse(argv, names, true);
  } catch (e) {
    throw usageError(e, command !== undefined && COMMAND_OPTIONS[command] ? command : undefined);
  }
  const flags: Flags = {};
  for (const [k, v] of Object.entries(strict.values)) {
    if (typeof v === 'string' || v === true) flags[k as OptionName] = v;
  }
  return { command: strict.positionals[0], args: strict.positionals.slice(1), flags };
}
