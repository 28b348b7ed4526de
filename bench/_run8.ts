import { benchE2e } from '/work/main/bench/e2e.ts';
console.log(JSON.stringify(await benchE2e({ paths: [(process.argv[2] ?? 'approval') as 'approval'], concurrencies: [8], runs: 100, warmup: 40 })));
