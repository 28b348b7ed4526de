import { escapeHtml } from '#core/html';
import type { KpiReport } from '#core/kpi';
import { round } from '#core/time-window';

/**
 * `handoff kpi --html`: one self-contained HTML file. Charts are inline SVG drawn here; no script, no
 * font, no image, no CDN. A Content-Security-Policy of `default-src 'none'` makes the browser refuse any
 * request the page might still try.
 */

const n = (v: number) => String(round(v, 1));

/** A nice upper bound for an axis: 1, 2, 5 × 10^k at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * exp >= max) return m * exp;
  return 10 * exp;
}

/** Evenly spaced round ticks from 0 to a `niceMax` value: 5 → 0..5 by 1, 20 → by 5, 2 → by 0.5. */
export function ticks(max: number): number[] {
  const lead = max / 10 ** Math.floor(Math.log10(max));
  const step = lead === 2 ? max / 4 : max / 5;
  return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => round(i * step, 6));
}

const COLORS = { runs: '#4b5563', handedOff: '#15803d', rolledBack: '#b91c1c', rejected: '#b45309' };

export function trendChart(k: KpiReport): string {
  const W = 720;
  const H = 260;
  const pad = { l: 44, r: 16, t: 16, b: 44 };
  const pts = k.daily;
  const series = [
    { key: 'runs', label: 'runs', color: COLORS.runs },
    { key: 'handedOff', label: 'handed off', color: COLORS.handedOff },
    { key: 'rejected', label: 'rejected', color: COLORS.rejected },
    { key: 'rolledBack', label: 'rolled back', color: COLORS.rolledBack },
  ] as const;
  const max = niceMax(Math.max(0, ...pts.map((p) => p.runs)));
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const x = (i: number) => pad.l + (pts.length <= 1 ? iw / 2 : (i * iw) / (pts.length - 1));
  const y = (v: number) => pad.t + ih - (v / max) * ih;
  const grid = ticks(max)
    .map((v) => {
      return `<line x1="${pad.l}" x2="${W - pad.r}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#e5e7eb"/><text x="${pad.l - 6}" y="${n(y(v) + 4)}" text-anchor="end" font-size="11">${escapeHtml(round(v, 1))}</text>`;
    })
    .join('');
  const every = Math.max(1, Math.ceil(pts.length / 10));
  const labels = pts
    .map((p, i) =>
      i % every === 0 || i === pts.length - 1
        ? `<text x="${n(x(i))}" y="${H - pad.b + 16}" text-anchor="middle" font-size="10">${escapeHtml(p.day.slice(5))}</text>`
        : '',
    )
    .join('');
  const lines = series
    .map((s) => {
      const coords = pts.map((p, i) => `${n(x(i))},${n(y(p[s.key]))}`).join(' ');
      const dots = pts
        .map(
          (p, i) =>
            `<circle cx="${n(x(i))}" cy="${n(y(p[s.key]))}" r="2.5" fill="${s.color}"><title>${escapeHtml(`${p.day}: ${p[s.key]} ${s.label}`)}</title></circle>`,
        )
        .join('');
      return `<polyline class="series" data-series="${s.key}" fill="none" stroke="${s.color}" stroke-width="2" points="${coords}"/>${dots}`;
    })
    .join('');
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${pad.l + i * 120}" y="${H - 16}" width="10" height="10" fill="${s.color}"/><text x="${pad.l + i * 120 + 14}" y="${H - 7}" font-size="11">${escapeHtml(s.label)}</text>`,
    )
    .join('');
  return `<svg id="chart-trend" role="img" aria-label="Daily runs, handoffs, rejections and rollbacks" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">${grid}${labels}${lines}${legend}</svg>`;
}

export function histogramChart(k: KpiReport): string {
  const W = 720;
  const H = 240;
  const pad = { l: 44, r: 16, t: 16, b: 36 };
  const buckets = k.cycleTimeHistogram;
  const max = niceMax(Math.max(0, ...buckets.map((b) => b.count)));
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const bw = iw / buckets.length;
  const bars = buckets
    .map((b, i) => {
      const h = (b.count / max) * ih;
      const x0 = pad.l + i * bw;
      return `<rect class="bar" x="${n(x0 + 4)}" y="${n(pad.t + ih - h)}" width="${n(bw - 8)}" height="${n(h)}" fill="#2563eb"><title>${escapeHtml(`${b.label}: ${b.count} handoffs`)}</title></rect><text x="${n(x0 + bw / 2)}" y="${H - pad.b + 16}" text-anchor="middle" font-size="10">${escapeHtml(b.label)}</text><text x="${n(x0 + bw / 2)}" y="${n(pad.t + ih - h - 4)}" text-anchor="middle" font-size="11">${b.count}</text>`;
    })
    .join('');
  const axis = `<line x1="${pad.l}" x2="${W - pad.r}" y1="${pad.t + ih}" y2="${pad.t + ih}" stroke="#9ca3af"/><text x="${pad.l - 6}" y="${pad.t + 4}" text-anchor="end" font-size="11">${max}</text><text x="${pad.l - 6}" y="${pad.t + ih}" text-anchor="end" font-size="11">0</text>`;
  return `<svg id="chart-cycle" role="img" aria-label="Cycle time distribution (submission to handoff)" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">${axis}${bars}</svg>`;
}

