#!/usr/bin/env node
// Regenerates tcpdump-expected.json, the reference data of filterVsTcpdump.spec.ts.
// Needs tcpdump on PATH and a build (npm run build). For every trace × expression it runs
//   tcpdump -nn -r TRACE -w OUT 'EXPR'
// and maps the packets tcpdump kept back to their 0-based record indices in TRACE (the output
// is a subsequence of the input: matched greedily on wire length and bytes). An expression
// tcpdump refuses for a link type is stored as {"error": "<tcpdump's message>"}; one it refuses
// as "expression rejects all packets" (its optimizer proved it false) is stored as no packets.
// Indices are written as ranges: "0-3,7" is [0, 1, 2, 3, 7].
// Usage: node spec/filter/makeTcpdumpExpected.js [--check]   (--check: print differences with rxbro's filter)
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { readTrace } = require('../../dist/src/input');
const { compileFilter } = require('../../dist/src/filter');
const { TRACES, EXPRESSIONS } = require('./filterCases.json');

const ROOT = resolve(__dirname, '..', '..', '..', 'shared', 'traces');

async function records(path) {
  const out = [];
  for await (const r of readTrace(path)) out.push({ len: r.len, data: Buffer.from(r.data), linkType: r.linkType, caplen: r.caplen });
  return out;
}

function subsequence(all, kept) {
  const idx = [];
  let j = 0;
  for (let i = 0; i < all.length && j < kept.length; i++) {
    if (all[i].len === kept[j].len && all[i].data.equals(kept[j].data)) {
      idx.push(i);
      j++;
    }
  }
  if (j !== kept.length) throw new Error('tcpdump output is not a subsequence of the input');
  return idx;
}

async function main() {
  const check = process.argv.includes('--check');
  const dir = mkdtempSync(join(tmpdir(), 'filter-expected-'));
  const result = {};
  let diffs = 0;
  for (const trace of TRACES) {
    const path = join(ROOT, trace);
    const all = await records(path);
    result[trace] = {};
    for (const expr of EXPRESSIONS) {
      const out = join(dir, 'out.pcap');
      const r = spawnSync('tcpdump', ['-nn', '-r', path, '-w', out, '--', expr], { encoding: 'utf8' });
      let expected;
      if (r.status !== 0) {
        const msg = r.stderr.split('\n').filter((l) => l.startsWith('tcpdump: ')).join(' ').replace(/^tcpdump: /, '');
        expected = msg === 'expression rejects all packets' ? [] : { error: msg };
      } else {
        expected = subsequence(all, await records(out));
      }
      result[trace][expr] = expected;
      if (check) {
        let ours;
        try {
          const f = compileFilter(expr);
          f.forLinkType(all[0]?.linkType ?? 1);
          ours = all.flatMap((rec, i) => (f.matches(rec) ? [i] : []));
        } catch (e) {
          ours = { error: e.message };
        }
        const same = Array.isArray(expected) ? JSON.stringify(ours) === JSON.stringify(expected) : !Array.isArray(ours);
        if (!same) {
          diffs++;
          console.log(`DIFF ${trace} [${expr}]\n  tcpdump: ${JSON.stringify(expected)}\n  rxbro:   ${JSON.stringify(ours)}`);
        }
      }
    }
  }
  if (check) console.log(`${diffs} difference(s)`);
  else writeFileSync(join(__dirname, 'tcpdump-expected.json'), format(result));
}

/** Index lists as range strings ("0-13,15"), one trace per block, one expression per line. */
function format(result) {
  const ranges = (idx) => {
    const parts = [];
    for (let i = 0; i < idx.length; ) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
      parts.push(i === j ? `${idx[i]}` : `${idx[i]}-${idx[j]}`);
      i = j + 1;
    }
    return parts.join(',');
  };
  const traces = Object.entries(result).map(([trace, byExpr]) => {
    const lines = Object.entries(byExpr).map(([e, v]) => `    ${JSON.stringify(e)}: ${JSON.stringify(Array.isArray(v) ? ranges(v) : v)}`);
    return `  ${JSON.stringify(trace)}: {\n${lines.join(',\n')}\n  }`;
  });
  return `{\n${traces.join(',\n')}\n}\n`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
