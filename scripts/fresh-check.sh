#!/usr/bin/env bash
# make fresh-check: the two commands of the README's quick start, run as a new user would on
# a bare Debian machine. Our own machines (and so CI) already carry whatever an earlier
# install left behind, so a step missing from scripts/system-deps.sh or the Makefile stays
# hidden there; here it cannot.
#
#   1. A Debian root (debootstrap minbase plus only python3, make and git) is built once and
#      cached outside the repository; every run works on a fresh copy of it, so one run's
#      installs never hide a missing step from the next.
#   2. The committed branch (FRESH_CHECK_REF, default main) is cloned into it: the working
#      tree's uncommitted changes are not what a new user gets.
#   3. `make test` runs inside with a clean environment (PATH, HOME and LANG only), on a
#      network of its own (slirp4netns): it reaches the package mirrors but not this
#      machine's own services, such as a PostgreSQL server on 127.0.0.1.
#   4. Only then the check installs its own harness (Xvfb, xdotool) and runs `make run`
#      under xvfb-run until the sign-in dialog is on screen, and saves a screenshot of it
#      to .make/fresh-check-signin.png.
#
# Needs root (debootstrap, chroot, mount, ip netns). Slow (tens of minutes): not part of CI; run it
# before submitting a change to the Makefile, scripts/, pyproject.toml or build.spec.
#
# Settings (environment):
#   FRESH_CHECK_REF      branch or tag to clone (default: main)
#   FRESH_CHECK_SUITE    Debian suite of the root (default: bookworm)
#   FRESH_CHECK_MIRROR   Debian mirror (default: the first Debian mirror of this machine's apt sources)
#   FRESH_CHECK_CACHE    where the bare root is cached (default: /var/cache/desk-app-fresh-check)
#   FRESH_CHECK_RUN_SECONDS  how long `make run` may take to show the sign-in (default: 300)
#   FRESH_CHECK_KEEP=1   keep the used root afterwards (to look into a failure)
set -euo pipefail

ref=${FRESH_CHECK_REF:-main}
suite=${FRESH_CHECK_SUITE:-bookworm}
cache=${FRESH_CHECK_CACHE:-/var/cache/desk-app-fresh-check}
run_seconds=${FRESH_CHECK_RUN_SECONDS:-300}
keep=${FRESH_CHECK_KEEP:-}
packages=python3,make,git

