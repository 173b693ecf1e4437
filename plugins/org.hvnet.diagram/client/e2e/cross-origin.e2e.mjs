// SPDX-License-Identifier: EPL-2.0
// The diagram server seen from another site, in headless Chromium: node cross-origin.e2e.mjs URL OUTDIR
// URL is the address the server printed (with its token). A second HTTP server on another port serves a page (another
// origin) that tries to read the served files and to open the GLSP websocket, without and even with the token: every
// attempt must fail. Then the real page, at URL, must still work, and the page without the token must say why it
// cannot open. Prints one line per check and "N passed, N failed"; exits 1 on any failure.
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { counts, launch } from './chromium.mjs';

const [url, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const target = new URL(url);
const token = target.searchParams.get('token');
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
    ok ? passed++ : failed++;
}

const evil = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!DOCTYPE html><html><body><h1>Another site</h1></body></html>');
});
await new Promise(ok => evil.listen(0, '127.0.0.1', ok));
const evilOrigin = `http://127.0.0.1:${evil.address().port}`;

/** Runs in the other site's page: every way it could reach the diagram server, and what came of it. */
async function attempts(page) {
    return page.evaluate(async ({ port, token }) => {
        const results = {};
        async function read(name, address) {
            try {
                const answer = await fetch(address);
                results[name] = `read ${answer.status}: ${(await answer.text()).slice(0, 80)}`;
            } catch (e) {
                results[name] = 'blocked';
            }
        }
        function socket(name, address) {
            return new Promise(done => {
                let opened = false;
                const ws = new WebSocket(address);
                ws.onopen = () => {
                    opened = true;
                    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { applicationId: 'evil', protocolVersion: '1.0.0' } }));
                };
                ws.onmessage = event => {
                    results[name] = 'answered: ' + String(event.data).slice(0, 80);
                    ws.close();
                    done();
                };
                ws.onclose = () => {
                    results[name] ??= opened ? 'opened' : 'refused';
                    done();
                };
                setTimeout(() => {
                    results[name] ??= opened ? 'opened' : 'no answer';
                    done();
                }, 5000);
            });
        }
        await read('files without token', `http://127.0.0.1:${port}/files.json`);
        await read('files with the token', `http://127.0.0.1:${port}/files.json?token=${token}`);
        await read('files by localhost with the token', `http://localhost:${port}/files.json?token=${token}`);
        await socket('websocket without token', `ws://127.0.0.1:${port}/glsp`);
        await socket('websocket with the token', `ws://127.0.0.1:${port}/glsp?token=${token}`);
        await socket('websocket by localhost with the token', `ws://localhost:${port}/glsp?token=${token}`);
        return results;
    }, { port: target.port, token });
}

const browser = await launch();
const { page } = browser;
try {
    await page.goto(evilOrigin + '/');
    const results = await attempts(page);
    for (const [name, result] of Object.entries(results)) {
        const refused = result === 'blocked' || result === 'refused' || result === 'no answer';
        check(`another site: ${name} fails`, refused, result);
    }
    check('another site tried every way', Object.keys(results).length === 6, JSON.stringify(results));
    await page.screenshot({ path: join(outDir, 'cross-origin.png') });

    // the same attempts from the server's own page, as a control: the websocket with the token opens there
    await page.goto(url);
    const own = await page.evaluate(async ({ token }) => {
        const files = await fetch('files.json?token=' + token);
        const opened = await new Promise(done => {
            const ws = new WebSocket(`ws://${location.host}/glsp?token=${token}`);
            ws.onopen = () => { ws.close(); done(true); };
            ws.onerror = () => done(false);
        });
        return { files: files.status, opened };
    }, { token });
    check('the own page reads the files and opens the websocket', own.files === 200 && own.opened, JSON.stringify(own));
    check('the own page draws the diagram', await (async () => {
        const end = Date.now() + 30000;
        while (Date.now() < end) {
            if ((await counts(page)).nodes > 0) {
                return true;
            }
            await new Promise(r => setTimeout(r, 100));
        }
        return false;
    })());

    const bare = new URL(url);
    bare.search = '';
    await page.goto(bare.href);
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').length > 0, null, { timeout: 15000 }).catch(() => {});
    const status = await page.locator('#status').textContent();
    check('the page without the token says how to open it', /token/.test(status ?? '') && (await counts(page)).nodes === 0, status ?? '');
    await page.screenshot({ path: join(outDir, 'no-token.png') });
} catch (e) {
    check('cross-origin run', false, String(e && e.stack ? e.stack : e));
} finally {
    await browser.close();
    evil.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
