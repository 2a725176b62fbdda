// Feeds xterm.js the benchmark's bytes and answers how fast it took them. run.mjs calls
// measure() through the DevTools protocol and awaits its promise.
'use strict';

const ChunkBytes = 16 * 1024;
// Chunks handed to xterm.js ahead of what it has parsed: a PTY reader is always a little ahead,
// and a queue that never runs dry keeps xterm.js's write loop going as it does under a flood.
const ChunksInFlight = 64;

let input = null;

// The bytes, read once per page. file:// reads need --allow-file-access-from-files.
function load(url) {
    return new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('GET', url);
        request.responseType = 'arraybuffer';
        request.onload = () => resolve(new Uint8Array(request.response));
        request.onerror = () => reject(new Error('cannot read ' + url));
        request.send();
    });
}

// Writes every chunk with term.write(chunk, callback), refilling from the callbacks, and
// resolves with the wall-clock seconds from the first write to the last chunk's callback.
function feed(term, bytes) {
    return new Promise((resolve) => {
        const chunks = Math.ceil(bytes.length / ChunkBytes);
        let written = 0;
        let parsed = 0;
        let start = 0;
        const writeNext = () => {
            const at = written * ChunkBytes;
            written += 1;
            term.write(bytes.subarray(at, at + ChunkBytes), onParsed);
        };
        const onParsed = () => {
            parsed += 1;
            if (parsed === chunks) {
                resolve((performance.now() - start) / 1000);
                return;
            }
            if (written < chunks) {
                writeNext();
            }
        };
        start = performance.now();
        while (written < chunks && written < ChunksInFlight) {
            writeNext();
        }
    });
}

// One run of one kind ('dom': a Terminal opened on the page, as its users get it; 'headless':
// @xterm/headless, the parser and buffer without a renderer). Answers MB/s (10^6 bytes a second)
// and the number of frames drawn.
async function measure(url, kind, rows, columns, scrollback) {
    if (input === null) {
        input = await load(url);
    }
    const options = { rows: rows, cols: columns, scrollback: scrollback, allowProposedApi: true };
    let term;
    if (kind === 'dom') {
        term = new window.DomTerminal(options);
        term.open(document.getElementById('terminal'));
    } else {
        term = new window.HeadlessTerminal(options);
    }
    // Frames the renderer drew while the bytes went in: proof that the DOM renderer ran. The
    // headless build has no renderer and no onRender.
    let renders = 0;
    const counting = kind === 'dom' ? term.onRender(() => {
        renders += 1;
    }) : null;
    const seconds = await feed(term, input);
    if (counting !== null) {
        counting.dispose();
    }
    term.dispose();
    return { megabytesPerSecond: input.length / 1e6 / seconds, renders: renders };
}

// What the page can tell about how it runs, for the report.
function environment() {
    return {
        userAgent: navigator.userAgent,
        visibility: document.visibilityState,
        domLoaded: typeof window.DomTerminal === 'function',
        headlessLoaded: typeof window.HeadlessTerminal === 'function',
    };
}

// Terminals kept open, for bench_startup and bench_cluster to measure the page's memory.
const held = [];

// Terminals as a user keeps them in tabs: `count` of them opened on the page, each on an element of
// its own and only the first shown (the others hidden, as Teleport Connect keeps its background
// tabs), each fed the bytes at `url` when one is given. Answers the wall-clock time (ms since the
// epoch) at which the frame after the first terminal was opened had been drawn.
async function hold(url, count, rows, columns, scrollback) {
    if (url && input === null) {
        input = await load(url);
    }
    let firstFrame = 0;
    for (let i = 0; i < count; ++i) {
        const element = document.createElement('div');
        element.style.display = i === 0 ? '' : 'none';
        document.body.appendChild(element);
        const term = new window.DomTerminal({ rows: rows, cols: columns, scrollback: scrollback, allowProposedApi: true });
        term.open(element);
        held.push(term);
        if (i === 0) {
            // The second animation frame's callback runs once the first frame after open() is drawn.
            firstFrame = await new Promise((done) =>
                requestAnimationFrame(() => requestAnimationFrame(() => done(performance.timeOrigin + performance.now())))
            );
        }
        if (url) {
            await feed(term, input);
        }
    }
    return { firstFrame: firstFrame, terminals: held.length };
}
