// End to end in headless Chromium: node diagram.e2e.mjs URL FILE OUTDIR
// Opens FILE in the served diagram, counts what is rendered, creates a switch from the palette, connects a VM NIC
// to it, checks the file on disk after each step, undoes, breaks a rule on disk and waits for its marker.
// Prints one line per check and "N passed, N failed" at the end; exits 1 on any failure.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { counts, launch } from './chromium.mjs';

const [url, file, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
    ok ? passed++ : failed++;
}

async function until(what, condition, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
        if (await condition()) {
            return true;
        }
        await new Promise(r => setTimeout(r, 100));
    }
    console.log(`     (timed out waiting for ${what})`);
    return false;
}

/** The screen box of the shape (its rectangle, not its labels) of the diagram element with model id `id`. */
async function box(page, id) {
    return page.evaluate(modelId => {
        const group = [...document.querySelectorAll('#hvnet-diagram g[id]')].find(g => g.id.endsWith('_' + modelId));
        if (!group) {
            return null;
        }
        const element = group.querySelector(':scope > rect.hv-shape') ?? group;
        const r = element.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, id);
}

/** How many issue markers the diagram element with model id `id` carries. */
async function markersOn(page, id) {
    return page.evaluate(modelId => {
        const element = [...document.querySelectorAll('#hvnet-diagram g[id]')].find(g => g.id.endsWith('_' + modelId));
        return element ? element.querySelectorAll(':scope > g.sprotty-issue').length : 0;
    }, id);
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

    // rule S-3 / V-2 broken on purpose, in the text: a host vNIC on the private switch
    writeFileSync(file, original.replace('    switch Isolated private\n', '    switch Isolated private { host-vnic Sneaky }\n'));
    check('the diagram follows the file changed on disk',
        await until('host vNIC drawn', async () => (await box(page, 'hostvnic:HV01/Isolated/Sneaky')) !== null));
    check('rule broken on purpose shows a marker on the host vNIC',
        await until('marker', async () => (await markersOn(page, 'hostvnic:HV01/Isolated/Sneaky')) > 0, 15000),
        JSON.stringify(await counts(page)));
    const marker = page.locator(`#hvnet-diagram g[id$="_hostvnic:HV01/Isolated/Sneaky"] g.sprotty-issue`).first();
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
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
