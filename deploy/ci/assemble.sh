#!/usr/bin/env bash
# Puts the shards' outputs (each a folder below <shards>) together into the whole site.
# Usage: assemble.sh <shards folder> <output folder>
set -euo pipefail
shards="${1:?usage: assemble.sh <shards folder> <output folder>}"
out="${2:?usage: assemble.sh <shards folder> <output folder>}"
mapfile -t outputs < <(find "$shards" -mindepth 1 -maxdepth 1 -type d | sort)
npx --no-install privacy-center assemble "${outputs[@]}" --out "$out"
