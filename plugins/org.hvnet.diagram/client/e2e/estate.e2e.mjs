// SPDX-License-Identifier: EPL-2.0
// The estate in headless Chromium: node estate.e2e.mjs URL FILE OUTDIR   (FILE: a generated estate of 50 hosts)
// The overview (compact hosts, cables at right angles around them, fitted into the window), a host expanded in place
// (double click, its + and −, the host picker), the search, "show only", Fit, and a trace that expands the hosts it
// passes. Screenshots go to OUTDIR. Prints one line per check and "N passed, N failed"; exits 1 on any failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { box, checks, classes, open, shape, status, until } from './page.mjs';

const [url, file, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const { check, summary } = checks();
const browser = await launch();
const { page } = browser;
const errors = [];
page.on('pageerror', e => errors.push(String(e)));

/** The compact hosts drawn, by id. */
const compactHosts = () => page.evaluate(() => [...document.querySelectorAll('#hvnet-diagram g.host-compact')].map(g => g.id.replace('hvnet-diagram_', '')));

/** Segments of cables that pass through a host's box, in diagram coordinates (none expected). */
const cablesThroughHosts = () => page.evaluate(() => {
    const hosts = [...document.querySelectorAll('#hvnet-diagram g.host')].map(g => {
        const r = g.querySelector(':scope > rect.hv-shape').getBoundingClientRect();
        return { id: g.id, x1: r.x, y1: r.y, x2: r.x + r.width, y2: r.y + r.height };
    });
    const crossings = [];
    for (const path of document.querySelectorAll('#hvnet-diagram g.cable path.hv-edge')) {
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 4) {
            const p = path.getPointAtLength(at);
            const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
            const inside = hosts.find(h => screen.x > h.x1 + 1 && screen.x < h.x2 - 1 && screen.y > h.y1 + 1 && screen.y < h.y2 - 1);
            if (inside) {
                crossings.push(path.parentElement.id + ' through ' + inside.id);
                break;
            }
        }
    }
    return crossings;
});

/** True when every host and network lies inside the diagram's part of the window. */
const allInWindow = () => page.evaluate(() => {
    const area = document.getElementById('hvnet-diagram').getBoundingClientRect();
    return [...document.querySelectorAll('#hvnet-diagram g.host > rect.hv-shape, #hvnet-diagram g.network > rect.hv-shape')].every(r => {
        const b = r.getBoundingClientRect();
        return b.x >= area.x - 1 && b.y >= area.y - 1 && b.x + b.width <= area.x + area.width + 1 && b.y + b.height <= area.y + area.height + 1;
    });
});

try {
    check('the estate opens', await open(page, url, file));
    const hosts = await compactHosts();
    check('the estate opens as the overview: fifty compact hosts', hosts.length === 50, `${hosts.length}`);
    check('fitted into the window on open', await allInWindow());
    await until('validation badges', async () => (await page.locator('#hvnet-diagram .host-compact g.sprotty-issue').count()) > 0);
    await page.screenshot({ path: join(outDir, 'estate-overview.png') });
    const crossings = await cablesThroughHosts();
    check('no cable passes through a host', crossings.length === 0, crossings.slice(0, 3).join('; '));

    const neighbour = await box(page, 'host:H00003');
    const far = await box(page, 'host:H00030');
    await page.locator(shape('host:H00009') + ' > rect.hv-shape').dblclick();
    check('a double click expands the host in place',
        await until('switches of H00009', async () => (await box(page, 'switch:H00009/Lab')) !== null));
    const afterNeighbour = await box(page, 'host:H00003');
    const afterFar = await box(page, 'host:H00030');
    check('nothing else moves', JSON.stringify(neighbour) === JSON.stringify(afterNeighbour) && JSON.stringify(far) === JSON.stringify(afterFar),
        JSON.stringify([neighbour, afterNeighbour]));
    check('the expanded host lies over the estate', (await classes(page, 'host:H00009'))?.includes('overlay'));
    await page.screenshot({ path: join(outDir, 'estate-expanded.png') });
    await page.locator('#fit').click();
    await page.locator(shape('host:H00009#toggle')).click();
    check('its − collapses it', await until('H00009 compact', async () => (await classes(page, 'host:H00009'))?.includes('host-compact')));

    await page.fill('#host-picker', 'H00042');
    await page.locator('#host-picker').dispatchEvent('change');
    check('the host picker expands the host', await until('H00042 whole', async () => (await box(page, 'switch:H00042/Lab')) !== null));
    const area = await page.locator('#hvnet-diagram').boundingBox();
    const centred = async () => {
        const picked = await box(page, 'host:H00042');
        return picked && Math.abs(picked.x + picked.width / 2 - (area.x + area.width / 2)) < area.width / 3;
    };
    check('...and centres it', await until('H00042 centred', centred), JSON.stringify(await box(page, 'host:H00042')));

    await page.locator('#fit').click();
    await page.fill('#find', 'H00033V02');
    await page.press('#find', 'Enter');
    check('the search finds a VM inside a compact host and expands its host',
        await until('VM H00033V02', async () => (await box(page, 'vm:H00033/H00033V02')) !== null));
    check('...highlights it (selected)', await until('selected', async () => (await classes(page, 'vm:H00033/H00033V02'))?.includes('selected')));
    check('...and says so', (await status(page)).includes('found vm:H00033/H00033V02'), await status(page));
    await page.screenshot({ path: join(outDir, 'estate-found.png') });

    await page.locator('#fit').click();
    check('Fit shows the whole estate again', await until('fitted', allInWindow));

    await page.evaluate(() => window.hvnet.select('host:H00005'));
    await page.selectOption('#show-only', 'HOST');
    check('show only the selected host', await until('one host', async () => (await page.locator('#hvnet-diagram g.host').count()) === 1));
    check('...drawn whole, with its network', (await box(page, 'switch:H00005/Lab')) !== null && (await box(page, 'network:Lan0')) !== null);
    await page.screenshot({ path: join(outDir, 'estate-only-host.png') });
    await page.selectOption('#show-only', 'EVERYTHING');
    check('show everything again', await until('fifty hosts', async () => (await page.locator('#hvnet-diagram g.host').count()) >= 48));

    await page.locator('#fit').click();
    await page.fill('#trace-from', 'H00001V03');
    await page.fill('#trace-to', 'H00002V03');
    await page.locator('#trace').click();
    check('a trace expands the hosts it passes', await until('traced hosts whole', async () =>
        (await classes(page, 'host:H00001'))?.includes('host-expanded') && (await classes(page, 'host:H00002'))?.includes('host-expanded')));
    const traced = await page.evaluate(() => window.hvnet.traced());
    check('the traced path goes VM NIC, switch, NIC, network on both hosts',
        ['network:Lan0', 'edge:cable>pnic:H00001/Local Area Connection', 'edge:uplink>switch:H00001/External', 'pnic:H00002/Local Area Connection',
            'switch:H00002/External', 'vmnic:H00002/H00002V03/eth0']
            .every(id => traced.includes(id)), traced.join(' '));
    await page.screenshot({ path: join(outDir, 'estate-trace.png') });
    check('no script errors in the page', errors.length === 0, errors.join(' | '));
} catch (e) {
    check('estate run', false, String(e && e.stack ? e.stack : e));
} finally {
    await browser.close();
}
process.exit(summary());
