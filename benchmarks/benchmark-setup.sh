# SPDX-License-Identifier: EPL-2.0
# Sourced by the benchmark scripts (after they set ROOT and JAR): JAVA is $JAVA_HOME's java when set, else the one on
# the PATH; build_if_missing [FILE...] builds benchmarks/target/benchmarks.jar and the products (the Maven profile
# `benchmarks`) when JAR or any FILE given is missing.
JAVA="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    JAVA="$JAVA_HOME/bin/java"
fi

build_if_missing() {
    local file
    for file in "$JAR" "$@"; do
        if [ ! -f "$file" ]; then
            echo "# building: ./mvnw -B -Pbenchmarks -DskipTests package" >&2
            (cd "$ROOT" && ./mvnw -B -q -Pbenchmarks -DskipTests package) >&2
            return
        fi
    done
}
