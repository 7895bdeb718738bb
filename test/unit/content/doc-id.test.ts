/**
 * The content script's document id works on a plain-http agency host, which is not a secure
 * context (no crypto.randomUUID there): found by the Firefox e2e on an http agency host.
 */
import { describe, expect, it, vi } from 'vitest';
import { newDocId } from '../../../entrypoints/content/connection';

describe('newDocId', () => {
  it('needs no secure context, is unique and has the shape the background accepts', () => {
    vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => {
      throw new TypeError('crypto.randomUUID is not available in an insecure context');
    });
    const ids = new Set(Array.from({ length: 50 }, () => newDocId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
