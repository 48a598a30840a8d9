// Entry point of `npm run plandiff -- …`. run() turns every failure into one line and an exit code; this file only
// guards what happens outside it (a reader that closes the pipe early, as `| head` does).
import { run } from './cli';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`plandiff: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

let code: number;
try {
  code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
} catch (e) {
  process.stderr.write(`plandiff: unexpected error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
  code = 2;
}
process.exitCode = code;
