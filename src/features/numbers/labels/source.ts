import { clip } from '../../../lib/clip.ts';

// How a number record came into Live Platform (documented by the vendor).
const sourceDescriptions: Record<string, { label: string; description: string }> = {
  webapi: { label: 'REST API', description: 'Loaded through the Live Platform REST API.' },
  webui: { label: 'Portal upload', description: 'Uploaded in the Live Platform portal.' },
  ocsync: {
    label: 'Operator Connect sync',
    description: 'Synchronised from Operator Connect; the vendor portal shows this as empty.',
  },
};

export function sourceLabel(raw: string): { label: string; description: string; known: boolean } {
  const found = Object.hasOwn(sourceDescriptions, raw.toLowerCase())
    ? sourceDescriptions[raw.toLowerCase()]
    : undefined;
  return found
    ? { ...found, known: true }
    : {
        label: clip(raw, 100),
        description: 'A source this app does not know yet, shown as received.',
        known: false,
      };
}
