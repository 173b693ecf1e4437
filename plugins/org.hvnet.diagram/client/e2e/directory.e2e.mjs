// SPDX-License-Identifier: EPL-2.0
// Every file of a directory in one diagram, in headless Chromium: node directory.e2e.mjs URL NETWORKS HOSTS OUTDIR
// NETWORKS declares the network Office, HOSTS a host cabled to it. The page opens "all files" (the server's default for
// several files): the cable across the files is drawn; renaming the network in place renames it in NETWORKS and its
// cable in HOSTS; Undo gives both files back. Prints one line per check and "N passed, N failed".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { box, checks, shape, until } from './page.mjs';

const [url, networks, hosts, outDir] = process.argv.slice(2);
const { check, summary } = checks();
const originals = [readFileSync(networks, 'utf8'), readFileSync(hosts, 'utf8')];
const texts = () => [readFileSync(networks, 'utf8'), readFileSync(hosts, 'utf8')];
const browser = await launch();
const { page } = browser;
const errors = [];
page.on('pageerror', e => errors.push(String(e)));
try {
    await page.goto(url);
    check('the page opens every file in one diagram', await until('the diagram', async () => page.evaluate(() => !!(window.hvnet && window.hvnet.ready)), 60000));
    const picker = await page.locator('#file-picker option').allTextContents();
    check('the file picker offers all files first, then each one', picker[0] === 'all 2 files' && picker.length === 3, picker.join(', '));
    check('the cable to the network of the other file is drawn', (await box(page, 'edge:cable>pnic:HV1/eth0')) !== null
        || (await page.locator(shape('edge:cable>pnic:HV1/eth0')).count()) === 1);
    await page.screenshot({ path: join(outDir, 'directory.png') });

    await page.locator(shape('network:Office#name')).dblclick();
    const editor = page.locator('.label-edit input, .label-edit textarea, input.edit-label').first();
    check('the network name is edited in place', await until('the label editor', async () => (await editor.count()) > 0));
    await editor.fill('Floor');
    await editor.press('Enter');
    check('the rename is written to the file of the network', await until('network renamed', () => texts()[0].includes('network Floor {')));
    check('...and to its cable in the other file', await until('cable renamed', () => texts()[1].includes('cable Floor')));
    await page.locator('#undo').click();
    check('undo gives both files back', await until('both back', () => texts()[0] === originals[0] && texts()[1] === originals[1]));
    check('no script errors in the page', errors.length === 0, errors.join(' | '));
} catch (e) {
    check('directory run', false, String(e && e.stack ? e.stack : e));
} finally {
    await browser.close();
}
process.exit(summary());
