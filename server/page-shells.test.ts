import { describe, expect, it } from 'vitest';
import { numberShellValue } from '../src/config/page-shells.ts';
import { apiPaths } from '../src/lib/api-paths.ts';
import { earlyAnswers, fillNumberShell, shellFor } from './page-shells.ts';

const shell = `<input readonly="" value="${numberShellValue}"/>`;

describe('shellFor', () => {
  it.each([
    ['/', 'home'],
    ['/index.html', 'home'],
    ['/numbers/+442074996300', 'number'],
    ['/numbers/020.7499.6300/', 'number'],
    ['/tenants/f94238e5-4f2c-4e1b-8125-2d27122ca75f', 'frame'],
    ['/batch', 'frame'],
    ['/numbers/a/b', 'frame'],
    ['/nowhere', 'frame'],
  ] as const)('%s → %s', (pathname, kind) => {
    expect(shellFor(pathname)).toBe(kind);
  });
});

describe('fillNumberShell', () => {
  it('puts the number from the address in the box', () => {
    expect(fillNumberShell(shell, '/numbers/%2B442074996300')).toBe(
      '<input readonly="" value="+442074996300"/>',
    );
  });

  it('escapes what it puts in, so an address cannot write HTML', () => {
    const filled = fillNumberShell(shell, `/numbers/${encodeURIComponent('"><script>x</script>')}`);
    expect(filled).toBe('<input readonly="" value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"/>');
  });

  it('takes "$&" and similar literally', () => {
    expect(fillNumberShell(shell, '/numbers/$&$1')).toBe('<input readonly="" value="$&amp;$1"/>');
  });

  it('keeps a malformed escape as typed and clips a long address', () => {
    expect(fillNumberShell(shell, '/numbers/%E0%A4%A')).toBe(
      '<input readonly="" value="%E0%A4%A"/>',
    );
    const filled = fillNumberShell(shell, `/numbers/${'1'.repeat(500)}`);
    expect(filled).toBe(`<input readonly="" value="${'1'.repeat(100)}"/>`);
  });
});

describe('earlyAnswers', () => {
  const preload = (apiPath: string) => `<${apiPath}>; rel=preload; as=fetch; crossorigin`;

  it('every page: the app config', () => {
    expect(earlyAnswers('/')).toBe(preload('/api/app-config'));
    expect(earlyAnswers('/batch')).toBe(preload('/api/app-config'));
  });

  it("a number's page: also its record, at the app's own address", () => {
    const expected = [
      preload('/api/app-config'),
      preload('/api/v2/oc/numbers/%2B442074996300'),
    ].join(', ');
    expect(earlyAnswers('/numbers/+442074996300')).toBe(expected);
    expect(earlyAnswers('/numbers/%2B442074996300/')).toBe(expected);
    expect(apiPaths.number('+442074996300')).toBe('/api/v2/oc/numbers/%2B442074996300');
  });

  it.each([
    '/numbers/02074996300',
    '/numbers/+44 20 7499 6300',
    '/numbers/+4420749963001234',
    `/numbers/${encodeURIComponent('>; rel=preload; as=script, </x')}`,
    '/numbers/%E0%A4%A',
  ])('%s: nothing asked for early but the app config', (pathname) => {
    expect(earlyAnswers(pathname)).toBe(preload('/api/app-config'));
  });
});
