### DRAFT: Sepedi (Sesotho sa Leboa). Written without a native speaker; it must be reviewed
### before a City offers it (docs/translations/nso.md is the review sheet). Loket offers it
### only when a schedule lists "nso" in `languages`, and marks it as a draft in the chooser.

## About this language

language-name = Sepedi
language-review = draft

## The banner and the tiles

open-now = Go butšwe bjale
closing-soon = Go tswalelwa kgauswinyane
closed = Go tswaletšwe
closed-today = Go tswaletšwe lehono
not-started = Ga se gwa thoma
programme-over = Lenaneo le fedile
closed-why = { $reason ->
        [before] Ga se gwa thoma
        [hours] Go tswaletšwe
        [ended] Lenaneo le fedile
       *[day] Go tswaletšwe lehono: { $detail }
    }
banner-open = Go butšwe bjale · go tswalelwa ka { $time } (go šetše { $left })
banner-closing-soon = Go tswalelwa kgauswinyane · ka { $time } (go šetše { $left }) · tsena bjale
banner-ended = Lenaneo le le fedile ka { $date }
banner-closed = { closed-why } · { $next ->
        [opens] go bulwa { $when } (go šetše { $left })
        [ends] ga go sa na dikopano lenaneong le; le fela ka { $date }
       *[none] ga go na dikopano dikgweding tše di tlago
    }
chip-open = Go butšwe go fihla ka { $time }
chip-closing-soon = Go tswalelwa ka { $time }
chip-closed-opens = { closed-why } · go bulwa { $when }
opens = go bulwa { $when }
closes = go tswalelwa ka { $time }
# The banner's clock: the date without the weekday, whose names are long.
day-and-time = { $day } { month-short }, { $time }
long-day-and-time = { long-date }, { $time }

## Times, days and dates on the screen

# On the screen a span is short, with the units people know from clocks and phones
# ("1 h 28 min"); Read aloud says it in full (spoken-duration).
duration = { $days ->
        [0] { $hours ->
            [0] { $minutes } min
           *[other] { $minutes ->
                [0] { $hours } h
               *[other] { $hours } h { $minutes } min
            }
        }
        [one] letšatši le { $days }
       *[other] matšatši a { $days }
    }
under-a-minute = ka tlase ga motsotso
when = { $day-kind ->
        [today] ka { $time }
        [tomorrow] gosasa ka { $time }
        [week] { weekday-short } ka { $time }
        [date] { short-date } ka { $time }
       *[far] { long-date } ka { $time }
    }
# The screen's spans use the same words as Read aloud's (spoken-hours, spoken-minutes).
# Sepedi's weekday names begin alike (Labobedi, Laboraro, Labone): the full name is shown.
weekday-short = { $weekday ->
        [mon] Mošupologo
        [tue] Labobedi
        [wed] Laboraro
        [thu] Labone
        [fri] Labohlano
        [sat] Mokibelo
       *[sun] Sontaga
    }
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mat
        [4] Apo
        [5] Mei
        [6] Jun
        [7] Jul
        [8] Ago
        [9] Set
        [10] Okt
        [11] Nof
       *[12] Dis
    }
short-date = { weekday-short } { $day } { month-short }
long-date = { short-date } { $year }

## The home screen

choose-category = Kgetha seo potšišo ya gago e lego ka ga sona
keys-hint = Dinotlelo: { $range } kgetha · Enter tsena · C kopiša · Esc boela morago

## The details screen

