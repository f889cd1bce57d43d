import { z } from 'zod';

const settingsSchema = z.object({
  // An empty PORT means "not set", not port 0 (a random one).
  PORT: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(0).max(65535).default(8080),
  ),
  HOST: z.string().min(1).default('127.0.0.1'),
});

export type ServerSettings = { port: number; host: string };

/** Reads the server's settings from the environment, or exits naming every problem. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      console.error(`Invalid setting ${issue.path.join('.')}: ${issue.message}`);
    }
    process.exit(1);
  }
  return { port: parsed.data.PORT, host: parsed.data.HOST };
}
