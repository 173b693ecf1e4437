// SPDX-License-Identifier: EPL-2.0
// The changes layer in headless Chromium: node changes.e2e.mjs URL OUTDIR
// The server compares NEW (the article with Web01 moved to the private switch, Db01 removed and App01 added) with the
// article (`hvnet serve --changes OLD NEW`). The layer is on at first: App01 and its NIC are marked added, Web01's NIC
// changed and its address changed, and the panel lists Db01, which NEW cannot draw; unchecking "Changes" takes every
// mark and the panel away, checking it again brings them back. Prints one line per check and "N passed, N failed".
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { checks, classes, until } from './page.mjs';

const [url, outDir] = process.argv.slice(2);
const { check, summary } = checks();
const browser = await launch();
const { page } = browser;
const errors = [];
page.on('pageerror', e => errors.push(String(e)));
const marks = () => page.evaluate(() => ({
    added: [...document.querySelectorAll('#hvnet-diagram .change-added')].map(g => g.id.replace('hvnet-diagram_', '')).sort(),
    changed: [...document.querySelectorAll('#hvnet-diagram .change-changed')].map(g => g.id.replace('hvnet-diagram_', '')).sort(),
    address: [...document.querySelectorAll('#hvnet-diagram g.hv-port.change-address, #hvnet-diagram g.hv-node.change-address')]
        .map(g => g.id.replace('hvnet-diagram_', '')).sort(),
    panel: document.querySelector('#hvnet-diagram [id="hvnet-diagram_changes"]')?.textContent ?? null
}));
try {
    await page.goto(url);
    check('the page opens the newer version', await until('the diagram', async () => page.evaluate(() => !!(window.hvnet && window.hvnet.ready)), 60000));
    const toggle = page.locator('#layer-changes');
    check('a "Changes" layer toggle is offered, checked', (await toggle.count()) === 1 && (await toggle.isChecked()));
    const shown = await marks();
    check('App01 and its NIC are marked added', JSON.stringify(shown.added) === JSON.stringify(['vm:HV01/App01', 'vmnic:HV01/App01/eth0']),
        JSON.stringify(shown.added));
    check('Web01\'s NIC is marked changed', JSON.stringify(shown.changed) === JSON.stringify(['vmnic:HV01/Web01/eth0']), JSON.stringify(shown.changed));
    check('the NICs whose address changed are marked', JSON.stringify(shown.address) === JSON.stringify(['vmnic:HV01/App01/eth0', 'vmnic:HV01/Web01/eth0']),
        JSON.stringify(shown.address));
    check('the panel lists what NEW cannot draw: Db01', shown.panel !== null && shown.panel.includes('vm HV01.Db01') && shown.panel.includes('2 removed'),
        String(shown.panel));
    check('the added VM is outlined in green on screen', (await page.evaluate(() => {
        const rect = document.querySelector('#hvnet-diagram [id="hvnet-diagram_vm:HV01/App01"] > rect.hv-shape');
        return rect ? getComputedStyle(rect).stroke : '';
    })) === 'rgb(30, 142, 62)');
    await page.screenshot({ path: join(outDir, 'changes.png') });

    await toggle.uncheck();
    check('unchecked, every mark and the panel are gone', await until('no marks', async () => {
        const m = await marks();
        return m.added.length === 0 && m.changed.length === 0 && m.address.length === 0 && m.panel === null;
    }));
    check('...and the diagram is still drawn', (await classes(page, 'vm:HV01/App01')) !== null);
    await page.screenshot({ path: join(outDir, 'changes-hidden.png') });
    await toggle.check();
    check('checked again, the marks come back', await until('marks', async () => (await marks()).added.length === 2));
    check('no script errors in the page', errors.length === 0, errors.join(' | '));
} catch (e) {
    check('changes run', false, String(e && e.stack ? e.stack : e));
} finally {
    await browser.close();
}
process.exit(summary());
