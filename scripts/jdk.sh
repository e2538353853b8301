# Sourced by ./radar and scripts/test: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME if it is new enough,
# else the newest under /usr/lib/jvm); the machine's default java may be older.
java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local v; v=$(java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "radar: no JDK 21 or newer found (set JAVA_HOME or install one under /usr/lib/jvm)" >&2
    return 1
  fi
  echo "$best"
}

JAVA_HOME="$(find_jdk)" || exit 1
export JAVA_HOME
# Maven's own libraries warn about sun.misc.Unsafe on new JDKs; the warning is harmless.
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
