### Loket se eie woorde in Afrikaans.

## About this language

language-name = Afrikaans
language-review = reviewed

## The banner and the tiles

open-now = Nou oop
closing-soon = Maak binnekort toe
closed = Gesluit
closed-today = Vandag gesluit
not-started = Nog nie begin nie
programme-over = Program het geëindig
closed-why = { $reason ->
        [before] Nog nie begin nie
        [hours] Gesluit
        [ended] Program het geëindig
       *[day] Vandag gesluit: { $detail }
    }
# Afrikaans keeps "sluit" for joining ("sluit nou aan"); closing is "maak toe".
banner-open = Nou oop · maak om { $time } toe (oor { $left })
banner-closing-soon = Maak binnekort toe · maak om { $time } toe (oor { $left }) · sluit nou aan
banner-ended = Hierdie program het op { $date } geëindig
banner-closed = { closed-why } · { $next ->
        [opens] gaan { $when } oop (oor { $left })
        [ends] geen verdere sessies in hierdie program nie; dit eindig op { $date }
       *[none] geen sessies in die komende maande nie
    }
chip-open = Oop tot { $time }
chip-closing-soon = Maak binnekort toe · tot { $time }
chip-closed-opens = { closed-why } · gaan { $when } oop
opens = gaan { $when } oop
closes = maak om { $time } toe
day-and-time = { short-date }, { $time }
long-day-and-time = { long-date }, { $time }

## Times, days and dates on the screen

duration = { $days ->
        [0] { $hours ->
            [0] { $minutes } min
           *[other] { $minutes ->
                [0] { $hours } u
               *[other] { $hours } u { $minutes } min
            }
        }
        [one] { $days } dag
       *[other] { $days } dae
    }
under-a-minute = minder as 'n minuut
# Afrikaans puts "om" between a day and a time: "môre om 16:00".
when = { $day-kind ->
        [today] { $time }
        [tomorrow] môre om { $time }
        [week] { weekday-short } om { $time }
        [date] { short-date } om { $time }
       *[far] { long-date } om { $time }
    }
weekday-short = { $weekday ->
        [mon] Ma
        [tue] Di
        [wed] Wo
        [thu] Do
        [fri] Vr
        [sat] Sa
       *[sun] So
    }
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mrt
        [4] Apr
        [5] Mei
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Okt
        [11] Nov
       *[12] Des
    }
short-date = { weekday-short } { $day } { month-short }
long-date = { short-date } { $year }

## The home screen

choose-category = Kies waaroor jou vraag gaan
keys-hint = Sneltoetse: { $range } kies · Enter sluit aan · C kopieer · Esc terug

## The details screen

meeting-id = Vergadering-ID
passcode = Wagwoord
host = Gasheer
host-suggested = { $host } · voorgestel
open-in-zoom = Maak oop in Zoom
open-in-browser = Maak oop in blaaier
copy-id = Kopieer vergadering-ID
copy-passcode = Kopieer wagwoord
copy-both = Kopieer albei
copied = Gekopieer
copied-what = Gekopieer · { $what }
back = Terug
scan-to-join = Skandeer met jou foon se kamera om aan te sluit
then-passcode = Tik dan die wagwoord in
have-ready = Hou gereed
help = Hulp om aan te sluit
phone-line = Telefoon: { $phone }
hosts-offline = Die gashere is nou nie aanlyn nie.
hosts-offline-return = Die gashere is nou nie aanlyn nie. Hulle is { $when } terug.
hosts-return = Die gashere is { $when } terug.
ended-next-step = Vra by die toonbank oor die volgende sessies.
id-and-passcode = Vergadering-ID: { $id } · Wagwoord: { $passcode }
zoom-failed = Zoom kon nie hier oopgemaak word nie. Gebruik “Maak oop in blaaier” of die QR-kode.
zoom-failed-kiosk = Zoom kan nie op hierdie skerm begin nie. Skandeer die kode met jou foon om aan te sluit, of vra 'n personeellid om hulp.
browser-failed = Geen webblaaier kon op hierdie rekenaar oopgemaak word nie.
email-failed = Geen e-posprogram kon op hierdie rekenaar oopgemaak word nie.
opening-zoom = Zoom word oopgemaak…

## Joining by phone

join-by-phone = Sluit aan per telefoon
phone-call = Bel { $number }
phone-call-at = Bel { $number } ({ $place })
phone-then-id = Tik dan die vergadering-ID en #: { $id }
phone-then-passcode = Dan die telefoonwagwoord (nie die Zoom-wagwoord nie) en #: { $passcode }
phone-one-tap = Op 'n selfoon, in een slag: { $dial }
spoken-phone = Om per telefoon aan te sluit, bel { $number }. Tik dan die vergadering-ID, { $id }, en die hutsknoppie. Dan die telefoonwagwoord, { $passcode }, en die hutsknoppie.
spoken-phone-no-passcode = Om per telefoon aan te sluit, bel { $number }. Tik dan die vergadering-ID, { $id }, en die hutsknoppie.

