#!/usr/bin/env bash
# Checks the content folder; on GitHub Actions each problem shows as an annotation on its line.
set -euo pipefail
npx --no-install privacy-center lint --format github
