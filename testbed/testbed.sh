#!/usr/bin/env bash
# testbed.sh: the real test bed of dockercli (two Docker Engines, TLS, a registry).
#
#   testbed.sh up      bring everything up (idempotent); prints the env file's path
#   testbed.sh down    stop everything the test bed started (by pid), wait for it
#   testbed.sh env     print the env file
#   testbed.sh status  say what is up (exit 0 only if everything is)
#   testbed.sh clean   down, unmount leftovers, remove the state dir
#
# State lives in $DOCKERCLI_TESTBED_DIR (default /tmp/dctb). Only processes, mounts and files of
# the test bed itself are ever touched: processes are found through its own pidfiles or through
# arguments naming its own state dir, and stopped by pid.
set -Eeuo pipefail
shopt -s nullglob

PROG=testbed.sh
DIR=${DOCKERCLI_TESTBED_DIR:-/tmp/dctb}
DIR=${DIR%/}
TIMEOUT=${DCTB_TIMEOUT:-90}          # seconds to wait for a daemon to answer
TLS_ADDR=127.0.0.1:${DCTB_TLS_PORT:-2376}          # fixed addresses; the ports can be moved for a second bed
REG_ADDR=127.0.0.1:${DCTB_REGISTRY_PORT:-5000}
REG_USER=alice
REG_PASS=s3cret
APT_PKGS=(docker.io busybox-static docker-registry apache2-utils openssl curl)
SYS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ENGINES=(e20 e26)

die() { printf '%s: %s\n' "$PROG" "$*" >&2; exit 1; }
say() { [[ -n ${DCTB_QUIET:-} ]] || printf '%s: %s\n' "$PROG" "$*" >&2; }
trap 'printf "%s: failed (exit %s) at line %s: %s\n" "$PROG" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR

