#!/usr/bin/env bash
# Fails when an install would change package-lock.json: resolves package.json again in a scratch
# copy and compares. npm ci alone does not catch a lockfile that npm install would rewrite.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp package.json package-lock.json .npmrc "$scratch/"
(cd "$scratch" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund >/dev/null 2>&1)
if ! cmp -s package-lock.json "$scratch/package-lock.json"; then
  echo "package-lock.json is not what npm install makes of package.json: run npm install and commit the lockfile." >&2
  diff -u package-lock.json "$scratch/package-lock.json" | head -40 >&2
  exit 1
fi
echo "package-lock.json is up to date."
