import { describe, expect, it } from 'vitest';
import { tenantPath } from '../../lib/tenant-path.ts';
import { parseTenantId } from './tenant-id.ts';

describe('parseTenantId', () => {
  it.each([
    ['f94238e5-4f2c-4e1b-8125-2d27122ca75f', 'f94238e5-4f2c-4e1b-8125-2d27122ca75f'],
    ['F94238E5-4F2C-4E1B-8125-2D27122CA75F', 'f94238e5-4f2c-4e1b-8125-2d27122ca75f'],
    [' {f94238e5-4f2c-4e1b-8125-2d27122ca75f} ', 'f94238e5-4f2c-4e1b-8125-2d27122ca75f'],
  ])('reads %j as %s', (input, tenantId) => {
    expect(parseTenantId(input)).toEqual({ ok: true, tenantId });
  });

  it.each([
    ['', 'no tenant id'],
    ['contoso', 'only 0–9, a–f and dashes'],
    ['f94238e5-4f2c-4e1b-8125', 'this has 20 in 4'],
    ['f94238e54f2c4e1b81252d27122ca75f', 'this has 32 in 1'],
    ['f94238e5-4f2c-4e1b-8125-2d27122ca75f0', 'this has 33 in 5'],
    ['g94238e5-4f2c-4e1b-8125-2d27122ca75f', 'only 0–9, a–f'],
  ])('refuses %j, saying why', (input, why) => {
    const parsed = parseTenantId(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(why);
  });

  it('builds the page address', () => {
    expect(tenantPath('f94238e5-4f2c-4e1b-8125-2d27122ca75f')).toBe(
      '/tenants/f94238e5-4f2c-4e1b-8125-2d27122ca75f',
    );
  });
});
