#!/usr/bin/env bash
# Install the Debian packages zone-kg's tests need, only when they are missing:
#   chromium        headless browser for the HTML view tests
#   raptor2-utils   `rapper`, a second, independent Turtle parser
#   java            HermiT (run by owlready2) needs a JRE
#   fonts-noto-cjk  so screenshots of Chinese labels are legible
#   virtuoso-opensource  OpenLink Virtuoso, a second real SPARQL store for `zone-kg publish` tests
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: missing ${need[*]}; run as root (or: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
echo "install-system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
