import { clip } from '../../../lib/clip.ts';

// Words of an identifier: acronyms and digit runs stay whole ("InboundA2PSms" → Inbound, A2P, Sms).
const wordPattern = /[A-Z0-9]+(?![a-z])|[A-Z]?[a-z]+\d*|\d+/g;

/**
 * An enumeration value this app does not know, as people would write it:
 * "SharedCallingAssigned" → "Shared calling assigned", "eu_voice-v2" → "Eu voice v2".
 * Values that are not identifiers (numbers, punctuation) are kept as received.
 */
export function readableValue(value: string): string {
  // Only the first 100 characters are shown: an answer's value may be 500 kB, never split it all.
  const raw = value.length > 101 ? value.slice(0, 101) : value;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(raw)) return clip(raw, 100);
  const words = raw.match(wordPattern) ?? [raw];
  const text = words
    .map((word, index) => {
      if (index === 0) return word.charAt(0).toUpperCase() + word.slice(1);
      return /^[A-Z0-9]+$/.test(word) && word.length > 1 ? word : word.toLowerCase();
    })
    .join(' ');
  return clip(text, 100);
}
