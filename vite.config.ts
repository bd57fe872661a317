import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  // Relative asset URLs: the built folder works from any sub-path of any static host.
  base: './',
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
