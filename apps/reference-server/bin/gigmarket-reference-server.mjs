#!/usr/bin/env node
// Runs the reference server from TypeScript source. Start it with `--conditions=@gigmarket/source`
// (as `pnpm start` does) so workspace packages resolve to their source and no build is needed
// beyond the bundled spec.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
