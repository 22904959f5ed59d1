#!/bin/sh
# A stand-in for the user's Python in tst_profiledialog: ignores its
# arguments (the profile script) and answers as $SKOPOS_STUB_MODE says:
#   good     the marker line with the profile in $SKOPOS_STUB_PROFILE
#   badjson  the marker line with text that is not JSON
#   noskops  the error the real script prints when skops does not import
#   sleep    nothing for 60 s (past the test's timeout)
case "$SKOPOS_STUB_MODE" in
good)
    echo 'a library prints on stdout too'
    printf 'SKOPOS-PROFILE '
    cat "$SKOPOS_STUB_PROFILE"
    echo ;;
badjson)
    echo 'SKOPOS-PROFILE {"source": oops' ;;
noskops)
    echo 'SKOPOS-PROFILE {"error": "no-skops", "message": "skops is not importable: No module named skops"}'
    exit 3 ;;
sleep)
    exec sleep 60 ;;
*)
    echo "unknown SKOPOS_STUB_MODE" >&2
    exit 9 ;;
esac
