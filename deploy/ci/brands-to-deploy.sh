#!/usr/bin/env bash
# The brands whose own sites to build and deploy, as a JSON array for a job matrix: every brand for a
# scheduled rebuild or a first deploy, else those a change since <ref> calls for.
# On GitHub Actions it also sets the step's output `brands`.
# Usage: brands-to-deploy.sh [<ref>]
set -euo pipefail
since="${1:-}"
brands=$(if [ -z "$since" ] || ! git cat-file -e "$since^{commit}" 2>/dev/null; then
  npx --no-install privacy-center changed --all --format json
else
  npx --no-install privacy-center changed --since "$since" --format json
fi | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.stringify(JSON.parse(s).brands)))')
echo "$brands"
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "brands=$brands" >>"$GITHUB_OUTPUT"; fi
