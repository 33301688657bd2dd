// Child process of the import benchmark: the CLI's import half alone (its own argument parsing, then read,
// decode, CSV, importer, ids, dedupe: `importFiles`), without the rules and the report, so the two costs
// can be told apart.
import { parseCli } from '../cli/args';
import { importFiles } from '../cli/audit';

const args = parseCli(['--json', ...process.argv.slice(2)]);
if (args.command !== 'audit') throw new Error('expected audit arguments');
const { transactions } = await importFiles(args);
process.stdout.write(JSON.stringify({ transactions: transactions.length }));
