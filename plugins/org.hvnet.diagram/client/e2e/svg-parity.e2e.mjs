// SPDX-License-Identifier: EPL-2.0
// The SVG export draws what the screen shows: node svg-parity.e2e.mjs URL FILE SVG OUTDIR NAME
// Opens FILE in the served diagram at zoom 1 (the page's header and palette hidden), takes a picture of the diagram,
// renders SVG (`hvnet diagram FILE -o SVG`) with librsvg's rsvg-convert, and compares the two pictures pixel by pixel:
// under 2% of the pixels may differ (by more than a quarter of the colour range: text antialiasing). Writes
// NAME-screen.png, NAME-rsvg.png and NAME-diff.png to OUTDIR. Prints one line per check and "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { checks, open, until } from './page.mjs';

const [url, file, svgFile, outDir, name] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const { check, summary } = checks();
const svg = readFileSync(svgFile, 'utf8');
const width = Math.ceil(Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)[1]));
const height = Math.ceil(Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)[1]));
const markers = (svg.match(/class="sprotty-issue hv-marker"/g) ?? []).length;
const MAX_DIFFERENT = 0.02;

const browser = await launch();
const { page } = browser;
try {
    await page.setViewportSize({ width, height: height + 64 });
    check(`${name}: the diagram opens`, await open(page, url, file));
    check(`${name}: the ${markers} markers of the export are drawn`,
        await until('markers', async () => (await page.locator('#hvnet-diagram g.sprotty-issue').count()) === markers, 30000));
    await page.addStyleTag({ content: 'header { display: none !important; } main { top: 0 !important; } .tool-palette, .minimize-palette-button, '
        + '[class*="projection"] { display: none !important; }' });
    await page.evaluate(() => {
        const root = document.querySelector('#hvnet-diagram svg.sprotty-graph');
        const id = root.id.replace('hvnet-diagram_', '');
        return window.hvnet.dispatch({ kind: 'viewport', elementId: id, newViewport: { scroll: { x: 0, y: 0 }, zoom: 1 }, animate: false });
    });
    await page.setViewportSize({ width, height });
    await new Promise(r => setTimeout(r, 800));
    const screen = join(outDir, `${name}-screen.png`);
    await page.screenshot({ path: screen, clip: { x: 0, y: 0, width, height } });
    const rendered = join(outDir, `${name}-rsvg.png`);
    const rsvg = spawnSync('rsvg-convert', ['-w', String(width), '-h', String(height), '-o', rendered, svgFile], { encoding: 'utf8' });
    check(`${name}: rsvg-convert renders the export`, rsvg.status === 0, rsvg.stderr);

    const compare = await browser.context.newPage();
    const result = await compare.evaluate(async ({ a, b }) => {
        const load = src => new Promise((ok, fail) => {
            const image = new Image();
            image.onload = () => ok(image);
            image.onerror = fail;
            image.src = src;
        });
        const [one, two] = await Promise.all([load(a), load(b)]);
        const w = one.width;
        const h = one.height;
        const pixels = image => {
            const canvas = new OffscreenCanvas(w, h);
            const context = canvas.getContext('2d');
            context.fillStyle = '#fbfbfa';
            context.fillRect(0, 0, w, h);
            context.drawImage(image, 0, 0);
            return context.getImageData(0, 0, w, h);
        };
        const p = pixels(one);
        const q = pixels(two);
        const diff = new OffscreenCanvas(w, h);
        const out = diff.getContext('2d').createImageData(w, h);
        let different = 0;
        for (let i = 0; i < p.data.length; i += 4) {
            const delta = Math.max(Math.abs(p.data[i] - q.data[i]), Math.abs(p.data[i + 1] - q.data[i + 1]), Math.abs(p.data[i + 2] - q.data[i + 2]));
            const bad = delta > 64;
            different += bad ? 1 : 0;
            out.data[i] = bad ? 224 : 255;
            out.data[i + 1] = bad ? 48 : 255 - delta;
            out.data[i + 2] = bad ? 30 : 255 - delta;
            out.data[i + 3] = 255;
        }
        diff.getContext('2d').putImageData(out, 0, 0);
        const blob = await diff.convertToBlob({ type: 'image/png' });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        bytes.forEach(b => (binary += String.fromCharCode(b)));
        return { sizes: [one.width, one.height, two.width, two.height], fraction: different / (w * h), diff: btoa(binary) };
    }, {
        a: 'data:image/png;base64,' + readFileSync(screen).toString('base64'),
        b: 'data:image/png;base64,' + readFileSync(rendered).toString('base64')
    });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(outDir, `${name}-diff.png`), Buffer.from(result.diff, 'base64'));
    check(`${name}: both pictures are ${width} x ${height}`, result.sizes.join() === [width, height, width, height].join(), result.sizes.join(' '));
    check(`${name}: the export rendered by librsvg is the screen (under ${MAX_DIFFERENT * 100}% of the pixels differ)`,
        result.fraction < MAX_DIFFERENT, `${(result.fraction * 100).toFixed(2)}% differ`);
} catch (e) {
    check(`${name}: parity run`, false, String(e && e.stack ? e.stack : e));
} finally {
    await browser.close();
}
process.exit(summary());
