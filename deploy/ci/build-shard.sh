#!/usr/bin/env bash
# Builds one shard of the group site (its share of the brands and every shared page) into a folder.
# Usage: build-shard.sh <i> <n> <output folder>
set -euo pipefail
i="${1:?usage: build-shard.sh <i> <n> <output folder>}"
n="${2:?usage: build-shard.sh <i> <n> <output folder>}"
PRIVACY_CENTER_OUT="${3:?usage: build-shard.sh <i> <n> <output folder>}" \
  npx --no-install privacy-center build --shard "$i/$n"