## The printed slip

print = Druk
printing = Druk tans…
printed-on = Na die drukker { $printer } gestuur
print-failed = Kon nie druk nie: { $error }
print-limit = Dit is al die strokies vir nou. Vra 'n personeellid as jy nog een nodig het.
slip-sessions = Sessies in die komende week
slip-day = { short-date }: { $hours }
slip-no-sessions = Geen sessies in die komende week nie.
slip-printed = Gedruk { $when }

## Sending the details to a resident's phone

send-to-phone = Stuur na foon
send-heading = Stuur hierdie besonderhede na die inwoner se foon
cell-number = Selnommer (bv. 082 123 4567)
send-whatsapp = Stuur per WhatsApp
send-email = Stuur per e-pos
cell-not-digit = Slegs syfers, spasies en 'n + voor, asseblief
cell-not-sa = 'n Suid-Afrikaanse nommer begin met 0 of +27
cell-length = 'n Selnommer het 10 syfers; hierdie een het { $count }
cell-not-cell = Dis 'n landlyn: 'n selnommer begin met 06, 07 of 08
sent-whatsapp = WhatsApp word met die boodskap oopgemaak
sent-email = Die e-posprogram word met die boodskap oopgemaak
whatsapp-failed = WhatsApp kon nie op hierdie rekenaar oopgemaak word nie.
send-subject = { $category }: aansluit by die Stad se virtuele hulpsessie
send-join-link = Sluit aan op 'n slimfoon of rekenaar: { $link }

## Counts

counts-today = Vandag: { $count ->
        [one] { $count } inwoner gehelp
       *[other] { $count } inwoners gehelp
    }
counts-failing = Tellings word nie gestoor nie: { $error }

## Reading aloud

read-aloud = Lees hardop
reading-aloud = Lees hardop…
stop-reading = Hou op lees
speech-missing = Hardop lees het die espeak-ng-program nodig, wat nie op hierdie rekenaar is nie.
speech-no-voice = Daar is geen Afrikaanse stem op hierdie rekenaar nie, dus kan dit nie hardop gelees word nie.

## Settings

theme = Tema
theme-light = Lig
theme-dark = Donker
theme-contrast = Hoë kontras
text-size = Teksgrootte
language = Taal
draft-translation = konsepvertaling, nog nie nagegaan nie
choose-language = Kies 'n taal

## Staff notices

