#!/usr/bin/env bash
# Posts the redline comment on a pull request, editing the one posted for an earlier push instead
# of adding another. Needs gh (preinstalled on GitHub's runners) and GH_TOKEN.
# Usage: post-comment.sh <pull request number> <comment file>
set -euo pipefail
pr="${1:?usage: post-comment.sh <pull request number> <comment file>}"
body="${2:?usage: post-comment.sh <pull request number> <comment file>}"
gh pr comment "$pr" --body-file "$body" --edit-last 2>/dev/null || gh pr comment "$pr" --body-file "$body"
