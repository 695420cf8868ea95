import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build tests run the real `npm run build`; the machine has two cores, so files run one at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    // A page's first search compiles Pagefind's WebAssembly, which on a busy two-core machine can take
    // longer than expect.poll's default second.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 600_000,
  },
});