export function blockingChart(k: KpiReport): string {
  const W = 720;
  const rows = k.topBlockingRules;
  const rowH = 26;
  const pad = { l: 260, r: 48, t: 8, b: 8 };
  const H = pad.t + pad.b + Math.max(1, rows.length) * rowH;
  const max = niceMax(Math.max(0, ...rows.map((r) => r.runs)));
  const iw = W - pad.l - pad.r;
  const body =
    rows.length === 0
      ? `<text x="${W / 2}" y="${pad.t + 17}" text-anchor="middle" font-size="12">No blocking findings in this window</text>`
      : rows
          .map((r, i) => {
            const y0 = pad.t + i * rowH;
            const w = Math.max(1, (r.runs / max) * iw);
            return `<text x="${pad.l - 8}" y="${y0 + 17}" text-anchor="end" font-size="11">${escapeHtml(r.ruleId)}</text><rect class="bar" x="${pad.l}" y="${y0 + 5}" width="${n(w)}" height="${rowH - 10}" fill="#b91c1c"><title>${escapeHtml(`${r.ruleId}: ${r.runs} runs, ${r.findings} findings`)}</title></rect><text x="${n(pad.l + w + 6)}" y="${y0 + 17}" font-size="11">${r.runs}</text>`;
          })
          .join('');
  return `<svg id="chart-blocking" role="img" aria-label="Top blocking rules by runs affected" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

export function renderKpiHtml(k: KpiReport, title = 'handoff-contracting — operating report'): string {
  const pct = (v: number | null) => (v === null ? 'n/a' : `${round(v * 100, 1)}%`);
  const val = (v: number | null, unit: string) => (v === null ? 'n/a' : `${v} ${unit}`);
  const tiles: [string, string, string][] = [
    [
      'Cycle time p50 / p90',
      `${val(k.cycleTimeHours.p50, 'h')} / ${val(k.cycleTimeHours.p90, 'h')}`,
      `${k.cycleTimeHours.count} handoffs, submission → handoff`,
    ],
    ['Throughput', `${k.throughput.perDay} / day`, `${k.throughput.handoffs} handoffs`],
    [
      'No human change',
      pct(k.automation.noHumanChangeShare),
      `${k.automation.noHumanChange} of ${k.automation.decided} decided runs`,
    ],
    [
      'Auto-approved',
      pct(k.automation.autoApprovedShare),
      `where the contract allows (${k.automation.autoEligible} runs)`,
    ],
    [
      'Human time saved',
      `~${k.automation.estimatedHumanMinutesSaved} min`,
      `${k.automation.minutesPerAutomaticRun} min per automatic run (estimate)`,
    ],
    [
      'Approval latency p50 / p90',
      `${val(k.approvalLatencyMinutes.p50, 'min')} / ${val(k.approvalLatencyMinutes.p90, 'min')}`,
      `${k.approvalLatencyMinutes.pending} pending`,
    ],
    ['Rollback rate', pct(k.rollbackRate), `${k.runs.rolledBack} of ${k.runs.finished} finished runs`],
    ['Retries', String(k.retries.total), k.retries.byStep.map((s) => `${s.step} ${s.retries}`).join(' · ')],
  ];
  const slaRows = k.cycleTimeHours.byContract
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.contract)}</td><td>${c.count}</td><td>${escapeHtml(c.p50)}</td><td>${escapeHtml(c.p90)}</td><td>${escapeHtml(c.slaTargetHours)}</td><td>${escapeHtml(c.slaBaselineHours)}</td><td>${escapeHtml(pct(c.withinTarget))}</td><td>${escapeHtml(c.verdict)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:800px;color:#111827;line-height:1.4;padding:0 1rem}
h1{font-size:1.4rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:2rem}
.muted{color:#6b7280;font-size:.9rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:.75rem;margin-top:1rem}
.tile{border:1px solid #e5e7eb;border-radius:8px;padding:.6rem .8rem}
.tile .v{font-size:1.3rem;font-weight:600}.tile .k,.tile .s{font-size:.8rem;color:#6b7280}
table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border-bottom:1px solid #e5e7eb;padding:.3rem;text-align:left}
svg{max-width:100%;height:auto;font-family:inherit}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">Window ${escapeHtml(k.window.since)} → ${escapeHtml(k.window.until)} (${k.window.days} days) · ${k.runs.total} runs: ${k.runs.handedOff} handed off, ${k.runs.policyBlocked} policy-blocked, ${k.runs.approverRejected} rejected by approver, ${k.runs.rolledBack} rolled back, ${k.runs.superseded} superseded, ${k.runs.inFlight} in flight, ${k.runs.shadow + k.runs.shadowFailed} shadow, ${k.runs.duplicate} duplicate</p>
<section class="tiles">
${tiles.map(([key, v, s]) => `<div class="tile"><div class="k">${escapeHtml(key)}</div><div class="v">${escapeHtml(v)}</div><div class="s">${escapeHtml(s)}</div></div>`).join('\n')}
</section>
<h2>Daily runs, handoffs, rejections and rollbacks</h2>
${trendChart(k)}
<h2>Cycle time distribution (submission → handoff)</h2>
${histogramChart(k)}
<table><thead><tr><th>contract</th><th>n</th><th>p50 h</th><th>p90 h</th><th>SLA target h</th><th>baseline h</th><th>within target</th><th>verdict</th></tr></thead><tbody>${slaRows || '<tr><td colspan="8">no handoffs in this window</td></tr>'}</tbody></table>
<h2>Top blocking rules</h2>
${blockingChart(k)}
<p class="muted">Generated by <code>handoff kpi --html</code>. Definitions: RUNBOOK.md.</p>
</body>
</html>
`;
}
