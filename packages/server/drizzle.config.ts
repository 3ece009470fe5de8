import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @gigmarket/server db:generate` writes SQL migrations from src/store/schema.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './migrations',
});
