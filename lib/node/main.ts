// Entry point of `npm run plandiff -- …`.
import { run } from './cli';

const code = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
