### Loket's own words in English: the reference every other language is checked against.
### A comment above a message says where it appears; { $name } is filled in by Loket.

## About this language

# The language's name in itself, on the language button and in the chooser.
language-name = English
# "reviewed" for a translation a native speaker has checked, "draft" otherwise: a new
# translation starts as "draft", and Loket marks it so in the language chooser.
language-review = reviewed

## The banner and the tiles: whether the sessions are open

# Tile and banner, sessions are running with no closing time known.
open-now = Open now
# Tile: sessions about to end.
closing-soon = Closing soon
# Tile: outside the opening hours.
closed = Closed
# Tile and banner: closed the whole day, followed by the reason.
closed-today = Closed today
# Tile and banner: the programme's first day is still to come.
not-started = Not started yet
# Tile: the programme is over.
programme-over = Programme ended
# Why the sessions are closed, at the start of the banner and tiles.
# $reason: before (programme not begun), hours (outside hours), ended (programme over),
# day (a holiday or closure named by $detail).
closed-why = { $reason ->
        [before] Not started yet
        [hours] Closed
        [ended] Programme ended
       *[day] Closed today: { $detail }
    }
# Banner while open: $time is the closing time ("19:00"), $left how long until then ("1 h 12 min").
banner-open = Open now · closes { $time } (in { $left })
# Banner in the last minutes before closing.
banner-closing-soon = Closing soon · closes { $time } (in { $left }) · join now
# Banner after the last day. $date: "Sat 13 Dec 2025".
banner-ended = This programme ended on { $date }
# Banner while closed. $next: opens (at $when, in $left), ends (no more sessions, the
# programme ends on $date) or none (nothing in the coming months).
banner-closed = { closed-why } · { $next ->
        [opens] opens { $when } (in { $left })
        [ends] no more sessions in this programme; it ends { $date }
       *[none] no sessions in the coming months
    }
# Tile while open: $time is the closing time.
chip-open = Open until { $time }
# Tile in the last minutes before closing.
chip-closing-soon = Closing soon · until { $time }
# Tile while closed, with the next opening ($when: "Mon 16:00").
chip-closed-opens = { closed-why } · opens { $when }
# "opens Mon 16:00", on its own.
opens = opens { $when }
# "closes 19:00", on its own.
closes = closes { $time }
# The banner's clock: "Tue 9 Dec, 17:32".
day-and-time = { short-date }, { $time }
# `loket status`'s clock: "Tue 9 Dec 2025, 17:32".
long-day-and-time = { long-date }, { $time }

## Times, days and dates on the screen

# A span of time, short: "1 h 28 min", "45 min", "2 days". $days, $hours and $minutes are
# whole numbers; $hours and $minutes are only used when $days is 0.
duration = { $days ->
        [0] { $hours ->
            [0] { $minutes } min
           *[other] { $minutes ->
                [0] { $hours } h
               *[other] { $hours } h { $minutes } min
            }
        }
        [one] { $days } day
       *[other] { $days } days
    }
# A span of less than one minute.
under-a-minute = under a minute
# When something happens next. $day-kind: today, tomorrow, week (within six days),
# date (within half a year), far (with the year). $time: "16:00".
when = { $day-kind ->
        [today] { $time }
        [tomorrow] tomorrow { $time }
        [week] { weekday-short } { $time }
        [date] { short-date } { $time }
       *[far] { long-date } { $time }
    }
