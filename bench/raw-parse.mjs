// Child process of the import benchmark: the floor. Read the file, decode GB18030, Papa.parse it in its
// `step` mode and count the records; nothing kept. Run with the same node flags as the CLI.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = new TextDecoder('gb18030').decode(readFileSync(process.argv[2]));
let records = 0;
Papa.parse(text, { step: () => void records++ });
process.stdout.write(JSON.stringify({ records }));
