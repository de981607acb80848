#!/usr/bin/env node
// One measurement window against any monitor system.
//
//   node window.js --pid <monitor-process-pid> --expected <N monitors> --interval-s 20
//                  [--target http://127.0.0.1:18080] [--duration 120] [--warmup 0]
//                  [--file <db file> ...] [--children] [--label name] [--outdir ./results]
//                  [--repeat 1]
//
// For each repeat: resets the target's hit log, runs sampler.js for --duration seconds on the PID,
// then dumps the target's hits and writes <outdir>/<label>-r<k>.{dump.json,samples.csv,sampler.json,result.json}.
// Prints the result JSON path(s). All waits are bounded by --warmup + repeat * (duration + 30) seconds.
"use strict";
const fs = require("fs");
const path = require("path");
const http = require("http");
const { spawn } = require("child_process");
const { analyze } = require("./report.cjs");

function args() {
    const a = { target: "http://127.0.0.1:18080", duration: 120, warmup: 0, files: [], children: false, outdir: "./results", repeat: 1, intervalS: 20 };
    const v = process.argv;
    for (let i = 2; i < v.length; i++) {
        const k = v[i];
        if (k === "--pid") a.pid = parseInt(v[++i], 10);
        else if (k === "--expected") a.expected = parseInt(v[++i], 10);
        else if (k === "--interval-s") a.intervalS = parseFloat(v[++i]);
        else if (k === "--target") a.target = v[++i];
        else if (k === "--duration") a.duration = parseFloat(v[++i]);
        else if (k === "--warmup") a.warmup = parseFloat(v[++i]);
        else if (k === "--file") a.files.push(v[++i]);
        else if (k === "--children") a.children = true;
        else if (k === "--label") a.label = v[++i];
        else if (k === "--outdir") a.outdir = v[++i];
        else if (k === "--repeat") a.repeat = parseInt(v[++i], 10);
        else throw new Error("unknown argument " + k);
    }
    if (!a.pid || !a.expected) throw new Error("--pid and --expected are required");
    a.label = a.label || "n" + a.expected;
    return a;
}

function get(url) {
    return new Promise((resolve, reject) => {
        const req = http.get(url, { timeout: 30000 }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        });
        req.on("error", reject);
        req.on("timeout", () => req.destroy(new Error("timeout " + url)));
    });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// whole-machine CPU counters (to document background load from other processes)
function procStat() {
    try {
        const f = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
        const idle = f[3] + (f[4] || 0);
        return { total: f.reduce((a, b) => a + b, 0), idle };
    } catch {
        return null;
    }
}

function runSampler(a, csv) {
    return new Promise((resolve, reject) => {
        const argv = [path.join(__dirname, "sampler.cjs"), "--pid", String(a.pid), "--duration", String(a.duration), "--out", csv];
        for (const f of a.files) argv.push("--file", f);
        if (a.children) argv.push("--children");
        const p = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        p.stdout.on("data", (d) => (out += d));
        const guard = setTimeout(() => p.kill("SIGTERM"), (a.duration + 30) * 1000);
        p.on("exit", (code) => {
            clearTimeout(guard);
            if (code !== 0) return reject(new Error("sampler exited " + code));
            resolve(JSON.parse(out.trim().split("\n").pop()));
        });
    });
}

async function main() {
    const a = args();
    fs.mkdirSync(a.outdir, { recursive: true });
    if (a.warmup > 0) {
        console.error(`[window] warm-up ${a.warmup}s`);
        await sleep(a.warmup * 1000);
    }
    for (let k = 1; k <= a.repeat; k++) {
        const base = path.join(a.outdir, `${a.label}-r${k}`);
        await get(a.target + "/__bench/reset");
        console.error(`[window] ${a.label} repeat ${k}/${a.repeat}: measuring ${a.duration}s`);
        const st0 = procStat();
        const sampler = await runSampler(a, base + ".samples.csv");
        const st1 = procStat();
        const dumpTxt = await get(a.target + "/__bench/dump");
        fs.writeFileSync(base + ".dump.json", dumpTxt);
        fs.writeFileSync(base + ".sampler.json", JSON.stringify(sampler, null, 1));
        const r = analyze({ dump: JSON.parse(dumpTxt), expected: a.expected, intervalS: a.intervalS, sampler, label: a.label });
        r.repeat = k;
        if (st0 && st1) {
            // percent of all cores busy (any process), and the part not explained by the measured PID
            r.system_cpu_busy_pct = (100 * (st1.total - st0.total - (st1.idle - st0.idle))) / (st1.total - st0.total);
            r.ncpu = require("os").cpus().length;
        }
        fs.writeFileSync(base + ".result.json", JSON.stringify(r, null, 1));
        console.error(
            `[window] ${a.label} r${k}: ${r.achieved_per_s.toFixed(2)}/s of ${r.ideal_per_s.toFixed(2)}/s, jitter p50/p95/max ${r.jitter_ms.p50}/${r.jitter_ms.p95}/${r.jitter_ms.max} ms, cpu ${r.cpu_pct.mean.toFixed(1)}%, rss ${r.rss_mb.p50.toFixed(0)} MB, db +${r.files_growth_mb_per_min.toFixed(2)} MB/min`
        );
        console.log(base + ".result.json");
    }
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