# A day's short name. $weekday: mon, tue, wed, thu, fri, sat, sun.
weekday-short = { $weekday ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
# A month's short name. $month: 1 to 12.
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# "Tue 9 Dec". $day: the day of the month.
short-date = { weekday-short } { $day } { month-short }
# "Sat 13 Dec 2025".
long-date = { short-date } { $year }

## The home screen

choose-category = Choose what your question is about
# The keys a keyboard user can press. $range: "1–7".
keys-hint = Keys: { $range } choose · Enter joins · C copies · Esc back

## The details screen

meeting-id = Meeting ID
passcode = Passcode
host = Host
# After a host's name: the host Loket suggests. $host: "Host 2".
host-suggested = { $host } · suggested
open-in-zoom = Open in Zoom
open-in-browser = Open in browser
copy-id = Copy meeting ID
copy-passcode = Copy passcode
copy-both = Copy both
copied = Copied
# After copying: $what is what was copied ("Meeting ID: 956 6483 4215").
copied-what = Copied · { $what }
back = Back
scan-to-join = Scan with your phone's camera to join
then-passcode = Then type the passcode
have-ready = Have ready
help = Help with joining
# The help line's telephone number.
phone-line = Phone: { $phone }
hosts-offline = The hosts are offline now.
# On the details screen while closed: $when is "tomorrow 16:00".
hosts-offline-return = The hosts are offline now. They return { $when }.
# The same, standing alone.
hosts-return = The hosts return { $when }.
ended-next-step = Ask at the counter about the next sessions.
# What "Copy both" puts on the clipboard.
id-and-passcode = Meeting ID: { $id } · Passcode: { $passcode }
zoom-failed = Zoom could not be opened here. Use “Open in browser” or the QR code.
zoom-failed-kiosk = Zoom cannot start on this screen. Scan the code with your phone to join, or ask a staff member for help.
browser-failed = No web browser could be opened on this computer.
email-failed = No e-mail program could be opened on this computer.
opening-zoom = Opening Zoom…

## Joining by phone (the details screen, when the schedule gives dial-in numbers)

# The heading of the part for joining by telephone (a landline too).
join-by-phone = Join by phone
# A dial-in number. $number: "+27 87 551 7702".
phone-call = Call { $number }
# A dial-in number and where it is ($place: "Johannesburg").
phone-call-at = Call { $number } ({ $place })
# What to type after the call is answered. $id: the meeting ID.
phone-then-id = Then type the meeting ID and #: { $id }
# $passcode: Zoom's numeric phone passcode, which differs from the meeting's passcode
# shown above it (residents must not mix them up).
phone-then-passcode = Then the phone passcode (not the Zoom passcode) and #: { $passcode }
# What a mobile phone dials in one go. $dial: "+27875517702,,93826227846#,,,,*123456#".
phone-one-tap = On a mobile phone, in one go: { $dial }
# Read aloud: joining by phone, every number digit by digit. $number, $id and $passcode are
# already spelled for the ear.
spoken-phone = To join by phone, call { $number }. Then type the meeting ID, { $id }, and the hash key. Then the phone passcode, { $passcode }, and the hash key.
spoken-phone-no-passcode = To join by phone, call { $number }. Then type the meeting ID, { $id }, and the hash key.

## The printed slip (the Print button, `loket print`)

print = Print
# While the slip goes to the printer.
printing = Printing…
# After printing. $printer: the printer's name.
printed-on = Sent to the printer { $printer }
# Printing failed; $error says why (from the printing system, in English).
print-failed = Could not print: { $error }
# At a kiosk, after the resident's last allowed slip.
print-limit = That is all the slips for now. Ask a staff member if you need another.
# A heading on the slip.
slip-sessions = Sessions in the coming week
# A day on the slip with its opening hours. $hours: "16:00–19:00".
slip-day = { short-date }: { $hours }
slip-no-sessions = No sessions in the coming week.
# The slip's foot. $when: "Tue 9 Dec 2025, 17:32".
slip-printed = Printed { $when }

## Sending the details to a resident's phone (counter only)

# The button on the details screen.
send-to-phone = Send to phone
# The box's heading and the field for the number.
send-heading = Send these details to the resident's phone
cell-number = Cell number (e.g. 082 123 4567)
send-whatsapp = Send by WhatsApp
send-email = Send by e-mail
# Under the field while the number is not yet right.
cell-not-digit = Only digits, spaces and a leading + please
cell-not-sa = A South African number starts with 0 or +27
# $count: how many digits were typed.
cell-length = A cell number has 10 digits; this has { $count }
cell-not-cell = That is a landline: a cell number starts with 06, 07 or 08
# Once the message is handed to WhatsApp or the e-mail program.
sent-whatsapp = WhatsApp is opening with the message
sent-email = The e-mail program is opening with the message
whatsapp-failed = WhatsApp could not be opened on this computer.
# The message's subject. $category: the category's name.
send-subject = { $category }: joining the City's virtual help session
# A line of the message. $link: the join link.
send-join-link = Join on a smartphone or computer: { $link }

## Counts (staff only)

# Under the page at a counter. $count: joins, slips and messages today at this site.
counts-today = Today: { $count ->
        [one] { $count } resident helped
       *[other] { $count } residents helped
    }
# When the counts file cannot be written. $error: why, from the system (in English).
counts-failing = Counts are not being saved: { $error }

## Reading aloud (buttons and messages on the screen)

read-aloud = Read aloud
reading-aloud = Reading aloud…
stop-reading = Stop reading
speech-missing = Reading aloud needs the espeak-ng program, which is not on this computer.
# Shown when no voice speaks the screen's language: nothing is read with another language's rules.
speech-no-voice = There is no voice for English on this computer, so it cannot be read aloud.

## Settings, at the foot of the screen

theme = Theme
theme-light = Light
theme-dark = Dark
theme-contrast = High contrast
text-size = Text size
language = Language
# Under a language's name in the chooser, when its translation is a draft.
draft-translation = draft translation, not yet checked
# The chooser's heading.
choose-language = Choose a language

## Staff notices (hidden at a kiosk)

show-problems = Show problems
hide-problems = Hide problems
more = More
less = Less
# What is wrong with the schedule file. $state: problems ($count of them), unreadable,
# unverified (a fleet copy failed its signature), nofile.
file-problem = { $state ->
        [problems] { $file } has { $count ->
            [one] { $count } problem
           *[other] { $count } problems
        }
        [unreadable] { $file } cannot be read or is missing
        [unverified] The fleet's verified copy failed its signature check on this machine (changed here, or signed with a key no longer trusted)
       *[nofile] No schedule file was found
    }
# Which schedule is shown instead. $using: loaded (at $time), copy, built-in.
file-in-use = { $using ->
        [loaded] still using the version loaded at { $time }
        [copy] using the last good copy of it
       *[built-in] using the built-in schedule
    }
file-notice = { file-problem }; { file-in-use }
# The same, when there is no file at all: $folder is where to save one.
file-notice-save = { file-problem }; { file-in-use }. To change it, save a schedule.ron in { $folder }
# A translation file with problems. $file: "zu.ftl".
locale-problems = { $file } has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }; missing words are shown in English
# The shared (fleet) schedule. $serial and $ago may be "none".
fleet-in-use = { $serial ->
        [none] { $ago ->
            [none] Schedule from { $host } · not checked yet
           *[other] Schedule from { $host } · checked { $ago } ago
        }
       *[other] { $ago ->
            [none] Schedule from { $host } · serial { $serial } · not checked yet
           *[other] Schedule from { $host } · serial { $serial } · checked { $ago } ago
        }
    }
