import { describe, expect, it } from 'vitest';
import { DOMAIN_VERSION } from '@pm/domain';

describe('domain package', () => {
  it('is importable through its workspace alias', () => {
    expect(DOMAIN_VERSION).toBe(1);
  });
});