meeting-id = Nomoro ya kopano
passcode = Lentšu la sephiri
host = Mofamolli
host-suggested = { $host } · o šišinywa
open-in-zoom = Bula go Zoom
open-in-browser = Bula go sephenyekgi
copy-id = Kopiša nomoro ya kopano
copy-passcode = Kopiša lentšu la sephiri
copy-both = Kopiša ka moka
copied = Go kopišitšwe
copied-what = Go kopišitšwe · { $what }
back = Boela morago
scan-to-join = Skena ka khamera ya mogala wa gago go tsena
then-passcode = Ka morago ngwala lentšu la sephiri
have-ready = Lokišetša
help = Thušo ya go tsena
phone-line = Mogala: { $phone }
hosts-offline = Bafamolli ga ba gona bjale.
hosts-offline-return = Bafamolli ga ba gona bjale. Ba boa { $when }.
hosts-return = Bafamolli ba boa { $when }.
ended-next-step = Botšiša khaontareng ka ga dikopano tše di latelago.
id-and-passcode = Nomoro ya kopano: { $id } · Lentšu la sephiri: { $passcode }
zoom-failed = Zoom ga e a kgona go bulwa mo. Šomiša “Bula go sephenyekgi” goba khoutu ya QR.
zoom-failed-kiosk = Zoom ga e kgone go thoma sekirining se. Skena khoutu ka mogala wa gago go tsena, goba kgopela thušo go mošomedi.
browser-failed = Ga go na sephenyekgi seo se kgonnego go bulwa khomphutheng ye.
email-failed = Ga go na lenaneo la imeile leo le kgonnego go bulwa khomphutheng ye.
opening-zoom = Zoom e a bulwa…

## Joining by phone

join-by-phone = Tsena ka mogala
phone-call = Letša { $number }
phone-call-at = Letša { $number } ({ $place })
phone-then-id = Ke moka tobetša nomoro ya kopano le #: { $id }
phone-then-passcode = Ke moka lentšu la sephiri la mogala (ga se la Zoom) le #: { $passcode }
phone-one-tap = Mogaleng wa thekeng, ka gatee: { $dial }
spoken-phone = Go tsena ka mogala, letša { $number }. Ke moka tobetša nomoro ya kopano, { $id }, le konopo ya hash. Ke moka lentšu la sephiri la mogala, { $passcode }, le konopo ya hash.
spoken-phone-no-passcode = Go tsena ka mogala, letša { $number }. Ke moka tobetša nomoro ya kopano, { $id }, le konopo ya hash.

## The printed slip

print = Gatiša
printing = E a gatišwa…
printed-on = E rometšwe go segatiši { $printer }
print-failed = Ga go a kgonega go gatiša: { $error }
print-limit = Ke ditlankana ka moka bjale. Botšiša mošomedi ge o nyaka se sengwe.
slip-sessions = Dikopano bekeng ye e tlago
slip-day = { short-date }: { $hours }
slip-no-sessions = Ga go na dikopano bekeng ye e tlago.
slip-printed = E gatišitšwe { $when }

## Sending the details to a resident's phone

send-to-phone = Romela mogaleng
send-heading = Romela dintlha tše mogaleng wa modudi
cell-number = Nomoro ya sele (mohl. 082 123 4567)
send-whatsapp = Romela ka WhatsApp
send-email = Romela ka imeile
cell-not-digit = Dinomoro, dikgoba le + mathomong fela
cell-not-sa = Nomoro ya Afrika Borwa e thoma ka 0 goba +27
cell-length = Nomoro ya sele e na le dinomoro tše 10; ye e na le { $count }
cell-not-cell = Ye ke nomoro ya mogala wa ntlong: nomoro ya sele e thoma ka 06, 07 goba 08
sent-whatsapp = WhatsApp e a bulwa le molaetša
sent-email = Lenaneo la imeile le a bulwa le molaetša
whatsapp-failed = WhatsApp ga e a kgona go bulwa khomphutheng ye.
send-subject = { $category }: go tsena kopanong ya thušo ya Toropo
send-join-link = Tsena ka mogala wa bohlale goba khomphutha: { $link }

## Counts

counts-today = Lehono: badudi ba { $count } ba thušitšwe
counts-failing = Dipalo ga di bolokwe: { $error }

## Reading aloud

read-aloud = Theeletša
reading-aloud = Go balwa ka lentšu…
stop-reading = Emiša go bala
speech-missing = Go bala ka lentšu go hloka lenaneo la espeak-ng, leo le sego gona khomphutheng ye.
speech-no-voice = Ga go na lentšu la Sepedi khomphutheng ye, ka fao ga go kgonege go bala ka lentšu.

