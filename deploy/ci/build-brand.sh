#!/usr/bin/env bash
# Builds one brand's own center, mounted at / for its own domain (brand.yaml's site).
# Usage: build-brand.sh <brand> <output folder>
set -euo pipefail
PRIVACY_CENTER_BRAND="${1:?usage: build-brand.sh <brand> <output folder>}" \
  PRIVACY_CENTER_OUT="${2:?usage: build-brand.sh <brand> <output folder>}" \
  npx --no-install privacy-center build
