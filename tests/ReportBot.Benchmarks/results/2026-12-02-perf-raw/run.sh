#!/bin/bash
# Interleaved before/after runs of the benchmark (base = 0323c7e with this branch's benchmark sources).
BASE=/tmp/perf-base/tests/ReportBot.Benchmarks/bin/Release/net10.0/ReportBot.Benchmarks
MINE=/work/wt-perf/tests/ReportBot.Benchmarks/bin/Release/net10.0/ReportBot.Benchmarks
BASEBOT=/tmp/perf-base/src/ReportBot/bin/Release/net10.0/ReportBot.dll
cd /tmp/perf-runs
for i in 1 2; do
  (date -u; uptime) > before-$i.md; $BASE --rounds 20 --status 1000 --only messages,chats,documents,status >> before-$i.md 2>&1
  (date -u; uptime) > after-$i.md; $MINE --rounds 20 --status 1000 --only messages,chats,documents,status >> after-$i.md 2>&1
done
(date -u; uptime) > e2e-before.md; $MINE --rounds 1 --only e2e --e2e-rounds 2 --e2e-steps 12 --bot $BASEBOT >> e2e-before.md 2>&1
(date -u; uptime) > e2e-after.md; $MINE --rounds 1 --only e2e --e2e-rounds 2 --e2e-steps 12 >> e2e-after.md 2>&1
(date -u; uptime) > mem-before.md; $BASE --rounds 1 --only memory >> mem-before.md 2>&1
(date -u; uptime) > mem-after.md; $MINE --rounds 1 --only memory >> mem-after.md 2>&1
(date -u; uptime) > mem-after-conserve.md; DOTNET_GCConserveMemory=5 DOTNET_GCgen0size=0x400000 $MINE --rounds 1 --only memory >> mem-after-conserve.md 2>&1
(date -u; uptime) > mem-after-nonconcurrent.md; DOTNET_gcConcurrent=0 DOTNET_TieredPGO=0 $MINE --rounds 1 --only memory >> mem-after-nonconcurrent.md 2>&1
echo done > finished
