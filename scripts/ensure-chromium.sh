#!/usr/bin/env bash
# `npm test` runs this first (npm's pretest): the static-site test (test/cli/site.test.ts) opens
# pages in Debian's Chromium. When /usr/bin/chromium is missing, install it if we can (root with
# apt-get); otherwise, or when installation fails, say so in one line and go on: the browser test
# then skips, saying why. This script never fails the test run.
set -u

if [ -n "${DATELINE_CHROMIUM:-}" ] && [ -x "${DATELINE_CHROMIUM}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then exit 0; fi

if [ "${EUID}" != "0" ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing and this user is not root: the browser test will be skipped (apt-get install chromium, or set DATELINE_CHROMIUM)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available: the browser test will be skipped (or set DATELINE_CHROMIUM)"
  exit 0
fi

echo "ensure-chromium: /usr/bin/chromium is missing: installing Debian's chromium for the browser test (apt-get)"
if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
  exit 0
fi
echo "ensure-chromium: chromium could not be installed: the browser test will be skipped"
exit 0
