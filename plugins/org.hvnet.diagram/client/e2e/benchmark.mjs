// SPDX-License-Identifier: EPL-2.0
// Benchmark (not a test) of the diagram in the browser, from the repository root after ./mvnw verify:
//   node plugins/org.hvnet.diagram/client/e2e/benchmark.mjs [HOSTS [ESTATE_HOSTS [ESTATE_VMS]]]   (defaults: 25 2000 20)
// 1. The detail of about 500 nodes: target/benchmark/generated-500.hvnet (5 networks, HOSTS hosts with 3 switches and
//    16 VMs each), opened with ?view=detail: the time from navigation (or reload) until every node is drawn (server:
//    parse, GModel, ELK layout, JSON; client: render), cold (the first request of the server's JVM) and warm (page
//    reloaded); and `./hvnet diagram FILE -o OUT.svg` end to end.
// 2. The overview of an estate: `./hvnet generate --hosts ESTATE_HOSTS --vms-per-host ESTATE_VMS` opened as it opens
//    (the overview): the time until every compact host is drawn, cold and warm; then expanding one host in place: the
//    time from the request until its switches are drawn, for several hosts.
// Every time is also given as the CPU time the server's JVM and the browser used for it (from /proc, Linux only): on a
// loaded machine the elapsed time says little, the CPU time about what it would be on an idle one (two cores or more).
// Prints one line per figure; the screenshots go to target/benchmark/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const TICK_MS = 1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);

/** CPU milliseconds of this process's ended (waited for) children so far. */
function endedChildren() {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

const svgCpuBefore = endedChildren();
const svgStart = Date.now();
const exported = spawnSync(join(root, 'hvnet'), ['diagram', detailFile, '-o', join(outDir, 'generated-500.svg')], { encoding: 'utf8' });
const svgMillis = Date.now() - svgStart;
const svgCpu = Math.round(endedChildren() - svgCpuBefore);
if (exported.status !== 0) {
    console.error(exported.stderr);
    process.exit(1);
}

/** CPU milliseconds (user + system) so far of the processes under this one: those under `serverPid`, and the rest (the browser). */
function cpu(serverPid) {
    const parents = new Map();
    const used = new Map();
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) {
            continue;
        }
        try {
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            parents.set(Number(entry), Number(fields[1]));
            used.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
        } catch {
            // the process ended meanwhile
        }
    }
    const under = (pid, ancestor) => {
        for (let p = pid; p > 1; p = parents.get(p) ?? 0) {
            if (p === ancestor) {
                return true;
            }
        }
        return false;
    };
    let server = 0;
    let browser = 0;
    for (const [pid, millis] of used) {
        if (serverPid && under(pid, serverPid)) {
            server += millis;
        } else if (pid !== process.pid && under(pid, process.pid)) {
            browser += millis;
        }
    }
    return { server, browser };
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

let serverPid = 0;

/** The time from `action` until `done()` holds, and the CPU time the server and the browser used meanwhile. */
async function timeUntil(page, action, done) {
    const before = cpu(serverPid);
    const start = Date.now();
    await action();
    while (!(await done())) {
        await new Promise(r => setTimeout(r, 20));
    }
    const elapsed = Date.now() - start;
    const after = cpu(serverPid);
    return { elapsed, server: Math.round(after.server - before.server), browser: Math.round(after.browser - before.browser) };
}

const shown = time => `${time.elapsed} ms (CPU: server ${time.server}, browser ${time.browser} ms)`;
const medianOf = (times, key) => median(times.map(time => time[key]));
const summary = times => `median ${medianOf(times, 'elapsed')} ms, CPU median server ${medianOf(times, 'server')} ms, `
    + `browser ${medianOf(times, 'browser')} ms`;

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
    serverPid = detail.server.pid;
    detail.address.searchParams.set('view', 'detail');
    const detailTimes = await opens(page, detail.address, async () => (await counts(page)).nodes >= expectedNodes);
    await page.screenshot({ path: join(outDir, 'generated-500.png') });
    const drawn = await counts(page);
    detail.server.kill();

    const estate = await serve(estateFile);
    servers.push(estate.server);
    serverPid = estate.server.pid;
    const allHosts = async () => page.evaluate(n => window.hvnet?.ready && document.querySelectorAll('#hvnet-diagram g.host-compact').length >= n,
        estateHosts);
    const estateTimes = await opens(page, estate.address, allHosts);
    await page.screenshot({ path: join(outDir, 'estate.png') });
    const expands = [];
    for (const n of [11, 12, 13, 14, 15, 16, 17]) {
        const host = 'H' + String(n).padStart(5, '0');
        const before = cpu(serverPid);
        const elapsed = await page.evaluate(async name => {
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
        }, host);
        const after = cpu(serverPid);
        expands.push({ elapsed, server: Math.round(after.server - before.server), browser: Math.round(after.browser - before.browser) });
    }
    await page.screenshot({ path: join(outDir, 'estate-expanded.png') });
    console.log(`detail: nodes ${drawn.nodes} ports ${drawn.ports} edges ${drawn.edges}`);
    console.log(`hvnet diagram (JVM start, parse, layout, SVG) of the detail: ${svgMillis} ms (CPU ${svgCpu} ms)`);
    console.log(`detail, browser layout+render, cold: ${shown(detailTimes.cold)}; warm: ${detailTimes.warm.map(shown).join(' / ')}; `
        + summary(detailTimes.warm));
    console.log(`estate ${estateHosts} x ${estateVms}, overview drawn, cold: ${shown(estateTimes.cold)}; warm: `
        + `${estateTimes.warm.map(shown).join(' / ')}; ${summary(estateTimes.warm)}`);
    console.log(`estate, one host expanded in place: ${expands.map(shown).join(' / ')}; ${summary(expands)}`);
} finally {
    await browser.close();
    servers.forEach(server => server.kill());
}
