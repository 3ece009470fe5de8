#!/usr/bin/env node
// Runs the TypeScript generator from source: tsx is resolved from this package, not the caller's.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
