import { looksSecret } from '../related/secret-names.ts';
import { customerList } from '../sandbox/customer-list.ts';

/**
 * Every string the sandbox's customer list holds under a secret-looking name, at any depth (its
 * ApiKey, webhookToken, servicePassword, accessTokenCache …): the values that must reach no
 * answer, no log line and no file of the build. Read from the data, so new ones count too.
 */
export function sandboxSecretValues(): string[] {
  const found: string[] = [];
  const visit = (value: unknown, underSecret: boolean) => {
    if (typeof value === 'string') {
      if (underSecret) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value as unknown[]) visit(item, underSecret);
    } else if (value !== null && typeof value === 'object') {
      for (const [name, member] of Object.entries(value)) {
        visit(member, underSecret || looksSecret(name));
      }
    }
  };
  visit(customerList(), false);
  return found;
}
