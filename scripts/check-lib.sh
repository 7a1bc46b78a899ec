# Shared by the smoke scripts: `check NAME CONDITION...` runs CONDITION and prints
# "PREFIX: ok      NAME" or "PREFIX: FAILED  NAME", counting both. Source it after setting
# CHECK_PREFIX; `$passed` and `$failed` hold the tally.
passed=0
failed=0
check() { # check NAME CONDITION...
    local name=$1
    shift
    if "$@"; then
        echo "$CHECK_PREFIX: ok      $name"
        passed=$((passed + 1))
    else
        echo "$CHECK_PREFIX: FAILED  $name"
        failed=$((failed + 1))
    fi
}
