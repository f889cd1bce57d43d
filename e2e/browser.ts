import { existsSync } from 'node:fs';

// Browser downloads are impossible on these machines: use Debian's Chromium when it is there
// (the binary itself, not the /usr/bin/chromium shell wrapper, which prints a stray warning).
const debianChromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file) =>
  existsSync(file),
);

export const launchOptions = {
  ...(debianChromium ? { executablePath: debianChromium } : {}),
  // Quiet on a closed network: no background traffic the sandbox would refuse.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Keys like End jump at once instead of animating: on two busy cores an animated scroll of a
    // long virtual list was overtaken by the rows it rendered on the way, and End in the tenant
    // table did not always reach the last row (a clean-clone run, 2026-11-29).
    '--disable-smooth-scrolling',
  ],
};
