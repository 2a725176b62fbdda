// Measures xterm.js in headless Chromium on a file of terminal output, for bench_terminal.
//
//   node run.mjs --input FILE [--rows 40,80] [--columns 120] [--runs 3] [--scrollback 10000]
//   node run.mjs --hold N [--input FILE] [--rows 40] [--columns 120] [--scrollback 10000]
//
// Prints one line a run, "<kind> <rows> <MB/s> <frames drawn>", kind being xterm.js-dom (a
// Terminal opened on the page, its default renderer) or xterm.js-headless (@xterm/headless in
// the same page). MB/s is 10^6 bytes per second of wall-clock time. Exits non-zero, with the
// reason on stderr, when Chromium cannot be started or the page fails.
//
// With --hold N it opens N terminals on the page instead (each fed FILE when given; the first
// rows count only), prints "ready <Chromium's pid> <ms since the epoch at its spawn> <ms since the
// epoch of the first frame after the first terminal opened>", and keeps the browser until its
// standard input closes: for bench_startup and bench_cluster, which measure its memory.
//
// Chromium is driven over --remote-debugging-pipe (the DevTools protocol on file descriptors 3
// and 4, one JSON message per NUL-terminated record), so nothing beyond node itself is needed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function options() {
    const given = { input: '', rows: '40,80', columns: '120', runs: '3', scrollback: '10000', timeout: '600', hold: '0' };
    const args = process.argv.slice(2);
    for (let i = 0; i < args.length; i += 2) {
        const name = args[i].replace(/^--/, '');
        if (!(name in given) || i + 1 >= args.length) {
            throw new Error('unknown or incomplete option ' + args[i]);
        }
        given[name] = args[i + 1];
    }
    if (!given.input && given.hold === '0') {
        throw new Error('--input FILE is required');
    }
    return {
        input: given.input ? resolve(given.input) : '',
        hold: Number(given.hold),
        rows: given.rows.split(',').map(Number),
        columns: Number(given.columns),
        runs: Number(given.runs),
        scrollback: Number(given.scrollback),
        timeoutSeconds: Number(given.timeout),
    };
}

// The browser: CHROMIUM names it, else Debian's.
function chromiumPath() {
    const path = process.env.CHROMIUM || '/usr/bin/chromium';
    if (!existsSync(path)) {
        throw new Error('no Chromium at ' + path + ' (apt-get install chromium, or set CHROMIUM)');
    }
    return path;
}

// One DevTools-protocol connection over the pipe: send() answers with the command's result or
// rejects with its error.
class DevTools {
    constructor(child) {
        this.toBrowser = child.stdio[3];
        this.pending = new Map();
        this.nextId = 1;
        this.received = Buffer.alloc(0);
        child.stdio[4].on('data', (data) => this.onData(data));
        // A browser that dies closes the pipes: the writes then fail, and so does every command.
        this.toBrowser.on('error', (error) => this.failAll(new Error('the pipe to Chromium broke: ' + error.message)));
    }

    onData(data) {
        this.received = Buffer.concat([this.received, data]);
        let end;
        while ((end = this.received.indexOf(0)) >= 0) {
            const message = JSON.parse(this.received.subarray(0, end).toString('utf8'));
            this.received = this.received.subarray(end + 1);
            const waiting = message.id !== undefined ? this.pending.get(message.id) : undefined;
            if (waiting === undefined) {
                continue; // an event: none is needed
            }
            this.pending.delete(message.id);
            if (message.error) {
                waiting.reject(new Error(message.error.message));
            } else {
                waiting.resolve(message.result);
            }
        }
    }

    send(method, params = {}, sessionId = undefined) {
        const id = this.nextId++;
        const message = { id, method, params };
        if (sessionId !== undefined) {
            message.sessionId = sessionId;
        }
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.toBrowser.write(JSON.stringify(message) + '\0');
        });
    }

    failAll(error) {
        for (const waiting of this.pending.values()) {
            waiting.reject(error);
        }
        this.pending.clear();
    }
}

// Evaluates an expression in the page, awaiting it if it is a promise, and answers its value.
async function evaluate(devtools, sessionId, expression) {
    const answer = await devtools.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (answer.exceptionDetails) {
        const details = answer.exceptionDetails;
        throw new Error('page: ' + (details.exception && details.exception.description ? details.exception.description : details.text));
    }
    return answer.result.value;
}

