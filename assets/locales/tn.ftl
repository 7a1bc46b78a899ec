### DRAFT: Setswana. Written without a native speaker; it must be reviewed before a City
### offers it (docs/translations/tn.md is the review sheet). Loket offers it only when a
### schedule lists "tn" in `languages`, and marks it as a draft in the language chooser.

## About this language

language-name = Setswana
language-review = draft

## The banner and the tiles

open-now = Go butswe jaanong
closing-soon = Go tswalwa ka bonako
closed = Go tswetswe
closed-today = Go tswetswe gompieno
not-started = Ga go ise go simolole
programme-over = Lenaneo le fedile
closed-why = { $reason ->
        [before] Ga go ise go simolole
        [hours] Go tswetswe
        [ended] Lenaneo le fedile
       *[day] Go tswetswe gompieno: { $detail }
    }
banner-open = Go butswe jaanong · go tswalwa ka { $time } (go setse { $left })
banner-closing-soon = Go tswalwa ka bonako · ka { $time } (go setse { $left }) · tsena jaanong
banner-ended = Lenaneo le le fedile ka { $date }
banner-closed = { closed-why } · { $next ->
        [opens] go bulwa { $when } (go setse { $left })
        [ends] ga go na dikopano tse dingwe mo lenaneong le; le fela ka { $date }
       *[none] ga go na dikopano mo dikgweding tse di tlang
    }
chip-open = Go butswe go fitlha ka { $time }
chip-closing-soon = Go tswalwa ka { $time }
chip-closed-opens = { closed-why } · go bulwa { $when }
opens = go bulwa { $when }
closes = go tswalwa ka { $time }
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
        [one] letsatsi le { $days }
       *[other] malatsi a { $days }
    }
under-a-minute = ka fa tlase ga motsotso
when = { $day-kind ->
        [today] ka { $time }
        [tomorrow] ka moso ka { $time }
        [week] { weekday-short } ka { $time }
        [date] { short-date } ka { $time }
       *[far] { long-date } ka { $time }
    }
# Setswana's weekday names are long and alike at the start (Labobedi, Laboraro, Labone):
# the full name is shown.
weekday-short = { $weekday ->
        [mon] Mosupologo
        [tue] Labobedi
        [wed] Laboraro
        [thu] Labone
        [fri] Labotlhano
        [sat] Matlhatso
       *[sun] Tshipi
    }
month-short = { $month ->
        [1] Fer
        [2] Tlh
        [3] Mop
        [4] Mor
        [5] Mot
        [6] See
        [7] Phu
        [8] Pha
        [9] Lwe
        [10] Dip
        [11] Ngw
       *[12] Sed
    }
short-date = { weekday-short } { $day } { month-short }
long-date = { short-date } { $year }

## The home screen

choose-category = Tlhopha se potso ya gago e leng ka ga sone
keys-hint = Dikonopo: { $range } tlhopha · Enter tsena · C kopolola · Esc boela morago

## The details screen

meeting-id = Nomoro ya kopano
passcode = Lefoko la sephiri
host = Motsamaisi
host-suggested = { $host } · o a akantshiwa
open-in-zoom = Bula mo Zoom
open-in-browser = Bula mo sebatling
copy-id = Kopolola nomoro ya kopano
copy-passcode = Kopolola lefoko la sephiri
copy-both = Kopolola tsotlhe
copied = Go kopolotswe
copied-what = Go kopolotswe · { $what }
back = Boela morago
scan-to-join = Sekena ka khamera ya founu ya gago go tsena
then-passcode = Morago kwala lefoko la sephiri
have-ready = Baakanya
help = Thuso ya go tsena
phone-line = Founu: { $phone }
hosts-offline = Batsamaisi ga ba yo jaanong.
hosts-offline-return = Batsamaisi ga ba yo jaanong. Ba boa { $when }.
hosts-return = Batsamaisi ba boa { $when }.
ended-next-step = Botsa kwa khaontareng ka ga dikopano tse di latelang.
id-and-passcode = Nomoro ya kopano: { $id } · Lefoko la sephiri: { $passcode }
zoom-failed = Zoom ga e a kgona go bulwa fa. Dirisa “Bula mo sebatling” kgotsa khoutu ya QR.
zoom-failed-kiosk = Zoom ga e kgone go simolola mo sekirining se. Sekena khoutu ka founu ya gago go tsena, kgotsa kopa thuso mo modiring.
browser-failed = Ga go na sebatli se se kgonneng go bulwa mo khomputareng e.
email-failed = Ga go na porokeramo ya imeile e e kgonneng go bulwa mo khomputareng e.
opening-zoom = Zoom e a bulwa…

## Joining by phone

join-by-phone = Tsena ka founu
phone-call = Leletsa { $number }
phone-call-at = Leletsa { $number } ({ $place })
phone-then-id = Morago tobetsa nomoro ya kopano le #: { $id }
phone-then-passcode = Morago lefoko la sephiri la founu (e seng la Zoom) le #: { $passcode }
phone-one-tap = Mo founung ya letheka, ka bongwe: { $dial }
spoken-phone = Go tsena ka founu, leletsa { $number }. Morago tobetsa nomoro ya kopano, { $id }, le konopo ya hash. Morago lefoko la sephiri la founu, { $passcode }, le konopo ya hash.
spoken-phone-no-passcode = Go tsena ka founu, leletsa { $number }. Morago tobetsa nomoro ya kopano, { $id }, le konopo ya hash.

