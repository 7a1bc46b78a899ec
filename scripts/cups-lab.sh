# A private CUPS server for tests, sourced by scripts that print: cupsd on a Unix socket in a
# temporary folder (no network port at all), with the cups-pdf virtual printer writing PDFs
# into "$CUPS_LAB/out". Needs root (cupsd drops to the lp user; cups-pdf reads its instance
# settings from /etc/cups/cups-pdf-loket.conf) and Debian's cups, cups-pdf, cups-client.
#   start_cups             starts it; exports CUPS_SERVER (lp, lpstat and Loket use it)
#   add_pdf_printer NAME   a cups-pdf queue; add_pdf_printer NAME default makes it the default
#   stop_cups              ends it (also on exit)

start_cups() {
    for tool in cupsd lpadmin lp lpstat cupsdisable; do
        command -v "$tool" >/dev/null || PATH=$PATH:/usr/sbin
        command -v "$tool" >/dev/null || { echo "cups-lab: $tool is missing (./scripts/install-deps.sh --with-tests)" >&2; return 1; }
    done
    [ -x /usr/lib/cups/backend/cups-pdf ] || { echo "cups-lab: the cups-pdf backend is missing (apt install cups-pdf)" >&2; return 1; }
    [ "$(id -u)" = 0 ] || { echo "cups-lab: needs root (cupsd, and cups-pdf's settings in /etc/cups)" >&2; return 1; }
    CUPS_LAB=$(mktemp -d)
    chmod 755 "$CUPS_LAB"
    mkdir -p "$CUPS_LAB"/{spool/tmp,cache,state,log,out}
    chmod 777 "$CUPS_LAB/out"
    cat >"$CUPS_LAB/cups-files.conf" <<CONF
ServerRoot $CUPS_LAB
RequestRoot $CUPS_LAB/spool
TempDir $CUPS_LAB/spool/tmp
CacheDir $CUPS_LAB/cache
StateDir $CUPS_LAB/state
AccessLog $CUPS_LAB/log/access_log
ErrorLog $CUPS_LAB/log/error_log
PageLog $CUPS_LAB/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
FileDevice No
CONF
    cat >"$CUPS_LAB/cupsd.conf" <<CONF
Listen $CUPS_LAB/cups.sock
LogLevel info
WebInterface No
Browsing Off
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
CONF
    cat >/etc/cups/cups-pdf-loket.conf <<CONF
Out $CUPS_LAB/out
AnonDirName $CUPS_LAB/out
Label 0
UserUMask 0000
CONF
    cupsd -f -c "$CUPS_LAB/cupsd.conf" -s "$CUPS_LAB/cups-files.conf" &
    CUPS_PID=$!
    export CUPS_SERVER=$CUPS_LAB/cups.sock
    for _ in $(seq 50); do
        lpstat -r >/dev/null 2>&1 && break
        sleep 0.1
    done
    lpstat -r >/dev/null 2>&1 || { echo "cups-lab: cupsd did not start" >&2; cat "$CUPS_LAB/log/error_log" >&2; return 1; }
    trap stop_cups EXIT
}

add_pdf_printer() {
    lpadmin -p "$1" -v cups-pdf:/loket -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
    # cups-filters' default PDF-to-PostScript step turns embedded CID fonts into Type 3
    # glyphs without text; pdftocairo keeps them as TrueType, so the printed PDF's words can
    # be read back with pdftotext (paper does not care either way).
    lpadmin -p "$1" -o pdftops-renderer-default=pdftocairo
    [ "${2:-}" = default ] && lpadmin -d "$1"
    return 0
}

stop_cups() {
    [ -n "${CUPS_PID:-}" ] && kill "$CUPS_PID" 2>/dev/null && wait "$CUPS_PID" 2>/dev/null
    CUPS_PID=""
    rm -f /etc/cups/cups-pdf-loket.conf
    [ -n "${CUPS_LAB:-}" ] && rm -rf "$CUPS_LAB"
    return 0
}