say() { printf '\n== fresh-check: %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check builds and enters a Debian root (debootstrap, chroot, mount): run it as root, e.g. sudo make fresh-check" >&2
    exit 1
fi

# The mirror this machine already reaches (the root must use the same one: elsewhere only
# some mirrors may be reachable). The lists are read into a variable first: a pipe that
# stops early would fail under pipefail.
host_mirror() {
    local sources
    sources=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    sources=$(grep -E '^[[:space:]]*(deb|URIs:)[[:space:]]' <<<"$sources" || true)
    sources=$(grep -oE '(https?|file)://[^][ ]*/debian/?([[:space:]]|$)' <<<"$sources" || true)
    sources=${sources%%$'\n'*}
    sources=${sources%%[[:space:]]*}
    echo "${sources:-http://deb.debian.org/debian}"
}
mirror=${FRESH_CHECK_MIRROR:-$(host_mirror)}

# Under sudo, git refuses a repository owned by the developer ("dubious ownership"); this
# check only reads it.
git() { command git -c safe.directory='*' "$@"; }

repo_dir=$(pwd -P)
# The repository itself (a worktree's common git directory), so the committed branch is
# cloned, wherever this checkout is.
source_repo=$(git rev-parse --path-format=absolute --git-common-dir)
commit=$(git -C "$source_repo" rev-parse --verify --quiet "$ref^{commit}") || {
    echo "fresh-check: no branch or tag '$ref' in $source_repo (FRESH_CHECK_REF)" >&2
    exit 1
}
out_dir="$repo_dir/.make"
mkdir -p "$out_dir" "$cache"
started=$(date +%s)

# The check's own tools on this machine, installed when missing.
host_tool() { # host_tool COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return
    say "installing $2 on this machine (for the check itself)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" ||
        { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2"; }
}

# --- 1. The bare root, built once --------------------------------------------------------
base="$cache/$suite-minbase-${packages//,/-}"
if [ ! -d "$base" ]; then
    host_tool debootstrap debootstrap
    say "building a bare Debian $suite root (minbase + $packages) from $mirror into $base"
    rm -rf --one-file-system "$base.partial"
    # Its hundreds of progress lines go to a log; shown only when it fails.
    debootstrap --variant=minbase --include="$packages" "$suite" "$base.partial" "$mirror" \
        >"$cache/debootstrap.log" 2>&1 || { tail -n 30 "$cache/debootstrap.log" >&2; exit 1; }
    # debootstrap copies the host's resolv.conf and hostname; nothing of the host stays in
    # the cache (each run copies resolv.conf afresh). /etc/hosts is what any Debian
    # install has, which minbase leaves out.
    rm -f "$base.partial/etc/resolv.conf" "$base.partial/etc/hostname"
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$base.partial/etc/hosts"
    rm -f "$base.partial"/var/cache/apt/archives/*.deb
    mv "$base.partial" "$base"
else
    say "using the cached bare root $base"
fi

# --- 2. A fresh copy of it, and its mounts, undone on any exit -----------------------------
host_tool slirp4netns slirp4netns
host_tool ip iproute2
root=$(realpath "$(mktemp -d "$cache/run.XXXXXX")")
mounts=()
netns=""
slirp_pid=""

cleanup() {
    local status=$? pid pids=() m i
    trap - EXIT INT TERM
    # Whatever still runs inside the root (the program, Xvfb) keeps the mounts busy: end
    # those processes, found by their root directory, by id.
    for pid in /proc/[0-9]*; do
        if [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ]; then pids+=("${pid#/proc/}"); fi
    done
    if [ ${#pids[@]} -gt 0 ]; then
        kill -TERM "${pids[@]}" 2>/dev/null || true
        sleep 2
        kill -KILL "${pids[@]}" 2>/dev/null || true
    fi
    if [ -n "$slirp_pid" ]; then kill -TERM "$slirp_pid" 2>/dev/null || true; fi
    if [ -n "$netns" ]; then ip netns delete "$netns" 2>/dev/null || echo "fresh-check: could not delete the network namespace $netns" >&2; fi
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        m=${mounts[i]}
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "fresh-check: could not unmount $m" >&2
    done
    if grep -qF " $root/" /proc/mounts; then
        echo "fresh-check: something is still mounted under $root; left in place" >&2
    elif [ -n "$keep" ]; then
        echo "fresh-check: the root used is kept in $root (FRESH_CHECK_KEEP)"
    else
        rm -rf --one-file-system "$root"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "copying the bare root to $root"
cp -a "$base/." "$root/"
chmod 755 "$root"
# So that the root reaches the same package mirrors as this machine: its name server and
# its CA bundle (a TLS-inspecting proxy's CA is only in this machine's bundle). Nothing else
# of the host. The bundle goes where OpenSSL reads it and also among the local CAs, because
# `make test` installs ca-certificates (a dependency) and its update-ca-certificates
# rewrites the bundle from Debian's CAs plus the local ones. pip before 24.2 (the one a
# venv starts with) reads its own copy of the Mozilla CAs, not the system's: /etc/pip.conf
# points it at the bundle. Where the host's bundle is Debian's, this changes nothing.
cat /etc/resolv.conf >"$root/etc/resolv.conf"
mkdir -p "$root/etc/ssl/certs" "$root/usr/local/share/ca-certificates"
cat /etc/ssl/certs/ca-certificates.crt >"$root/etc/ssl/certs/ca-certificates.crt"
cat /etc/ssl/certs/ca-certificates.crt >"$root/usr/local/share/ca-certificates/host-ca-bundle.crt"
printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$root/etc/pip.conf"

bind() { # bind SOURCE TARGET-IN-ROOT [mount options…]
    local source=$1 target="$root$2"
    shift 2
    mkdir -p "$target"
    mount "$@" "$source" "$target"
    mounts+=("$target")
}
bind proc /proc -t proc
bind sysfs /sys -t sysfs
bind /dev /dev --bind
bind /dev/pts /dev/pts --bind
bind shm /dev/shm -t tmpfs -o mode=1777,nosuid,nodev

# A network of its own: a new network namespace, reaching out through slirp4netns (NAT in
# user space, with no way back to this machine's loopback). So the host's own services on
# 127.0.0.1, such as a PostgreSQL server, are out of reach, as on a new machine.
# A named namespace (ip netns) exists before slirp4netns is handed its path: given a process
# that has not yet left this machine's namespace, it would configure this machine's network.
netns="desk-fresh-check-$$"
ip netns add "$netns"
if [ "$(stat -L -c %i "/run/netns/$netns")" = "$(stat -L -c %i /proc/self/ns/net)" ]; then
    echo "fresh-check: the new network namespace is this machine's own; stopping" >&2
    exit 1
fi
slirp4netns --netns-type=path --configure --mtu=65520 --disable-host-loopback "/run/netns/$netns" tap0 \
    >"$cache/slirp4netns.log" 2>&1 &
slirp_pid=$!
in_netns=(nsenter "--net=/run/netns/$netns")
tap_up() {
    local address
    address=$("${in_netns[@]}" ip -o -4 addr show dev tap0 2>/dev/null || true)
    [[ $address == *inet* ]]
}
for _ in $(seq 40); do
    tap_up && break
    sleep 0.5
done
tap_up || {
    echo "fresh-check: the root's network did not come up; $cache/slirp4netns.log:" >&2
    cat "$cache/slirp4netns.log" >&2
    exit 1
}

# --- 3. The committed branch, as a new user clones it ---------------------------------------
home=${HOME:-/root}
checkout="$home/desk-app"
say "cloning $ref ($commit) into $checkout in the root"
mkdir -p "$root$home"
git clone --quiet --no-hardlinks --branch "$ref" "$source_repo" "$root$checkout"

# The clean environment of a new user's shell: nothing of this machine's but these.
clean_env=(env -i "PATH=$PATH" "HOME=$home")
[ -n "${LANG:-}" ] && clean_env+=("LANG=$LANG")
inside() { "${in_netns[@]}" chroot "$root" "${clean_env[@]}" bash -c "cd '$checkout' && $1"; }
# Every long step runs in the background and is waited for: bash runs an INT or TERM trap
# only once a foreground command has ended, but at once during `wait`. (Ctrl-C alone would
# not stop them: timeout and `make run` below run in process groups of their own.)
bg_wait() {
    "$@" &
    wait $!
}

# --- 4. make test ---------------------------------------------------------------------------
say "make test (in the root; takes a while)"
test_log="$out_dir/fresh-check-test.log"
status_file="$root/tmp/fresh-check-test.status"
{
    inside 'make test' && echo 0 >"$status_file" || echo $? >"$status_file"
} 2>&1 | tee "$test_log" &
wait $!
test_status=$(cat "$status_file")
summary=$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$test_log" || true)
summary=${summary##*$'\n'}

# --- 5. make run, until the sign-in dialog shows ---------------------------------------------
# The harness's own tools, installed only now, so that `make test` met the bare machine.
say "installing the check's harness (xvfb, xauth, xdotool) in the root"
harness_status=0
bg_wait "${in_netns[@]}" chroot "$root" env -i "PATH=$PATH" DEBIAN_FRONTEND=noninteractive bash -c \
    'apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends xvfb xauth xdotool >/dev/null' ||
    harness_status=$?

say "make run under xvfb-run (at most ${run_seconds}s to show the sign-in dialog)"
run_status=0
signin=""
if [ "$harness_status" -eq 0 ]; then
    # Inside: start `make run` in its own process group, wait until a visible window whose
    # title has 登录 (sign-in) shows, give it a moment to paint, grab the screen with the
    # program's own Qt, then end the program's process group.
    cat >"$root/tmp/fresh-check-run.sh" <<'EOF_RUN'
setsid make run >"$HOME/fresh-check-run.log" 2>&1 &
pid=$!
found=""
while [ -z "$found" ]; do
    for id in $(xdotool search --onlyvisible --name 'Desk' 2>/dev/null || true); do
        name=$(xdotool getwindowname "$id" 2>/dev/null || true)
        case $name in *登录*) found=$name ;; esac
    done
    if [ -z "$found" ]; then
        kill -0 "$pid" 2>/dev/null || { echo "make run ended before any sign-in window"; exit 1; }
        sleep 1
    fi
done
sleep 3
.venv/bin/python -c 'import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication(sys.argv); sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)' "$HOME/fresh-check-signin.png"
kill -TERM -- "-$pid" 2>/dev/null || true
echo "sign-in window: $found"
EOF_RUN
    bg_wait inside "timeout --kill-after=10 $run_seconds xvfb-run -a -s '-screen 0 1366x768x24' bash /tmp/fresh-check-run.sh" \
        >"$root/tmp/fresh-check-run.out" 2>&1 || run_status=$?
    cat "$root/tmp/fresh-check-run.out"
    signin=$(grep '^sign-in window: ' "$root/tmp/fresh-check-run.out" || true)
    signin=${signin#sign-in window: }
    [ -f "$root$home/fresh-check-signin.png" ] && cp "$root$home/fresh-check-signin.png" "$out_dir/fresh-check-signin.png"
    [ -f "$root$home/fresh-check-run.log" ] && cp "$root$home/fresh-check-run.log" "$out_dir/fresh-check-run.log"
    if [ "$run_status" -eq 124 ]; then echo "no sign-in window within ${run_seconds}s; the program's output:"; tail -n 40 "$out_dir/fresh-check-run.log" 2>/dev/null || true; fi
fi

# --- 6. The report ---------------------------------------------------------------------------
elapsed=$(($(date +%s) - started))
say "result for $ref ($commit) on a bare Debian $suite (minbase + $packages), $((elapsed / 60)) min $((elapsed % 60)) s"
if [ "$test_status" -eq 0 ]; then
    echo "make test: passed   ${summary:-}"
else
    echo "make test: FAILED (exit $test_status)   ${summary:-}   full output: $test_log"
fi
if [ "$harness_status" -ne 0 ]; then
    echo "make run:  not checked: the harness (xvfb, xauth, xdotool) did not install (exit $harness_status)"
elif [ "$run_status" -eq 0 ] && [ -n "$signin" ]; then
    echo "make run:  sign-in dialog shown: \"$signin\"   screenshot: .make/fresh-check-signin.png"
else
    echo "make run:  FAILED: no sign-in dialog (exit $run_status)   program output: .make/fresh-check-run.log"
fi
[ "$test_status" -eq 0 ] && [ "$harness_status" -eq 0 ] && [ "$run_status" -eq 0 ] && [ -n "$signin" ]
