// SPDX-License-Identifier: EPL-2.0
// Bundles the diagram client into ../web/dist (served from the bundle's jar by `hvnet serve`).
import { build } from 'esbuild';

await build({
    entryPoints: ['src/app.ts'],
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    outfile: '../web/dist/app.js',
    jsxFactory: 'svg',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' }
});
