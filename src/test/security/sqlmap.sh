#!/usr/bin/env bash
# sqlmap (Debian's package) against a running Gefyra: the sign-in forms (staff, card, kiosk PIN),
# the educator's learner finder, the report filters, the audit log's filter, a learner's record,
# the public help page and the API's parameters (modules ?lang=, xAPI since/until/limit/page).
# Signed-in pages are tried with a session of the right person; Faces forms of a signed-in page
# get a fresh view state before every request (sqlmap's --csrf-token). Every request of an
# injection carries a made-up X-Forwarded-For (sqlmap's xforwardedfor tamper), so that the
# sign-in limits, counted per address, do not hide what an answer would show: start the server
# trusting this machine as its proxy, with the demo network, and its own data folder:
#
#   GEFYRA_DATA_DIR=$PWD/target/sqlmap-data GEFYRA_TRUSTED_PROXIES='127[.]0[.]0[.]1' \
#     GEFYRA_ADMIN_PASSWORD=sqlmap-admin-password mvn -q package -DskipTests liberty:create liberty:deploy liberty:start
#   src/test/security/sqlmap.sh http://localhost:9080 sqlmap-admin-password
#   mvn liberty:stop
#
# It writes sqlmap's output and every request it sent under target/sqlmap/, prints one line per
# target (requests sent, injectable or not) and the totals, and exits 1 if sqlmap found anything.
# SQLMAP_LEVEL and SQLMAP_RISK (default 3 and 2) choose how hard it tries; SQLMAP_TARGETS (names
# as printed, separated by spaces) runs only those.
set -euo pipefail

BASE="${1:-http://localhost:9080}"
ADMIN_PASSWORD="${2:-${GEFYRA_ADMIN_PASSWORD:-}}"
DEMO_PASSWORD="gefyra-demo"
LEVEL="${SQLMAP_LEVEL:-3}"
RISK="${SQLMAP_RISK:-2}"
OUT="${SQLMAP_OUT:-target/sqlmap}"
ONLY="${SQLMAP_TARGETS:-}"
command -v sqlmap >/dev/null || { echo "sqlmap is missing: sudo apt-get install sqlmap" >&2; exit 2; }
[ -n "$ADMIN_PASSWORD" ] || { echo "usage: $0 BASE_URL ADMIN_PASSWORD" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "no Gefyra at $BASE" >&2; exit 2; }
rm -rf "$OUT" && mkdir -p "$OUT/jars"

# --- signing in as people do, through the pages: a cookie jar per person -------------------------

# The value of the view state and the action of a form of a page (given as HTML on stdin).
form_action() { grep -o "<form id=\"$1\"[^>]*action=\"[^\"]*\"" | head -1 | sed 's/.*action="\([^"]*\)".*/\1/; s/&amp;/\&/g'; }
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# Submits a form of a page with the given fields (already URL-encoded, "a=1&b=2"), as a person with this jar.
submit() {
  local jar="$1" page="$2" form="$3" button="$4" fields="$5" html action state
  html=$(curl -sS -b "$jar" -c "$jar" "$BASE$page")
  action=$(form_action "$form" <<<"$html")
  state=$(view_state <<<"$html")
  curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" -X POST \
    --data "$form=$form&$fields&$(urlencode "$form:$button")=$button&jakarta.faces.ViewState=$(urlencode "$state")" "$BASE$action"
}

staff() { # user password [jar name]
  local jar="$OUT/jars/${3:-$1}"
  [ "$(submit "$jar" /sign-in.xhtml signIn submit "signIn%3Ausername=$1&signIn%3Apassword=$(urlencode "$2")")" = 302 ] \
    || { echo "$1 could not sign in" >&2; exit 2; }
  echo "$jar"
}

card() { # card code
  local jar="$OUT/jars/$1"
  [ "$(submit "$jar" /kiosk/card.xhtml card submit "card%3Acode=$1")" = 302 ] || { echo "card $1 did not sign in" >&2; exit 2; }
  echo "$jar"
}

