// SPDX-License-Identifier: EPL-2.0
// Launches Debian's Chromium (/usr/bin/chromium) headless through playwright-core: no browser download.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.HVNET_CHROMIUM ?? '/usr/bin/chromium';

/** A fresh headless Chromium with its own profile folder, removed by close(). */
export async function launch() {
    const profile = mkdtempSync(join(tmpdir(), 'hvnet-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1600, height: 1000 },
        args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--no-first-run', '--disable-sync', '--disable-quic'
        ]
    });
    return {
        context,
        page: context.pages()[0] ?? (await context.newPage()),
        close: async () => {
            await context.close();
            rmSync(profile, { recursive: true, force: true });
        }
    };
}

/** Counts the rendered diagram elements: nodes, ports, edges, markers. */
export async function counts(page) {
    return page.evaluate(() => ({
        nodes: document.querySelectorAll('#hvnet-diagram g.hv-node').length,
        ports: document.querySelectorAll('#hvnet-diagram g.hv-port').length,
        edges: document.querySelectorAll('#hvnet-diagram path.hv-edge').length,
        markers: document.querySelectorAll('#hvnet-diagram g.sprotty-issue').length
    }));
}