## Settings

theme = Mebala
theme-light = E taga
theme-dark = E lefsifsi
theme-contrast = Phapano ye kgolo
text-size = Bogolo bja mongwalo
language = Polelo
draft-translation = phetolelo ye e sa swanelago go hlahlobja
choose-language = Kgetha polelo

## Staff notices

show-problems = Bontšha mathata
hide-problems = Uta mathata
more = Tše dingwe
less = Tše nnyane
file-problem = { $state ->
        [problems] { $file } e na le { $count ->
            [one] bothata bjo { $count }
           *[other] mathata a { $count }
        }
        [unreadable] { $file } ga e balege goba ga e gona
        [unverified] Khopi ye e netefaditšwego ya sehlopha e paletšwe ke tlhahlobo ya mosaeno motšhineng wo (e fetošitšwe mo, goba e saenilwe ka senotlelo seo se sa tshepjwego)
       *[nofile] Ga go a hwetšwa faele ya lenaneo
    }
file-in-use = { $using ->
        [loaded] go sa šomišwa yeo e tsentšwego ka { $time }
        [copy] go šomišwa khopi ya mafelelo ye botse
       *[built-in] go šomišwa lenaneo leo le agetšwego ka gare
    }
file-notice = { file-problem }; { file-in-use }
file-notice-save = { file-problem }; { file-in-use }. Go e fetoša, boloka schedule.ron go { $folder }
locale-problems = { $file } e na le { $count ->
        [one] bothata bjo { $count }
       *[other] mathata a { $count }
    }; mantšu ao a sego gona a bontšhwa ka Seisimane
fleet-in-use = { $serial ->
        [none] { $ago ->
            [none] Lenaneo go tšwa go { $host } · ga se la hlahlobja
           *[other] Lenaneo go tšwa go { $host } · le hlahlobilwe { $ago } tše di fetilego
        }
       *[other] { $ago ->
            [none] Lenaneo go tšwa go { $host } · nomoro { $serial } · ga se la hlahlobja
           *[other] Lenaneo go tšwa go { $host } · nomoro { $serial } · le hlahlobilwe { $ago } tše di fetilego
        }
    }
fleet-not-yet = Lenaneo go tšwa go { $host }: ga se gwa amogelwa selo; go šomišwa lenaneo la khomphutha ye
fleet-stale-unchecked = Lenaneo le ka ba le le la kgale: ga go na tlhahlobo ye e atlegilego le { $host } mo { $for }
fleet-stale-expired = Lenaneo le ka ba le le la kgale: le be le šoma go fihla { $until }
fleet-broken = Dipeakanyo tša sehlopha di ka se šomišwe: { $error }

## Kiosk mode

more-time = Ke nyaka nako ye ntši
leave-kiosk = Tšwa mokgweng wa khiosiko
kiosk-exit-pin = Ngwala PIN go tšwa mokgweng wa khiosiko
wrong-pin = PIN e fošagetše
cancel = Khansela
idle-warning = Na o sa le gona? Sekirini se thoma lefsa ka morago ga { $seconds ->
        [one] motsotswana o { $seconds }
       *[other] metsotswana ye { $seconds }
    }.
wrong-pin-wait = PIN e fošagetše. Leka gape ka morago ga { $seconds ->
        [one] motsotswana o { $seconds }
       *[other] metsotswana ye { $seconds }
    }.

## Public holidays

