// SPDX-License-Identifier: EPL-2.0
// Today's Hyper-V in headless Chromium: node todays-hyperv.e2e.mjs URL OUTDIR TENANTS NAT
// TENANTS is examples/vlan-tenants-acl.hvnet, NAT examples/nat-switch.hvnet (copies). The page draws the VLAN badges of
// ports and of the trunk cable, the ACL badges, the NetNat with its prefix and mapping; the layer "VLANs" colours the
// tenants' ports apart. Screenshots: todays-vlans.png, todays-vlans-layer.png, todays-nat.png.
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { checks, classes, open, shape, until } from './page.mjs';

const [url, outDir, tenants, nat] = process.argv.slice(2);
const { check, summary } = checks();
const browser = await launch();
const { page } = browser;
const errors = [];
page.on('pageerror', e => errors.push(String(e)));

/** The text drawn for the label `id`, or null. */
const textOf = id => page.evaluate(selector => document.querySelector(selector)?.textContent ?? null, shape(id));

/** True once the label `id` shows `text` (the page may still draw it after the diagram is ready); says what it shows. */
const shows = async (id, text) => {
    const drawn = await until(`${id} to show ${text}`, async () => (await textOf(id)) === text);
    return [drawn, drawn ? text : await textOf(id)];
};

try {
    check('the tenant pair is drawn', await open(page, url, tenants));
    check('a tenant port shows its VLAN', ...(await shows('vmnic:HV10/AWeb/eth0#vlan', 'vlan 101')));
    check('...and its ACL rules', ...(await shows('vmnic:HV10/AWeb/eth0#acl', '2 ACL rules')));
    check('the trunk cable shows the networks it carries', ...(await shows('edge:cable>pnic:HV10/Uplink#vlan', 'trunk untagged,101,102')));
    await page.screenshot({ path: join(outDir, 'todays-vlans.png') });
    await page.locator('#layer-vlans').check();
    check('the layer VLANs colours tenant A and tenant B apart', await until('VLAN colours', async () => {
        const a = (await classes(page, 'vmnic:HV10/AWeb/eth0')) ?? '';
        const b = (await classes(page, 'vmnic:HV10/BWeb/eth0')) ?? '';
        return a.includes('vlan-5') && b.includes('vlan-6');
    }));
    await page.screenshot({ path: join(outDir, 'todays-vlans-layer.png') });

    check('the NAT lab is drawn', await open(page, url, nat));
    check('the NetNat shows its prefix', ...(await shows('netnat:HV19/LabNat#prefix', 'WinNAT 172.20.0.0/24')));
    check('...and its static mapping', ...(await shows('netnat:HV19/LabNat#forward0', 'tcp 8080 \u2192 172.20.0.10:80')));
    check('...tied to its gateway host vNIC', await until('the NAT edge', async () => (await page.locator(shape('edge:nat>netnat:HV19/LabNat')).count()) === 1));
    await page.screenshot({ path: join(outDir, 'todays-nat.png') });
    check('no script errors in the page', errors.length === 0, errors.join(' | '));
} catch (e) {
    check('today\'s Hyper-V run', false, String(e && e.stack ? e.stack : e));
} finally {
    await browser.close();
}
process.exit(summary());
