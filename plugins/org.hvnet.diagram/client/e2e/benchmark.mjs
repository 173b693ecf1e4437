// Benchmark (not a test) of the diagram in the browser, from the repository root after ./mvnw verify:
//   node plugins/org.hvnet.diagram/client/e2e/benchmark.mjs [HOSTS [ESTATE_HOSTS [ESTATE_VMS]]]   (defaults: 25 2000 20)
// 1. The detail of about 500 nodes: target/benchmark/generated-500.hvnet (5 networks, HOSTS hosts with 3 switches and
//    16 VMs each), opened with ?view=detail: the time from navigation (or reload) until every node is drawn (server:
//    parse, GModel, ELK layout, JSON; client: render), cold (the first request of the server's JVM) and warm (page
//    reloaded); and `./hvnet diagram FILE -o OUT.svg` end to end.
// 2. The overview of an estate: `./hvnet generate --hosts ESTATE_HOSTS --vms-per-host ESTATE_VMS` opened as it opens
//    (the overview): the time until every compact host is drawn, cold and warm; then expanding one host in place: the
//    time from the request until its switches are drawn, for several hosts.
// Prints one line per figure; the screenshots go to target/benchmark/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { counts, launch } from './chromium.mjs';

const hosts = Number(process.argv[2] ?? 25);
const estateHosts = Number(process.argv[3] ?? 2000);
const estateVms = Number(process.argv[4] ?? 20);
const root = resolve(process.cwd());
const outDir = join(root, 'target/benchmark');
mkdirSync(outDir, { recursive: true });
const detailFile = join(outDir, 'generated-500.hvnet');
const estateFile = join(outDir, `estate-${estateHosts}x${estateVms}.hvnet`);

function generateDetail() {
    const lines = ['topology Generated', ''];
    for (let n = 1; n <= 5; n++) {
        lines.push(`network Lan${n} { subnet 10.${n}.0.0/16 router 10.${n}.0.1 }`);
    }
    for (let h = 1; h <= hosts; h++) {
        lines.push(`host HV${h} platform hyperv-2012 {`);
        lines.push(`    nic eth0 cable Lan${1 + (h % 5)} { bind vswitch }`);
        lines.push(`    switch Ext${h} external on eth0`);
        lines.push(`    switch Int${h} internal`);
        lines.push(`    switch Priv${h} private`);
        for (let v = 1; v <= 16; v++) {
            const sw = v % 3 === 0 ? `Priv${h}` : v % 3 === 1 ? `Ext${h}` : `Int${h}`;
            lines.push(`    vm VM${h}x${v} { nic eth0 on ${sw} { ipv4 dhcp } }`);
        }
        lines.push('}', '');
    }
    writeFileSync(detailFile, lines.join('\n'));
    return 5 + hosts * (1 + 3 + 16) + 1;
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const expectedNodes = generateDetail();
if (!existsSync(estateFile)) {
    const generated = spawnSync(join(root, 'hvnet'), ['generate', '--hosts', String(estateHosts), '--vms-per-host', String(estateVms), '-o', estateFile],
        { encoding: 'utf8' });
    if (generated.status !== 0) {
        console.error(generated.stderr);
        process.exit(1);
    }
}
const svgStart = Date.now();
const exported = spawnSync(join(root, 'hvnet'), ['diagram', detailFile, '-o', join(outDir, 'generated-500.svg')], { encoding: 'utf8' });
const svgMillis = Date.now() - svgStart;
if (exported.status !== 0) {
    console.error(exported.stderr);
    process.exit(1);
}

/** Serves `file` alone (a diagram server of its own: what one scenario measures is not slowed by the other's work). */
async function serve(file) {
    const server = spawn(join(root, 'hvnet'), ['serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise((ok, fail) => {
        server.stdout.on('data', data => ok(String(data).trim().split('\n')[0]));
        server.on('exit', code => fail(new Error('serve exited ' + code)));
    });
    const address = new URL(url);
    address.searchParams.set('file', file);
    return { server, address };
}

/** The time from `action` until `done()` holds. */
async function timeUntil(page, action, done) {
    const start = Date.now();
    await action();
    while (!(await done())) {
        await new Promise(r => setTimeout(r, 20));
    }
    return Date.now() - start;
}

/** Waits until validation has put its markers on the diagram: the server's background work of the first open is done. */
async function settled(page) {
    const end = Date.now() + 120000;
    while (Date.now() < end && (await counts(page)).markers === 0) {
        await new Promise(r => setTimeout(r, 200));
    }
    await new Promise(r => setTimeout(r, 2000));
}

/** Cold open, then three warm reloads (the JVM, the parsed model and the validation warm), until `done()`. */
async function opens(page, address, done) {
    const cold = await timeUntil(page, () => page.goto(address.href), done);
    await settled(page);
    const warm = [];
    for (let i = 0; i < 3; i++) {
        warm.push(await timeUntil(page, () => page.reload(), done));
        await settled(page);
    }
    return { cold, warm };
}

const browser = await launch();
const { page } = browser;
const servers = [];
try {
    const detail = await serve(detailFile);
    servers.push(detail.server);
    detail.address.searchParams.set('view', 'detail');
    const detailTimes = await opens(page, detail.address, async () => (await counts(page)).nodes >= expectedNodes);
    await page.screenshot({ path: join(outDir, 'generated-500.png') });
    const drawn = await counts(page);
    detail.server.kill();

    const estate = await serve(estateFile);
    servers.push(estate.server);
    const allHosts = async () => page.evaluate(n => window.hvnet?.ready && document.querySelectorAll('#hvnet-diagram g.host-compact').length >= n,
        estateHosts);
    const estateTimes = await opens(page, estate.address, allHosts);
    await page.screenshot({ path: join(outDir, 'estate.png') });
    const expands = [];
    for (const n of [11, 12, 13, 14, 15, 16, 17]) {
        const host = 'H' + String(n).padStart(5, '0');
        expands.push(await page.evaluate(async name => {
            const start = performance.now();
            const seen = new Promise(done => {
                const drawn = () => document.querySelector(`#hvnet-diagram [id="hvnet-diagram_switch:${name}/Lab"]`)
                    || document.querySelector(`#hvnet-diagram [id="hvnet-diagram_switch:${name}/External"]`);
                const observer = new MutationObserver(() => {
                    if (drawn()) {
                        observer.disconnect();
                        done();
                    }
                });
                observer.observe(document.getElementById('hvnet-diagram'), { childList: true, subtree: true });
            });
            await window.hvnet.dispatch({ kind: 'hvnetSetView', expand: ['host:' + name] });
            await seen;
            await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
            return Math.round(performance.now() - start);
        }, host));
    }
    await page.screenshot({ path: join(outDir, 'estate-expanded.png') });
    console.log(`detail: nodes ${drawn.nodes} ports ${drawn.ports} edges ${drawn.edges}`);
    console.log(`hvnet diagram (JVM start, parse, layout, SVG) of the detail: ${svgMillis} ms`);
    console.log(`detail, browser layout+render, cold: ${detailTimes.cold} ms; warm: ${detailTimes.warm.join(' / ')} ms (median ${median(detailTimes.warm)} ms)`);
    console.log(`estate ${estateHosts} x ${estateVms}, overview drawn, cold: ${estateTimes.cold} ms; warm: ${estateTimes.warm.join(' / ')} ms `
        + `(median ${median(estateTimes.warm)} ms)`);
    console.log(`estate, one host expanded in place: ${expands.join(' / ')} ms (median ${median(expands)} ms)`);
} finally {
    await browser.close();
    servers.forEach(server => server.kill());
}