async function main() {
    const given = options();
    const profile = mkdtempSync(join(tmpdir(), 'bench-xterm-'));
    const flags = [
        '--headless=new',
        '--remote-debugging-pipe',
        '--user-data-dir=' + profile,
        '--allow-file-access-from-files',
        '--window-size=1920,1800',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-extensions',
        '--disable-background-networking',
        '--disable-component-update',
        '--mute-audio',
    ];
    // Chromium refuses to run as root with its sandbox.
    if (process.getuid && process.getuid() === 0) {
        flags.push('--no-sandbox');
    }
    const spawned = Date.now();
    const child = spawn(chromiumPath(), flags, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    let log = '';
    child.stderr.on('data', (data) => {
        log = (log + data.toString()).slice(-4000);
    });
    const devtools = new DevTools(child);
    const ended = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    ended.then(({ code, signal }) => devtools.failAll(new Error('Chromium exited (' + (signal || code) + '): ' + log.trim().split('\n').slice(-3).join(' | '))));
    child.on('error', (error) => devtools.failAll(error));
    const timer = setTimeout(() => {
        devtools.failAll(new Error('gave up after ' + given.timeoutSeconds + ' s'));
    }, given.timeoutSeconds * 1000);

    try {
        const page = pathToFileURL(join(here, 'bench.html')).href;
        const { targetId } = await devtools.send('Target.createTarget', { url: 'about:blank' });
        const { sessionId } = await devtools.send('Target.attachToTarget', { targetId, flatten: true });
        await devtools.send('Page.enable', {}, sessionId);
        await devtools.send('Page.navigate', { url: page }, sessionId);
        await evaluate(
            devtools,
            sessionId,
            `new Promise((done) => {
                const check = () => (document.readyState === 'complete' && typeof measure === 'function' ? done() : setTimeout(check, 20));
                check();
            })`
        );
        const environment = await evaluate(devtools, sessionId, 'environment()');
        if (!environment.domLoaded || !environment.headlessLoaded) {
            throw new Error('xterm.js did not load: is bench/xterm/node_modules there (npm ci)?');
        }
        const browser = (environment.userAgent.match(/(Headless)?Chrom(e|ium)\/[\d.]+/) || [environment.userAgent])[0];
        process.stderr.write('xterm.js: ' + browser + ' (' + chromiumPath() + '), page ' + environment.visibility + '\n');
        const input = given.input ? pathToFileURL(given.input).href : '';
        if (given.hold > 0) {
            const held = await evaluate(
                devtools,
                sessionId,
                `hold(${JSON.stringify(input)}, ${given.hold}, ${given.rows[0]}, ${given.columns}, ${given.scrollback})`
            );
            process.stdout.write(`ready ${child.pid} ${spawned} ${Math.round(held.firstFrame)}\n`);
            // Held until whoever measures it closes our standard input; no time limit meanwhile.
            clearTimeout(timer);
            await new Promise((done) => {
                process.stdin.on('end', done);
                process.stdin.on('close', done);
                process.stdin.resume();
            });
        }
        for (const rows of given.hold > 0 ? [] : given.rows) {
            for (const kind of ['dom', 'headless']) {
                for (let run = 0; run < given.runs; ++run) {
                    const result = await evaluate(
                        devtools,
                        sessionId,
                        `measure(${JSON.stringify(input)}, ${JSON.stringify(kind)}, ${rows}, ${given.columns}, ${given.scrollback})`
                    );
                    process.stdout.write(`xterm.js-${kind} ${rows} ${result.megabytesPerSecond.toFixed(3)} ${result.renders}\n`);
                }
            }
        }
        await devtools.send('Browser.close').catch(() => {});
    } finally {
        clearTimeout(timer);
        const exited = await Promise.race([ended, new Promise((resolve) => setTimeout(() => resolve(null), 5000))]);
        if (exited === null) {
            child.kill('SIGKILL');
            await ended;
        }
        rmSync(profile, { recursive: true, force: true });
    }
}

main().catch((error) => {
    process.stderr.write('xterm.js: ' + error.message + '\n');
    process.exit(1);
});
