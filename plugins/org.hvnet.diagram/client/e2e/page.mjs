// SPDX-License-Identifier: EPL-2.0
// What the end-to-end scripts share: checks, waiting, and reading the rendered diagram.
import { counts } from './chromium.mjs';

/** Counts checks and prints one line per check; `summary()` prints "N passed, N failed" and gives the exit code. */
export function checks() {
    let passed = 0;
    let failed = 0;
    return {
        check(name, ok, detail = '') {
            console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
            ok ? passed++ : failed++;
        },
        summary() {
            console.log(`${passed} passed, ${failed} failed`);
            return failed === 0 ? 0 : 1;
        }
    };
}

/** Waits until `condition()` holds (true), or `timeoutMs` passed (false). */
export async function until(what, condition, timeoutMs = 15000) {
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

/** Opens `file` of the server at `url` and waits until the diagram is drawn and fitted. */
export async function open(page, url, file) {
    const address = new URL(url);
    address.searchParams.set('file', file);
    await page.goto(address.href);
    return until('the diagram', async () => page.evaluate(() => !!(window.hvnet && window.hvnet.ready)), 60000);
}

/** The CSS selector of the drawn group of the diagram element `id` (not its copy in the hidden measuring area). */
export function shape(id) {
    return `#hvnet-diagram [id="hvnet-diagram_${id.replace(/"/g, '\\"')}"]`;
}

/** The screen box of the shape (its rectangle, not its labels) of the diagram element with model id `id`, or null. */
export async function box(page, id) {
    return page.evaluate(selector => {
        const group = document.querySelector(selector);
        if (!group) {
            return null;
        }
        const element = group.querySelector(':scope > rect.hv-shape') ?? group;
        const r = element.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, shape(id));
}

/** The classes of the group of the diagram element `id`, or null. */
export async function classes(page, id) {
    return page.evaluate(selector => document.querySelector(selector)?.getAttribute('class') ?? null, shape(id));
}

/** The status line's text. */
export async function status(page) {
    return (await page.locator('#status').textContent()) ?? '';
}

export { counts };
