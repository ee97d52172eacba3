import { defineConfig } from 'vitest/config';

// Two projects: `unit` is pure logic (no models, no browser); `node` runs the real
// transformers.js runtime in Node on the generated fixture models.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.{ts,tsx}',
            'workers/**/*.test.ts',
            'scripts/**/*.test.ts',
            'e2e/support/**/*.test.ts',
          ],
          exclude: ['**/*.node.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['**/*.node.test.ts'],
          exclude: ['node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
