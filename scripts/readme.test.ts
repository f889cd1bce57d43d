import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosisShowcase } from '../server/sandbox/diagnosis-showcase.ts';
import { reservedReads } from '../server/sandbox/reserved-reads.ts';

// The README is the front door: every image it shows must be in the repository (committed, not
// ignored), or every clone shows broken images on its first page.
const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const images = [
  ...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g),
  ...readme.matchAll(/<img [^>]*src="([^"]+)"/g),
].map((match) => match[1] ?? '');

const isIgnored = (file: string) => {
  try {
    execFileSync('git', ['check-ignore', '--quiet', '--no-index', file], { cwd: root });
    return true;
  } catch {
    return false;
  }
};

describe('README', () => {
  it('shows images', () => {
    expect(images.length).toBeGreaterThan(0);
  });

  it.each(images)('%s is in the repository, not ignored', (image) => {
    expect(existsSync(path.join(root, image))).toBe(true);
    expect(isIgnored(image)).toBe(false);
  });
});

// The README's demo tables are how sales and support find a number to show: they must name the
// sandbox's own numbers, each with the rule or failure it shows.
describe('README demo tables', () => {
  const rows = readme.split('\n').filter((line) => line.startsWith('| `+'));
  // A number may be in more than one table: its rows, joined.
  const rowOf = (e164: string) => rows.filter((row) => row.startsWith(`| \`${e164}\``)).join('\n');

  it.each(diagnosisShowcase)('$telephoneNumber shows $ruleId', ({ telephoneNumber, ruleId }) => {
    expect(rowOf(telephoneNumber)).toContain(`\`${ruleId}\``);
  });

  it.each(reservedReads)('$telephoneNumber: $description', ({ telephoneNumber, description }) => {
    expect(rowOf(telephoneNumber)).toContain(description);
  });
});
