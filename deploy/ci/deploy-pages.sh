#!/usr/bin/env bash
# Deploys a built site to a Cloudflare Pages project (one per brand domain, one for the portal).
# Needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID; $WRANGLER names another wrangler.
# Usage: deploy-pages.sh <site folder> <Pages project>
set -euo pipefail
site="${1:?usage: deploy-pages.sh <site folder> <Pages project>}"
project="${2:?usage: deploy-pages.sh <site folder> <Pages project>}"
if [ ! -f "$site/.privacy-center-site" ]; then
  echo "deploy-pages.sh: $site is not a site Privacy Center built; nothing was deployed." >&2
  exit 1
fi
# shellcheck disable=SC2086
${WRANGLER:-npx --yes wrangler@3} pages deploy "$site" --project-name "$project" --branch main --commit-dirty=true
