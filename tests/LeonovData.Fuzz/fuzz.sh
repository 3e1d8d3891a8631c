#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with AFL++ and SharpFuzz (README.md).
#   tests/LeonovData.Fuzz/fuzz.sh <target> [seconds]     default 300 seconds
#   tests/LeonovData.Fuzz/fuzz.sh all [seconds]          every target in turn
# Installs afl++ (Debian) when afl-fuzz is missing and SharpFuzz.CommandLine from this folder's
# tool manifest, publishes the targets, instruments the published copy of LeonovData.Generator.dll
# (never the build output the tests use) and runs afl-fuzz under nice. Findings, crashes included,
# go to artifacts/fuzz/findings/<target>/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${LEONOV_FUZZ_OUT:-$root/artifacts/fuzz}"
target="${1:?usage: fuzz.sh <target>|all [seconds]}"
seconds="${2:-300}"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update && apt-get install -y afl++
fi

(cd "$here" && dotnet tool restore >/dev/null)

# A fresh publish overwrites the generator with its uninstrumented build. The seeds are written
# before instrumenting it: instrumented code writes to afl-fuzz's coverage map and crashes without it.
rm -f "$out/bin/LeonovData.Generator.dll"
dotnet publish "$here/LeonovData.Fuzz.csproj" -c Release -o "$out/bin" --nologo -v quiet
rm -rf "$out/seeds"
dotnet "$out/bin/LeonovData.Fuzz.dll" seeds "$root" "$out/seeds"
(cd "$here" && dotnet tool run sharpfuzz "$out/bin/LeonovData.Generator.dll")

run() {
  local name="$1"
  rm -rf "$out/findings/$name"
  mkdir -p "$out/findings"
  # The machine is shared: no CPU pinning, no frequency check, and afl-fuzz's core-dump check is
  # moot because a .NET exception is reported by SharpFuzz, not by a core dump.
  AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_NO_UI=1 AFL_AUTORESUME=0 \
    nice -n 10 afl-fuzz -i "$out/seeds/$name" -o "$out/findings/$name" -x "$here/leo.dict" \
      -t 5000 -m none -V "$seconds" -- dotnet "$out/bin/LeonovData.Fuzz.dll" "$name" >"$out/findings/$name.log" 2>&1 || true
  local stats="$out/findings/$name/default/fuzzer_stats"
  if [[ -f "$stats" ]]; then
    local crashes
    crashes=$(find "$out/findings/$name/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
    awk -v name="$name" -v crashes="$crashes" -F' *: *' '
      { s[$1] = $2 }
      END { printf "%-16s execs=%s run_time=%ss edges=%s/%s (%s) corpus=%s crashes=%s\n", name, s["execs_done"], s["run_time"], s["edges_found"], s["total_edges"], s["bitmap_cvg"], s["corpus_count"], crashes }' "$stats"
  else
    echo "$name: afl-fuzz did not start; see $out/findings/$name.log" >&2
    tail -20 "$out/findings/$name.log" >&2
  fi
}

if [[ "$target" == all ]]; then
  for name in $(ls "$out/seeds"); do run "$name"; done
else
  run "$target"
fi
