/**
 * Headless analysis on the same engine as the app:
 *   npm run --silent analyze -- --data FILE.arrow|FILE.csv --time COL --event COL [...]
 * prints one JSON object (docs/engine.md). Bad arguments or data: one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeTable } from '../src/lib/data/decode';
import { loadDataset } from '../src/lib/data/load-dataset';
import { parseArgs } from './cli/parse-args';
import { runAnalysis } from './cli/run-analysis';

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(args.data);
    } catch {
      throw new Error(`cannot read --data file '${args.data}'`);
    }
    // A file in our data format gets the app's derived columns (triple_refractory,
    // car_persist_ge6, …) exactly as the explorer computes them; any other table is read as is.
    const loaded = loadDataset(bytes, basename(args.data));
    const table = loaded.ok ? loaded.dataset.table : decodeTable(bytes, basename(args.data)).table;
    process.stdout.write(JSON.stringify(runAnalysis(table, args)) + '\n');
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`analyze: ${message.replace(/\s+/g, ' ').trim()}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')));
