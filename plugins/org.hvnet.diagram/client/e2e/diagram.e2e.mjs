// SPDX-License-Identifier: EPL-2.0
// End to end in headless Chromium: node diagram.e2e.mjs URL FILE OUTDIR
// Opens FILE in the served diagram, counts what is rendered, creates a switch from the palette, connects a VM NIC
// to it, checks the file on disk after each step, undoes, breaks a rule on disk and waits for its marker.
// Prints one line per check and "N passed, N failed" at the end; exits 1 on any failure.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { counts, launch } from './chromium.mjs';
import { box, checks, shape, until } from './page.mjs';

const [url, file, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const { check, summary } = checks();

/** How many issue markers the diagram element with model id `id` carries. */
async function markersOn(page, id) {
    return page.evaluate(selector => {
        const element = document.querySelector(selector);
        return element ? element.querySelectorAll(':scope > g.sprotty-issue').length : 0;
    }, shape(id));
}

async function clickPalette(page, label) {
    await page.locator('.tool-palette .tool-button', { hasText: label }).first().click();
}

const text = () => readFileSync(file, 'utf8');
const original = text();
const browser = await launch();
const { page } = browser;
const errors = [];
page.on('pageerror', e => errors.push(String(e)));
try {
    const started = Date.now();
    const address = new URL(url);
    address.searchParams.set('file', file);
    await page.goto(address.href);
    // nodes are drawn before edges: wait for both, or a slow server (coverage agent, busy machine) reads a half-drawn diagram
    const loaded = await until('the diagram', async () => { const c = await counts(page); return c.nodes >= 9 && c.edges >= 5; }, 30000);
    check('diagram rendered', loaded, `${Date.now() - started} ms`);
    const initial = await counts(page);
    check('rendered elements of the article', initial.nodes === 9 && initial.ports === 4 && initial.edges === 5, JSON.stringify(initial));
    check('validation markers of the article shown', await until('live validation', async () => (await counts(page)).markers > 0),
        'the article breaks V-4 on purpose');
    await page.screenshot({ path: join(outDir, 'diagram.png') });

    await until('the palette', async () => (await page.locator('.tool-palette .tool-button').count()) > 0);
    await clickPalette(page, 'Private switch');
    const host = await box(page, 'host:HV01');
    await page.mouse.click(host.x + host.width - 30, host.y + host.height - 14);
    check('switch created from the palette is written to the file',
        await until('switch in the file', () => text().includes('switch Switch1 private')), 'switch Switch1 private');
    check('new switch rendered', await until('new switch', async () => (await box(page, 'switch:HV01/Switch1')) !== null));

    await clickPalette(page, 'Connect VM NIC to switch');
    const nic = await box(page, 'vmnic:HV01/Web01/eth0');
    const target = await box(page, 'switch:HV01/Switch1');
    await page.mouse.click(nic.x + nic.width / 2, nic.y + nic.height / 2);
    await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
    check('VM NIC connected to the new switch in the file',
        await until('connection in the file', () => text().includes('vm Web01 { nic eth0 on Switch1 { ipv4 dhcp } }')));
    check('comments kept', text().includes("// a router on this LAN; 'internet' = default route out"));

    await page.locator('#undo').click();
    check('undo puts the connection back', await until('undo', () => text().includes('vm Web01 { nic eth0 on Lab { ipv4 dhcp } }')));
    await page.locator('#undo').click();
    check('second undo gives the original file back', await until('undo to original', () => text() === original));

    // deleting an element that expect lines name tells which lines went (Undo brings them back)
    await page.locator(shape('vm:HV01/Db01') + ' > rect.hv-shape').click();
    await page.keyboard.press('Delete');
    check('deleting a VM named by expect lines says which lines went', await until('the message', async () =>
        ((await page.locator('#status').textContent()) ?? '').includes('expect lines that named it')), await page.locator('#status').textContent());
    check('...and they went from the file', await until('lines gone', () => !text().includes('expect address Db01.eth0 apipa')));
    await page.locator('#undo').click();
    check('undo brings them back', await until('undo delete', () => text() === original));
    // the file is back before the diagram is: measure the host only once Db01 is drawn in it again
    check('...and the VM is drawn again', await until('Db01 drawn', async () => (await page.locator(shape('vm:HV01/Db01')).count()) > 0));

    // a VM dragged past the host's right border: the host grows to hold it
    let hostBefore = await box(page, 'host:HV01');
    await until('the host settled', async () => { // an update may still be animating its bounds
        const now = await box(page, 'host:HV01');
        const settled = Math.abs(now.width - hostBefore.width) < 1;
        hostBefore = now;
        return settled;
    });
    const web = await box(page, 'vm:HV01/Web01');
    await page.mouse.move(web.x + web.width / 2, web.y + web.height - 6);
    await page.mouse.down();
    await page.mouse.move(hostBefore.x + hostBefore.width + 60, web.y + web.height - 6, { steps: 12 });
    await page.mouse.up();
    check('a VM dragged past the border of its host makes the host grow', await until('host grows', async () =>
        (await box(page, 'host:HV01')).width > hostBefore.width + 60), JSON.stringify([hostBefore, await box(page, 'host:HV01')]));
    const grown = await box(page, 'host:HV01');
    const moved = await box(page, 'vm:HV01/Web01');
    check('...and the VM is inside it', moved.x + moved.width <= grown.x + grown.width && moved.x >= grown.x, JSON.stringify([grown, moved]));
    await page.screenshot({ path: join(outDir, 'diagram-host-grown.png') });
    await page.locator('#auto-layout').click();
    check('auto-layout forgets the move', await until('host back', async () => Math.abs((await box(page, 'host:HV01')).width - hostBefore.width) < 1));

    // Fit
    await page.mouse.wheel(0, -600);
    await page.locator('#fit').click();
    check('Fit shows the whole diagram', await until('fitted', async () => page.evaluate(() => {
        const area = document.getElementById('hvnet-diagram').getBoundingClientRect();
        return [...document.querySelectorAll('#hvnet-diagram g.hv-node > rect.hv-shape')].every(r => {
            const b = r.getBoundingClientRect();
            return b.x >= area.x - 1 && b.y >= area.y - 1 && b.x + b.width <= area.x + area.width + 1 && b.y + b.height <= area.y + area.height + 1;
        });
    })));

    // the planned install applied: the V-4 marker stays on its NIC; a trace shows switch, NIC and network
    await page.locator('#layer-plannedInstallApplied').check();
    check('the planned install applied shows the new external switch', await until('external switch',
        async () => (await box(page, 'switch:HV01/Local Area Connection - Virtual Network')) !== null));
    const v4 = await page.evaluate(() => {
        const nic = document.querySelector('#hvnet-diagram [id="hvnet-diagram_pnic:HV01/Local Area Connection"]');
        const marker = nic?.querySelector(':scope > g.sprotty-issue');
        if (!marker) {
            return null;
        }
        const m = marker.getBoundingClientRect();
        const n = nic.querySelector(':scope > rect.hv-shape').getBoundingClientRect();
        return { dx: m.x + m.width / 2 - (n.x + n.width), dy: m.y + m.height / 2 - n.y };
    });
    check('the V-4 marker is on its NIC with the planned install applied', v4 !== null && Math.abs(v4.dx) < 12 && Math.abs(v4.dy) < 12, JSON.stringify(v4));
    await page.fill('#trace-from', 'Web01');
    await page.fill('#trace-to', '8.8.8.8');
    await page.locator('#trace').click();
    await until('traced', async () => (await page.evaluate(() => window.hvnet.traced())).length > 0);
    const path = await page.evaluate(() => window.hvnet.traced());
    check('the trace goes switch, NIC, network', ['switch:HV01/Local Area Connection - Virtual Network', 'edge:uplink>switch:HV01/Local Area Connection - Virtual Network',
        'pnic:HV01/Local Area Connection', 'edge:cable>pnic:HV01/Local Area Connection', 'network:Office'].every(id => path.includes(id)), path.join(' '));
    await page.screenshot({ path: join(outDir, 'diagram-trace.png') });
    await page.fill('#trace-from', '');
    await page.fill('#trace-to', '');
    await page.locator('#trace').click();
    await page.locator('#layer-plannedInstallApplied').uncheck();
    await until('the file again', async () => (await box(page, 'switch:HV01/Local Area Connection - Virtual Network')) === null);

    // rule S-3 / V-2 broken on purpose, in the text: a host vNIC on the private switch
    writeFileSync(file, original.replace('    switch Isolated private\n', '    switch Isolated private { host-vnic Sneaky }\n'));
    check('the diagram follows the file changed on disk',
        await until('host vNIC drawn', async () => (await box(page, 'hostvnic:HV01/Isolated/Sneaky')) !== null));
    check('rule broken on purpose shows a marker on the host vNIC',
        await until('marker', async () => (await markersOn(page, 'hostvnic:HV01/Isolated/Sneaky')) > 0, 15000),
        JSON.stringify(await counts(page)));
    const marker = page.locator(shape('hostvnic:HV01/Isolated/Sneaky') + ' g.sprotty-issue').first();
    await marker.hover().catch(() => {});
    const popup = async () => (await page.locator('.sprotty-popup').textContent().catch(() => '')) ?? '';
    const hover = await until('marker hover', async () => (await popup()).includes('[V-2]'), 5000);
    check('marker hover names the rule and the problem', hover, await popup());
    await page.screenshot({ path: join(outDir, 'diagram-marker.png') });
    check('no script errors in the page', errors.length === 0, errors.join(' | '));
} catch (e) {
    check('end-to-end run', false, String(e && e.stack ? e.stack : e));
} finally {
    writeFileSync(file, original);
    await browser.close();
}
process.exit(summary());