fleet-not-yet = Schedule from { $host }: nothing received yet; using this machine's own schedule
fleet-stale-unchecked = The schedule may be out of date: no successful check with { $host } for { $for }
fleet-stale-expired = The schedule may be out of date: it was valid until { $until }
fleet-broken = The fleet settings cannot be used: { $error }

## Kiosk mode

more-time = I need more time
leave-kiosk = Leave kiosk mode
kiosk-exit-pin = Enter the PIN to leave kiosk mode
wrong-pin = Wrong PIN
cancel = Cancel
idle-warning = Are you still there? The screen starts over in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
wrong-pin-wait = Wrong PIN. Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.

## Public holidays (South Africa)

# $holiday names the day.
holiday = { $holiday ->
        [new-years-day] New Year's Day
        [human-rights-day] Human Rights Day
        [good-friday] Good Friday
        [family-day] Family Day
        [freedom-day] Freedom Day
        [workers-day] Workers' Day
        [youth-day] Youth Day
        [national-womens-day] National Women's Day
        [heritage-day] Heritage Day
        [day-of-reconciliation] Day of Reconciliation
        [christmas-day] Christmas Day
        [day-of-goodwill] Day of Goodwill
        [general-election] General election day
        [local-election] Local government election day
        [millennium] Millennium holiday
       *[special] Special public holiday
    }