## The printed slip

print = Gatisa
printing = E a gatisiwa…
printed-on = E romeletswe kwa segatisong { $printer }
print-failed = Ga go a kgonega go gatisa: { $error }
print-limit = Ke ditlankana tsotlhe jaanong. Kopa modiri fa o tlhoka se sengwe.
slip-sessions = Dikopano mo bekeng e e tlang
slip-day = { short-date }: { $hours }
slip-no-sessions = Ga go na dikopano mo bekeng e e tlang.
slip-printed = E gatisitswe { $when }

## Sending the details to a resident's phone

send-to-phone = Romela mo founung
send-heading = Romela dintlha tse mo founung ya moagi
cell-number = Nomoro ya selefouno (sk. 082 123 4567)
send-whatsapp = Romela ka WhatsApp
send-email = Romela ka imeile
cell-not-digit = Dinomoro, dikgala le + kwa tshimologong fela
cell-not-sa = Nomoro ya Aforika Borwa e simolola ka 0 kgotsa +27
cell-length = Nomoro ya selefouno e na le dinomoro di le 10; e e na le { $count }
cell-not-cell = E ke nomoro ya founu ya mo gae: nomoro ya selefouno e simolola ka 06, 07 kgotsa 08
sent-whatsapp = WhatsApp e a bulwa le molaetsa
sent-email = Porokeramo ya imeile e a bulwa le molaetsa
whatsapp-failed = WhatsApp ga e a kgona go bulwa mo khomputareng e.
send-subject = { $category }: go tsena mo kopanong ya thuso ya Toropo
send-join-link = Tsena ka founu e e botlhale kgotsa khomputara: { $link }

## Counts

counts-today = Gompieno: baagi ba { $count } ba thusitswe
counts-failing = Dipalo ga di bolokwe: { $error }

## Reading aloud

read-aloud = Reetsa
reading-aloud = Go balwa ka lentswe…
stop-reading = Emisa go bala
speech-missing = Go bala ka lentswe go tlhoka porokeramo ya espeak-ng, e e seyong mo khomputareng e.
speech-no-voice = Ga go na lentswe la Setswana mo khomputareng e, ka jalo ga go kgonege go bala ka lentswe.

## Settings

theme = Mebala
theme-light = E phatsimang
theme-dark = E lefifi
theme-contrast = Pharologano e kgolo
text-size = Bogolo jwa mokwalo
language = Puo
draft-translation = thanolo e e sa ntseng e tshwanetse go tlhatlhobiwa
choose-language = Tlhopha puo

## Staff notices

show-problems = Bontsha mathata
hide-problems = Fitlha mathata
more = Go feta
less = Go le go nnye
file-problem = { $state ->
        [problems] { $file } e na le { $count ->
            [one] bothata jo { $count }
           *[other] mathata a { $count }
        }
        [unreadable] { $file } ga e kgone go balwa kgotsa ga e yo
        [unverified] Khopi e e netefaditsweng ya setlhopha e paletswe ke tlhatlhobo ya monwana mo motšhining o (e fetotswe fa, kgotsa e saenilwe ka senotlolo se se sa tshepiweng)
       *[nofile] Ga go a bonwa faele ya thulaganyo
    }
file-in-use = { $using ->
        [loaded] go santse go dirisiwa e e tsentsweng ka { $time }
        [copy] go dirisiwa khopi ya bofelo e e siameng
       *[built-in] go dirisiwa thulaganyo e e agetsweng mo teng
    }
file-notice = { file-problem }; { file-in-use }
file-notice-save = { file-problem }; { file-in-use }. Go e fetola, boloka schedule.ron mo { $folder }
locale-problems = { $file } e na le { $count ->
        [one] bothata jo { $count }
       *[other] mathata a { $count }
    }; mafoko a a seyong a bontshiwa ka Seesimane
fleet-in-use = { $serial ->
        [none] { $ago ->
            [none] Thulaganyo go tswa kwa { $host } · ga e ise e tlhatlhobiwe
           *[other] Thulaganyo go tswa kwa { $host } · e tlhatlhobilwe { $ago } e e fetileng
        }
       *[other] { $ago ->
            [none] Thulaganyo go tswa kwa { $host } · nomoro { $serial } · ga e ise e tlhatlhobiwe
           *[other] Thulaganyo go tswa kwa { $host } · nomoro { $serial } · e tlhatlhobilwe { $ago } e e fetileng
        }
    }
fleet-not-yet = Thulaganyo go tswa kwa { $host }: ga go ise go amogelwe sepe; go dirisiwa thulaganyo ya khomputara e
fleet-stale-unchecked = Thulaganyo e ka tswa e sa le ya bogompieno: ga go na tlhatlhobo e e atlegileng le { $host } mo { $for }
fleet-stale-expired = Thulaganyo e ka tswa e sa le ya bogompieno: e ne e dira go fitlha { $until }
fleet-broken = Dipeakanyo tsa setlhopha ga di kgone go dirisiwa: { $error }

