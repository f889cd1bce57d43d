import { describe, expect, it } from 'vitest';
import { failureCause, failureCode } from './failure-cause.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('failureCode', () => {
  it('finds the system error code under fetch’s TypeError', () => {
    const error = new TypeError('fetch failed', {
      cause: withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'),
    });
    expect(failureCode(error)).toBe('ECONNREFUSED');
  });

  it('takes undici’s own codes', () => {
    expect(failureCode(new Error('x', { cause: withCode('UND_ERR_SOCKET') }))).toBe(
      'UND_ERR_SOCKET',
    );
  });

  it('names the error class when there is no code', () => {
    const parser = Object.assign(new Error('Response does not match'), { name: 'HTTPParserError' });
    expect(failureCode(new TypeError('fetch failed', { cause: parser }))).toBe('HTTPParserError');
  });

  it('never returns a message, even one that looks like a code or holds a URL', () => {
    const error = new Error('https://user:secret@lp.example/ ECONNRESET', {
      cause: withCode('https://user:secret@lp.example/'),
    });
    expect(failureCode(error)).toBeUndefined();
  });
});

describe('failureCause', () => {
  it('says timeout when a timeout signal ended the call', () => {
    const signal = AbortSignal.abort(new DOMException('late', 'TimeoutError'));
    expect(failureCause(new Error('x'), signal)).toBe('timeout');
  });

  it('says aborted when the caller went away', () => {
    expect(failureCause(new Error('x'), AbortSignal.abort())).toBe('aborted');
  });

  it('falls back to the code, then to unknown', () => {
    expect(failureCause(withCode('ENOTFOUND'), new AbortController().signal)).toBe('ENOTFOUND');
    expect(failureCause(new Error('plain'))).toBe('unknown');
  });
});