show-problems = Wys probleme
hide-problems = Versteek probleme
more = Meer
less = Minder
file-problem = { $state ->
        [problems] { $file } het { $count ->
            [one] { $count } probleem
           *[other] { $count } probleme
        }
        [unreadable] { $file } kan nie gelees word nie of ontbreek
        [unverified] Die vloot se geverifieerde kopie het nie sy handtekeningtoets op hierdie masjien geslaag nie (hier verander, of met 'n sleutel geteken wat nie meer vertrou word nie)
       *[nofile] Geen skedulelêer is gevind nie
    }
file-in-use = { $using ->
        [loaded] gebruik steeds die weergawe gelaai om { $time }
        [copy] gebruik die laaste goeie kopie daarvan
       *[built-in] gebruik die ingeboude skedule
    }
file-notice = { file-problem }; { file-in-use }
file-notice-save = { file-problem }; { file-in-use }. Om dit te verander, stoor 'n schedule.ron in { $folder }
locale-problems = { $file } het { $count ->
        [one] { $count } probleem
       *[other] { $count } probleme
    }; woorde wat ontbreek, word in Engels gewys
fleet-in-use = { $serial ->
        [none] { $ago ->
            [none] Skedule van { $host } · nog nie nagegaan nie
           *[other] Skedule van { $host } · { $ago } gelede nagegaan
        }
       *[other] { $ago ->
            [none] Skedule van { $host } · reeksnommer { $serial } · nog nie nagegaan nie
           *[other] Skedule van { $host } · reeksnommer { $serial } · { $ago } gelede nagegaan
        }
    }
fleet-not-yet = Skedule van { $host }: nog niks ontvang nie; gebruik hierdie rekenaar se eie skedule
fleet-stale-unchecked = Die skedule is dalk verouderd: geen suksesvolle kontrole by { $host } vir { $for } nie
fleet-stale-expired = Die skedule is dalk verouderd: dit was geldig tot { $until }
fleet-broken = Die instellings vir die gedeelde skedule kan nie gebruik word nie: { $error }

## Kiosk mode

more-time = Ek het meer tyd nodig
leave-kiosk = Verlaat kioskmodus
kiosk-exit-pin = Tik die PIN in om kioskmodus te verlaat
wrong-pin = Verkeerde PIN
cancel = Kanselleer
idle-warning = Is jy nog hier? Die skerm begin weer oor { $seconds ->
        [one] { $seconds } sekonde
       *[other] { $seconds } sekondes
    }.
wrong-pin-wait = Verkeerde PIN. Probeer weer oor { $seconds ->
        [one] { $seconds } sekonde
       *[other] { $seconds } sekondes
    }.

## Public holidays

holiday = { $holiday ->
        [new-years-day] Nuwejaarsdag
        [human-rights-day] Menseregtedag
        [good-friday] Goeie Vrydag
        [family-day] Gesinsdag
        [freedom-day] Vryheidsdag
        [workers-day] Werkersdag
        [youth-day] Jeugdag
        [national-womens-day] Nasionale Vrouedag
        [heritage-day] Erfenisdag
        [day-of-reconciliation] Versoeningsdag
        [christmas-day] Kersdag
        [day-of-goodwill] Welwillendheidsdag
        [general-election] Algemene verkiesingsdag
        [local-election] Munisipale verkiesingsdag
        [millennium] Millenniumvakansiedag
       *[special] Spesiale openbare vakansiedag
    }
holiday-observed = { $name } (verskuif na Maandag)

## What Read aloud says

# "sewe-uur saans", "vieruur smiddags"; with minutes on a 24-hour clock: "16 uur 30".
spoken-time = { $minute ->
        [0] { spoken-hour }-uur { $part ->
            [morning] soggens
            [afternoon] smiddags
           *[evening] saans
        }
       *[other] { $hour } uur { $minute }
    }
spoken-hour = { $hour12 ->
        [1] een
        [2] twee
        [3] drie
        [4] vier
        [5] vyf
        [6] ses
        [7] sewe
        [8] agt
        [9] nege
        [10] tien
        [11] elf
       *[12] twaalf
    }
spoken-duration = { $days ->
        [0] { $hours ->
            [0] { spoken-minutes }
           *[other] { $minutes ->
                [0] { spoken-hours }
               *[other] { spoken-hours } { spoken-minutes }
            }
        }
        [one] { $days } dag
       *[other] { $days } dae
    }
spoken-hours = { $hours } uur
spoken-minutes = { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minute
    }
spoken-under-a-minute = minder as 'n minuut
spoken-date = { weekday-long } { $day } { month-long } { $year }
weekday-long = { $weekday ->
        [mon] Maandag
        [tue] Dinsdag
        [wed] Woensdag
        [thu] Donderdag
        [fri] Vrydag
        [sat] Saterdag
       *[sun] Sondag
    }
month-long = { $month ->
        [1] Januarie
        [2] Februarie
        [3] Maart
        [4] April
        [5] Mei
        [6] Junie
        [7] Julie
        [8] Augustus
        [9] September
        [10] Oktober
        [11] November
       *[12] Desember
    }
spoken-when = { $day-kind ->
        [today] vandag om { spoken-time }
        [tomorrow] môre om { spoken-time }
        [week] { weekday-long } om { spoken-time }
       *[date] { spoken-date } om { spoken-time }
    }
spoken-open-now = Nou oop.
spoken-open = Nou oop. Dit maak toe om { $time }, oor { $left }.
spoken-closing-soon = Maak binnekort toe. Dit maak toe om { $time }, oor { $left }. Sluit nou aan.
spoken-ended = Hierdie program het op { $date } geëindig.
spoken-closed-why = { $reason ->
        [before] Nog nie begin nie.
        [hours] Gesluit.
       *[day] Vandag gesluit: { $detail }.
    }
spoken-closed = { spoken-closed-why } { $next ->
        [opens] Dit gaan { $when } oop, oor { $left }.
        [ends] Daar is geen verdere sessies nie; die program eindig { $date }.
       *[none] Daar is geen sessies in die komende maande nie.
    }
spoken-category = { $number }, { $name }.
spoken-details = { $category }. { $status } Vergadering-ID: { $id }. Wagwoord: { $passcode }.
spoken-capital = hoofletter { $letter }
spoken-sign = { $sign ->
        [plus] plus
        [space] spasie
        [dash] koppelteken
        [underscore] onderstreep
        [dot] punt
        [at] by-teken
        [hash] hutsteken
        [exclamation] uitroepteken
       *[star] sterretjie
    }
