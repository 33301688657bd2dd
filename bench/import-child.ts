// Child process of the import benchmark: the CLI's import path alone (read the file, importBytes: decode,
// CSV, importer, ids), without the rules and the report, so the two costs can be told apart.
import { readFile } from 'node:fs/promises';
import { importBytes } from '../shared/importing/import-file';

const file = process.argv[2]!;
const files = await importBytes(file, await readFile(file));
process.stdout.write(JSON.stringify({ transactions: files.reduce((n, f) => n + f.transactions.length, 0) }));
