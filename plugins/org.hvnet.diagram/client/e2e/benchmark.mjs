// Benchmark (not a test): layout + render of a generated topology of about 500 nodes.
//   node plugins/org.hvnet.diagram/client/e2e/benchmark.mjs [HOSTS]      (from the repository root, after ./mvnw verify)
// Writes target/benchmark/generated-500.hvnet, starts `./hvnet serve` on it, and opens it in headless Chromium:
// the time from navigation until every node is drawn (server: parse, GModel, ELK layout; client: render), cold
// (first request of the JVM) and warm (page reloaded). Also times `./hvnet diagram FILE -o OUT.svg` end to end.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { counts, launch } from './chromium.mjs';

const hosts = Number(process.argv[2] ?? 25);
const root = resolve(process.cwd());
const outDir = join(root, 'target/benchmark');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'generated-500.hvnet');

function generate() {
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
    writeFileSync(file, lines.join('\n'));
    return 5 + hosts * (1 + 3 + 16) + 1;
}

const expectedNodes = generate();
const svgStart = Date.now();
const exported = spawnSync(join(root, 'hvnet'), ['diagram', file, '-o', join(outDir, 'generated-500.svg')], { encoding: 'utf8' });
const svgMillis = Date.now() - svgStart;
if (exported.status !== 0) {
    console.error(exported.stderr);
    process.exit(1);
}

const server = spawn(join(root, 'hvnet'), ['serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((ok, fail) => {
    server.stdout.on('data', data => ok(String(data).trim().split('\n')[0]));
    server.on('exit', code => fail(new Error('serve exited ' + code)));
});
const browser = await launch();
const { page } = browser;

async function timeLoad(action) {
    const start = Date.now();
    await action();
    while ((await counts(page)).nodes < expectedNodes) {
        await new Promise(r => setTimeout(r, 20));
    }
    return Date.now() - start;
}

const address = new URL(url);
address.searchParams.set('file', file);
const cold = await timeLoad(() => page.goto(address.href));
const warm = [];
for (let i = 0; i < 3; i++) {
    warm.push(await timeLoad(() => page.reload()));
}
await page.screenshot({ path: join(outDir, 'generated-500.png') });
const drawn = await counts(page);
await browser.close();
server.kill();
console.log(`nodes ${drawn.nodes} ports ${drawn.ports} edges ${drawn.edges}`);
console.log(`hvnet diagram (JVM start, parse, layout, SVG): ${svgMillis} ms`);
console.log(`browser layout+render, cold: ${cold} ms; warm: ${warm.join(' / ')} ms (median ${[...warm].sort((a, b) => a - b)[1]} ms)`);
