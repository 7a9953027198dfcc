#!/usr/bin/env bash
# Writes a pull request's comment: the redline of every policy version it adds or changes, as
# Markdown, under a marker that post-comment.sh finds the comment by.
# Usage: redline-comment.sh <base ref> <output file>
set -euo pipefail
base="${1:?usage: redline-comment.sh <base ref> <output file>}"
out="${2:?usage: redline-comment.sh <base ref> <output file>}"
{
  echo '<!-- privacy-center-redline -->'
  echo '## Policy changes in this pull request'
  echo
  npx --no-install privacy-center diff --since "$base" --format markdown
} >"$out"
