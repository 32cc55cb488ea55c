// Prints one closing line, "N passed, N failed, N skipped", over every TRX file dotnet test wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of readdirSync(directory).filter((name) => name.endsWith('.trx'))) {
  const counters = readFileSync(join(directory, file), 'utf8').match(/<Counters [^>]*>/)?.[0] ?? '';
  const count = (name) => Number(counters.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  totals.passed += count('passed');
  totals.failed += count('failed') + count('error') + count('timeout') + count('aborted');
  totals.skipped += count('notExecuted');
}
console.log(`dotnet: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
