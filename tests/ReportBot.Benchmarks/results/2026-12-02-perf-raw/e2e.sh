#!/bin/bash
MINE=/work/wt-perf/tests/ReportBot.Benchmarks/bin/Release/net10.0/ReportBot.Benchmarks
BASEBOT=/tmp/perf-base/src/ReportBot/bin/Release/net10.0/ReportBot.dll
cd /tmp/perf-runs
(date -u; uptime) > e2e2-before.md; $MINE --rounds 1 --only e2e --e2e-rounds 2 --e2e-steps 12 --bot $BASEBOT >> e2e2-before.md 2>&1
(date -u; uptime) > e2e2-after.md; $MINE --rounds 1 --only e2e --e2e-rounds 2 --e2e-steps 12 >> e2e2-after.md 2>&1
echo done > e2e-finished
