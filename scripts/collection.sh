#!/usr/bin/env bash
# Pages of the public collection of state.gov reports used as gold (docs/EVALUATION.md),
# checked out next to the repository as ../collection/html/YEAR/NAME.html, the way the
# shared reports sit in ../shared. Never committed: the repository holds no report text.
#
#   scripts/collection.sh GIT_DIR html/2022/the-gambia.html [html/2019/...]
#
# GIT_DIR is a clone or bare mirror of InsideClimateNews/2025-08-state-department-human-rights
# (the fetch tool brings it). Without page arguments, every page that a gold file names
# ("file": "html/...") is checked out.
set -euo pipefail

git_dir="${1:?usage: scripts/collection.sh GIT_DIR [html/YEAR/NAME.html ...]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/../collection"
if [ "$#" -eq 0 ]; then
    set -- $(grep -ho '"file": "html/[^"]*"' "$root"/tests/gold/*/*.jsonl | cut -d'"' -f4 | sort -u)
fi
for page in "$@"; do
    mkdir -p "$out/$(dirname "$page")"
    git --git-dir="$git_dir" show "HEAD:$page" > "$out/$page"
    echo "$out/$page"
done
