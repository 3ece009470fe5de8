// Build step after tsup: the demo city snapshot the mock loads in well under a second, built once
// here because seeding an in-memory database takes seconds (README "Speed").
import { writeSnapshot } from '../dist/snapshot-writer.js';

const started = performance.now();
await writeSnapshot(new URL('../dist/demo-city.tar.gz', import.meta.url).pathname);
process.stdout.write(`demo-city snapshot built in ${Math.round(performance.now() - started)} ms\n`);