cookie() { awk '$6 == "JSESSIONID" || $6 ~ /^gefyra-/ { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"; }

ELENI=$(staff eleni "$DEMO_PASSWORD")
DIMITRA=$(staff dimitra "$DEMO_PASSWORD")
ADMIN=$(staff admin "$ADMIN_PASSWORD")

# A kiosk of the Central Library: eleni makes this device one, and signs out; the kiosk cookie stays.
KIOSK=$(staff eleni "$DEMO_PASSWORD" kiosk)
SITE=$(curl -sS -b "$KIOSK" "$BASE/educator/index.xhtml" | grep -o '<option value="[0-9]*"[^>]*>Central Library' | head -1 | sed 's/.*value="\([0-9]*\)".*/\1/')
submit "$KIOSK" /educator/index.xhtml kiosk make "kiosk%3Asite=$SITE&kiosk%3Alabel=sqlmap" >/dev/null
curl -sS -o /dev/null -b "$KIOSK" -c "$KIOSK" -X POST "$BASE/sign-out"
LEARNER=$(curl -sS -b "$KIOSK" "$BASE/kiosk/names.xhtml" | grep -o 'pin\.xhtml?learner=[0-9]*' | head -1 | sed 's/.*=//')
[ -n "$LEARNER" ] || { echo "the kiosk shows no names" >&2; exit 2; }
MARIA_ID=$(curl -sS -b "$ADMIN" "$BASE/educator/learners/index.xhtml" | tr -d '\n' \
  | grep -o 'edit\.xhtml?id=[0-9]*"[^>]*>[^<]*<img[^>]*>[^<]*<span class="learner-name">Maria<' | head -1 | sed 's/.*id=\([0-9]*\)".*/\1/')
[ -n "$MARIA_ID" ] || { echo "Maria is not on the learners' list" >&2; exit 2; }

# --- the targets ---------------------------------------------------------------------------------

COMMON=(--batch --flush-session --disable-coloring --level="$LEVEL" --risk="$RISK" --tamper=xforwardedfor
        --answers="follow=N" --timeout=30 --retries=1 --threads=1)
SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"

# name, then sqlmap's own arguments for it
target() {
  local name="$1"; shift
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $name "* ]]; then return 0; fi
  echo "== $name"
  sqlmap "${COMMON[@]}" --output-dir="$OUT/$name" -t "$OUT/$name.traffic" "$@" >"$OUT/$name.log" 2>&1 || true
  local sent found
  sent=$(grep -c '^HTTP request \[#' "$OUT/$name.traffic" 2>/dev/null || true)
  if grep -q 'sqlmap identified the following injection point' "$OUT/$name.log"; then found=INJECTABLE; else found=none; fi
  printf '%-28s %6s requests  %s\n' "$name" "${sent:-0}" "$found" | tee -a "$SUMMARY"
  grep -E "all tested parameters do not appear to be injectable|is vulnerable|appears to be injectable|CRITICAL" "$OUT/$name.log" \
    | sed 's/^/    /' | sort -u | head -5 || true
}

faces() { # name, page, form, button, fields (encoded), parameters to try (comma-separated), jar
  local name="$1" page="$2" form="$3" button="$4" fields="$5" params="$6" jar="${7:-}" html action state
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $name "* ]]; then return 0; fi
  html=$(curl -sS ${jar:+-b "$jar"} "$BASE$page")
  grep -q "<form id=\"$form\"" <<<"$html" || { echo "$page shows no form $form" >&2; exit 2; }
  action=$(form_action "$form" <<<"$html")
  state=$(view_state <<<"$html")
  local data="$form=$form&$fields&$(urlencode "$form:$button")=$button&jakarta.faces.ViewState=$(urlencode "$state")"
  if [ "$state" = stateless ]; then
    target "$name" -u "$BASE$action" --data="$data" -p "$params" ${jar:+--cookie="$(cookie "$jar")"}
  else
    target "$name" -u "$BASE$action" --data="$data" -p "$params" --cookie="$(cookie "$jar")" \
      --csrf-token=jakarta.faces.ViewState --csrf-url="$BASE$page"
  fi
}

faces staff-sign-in /sign-in.xhtml signIn submit "signIn%3Ausername=eleni&signIn%3Apassword=wrong" \
  "signIn:username,signIn:password"
faces card-sign-in /kiosk/card.xhtml card submit "card%3Acode=DEM2-XXXX" "card:code"
faces kiosk-pin-sign-in "/kiosk/pin.xhtml?learner=$LEARNER" pin submit "learner=$LEARNER&pin%3Acode=0000" \
  "learner,pin:code" "$KIOSK"
faces learner-finder /educator/learners/index.xhtml search find "search%3Atext=Maria" "search:text" "$ELENI"
# a learner's session ends after a few idle minutes: Maria signs in right before her target
faces join-code /learn/join.xhtml join submit "join%3Acode=ABCDEF" "join:code" "$(card DEM2-MARA)"
target report-filters -u "$BASE/reports/table.xhtml?by=SITE&from=2025-01-01&to=2025-12-31&organisation=1&site=1&module=pay-utility-bill&group=MIGRANT" \
  -p "by,from,to,organisation,site,module,group" --cookie="$(cookie "$DIMITRA")"
target report-export -u "$BASE/reports/export?kind=TABLE&by=MODULE&format=csv&from=2025-01-01&organisation=1" \
  -p "kind,by,format,from,organisation" --cookie="$(cookie "$DIMITRA")"
target audit-filter -u "$BASE/admin/audit.xhtml?learner=1&staff=eleni&page=0" -p "learner,staff,page" --cookie="$(cookie "$ADMIN")"
target learner-record -u "$BASE/educator/learners/record?id=$MARIA_ID&format=json" -p "id,format" --cookie="$(cookie "$ELENI")"
target learner-page -u "$BASE/educator/learners/edit.xhtml?id=$MARIA_ID" -p "id" --cookie="$(cookie "$ELENI")"
target help-page -u "$BASE/help?town=Thessaloniki&spoken=el" -p "town,spoken"
target api-modules -u "$BASE/api/modules?lang=en" -p "lang"
target api-xapi -u "$BASE/api/xapi/statements?since=2025-01-01T00:00:00Z&until=2030-01-01T00:00:00Z&limit=10&page=1" \
  -p "since,until,limit,page" --headers="X-Experience-API-Version: 1.0.3" --auth-type=Basic --auth-cred="dimitra:$DEMO_PASSWORD"

echo
awk '{ sent += $2; if ($4 != "none") found++ } END { printf "sqlmap: %d targets, %d requests, %d injectable\n", NR, sent, found }' "$SUMMARY" \
  | tee -a "$SUMMARY"
! grep -q INJECTABLE "$SUMMARY"