## Kiosk mode

more-time = Ke tlhoka nako e nngwe
leave-kiosk = Tswa mo mokgweng wa khiosiko
kiosk-exit-pin = Kwala PIN go tswa mo mokgweng wa khiosiko
wrong-pin = PIN e e phoso
cancel = Khansela
idle-warning = A o santse o le fa? Sekirini se simolola sešwa mo { $seconds ->
        [one] motsotswaneng o { $seconds }
       *[other] metsotswaneng e { $seconds }
    }.
wrong-pin-wait = PIN e e phoso. Leka gape mo { $seconds ->
        [one] motsotswaneng o { $seconds }
       *[other] metsotswaneng e { $seconds }
    }.

## Public holidays

holiday = { $holiday ->
        [new-years-day] Letsatsi la Ngwaga o Mošwa
        [human-rights-day] Letsatsi la Ditshwanelo tsa Botho
        [good-friday] Labotlhano yo o Molemo
        [family-day] Letsatsi la Lelapa
        [freedom-day] Letsatsi la Kgololesego
        [workers-day] Letsatsi la Badiri
        [youth-day] Letsatsi la Bašwa
        [national-womens-day] Letsatsi la Bosetšhaba la Basadi
        [heritage-day] Letsatsi la Boswa
        [day-of-reconciliation] Letsatsi la Poelano
        [christmas-day] Letsatsi la Keresemose
        [day-of-goodwill] Letsatsi la Bopelonomi
        [general-election] Letsatsi la Ditlhopho tsa Bosetšhaba
        [local-election] Letsatsi la Ditlhopho tsa Selegae
        [millennium] Letsatsi la boikhutso la Mileniamo
       *[special] Letsatsi le le kgethegileng la boikhutso
    }
holiday-observed = { $name } (go ikhutswa ka Mosupologo)

## What Read aloud says (espeak-ng has a Setswana voice)

spoken-time = { $minute ->
        [0] ka ura ya bo{ $hour12 } { $part ->
                [morning] mo mosong
                [afternoon] mo tshokologong
               *[evening] maitseboa
            }
       *[other] ka { $hour12 } le metsotso e { $minute } { $part ->
                [morning] mo mosong
                [afternoon] mo tshokologong
               *[evening] maitseboa
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
        [one] letsatsi le { $days }
       *[other] malatsi a { $days }
    }
spoken-hours = { $hours ->
        [one] ura e { $hours }
       *[other] diura di { $hours }
    }
spoken-minutes = { $minutes ->
        [one] motsotso o { $minutes }
       *[other] metsotso e { $minutes }
    }
spoken-under-a-minute = ka fa tlase ga motsotso
spoken-date = { weekday-long } { $day } { month-long } { $year }
weekday-long = { $weekday ->
        [mon] Mosupologo
        [tue] Labobedi
        [wed] Laboraro
        [thu] Labone
        [fri] Labotlhano
        [sat] Matlhatso
       *[sun] Tshipi
    }
month-long = { $month ->
        [1] Ferikgong
        [2] Tlhakole
        [3] Mopitlo
        [4] Moranang
        [5] Motsheganong
        [6] Seetebosigo
        [7] Phukwi
        [8] Phatwe
        [9] Lwetse
        [10] Diphalane
        [11] Ngwanatsele
       *[12] Sedimonthole
    }
spoken-when = { $day-kind ->
        [today] gompieno { spoken-time }
        [tomorrow] ka moso { spoken-time }
        [week] ka { weekday-long } { spoken-time }
       *[date] ka { spoken-date } { spoken-time }
    }
spoken-open-now = Go butswe jaanong.
spoken-open = Go butswe jaanong. Go tswalwa { $time }, mo go { $left }.
spoken-closing-soon = Go tswalwa ka bonako. Go tswalwa { $time }, mo go { $left }. Tsena jaanong.
spoken-ended = Lenaneo le le fedile ka { $date }.
spoken-closed-why = { $reason ->
        [before] Ga go ise go simolole.
        [hours] Go tswetswe.
       *[day] Go tswetswe gompieno: { $detail }.
    }
spoken-closed = { spoken-closed-why } { $next ->
        [opens] Go bulwa { $when }, mo go { $left }.
        [ends] Ga go na dikopano tse dingwe; lenaneo le fela ka { $date }.
       *[none] Ga go na dikopano mo dikgweding tse di tlang.
    }
spoken-category = { $number }, { $name }.
spoken-details = { $category }. { $status } Nomoro ya kopano: { $id }. Lefoko la sephiri: { $passcode }.
spoken-capital = tlhaka e kgolo { $letter }
spoken-sign = { $sign ->
        [plus] plus
        [space] sekgala
        [dash] mothalonyana
        [underscore] mothalo o o kwa tlase
        [dot] ntlha
        [at] at
        [hash] hash
        [exclamation] letshwao la kgakgamalo
       *[star] naledi
    }
