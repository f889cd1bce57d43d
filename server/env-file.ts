import { existsSync } from 'node:fs';
import path from 'node:path';

/*
 * `.env` beside package.json is read at start, as `.env.example` promises: `cp .env.example .env`
 * then `npm start` runs live mode. Variables already in the environment win over the file (Node's
 * own loader), so a deployment's settings are never overridden by a stray file. ENV_FILE names
 * another file, or `none` for no file (the e2e suite's demo server uses that, so a developer's
 * live .env cannot turn it live).
 */
export function loadEnvFile(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.ENV_FILE?.trim();
  if (chosen === 'none') return 'the environment only (ENV_FILE=none)';
  const file = path.resolve(root, chosen || '.env');
  if (!existsSync(file)) {
    if (chosen) throw new Error(`ENV_FILE names ${file}, which does not exist.`);
    return 'the environment only (no .env file)';
  }
  process.loadEnvFile(file);
  return `${path.relative(root, file) || file} and the environment (the environment wins)`;
}