holiday = { $holiday ->
        [new-years-day] Letšatši la Ngwaga wo Moswa
        [human-rights-day] Letšatši la Ditokelo tša Botho
        [good-friday] Labohlano le Lebotse
        [family-day] Letšatši la Lapa
        [freedom-day] Letšatši la Tokologo
        [workers-day] Letšatši la Bašomi
        [youth-day] Letšatši la Bafsa
        [national-womens-day] Letšatši la Bosetšhaba la Basadi
        [heritage-day] Letšatši la Bohwa
        [day-of-reconciliation] Letšatši la Poelano
        [christmas-day] Letšatši la Keresemose
        [day-of-goodwill] Letšatši la Bolotho
        [general-election] Letšatši la Dikgetho tša Bosetšhaba
        [local-election] Letšatši la Dikgetho tša Selegae
        [millennium] Letšatši la boikhutšo la Milleniamo
       *[special] Letšatši le le kgethegilego la boikhutšo
    }
holiday-observed = { $name } (go khutšwa ka Mošupologo)

## What Read aloud says (espeak-ng has no Sepedi voice: Read aloud says so instead)

spoken-time = { $minute ->
        [0] ka iri ya { $hour12 } { $part ->
                [morning] mesong
                [afternoon] thapama
               *[evening] mantšiboa
            }
       *[other] ka { $hour12 } le metsotso ye { $minute } { $part ->
                [morning] mesong
                [afternoon] thapama
               *[evening] mantšiboa
            }
    }
spoken-hour = { $hour12 }
spoken-duration = { $days ->
        [0] { $hours ->
            [0] { spoken-minutes }
           *[other] { $minutes ->
                [0] { spoken-hours }
               *[other] { spoken-hours } le { spoken-minutes }
            }
        }
        [one] letšatši le { $days }
       *[other] matšatši a { $days }
    }
spoken-hours = { $hours ->
        [one] iri e { $hours }
       *[other] diiri tše { $hours }
    }
spoken-minutes = { $minutes ->
        [one] motsotso o { $minutes }
       *[other] metsotso ye { $minutes }
    }
spoken-under-a-minute = ka tlase ga motsotso
spoken-date = { weekday-long } { $day } { month-long } { $year }
weekday-long = { $weekday ->
        [mon] Mošupologo
        [tue] Labobedi
        [wed] Laboraro
        [thu] Labone
        [fri] Labohlano
        [sat] Mokibelo
       *[sun] Sontaga
    }
month-long = { $month ->
        [1] Janaware
        [2] Feberware
        [3] Matšhe
        [4] Aporele
        [5] Mei
        [6] June
        [7] Julae
        [8] Agostose
        [9] Setemere
        [10] Oktobore
        [11] Nofemere
       *[12] Disemere
    }
spoken-when = { $day-kind ->
        [today] lehono { spoken-time }
        [tomorrow] gosasa { spoken-time }
        [week] ka { weekday-long } { spoken-time }
       *[date] ka { spoken-date } { spoken-time }
    }
spoken-open-now = Go butšwe bjale.
spoken-open = Go butšwe bjale. Go tswalelwa { $time }, ka morago ga { $left }.
spoken-closing-soon = Go tswalelwa kgauswinyane. Go tswalelwa { $time }, ka morago ga { $left }. Tsena bjale.
spoken-ended = Lenaneo le le fedile ka { $date }.
spoken-closed-why = { $reason ->
        [before] Ga se gwa thoma.
        [hours] Go tswaletšwe.
       *[day] Go tswaletšwe lehono: { $detail }.
    }
spoken-closed = { spoken-closed-why } { $next ->
        [opens] Go bulwa { $when }, ka morago ga { $left }.
        [ends] Ga go sa na dikopano; lenaneo le fela ka { $date }.
       *[none] Ga go na dikopano dikgweding tše di tlago.
    }
spoken-category = { $number }, { $name }.
spoken-details = { $category }. { $status } Nomoro ya kopano: { $id }. Lentšu la sephiri: { $passcode }.
spoken-capital = tlhaka ye kgolo { $letter }
spoken-sign = { $sign ->
        [plus] plus
        [space] sekgoba
        [dash] mothaletšana
        [underscore] mothaladi wa ka fase
        [dot] ntlha
        [at] at
        [hash] hash
        [exclamation] leswao la kgakgamalo
       *[star] naledi
    }
