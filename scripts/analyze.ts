/**
 * Headless analysis on the same engine as the app:
 *   npm run --silent analyze -- --data FILE.arrow|FILE.csv --time COL --event COL [...]
 * prints one JSON object (docs/engine.md). Bad arguments or data: one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs, USAGE } from './cli/parse-args';
import { runAnalysis } from './cli/run-analysis';
import { frameOfFile } from './cli/frame-of-file';
import { withPaper } from './cli/paper-output';
import { withView } from './cli/view-output';
import { readMapping } from './cli/read-mapping';

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\nOptions and output: docs/engine.md (Headless CLI).\n`);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(args.data);
    } catch {
      throw new Error(`cannot read --data file '${args.data}'`);
    }
    const mapping = args.mapping === undefined ? undefined : readMapping(args.mapping);
    const frame = frameOfFile(bytes, basename(args.data), mapping);
    const output = runAnalysis(frame, args);
    const withPaperRows = args.paper ? withPaper(frame, output) : output;
    const printed = args.view
      ? withView(bytes, basename(args.data), withPaperRows, args.view, mapping)
      : withPaperRows;
    process.stdout.write(JSON.stringify(printed) + '\n');
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`analyze: ${message.replace(/\s+/g, ' ').trim()}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')));
