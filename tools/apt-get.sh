#!/bin/sh
# apt-get that waits for another apt or dpkg run to finish instead of failing at once (up to KD_APT_WAIT seconds,
# default 600). DPkg::Lock::Timeout makes apt-get wait for dpkg's lock; `apt-get update` does not apply it to the
# lock of the package lists, so an update that finds that lock held is tried again every few seconds.
set -u
wait=${KD_APT_WAIT:-600}
export DEBIAN_FRONTEND=noninteractive
[ "${1:-}" = update ] || exec apt-get -o "DPkg::Lock::Timeout=$wait" "$@"
end=$(( $(date +%s) + wait ))
while :; do
  out=$(apt-get -o "DPkg::Lock::Timeout=$wait" "$@" 2>&1)
  status=$?
  if [ "$status" -ne 0 ] && printf '%s' "$out" | grep -q 'Could not get lock' && [ "$(date +%s)" -lt "$end" ]; then
    echo "apt-get update: another apt run holds the package lists' lock; waiting" >&2
    sleep "${KD_APT_PAUSE:-5}"
    continue
  fi
  [ -z "$out" ] || printf '%s\n' "$out"
  exit "$status"
done