[[ $DIR == /* && $DIR =~ ^[A-Za-z0-9._/-]+$ && $DIR != / ]] \
  || die "DOCKERCLI_TESTBED_DIR must be an absolute path of [A-Za-z0-9._/-] (got '$DIR')"
# The longest socket is $DIR/eNN/exec/containerd/containerd.sock.ttrpc; unix sockets stop at 107 bytes.
((${#DIR} <= 60)) || die "DOCKERCLI_TESTBED_DIR is too long for unix sockets (${#DIR} > 60 bytes): $DIR"

TRIXIE=$DIR/trixie
# cgroup parent of each engine's containers: /$CG-e20, /$CG-e26 (unique per state dir)
CG=dctb
[[ $DIR == /tmp/dctb ]] || CG=dctb-$(printf %s "$DIR" | cksum | cut -d' ' -f1)
CERTS=$DIR/certs
REG=$DIR/registry

# ---------------------------------------------------------------- processes

# alive PID: the process exists and is not a zombie
alive() {
  local st=
  # read, not $(<file): a failed $(<file) is an expansion error, which ends a non-interactive
  # shell (here the background job bringing up an engine) without a word
  { read -r st <"/proc/$1/stat"; } 2>/dev/null || [[ -n $st ]] || return 1
  st=${st##*) }
  [[ ${st%% *} != Z ]]
}

# names_dir PID DIR: the process's argv has DIR, or a path below it, as an argument (or --opt=value)
names_dir() {
  local a d=$2 args=()
  mapfile -d '' -t args 2>/dev/null <"/proc/$1/cmdline" || return 1
  for a in "${args[@]}"; do
    a=${a#*=}
    a=${a#unix://}
    if [[ $a == "$d" || $a == "$d"/* ]]; then return 0; fi
  done
  return 1
}

# pidfile_pid FILE DIR: print the pid in FILE if that process is alive and names DIR; else fail
pidfile_pid() {
  local pid
  [[ -s $1 ]] || return 1
  pid=
  { read -r pid <"$1"; } 2>/dev/null || [[ -n $pid ]] || return 1
  pid=${pid//[!0-9]/}
  [[ -n $pid ]] && alive "$pid" && names_dir "$pid" "$2" || return 1
  echo "$pid"
}

# procs_under DIR COMM...: pids of live processes whose comm is one of COMM and whose argv names DIR
procs_under() {
  local d=$1 p pid comm
  shift
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    read -r comm 2>/dev/null <"$p/comm" || continue
    case " $* " in *" $comm "*) ;; *) continue ;; esac
    if alive "$pid" && names_dir "$pid" "$d"; then echo "$pid"; fi
  done
  return 0
}

# stop_pids SIGNAL GRACE PID...: signal the pids, wait up to GRACE seconds, then SIGKILL and wait
stop_pids() {
  local sig=$1 grace=$2 pid i left
  shift 2
  (($#)) || return 0
  kill "-$sig" "$@" 2>/dev/null || true
  kill -CONT "$@" 2>/dev/null || true # a stopped process must run to act on SIGTERM
  for ((i = 0; i <= grace * 10; i++)); do
    left=()
    for pid in "$@"; do if alive "$pid"; then left+=("$pid"); fi; done
    ((${#left[@]})) || return 0
    sleep 0.1
  done
  say "pids ${left[*]} ignored SIG$sig for ${grace}s, sending SIGKILL"
  kill -KILL "${left[@]}" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    left=()
    for pid in "$@"; do if alive "$pid"; then left+=("$pid"); fi; done
    ((${#left[@]})) || return 0
    sleep 0.1
  done
  die "pids ${left[*]} survived SIGKILL"
}

# mounts_under DIR: mount points at or below DIR, deepest first
mounts_under() {
  local mp
  while read -r _ _ _ _ mp _; do
    mp=$(printf '%b' "$mp")
    if [[ $mp == "$1" || $mp == "$1"/* ]]; then echo "$mp"; fi
  done </proc/self/mountinfo | sort -r
}

umount_under() {
  local mp left pass
  # several passes: a mount point can be stacked (a netns file bound twice), one umount lifts one layer
  for ((pass = 0; pass < 5; pass++)); do
    left=$(mounts_under "$1")
    [[ -n $left ]] || return 0
    while read -r mp; do
      [[ -n $mp ]] || continue
      say "unmounting $mp"
      umount "$mp" 2>/dev/null || umount -l "$mp" 2>/dev/null || true
    done <<<"$left"
  done
  left=$(mounts_under "$1")
  [[ -z $left ]] || die "cannot unmount under $1: ${left//$'\n'/ }"
}

# ---------------------------------------------------------------- prerequisites

need_packages() {
  local c st
  for c in dockerd containerd runc docker-registry htpasswd openssl curl setsid flock ss; do
    command -v "$c" >/dev/null || return 0
  done
  [[ -x /usr/bin/busybox ]] || return 0
  st=$(dpkg-query -W -f='${db:Status-Status} ' "${APT_PKGS[@]}" 2>/dev/null) || return 0
  [[ $st != *not-installed* && $st != *config-files* && $st != *half* && $st != *unpacked* ]] || return 0
  return 1
}

install_packages() {
  need_packages || return 0
  say "installing ${APT_PKGS[*]} with apt"
  mkdir -p "$DIR" && touch "$DIR/.dctb"
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get -q update && apt-get -q -y -o Dpkg::Use-Pty=0 install "${APT_PKGS[@]}"
  } >"$DIR/apt.log" 2>&1 9>&- || { tail -n 15 "$DIR/apt.log" >&2; die "apt-get install failed (log: $DIR/apt.log)"; }
  ! need_packages || die "packages still missing after apt-get install: ${APT_PKGS[*]}"
}

# ---------------------------------------------------------------- engine 26.1 from trixie, unpacked only

# The machine's own Debian mirror, from its apt configuration.
mirror_uri() {
  local f uri
  for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list.d/*.sources; do
    uri=$(awk 'tolower($1)=="uris:" { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' "$f")
    if [[ -n $uri ]]; then echo "${uri%/}"; return 0; fi
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -r $f ]] || continue
    uri=$(sed -e 's/\[[^]]*\]//' "$f" | awk '$1=="deb" && $2 !~ /security/ { print $2; exit }')
    if [[ -n $uri ]]; then echo "${uri%/}"; return 0; fi
  done
  return 1
}

fetch_trixie() {
  [[ -x $TRIXIE/x/usr/sbin/dockerd ]] && return 0
  local uri o
  uri=$(mirror_uri) || die "no Debian mirror found in /etc/apt/sources.list{,.d}"
  say "engine26: downloading docker.io from trixie"
  rm -rf "$TRIXIE/x.tmp" "$TRIXIE/dl"
  mkdir -p "$TRIXIE/lists/partial" "$TRIXIE/cache/archives/partial" "$TRIXIE/dl"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri trixie main" >"$TRIXIE/sources.list"
  o=(-q -o "Dir::Etc::SourceList=$TRIXIE/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$TRIXIE/lists" -o "Dir::Cache=$TRIXIE/cache" -o Acquire::Languages=none
    -o "APT::Architectures=$(dpkg --print-architecture)")
  {
    apt-get "${o[@]}" update && (cd "$TRIXIE/dl" && apt-get "${o[@]}" download docker.io)
  } >"$TRIXIE/apt.log" 2>&1 9>&- || { tail -n 15 "$TRIXIE/apt.log" >&2; die "engine26: cannot download docker.io from trixie (log: $TRIXIE/apt.log)"; }
  local debs=("$TRIXIE"/dl/docker.io_*.deb)
  ((${#debs[@]} == 1)) || die "engine26: expected one docker.io .deb in $TRIXIE/dl"
  dpkg -x "${debs[0]}" "$TRIXIE/x.tmp" || die "engine26: dpkg -x ${debs[0]} failed"
  [[ -x $TRIXIE/x.tmp/usr/sbin/dockerd ]] || die "engine26: no usr/sbin/dockerd in ${debs[0]}"
  rm -rf "$TRIXIE/lists" "$TRIXIE/cache"
  mv "$TRIXIE/x.tmp" "$TRIXIE/x"
}

# ---------------------------------------------------------------- TLS material

certs_up() {
  [[ -e $CERTS/.done ]] && return 0
  say "tls: generating a CA, server and client certificates"
  rm -rf "$CERTS"
  mkdir -p "$CERTS"/{client,bad-ca,bad-client,untrusted-client}
  (
    cd "$CERTS"
    ossl() { openssl "$@" >>"$CERTS/openssl.log" 2>&1 || die "tls: openssl $1 failed (log: $CERTS/openssl.log)"; }
    key() { ossl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1"; }
    ca() { key "$1-key.pem"; ossl req -x509 -new -key "$1-key.pem" -days 3650 -subj "/CN=$2" -out "$1.pem"; }
    sign() { # name CN ca extfile
      key "$1-key.pem"
      ossl req -new -key "$1-key.pem" -subj "/CN=$2" -out "$1.csr"
      ossl x509 -req -in "$1.csr" -CA "$3.pem" -CAkey "$3-key.pem" -CAcreateserial -days 3650 \
        -extfile "$4" -out "$1-cert.pem"
      rm -f "$1.csr"
    }
    printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' \
      'extendedKeyUsage=serverAuth' 'subjectAltName=IP:127.0.0.1,DNS:localhost' >server.ext
    printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' \
      'extendedKeyUsage=clientAuth' >client.ext
    ca ca "dockercli test bed CA"
    ca bad-ca/ca "dockercli test bed WRONG CA"
    sign server localhost ca server.ext
    sign client client ca client.ext
    sign untrusted client bad-ca/ca client.ext
    # docker CLI layout: ca.pem cert.pem key.pem
    cp ca.pem client/ca.pem && cp client-cert.pem client/cert.pem && cp client-key.pem client/key.pem
    # the wrong CA with the (valid) client pair: the server's certificate does not verify
    cp bad-ca/ca.pem bad-client/ca.pem && cp client-cert.pem bad-client/cert.pem && cp client-key.pem bad-client/key.pem
    cp client-cert.pem bad-ca/cert.pem && cp client-key.pem bad-ca/key.pem
    # the right CA with a client pair the server does not trust: the server rejects the client
    cp ca.pem untrusted-client/ca.pem && cp untrusted-cert.pem untrusted-client/cert.pem \
      && cp untrusted-key.pem untrusted-client/key.pem
    chmod 0600 ./*-key.pem ./*/key.pem ./*/*-key.pem
    touch .done
  )
}

tls_ping() {
  curl -fsS --max-time 3 --cacert "$CERTS/client/ca.pem" --cert "$CERTS/client/cert.pem" \
    --key "$CERTS/client/key.pem" "https://$TLS_ADDR/_ping" >/dev/null 2>&1
}

# ---------------------------------------------------------------- engines

engine_title() { case $1 in e20) echo engine20 ;; e26) echo engine26 ;; esac; }
sock_of() { echo "$DIR/$1/docker.sock"; }

ping_sock() { curl -fsS --max-time 3 --unix-socket "$1" http://localhost/_ping >/dev/null 2>&1; }

api_version() {
  curl -sS --max-time 3 -o /dev/null -D - --unix-socket "$1" http://localhost/_ping 2>/dev/null \
    | tr -d '\r' | awk -F': *' 'tolower($1)=="api-version" { print $2 }' || true
}

# engine_scrub NAME: stop what is left of an engine that is not answering, and its leftovers
engine_scrub() {
  local n=$1 d=$DIR/$1 pids cg
  # dockerd itself (pidfile, or any dockerd naming our dir), then its containerd, then shims
  mapfile -t pids < <({ pidfile_pid "$d/pid" "$d" || true; procs_under "$d" dockerd; } | sort -u)
  ((${#pids[@]} == 0)) || { say "$(engine_title "$n"): stopping dockerd ${pids[*]}"; stop_pids TERM 30 "${pids[@]}"; }
  mapfile -t pids < <(procs_under "$d" containerd)
  ((${#pids[@]} == 0)) || { say "$(engine_title "$n"): stopping stray containerd ${pids[*]}"; stop_pids TERM 10 "${pids[@]}"; }
  mapfile -t pids < <(procs_under "$d" containerd-shim containerd-shim-runc-v2 docker-proxy)
  ((${#pids[@]} == 0)) || { say "$(engine_title "$n"): stopping stray shims ${pids[*]}"; stop_pids KILL 5 "${pids[@]}"; }
  # container processes left in the engine's own cgroup parent
  mapfile -t pids < <(for cg in /sys/fs/cgroup/"$CG-$n"/*/cgroup.procs /sys/fs/cgroup/*/"$CG-$n"/*/cgroup.procs; do
    cat "$cg" 2>/dev/null || true; done | sort -u)
  ((${#pids[@]} == 0)) || { say "$(engine_title "$n"): killing stray container processes ${pids[*]}"; stop_pids KILL 5 "${pids[@]}"; }
  rm -f "$d/pid" "$d/exec/containerd/containerd.pid"
  umount_under "$d"
}

engine_bin() { if [[ $1 == e20 ]]; then echo /usr/sbin/dockerd; else echo "$TRIXIE/x/usr/sbin/dockerd"; fi; }

# engine_start NAME: start dockerd and wait until /_ping answers
engine_start() {
  local n=$1 d=$DIR/$1 sock path pid end t args
  t=$(engine_title "$n")
  sock=$(sock_of "$n")
  mkdir -p "$d"
  [[ -e $d/daemon.json ]] || echo '{}' >"$d/daemon.json"
  args=(--host "unix://$sock" --config-file "$d/daemon.json" --data-root "$d/data" --exec-root "$d/exec"
    --pidfile "$d/pid" --bridge=none --iptables=false --ip-masq=false --cgroup-parent "/$CG-$n")
  path=$SYS_PATH
  if [[ $n == e26 ]]; then
    [[ -z $(ss -Hltn "sport = :${TLS_ADDR##*:}" 2>/dev/null) ]] \
      || die "$t: $TLS_ADDR is already taken by a process that is not the test bed's"
    args+=(--host "tcp://$TLS_ADDR" --tlsverify --tlscacert "$CERTS/ca.pem"
      --tlscert "$CERTS/server-cert.pem" --tlskey "$CERTS/server-key.pem")
    path=$TRIXIE/x/usr/sbin:$TRIXIE/x/usr/bin:$SYS_PATH
  fi
  [[ -f $d/log ]] && mv -f "$d/log" "$d/log.prev"
  say "$t: starting dockerd"
  setsid env -i PATH="$path" HOME="${HOME:-/root}" LANG=C.UTF-8 "$(engine_bin "$n")" "${args[@]}" \
    </dev/null >"$d/log" 2>&1 9>&- &
  pid=$!
  end=$((SECONDS + TIMEOUT))
  while ((SECONDS < end)); do
    ping_sock "$sock" && return 0
    if ! alive "$pid"; then
      tail -n 15 "$d/log" >&2
      die "$t: dockerd exited during start-up (log: $d/log)"
    fi
    sleep 0.1
  done
  tail -n 15 "$d/log" >&2
  die "$t: dockerd did not answer /_ping within ${TIMEOUT}s (log: $d/log)"
}

# api SOCK METHOD PATH [curl args...]: body on stdout; fails on HTTP >= 400
api() {
  local sock=$1 m=$2 p=$3
  shift 3
  curl -sS --fail-with-body --max-time 120 --unix-socket "$sock" -X "$m" "$@" "http://localhost$p"
}

# image_up NAME: import busybox:latest into the engine if it has none
image_up() {
  local n=$1 sock out
  sock=$(sock_of "$n")
  if api "$sock" GET /images/busybox:latest/json >/dev/null 2>&1; then return 0; fi
  say "$(engine_title "$n"): importing busybox:latest"
  out=$(api "$sock" POST '/images/create?fromSrc=-&repo=busybox&tag=latest&changes=CMD%20%5B%22sh%22%5D' \
    -H 'Content-Type: application/x-tar' --data-binary "@$DIR/busybox.tar" 2>&1) \
    || die "$(engine_title "$n"): image import failed: $out"
  [[ $out != *'"error'* ]] || die "$(engine_title "$n"): image import failed: $out"
  api "$sock" GET /images/busybox:latest/json >/dev/null || die "$(engine_title "$n"): busybox:latest missing after import"
}

# smoke NAME: run `echo ok` in a busybox container with no network, via the API
smoke() {
  local n=$1 sock id out rc t
  t=$(engine_title "$n")
  sock=$(sock_of "$n")
  out=$(api "$sock" POST /containers/create -H 'Content-Type: application/json' \
    -d '{"Image":"busybox:latest","Cmd":["echo","ok"],"Labels":{"dctb.smoke":"1"},"HostConfig":{"NetworkMode":"none"}}' 2>&1) \
    || die "$t: cannot create a container: $out"
  id=$(sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p' <<<"$out")
  [[ -n $id ]] || die "$t: cannot create a container: $out"
  rc=0
  out=$(api "$sock" POST "/containers/$id/start" 2>&1) || rc=1
  ((rc)) || out=$(api "$sock" POST "/containers/$id/wait" 2>&1) || rc=1
  ((rc)) || [[ $out == *'"StatusCode":0'* ]] || rc=1
  ((rc)) || { out=$(api "$sock" GET "/containers/$id/logs?stdout=1" 2>&1 | tr -d '\000-\011\013-\037') || rc=1; }
  ((rc)) || [[ $out == ok ]] || rc=1
  api "$sock" DELETE "/containers/$id?force=1" >/dev/null 2>&1 || true
  ((rc == 0)) || die "$t: a busybox container did not run 'echo ok': $out (log: $DIR/$n/log)"
}

# engine_up NAME: the whole engine, idempotently
engine_up() {
  local n=$1 d=$DIR/$1 sock t end
  t=$(engine_title "$n")
  sock=$(sock_of "$n")
  [[ $n == e26 ]] && fetch_trixie
  if ping_sock "$sock" && { [[ $n != e26 ]] || tls_ping; }; then
    :
  else
    if pidfile_pid "$d/pid" "$d" >/dev/null; then
      # alive but not (yet) answering: give it a moment before replacing it
      end=$((SECONDS + 10))
      while ((SECONDS < end)); do ping_sock "$sock" && break; sleep 0.2; done
    fi
    if ping_sock "$sock" && { [[ $n != e26 ]] || tls_ping; }; then :; else
      engine_scrub "$n"
      engine_start "$n"
      [[ $n != e26 ]] || tls_ping || die "$t: not answering on https://$TLS_ADDR with the client certificate"
    fi
  fi
  image_up "$n"
  smoke "$n"
}

# ---------------------------------------------------------------- busybox rootfs

busybox_tar() {
  [[ -s $DIR/busybox.tar ]] && return 0
  local r a
  rm -rf "$DIR"/rootfs.* "$DIR/busybox.tar.tmp"
  r=$(mktemp -d "$DIR/rootfs.XXXXXX")
  mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,etc,root,home,tmp,var/tmp,dev,proc,sys}
  cp /usr/bin/busybox "$r/bin/busybox"
  while read -r a; do
    if [[ -n $a && $a != busybox ]]; then ln "$r/bin/busybox" "$r/bin/$a"; fi
  done < <(/usr/bin/busybox --list)
  ln -s ../../bin/env "$r/usr/bin/env"
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' 'nobody:x:65534:65534:nobody:/home:/bin/false' >"$r/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nobody:x:65534:' >"$r/etc/group"
  chmod 1777 "$r/tmp" "$r/var/tmp"
  chmod 0700 "$r/root"
  tar --numeric-owner --owner=0 --group=0 -C "$r" -cf "$DIR/busybox.tar.tmp" .
  rm -rf "$r"
  mv "$DIR/busybox.tar.tmp" "$DIR/busybox.tar"
}

# ---------------------------------------------------------------- registry

reg_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$REG_ADDR/v2/" 2>/dev/null || true; }

registry_up() {
  local pid end code lp
  mkdir -p "$REG/data"
  [[ -s $REG/htpasswd ]] || htpasswd -Bbn "$REG_USER" "$REG_PASS" >"$REG/htpasswd"
  cat >"$REG/config.yml.tmp" <<EOF
version: 0.1
log: {level: info}
storage:
  filesystem: {rootdirectory: $REG/data}
  delete: {enabled: true}
http: {addr: $REG_ADDR, secret: dctb-registry}
auth:
  htpasswd: {realm: dctb, path: $REG/htpasswd}
EOF
  mv "$REG/config.yml.tmp" "$REG/config.yml"
  code=$(reg_code)
  if pid=$(pidfile_pid "$REG/pid" "$REG"); then
    [[ $code == 401 ]] && return 0
    end=$((SECONDS + 5))
    while ((SECONDS < end)); do [[ $(reg_code) == 401 ]] && return 0; sleep 0.2; done
    say "registry: pid $pid is not answering, restarting it"
    stop_pids TERM 10 "$pid"
  elif [[ $code != 000 ]]; then
    # something answers: adopt it if it is ours (pidfile lost), else refuse
    lp=$(ss -Hltnp "sport = :${REG_ADDR##*:}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 || true)
    lp=${lp#pid=}
    if [[ -n $lp ]] && names_dir "$lp" "$REG"; then
      echo "$lp" >"$REG/pid"
      [[ $code == 401 ]] && return 0
      stop_pids TERM 10 "$lp"
    else
      die "registry: $REG_ADDR is already served by a process that is not the test bed's"
    fi
  fi
  mapfile -t lp < <(procs_under "$REG" docker-registry)
  ((${#lp[@]} == 0)) || stop_pids TERM 10 "${lp[@]}"
  rm -f "$REG/pid"
  [[ -f $REG/log ]] && mv -f "$REG/log" "$REG/log.prev"
  say "registry: starting on $REG_ADDR"
  setsid env -i PATH="$SYS_PATH" HOME="${HOME:-/root}" docker-registry serve "$REG/config.yml" \
    </dev/null >"$REG/log" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$REG/pid"
  end=$((SECONDS + TIMEOUT))
  while ((SECONDS < end)); do
    code=$(reg_code)
    [[ $code == 401 ]] && return 0
    alive "$pid" || { tail -n 15 "$REG/log" >&2; die "registry: docker-registry exited during start-up (log: $REG/log)"; }
    sleep 0.1
  done
  tail -n 15 "$REG/log" >&2
  die "registry: http://$REG_ADDR/v2/ did not answer 401 within ${TIMEOUT}s (got $code; log: $REG/log)"
}

registry_down() {
  local pids
  mapfile -t pids < <({ pidfile_pid "$REG/pid" "$REG" || true; procs_under "$REG" docker-registry; } | sort -u)
  ((${#pids[@]} == 0)) || { say "registry: stopping ${pids[*]}"; stop_pids TERM 10 "${pids[@]}"; }
  rm -f "$REG/pid"
}

# ---------------------------------------------------------------- env file

write_env() {
  local v20 v26
  v20=$(api_version "$(sock_of e20)")
  v26=$(api_version "$(sock_of e26)")
  cat >"$DIR/env.tmp" <<EOF
DCTB_DIR=$DIR
DCTB_ENGINE20_HOST=unix://$(sock_of e20)
DCTB_ENGINE20_API_VERSION=$v20
DCTB_ENGINE26_HOST=unix://$(sock_of e26)
DCTB_ENGINE26_API_VERSION=$v26
DCTB_TLS_HOST=tcp://$TLS_ADDR
DCTB_TLS_CERT_PATH=$CERTS/client
DCTB_TLS_BAD_CERT_PATH=$CERTS/bad-client
DCTB_TLS_UNTRUSTED_CERT_PATH=$CERTS/untrusted-client
DCTB_TLS_ENGINE_HOST=unix://$(sock_of e26)
DCTB_REGISTRY=$REG_ADDR
DCTB_REGISTRY_USER=$REG_USER
DCTB_REGISTRY_PASSWORD=$REG_PASS
EOF
  mv "$DIR/env.tmp" "$DIR/env"
}

# ---------------------------------------------------------------- commands

lock() {
  mkdir -p "$DIR"
  exec 9>"$DIR/.lock"
  flock -w 900 9 || die "another testbed.sh holds $DIR/.lock"
}

cmd_up() {
  local start=$SECONDS pids=() p fail=0
  install_packages
  lock
  touch "$DIR/.dctb"
  busybox_tar
  certs_up
  engine_up e20 &
  pids+=($!)
  engine_up e26 &
  pids+=($!)
  registry_up &
  pids+=($!)
  for p in "${pids[@]}"; do wait "$p" || fail=1; done
  ((fail == 0)) || die "up failed (see above)"
  write_env
  say "up in $((SECONDS - start))s"
  echo "$DIR/env"
}

cmd_down() {
  local pids=() p fail=0 n
  [[ -d $DIR ]] || return 0
  lock
  registry_down &
  pids+=($!)
  for n in "${ENGINES[@]}"; do
    engine_scrub "$n" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || fail=1; done
  ((fail == 0)) || die "down failed (see above)"
  say "down"
}

cmd_clean() {
  [[ -e $DIR ]] || return 0
  [[ -e $DIR/.dctb || -z $(ls -A "$DIR") ]] || die "$DIR was not made by testbed.sh (no .dctb marker); not removing it"
  # everything goes anyway: kill running containers now rather than wait for their stop timeouts
  local n sock id
  for n in "${ENGINES[@]}"; do
    sock=$(sock_of "$n")
    ping_sock "$sock" || continue
    for id in $(api "$sock" GET /containers/json 2>/dev/null | grep -o '"Id":"[0-9a-f]*"' | cut -d'"' -f4); do
      api "$sock" POST "/containers/$id/kill" >/dev/null 2>&1 || true
    done
  done
  cmd_down
  umount_under "$DIR"
  rm -rf --one-file-system "$DIR"
  rmdir /sys/fs/cgroup/"$CG"-e2[06]/*/ /sys/fs/cgroup/*/"$CG"-e2[06]/*/ 2>/dev/null || true
  rmdir /sys/fs/cgroup/"$CG"-e2[06] /sys/fs/cgroup/*/"$CG"-e2[06] 2>/dev/null || true
  say "removed $DIR"
}

cmd_env() {
  [[ -s $DIR/env ]] || die "no env file at $DIR/env; run: testbed.sh up"
  cat "$DIR/env"
}

cmd_status() {
  local n sock pid v all=0
  for n in "${ENGINES[@]}"; do
    sock=$(sock_of "$n")
    pid=$(pidfile_pid "$DIR/$n/pid" "$DIR/$n" || true)
    if ping_sock "$sock"; then
      v=$(api_version "$sock")
      printf '%-9s up    pid %-7s api %-5s unix://%s\n' "$(engine_title "$n")" "${pid:-?}" "$v" "$sock"
    else
      printf '%-9s down  %s\n' "$(engine_title "$n")" "${pid:+(pid $pid alive, not answering)}"
      all=1
    fi
  done
  if [[ -s $CERTS/client/ca.pem ]] && tls_ping; then
    printf '%-9s up    tcp://%s (cert path %s)\n' tls "$TLS_ADDR" "$CERTS/client"
  else
    printf '%-9s down\n' tls
    all=1
  fi
  pid=$(pidfile_pid "$REG/pid" "$REG" || true)
  if [[ -n $pid && $(reg_code) == 401 ]]; then
    printf '%-9s up    pid %-7s http://%s (%s/%s)\n' registry "$pid" "$REG_ADDR" "$REG_USER" "$REG_PASS"
  else
    printf '%-9s down\n' registry
    all=1
  fi
  ((all == 0)) || exit 1
}

case ${1:-} in
  up | down | clean) ((EUID == 0)) || die "must run as root (it starts Docker daemons)" ;;&
  up) cmd_up ;;
  down) cmd_down ;;
  env) cmd_env ;;
  status) cmd_status ;;
  clean) cmd_clean ;;
  *)
    echo "usage: $PROG up|down|env|status|clean" >&2
    exit 2
    ;;
esac