# A holiday that fell on a Sunday, kept on the Monday. $name: the holiday.
holiday-observed = { $name } (observed)

## What Read aloud says (written for the ear, never shown)

# A clock time said aloud. $hour: 0–23, $hour12: 1–12, $minute: 0–59, $half: am or pm,
# $part: morning, afternoon or evening, $minute-digits: one (0–9) or two (10–59).
spoken-time = { $minute ->
        [0] { $hour ->
            [0] midnight
            [12] twelve noon
           *[other] { spoken-hour } { $half ->
                [am] a m
               *[pm] p m
            }
        }
       *[other] { $minute-digits ->
            [one] { spoken-hour } oh { $minute } { $half ->
                [am] a m
               *[pm] p m
            }
           *[two] { spoken-hour } { $minute } { $half ->
                [am] a m
               *[pm] p m
            }
        }
    }
# The hour as a word. $hour12: 1–12.
spoken-hour = { $hour12 ->
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
        [11] eleven
       *[12] twelve
    }
# A span said aloud, units in full: "1 hour 28 minutes", "2 days".
spoken-duration = { $days ->
        [0] { $hours ->
            [0] { spoken-minutes }
           *[other] { $minutes ->
                [0] { spoken-hours }
               *[other] { spoken-hours } { spoken-minutes }
            }
        }
        [one] { $days } day
       *[other] { $days } days
    }
spoken-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
spoken-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
spoken-under-a-minute = less than a minute
# A date said aloud: "Saturday 13 December 2025".
spoken-date = { weekday-long } { $day } { month-long } { $year }
# A day's full name. $weekday: mon … sun.
weekday-long = { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
# A month's full name. $month: 1 to 12.
month-long = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
# When, said aloud. $day-kind: today, tomorrow, week, or date.
spoken-when = { $day-kind ->
        [today] today at { spoken-time }
        [tomorrow] tomorrow at { spoken-time }
        [week] { weekday-long } at { spoken-time }
       *[date] { spoken-date } at { spoken-time }
    }
spoken-open-now = Open now.
# $time: the closing time said aloud; $left: how long until then.
spoken-open = Open now. It closes at { $time }, in { $left }.
spoken-closing-soon = Closing soon. It closes at { $time }, in { $left }. Join now.
spoken-ended = This programme ended on { $date }.
spoken-closed-why = { $reason ->
        [before] Not started yet.
        [hours] Closed.
       *[day] Closed today: { $detail }.
    }
spoken-closed = { spoken-closed-why } { $next ->
        [opens] It opens { $when }, in { $left }.
        [ends] There are no more sessions; the programme ends { $date }.
       *[none] There are no sessions in the coming months.
    }
# A category on the home screen, read with its key: "1, General enquiries."
spoken-category = { $number }, { $name }.
# The details screen: $status is already a sentence; $id is read in digit groups and
# $passcode one character at a time.
spoken-details = { $category }. { $status } Meeting ID: { $id }. Passcode: { $passcode }.
# A capital letter in a passcode.
spoken-capital = capital { $letter }
# A sign in a passcode or a phone number. $sign: plus, space, dash, underscore, dot, at,
# hash, exclamation, star.
spoken-sign = { $sign ->
        [plus] plus
        [space] space
        [dash] dash
        [underscore] underscore
        [dot] dot
        [at] at sign
        [hash] hash
        [exclamation] exclamation mark
       *[star] star
    }
