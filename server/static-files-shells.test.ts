import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberShellValue, shellFiles } from '../src/config/page-shells.ts';
import { createApp } from './app.ts';
import { fakeDist, makeFakeDist } from './testing/fake-dist.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

// A build with its prerendered shells (build/prerender-shells.ts writes them beside index.html).
const shellHtml = {
  number: `<html><body><div id="root">number <input readonly="" value="${numberShellValue}"/></div></body></html>`,
  frame: '<html><body><div id="root">frame</div></body></html>',
};

let app: ReturnType<typeof createApp>;
let removeDist: () => void;

beforeAll(() => {
  const dist = makeFakeDist();
  removeDist = dist.remove;
  mkdirSync(path.join(dist.distDir, 'shells'));
  writeFileSync(path.join(dist.distDir, shellFiles.number), shellHtml.number);
  writeFileSync(path.join(dist.distDir, shellFiles.frame), shellHtml.frame);
  app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir: dist.distDir });
});

afterAll(() => {
  removeDist();
});

describe('each page gets its prerendered shell', () => {
  it('the start page: index.html', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(fakeDist.indexHtml);
  });

  it("a number's page: the number shell, the address's number in its box", async () => {
    const res = await app.request('/numbers/%2B442074996300');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<input readonly="" value="+442074996300"/>');
    expect(res.headers.get('link')).toContain('</api/v2/oc/numbers/%2B442074996300>; rel=preload');
  });

  it.each(['/tenants/f94238e5-4f2c-4e1b-8125-2d27122ca75f', '/batch'])(
    '%s: the frame',
    async (p) => {
      const res = await app.request(p);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(shellHtml.frame);
    },
  );

  it('a page not found: the frame, with 404', async () => {
    const res = await app.request('/nowhere/at/all');
    expect(res.status).toBe(404);
    expect(res.headers.get('link')).toBeNull();
    expect(await res.text()).toBe(shellHtml.frame);
  });

  it('the shells are not files anyone can fetch', async () => {
    const res = await app.request(`/${shellFiles.number}`);
    expect(res.status).toBe(404);
  });
});
