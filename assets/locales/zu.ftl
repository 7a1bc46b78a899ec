### DRAFT: isiZulu. Written without a native speaker; it must be reviewed before a City
### offers it (docs/translations/zu.md is the review sheet). Loket offers it only when a
### schedule lists "zu" in `languages`, and marks it as a draft in the language chooser.

## About this language

language-name = isiZulu
language-review = draft

## The banner and the tiles

open-now = Kuvuliwe manje
closing-soon = Kuzovalwa maduze
closed = Kuvaliwe
closed-today = Kuvaliwe namuhla
not-started = Akukaqali
programme-over = Uhlelo seluphelile
closed-why = { $reason ->
        [before] Akukaqali
        [hours] Kuvaliwe
        [ended] Uhlelo seluphelile
       *[day] Kuvaliwe namuhla: { $detail }
    }
banner-open = Kuvuliwe · kuvalwa ngo-{ $time } (kusele { $left })
banner-closing-soon = Kuzovalwa maduze · ngo-{ $time } (kusele { $left }) · joyina manje
banner-ended = Lolu hlelo luphele ngo-{ $date }
banner-closed = { closed-why } · { $next ->
        [opens] kuvulwa { $when } (kusele { $left })
        [ends] azisekho izikhathi kulolu hlelo; luphela ngo-{ $date }
       *[none] azikho izikhathi ezinyangeni ezizayo
    }
chip-open = Kuvuliwe kuze kube ngu-{ $time }
chip-closing-soon = Kuvalwa ngo-{ $time }
chip-closed-opens = { closed-why } · kuvulwa { $when }
opens = kuvulwa { $when }
closes = kuvalwa ngo-{ $time }
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
        [one] usuku olu-{ $days }
       *[other] izinsuku ezingu-{ $days }
    }
under-a-minute = ngaphansi komzuzu
when = { $day-kind ->
        [today] ngo-{ $time }
        [tomorrow] kusasa ngo-{ $time }
        [week] { weekday-short } ngo-{ $time }
        [date] { short-date } ngo-{ $time }
       *[far] { long-date } ngo-{ $time }
    }
weekday-short = { $weekday ->
        [mon] uMsombuluko
        [tue] uLwesibili
        [wed] uLwesithathu
        [thu] uLwesine
        [fri] uLwesihlanu
        [sat] uMgqibelo
       *[sun] iSonto
    }
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mas
        [4] Apr
        [5] Mey
        [6] Jun
        [7] Jul
        [8] Aga
        [9] Sep
        [10] Okt
        [11] Nov
       *[12] Dis
    }
short-date = { weekday-short } { $day } { month-short }
long-date = { short-date } { $year }

## The home screen

choose-category = Khetha ukuthi umbuzo wakho umayelana nani
keys-hint = Okhiye: { $range } khetha · Enter joyina · C kopisha · Esc buyela emuva

## The details screen

meeting-id = Inombolo yomhlangano
passcode = Iphasikhodi
host = Umphathi
host-suggested = { $host } · uyanconywa
open-in-zoom = Vula ku-Zoom
open-in-browser = Vula kusiphequluli
copy-id = Kopisha inombolo yomhlangano
copy-passcode = Kopisha iphasikhodi
copy-both = Kopisha kokubili
copied = Kukopishiwe
copied-what = Kukopishiwe · { $what }
back = Emuva
scan-to-join = Skena ngekhamera yefoni yakho ukuze ujoyine
then-passcode = Bese uthayipha iphasikhodi
have-ready = Lungiselela
help = Usizo lokujoyina
phone-line = Ucingo: { $phone }
hosts-offline = Abaphathi abekho manje.
hosts-offline-return = Abaphathi abekho manje. Babuya { $when }.
hosts-return = Abaphathi babuya { $when }.
ended-next-step = Buza ekhawuntareni mayelana nezikhathi ezilandelayo.
id-and-passcode = Inombolo yomhlangano: { $id } · Iphasikhodi: { $passcode }
zoom-failed = I-Zoom ayivulekanga. Sebenzisa isiphequluli noma ikhodi ye-QR.
zoom-failed-kiosk = I-Zoom ayikwazi ukuqala kulesi sikrini. Skena ikhodi ngefoni yakho ukuze ujoyine, noma ucele usizo kusisebenzi.
browser-failed = Asikho isiphequluli esikwazile ukuvulwa kule khompyutha.
email-failed = Alukho uhlelo lwe-imeyili olukwazile ukuvulwa kule khompyutha.
opening-zoom = I-Zoom iyavulwa…

## Joining by phone

join-by-phone = Joyina ngocingo
phone-call = Shayela { $number }
phone-call-at = Shayela { $number } ({ $place })
phone-then-id = Bese uthayipha inombolo yomhlangano no-#: { $id }
phone-then-passcode = Bese iphasikhodi yocingo (hhayi eye-Zoom) no-#: { $passcode }
phone-one-tap = Kumakhalekhukhwini, ngasikhathi sinye: { $dial }
spoken-phone = Ukuze ujoyine ngocingo, shayela { $number }. Bese uthayipha inombolo yomhlangano, { $id }, bese ucindezela u-hash. Bese iphasikhodi yocingo, { $passcode }, bese ucindezela u-hash.
spoken-phone-no-passcode = Ukuze ujoyine ngocingo, shayela { $number }. Bese uthayipha inombolo yomhlangano, { $id }, bese ucindezela u-hash.

## The printed slip

print = Phrinta
printing = Kuyaphrintwa…
printed-on = Kuthunyelwe kuphrinta { $printer }
print-failed = Akukwazanga ukuphrinta: { $error }
print-limit = Yilokho konke okwamanje. Cela usizo kusisebenzi uma udinga okunye.
slip-sessions = Izikhathi evikini elizayo
slip-day = { short-date }: { $hours }
slip-no-sessions = Azikho izikhathi evikini elizayo.
slip-printed = Kuphrintwe { $when }

## Sending the details to a resident's phone

send-to-phone = Thumela efonini
send-heading = Thumela le mininingwane efonini yesakhamuzi
cell-number = Inombolo yeselula (isb. 082 123 4567)
send-whatsapp = Thumela nge-WhatsApp
send-email = Thumela nge-imeyili
cell-not-digit = Izinombolo, izikhala no-+ ekuqaleni kuphela
cell-not-sa = Inombolo yaseNingizimu Afrika iqala ngo-0 noma +27
cell-length = Inombolo yeselula inezinombolo eziyi-10; lena ine-{ $count }
cell-not-cell = Lena yinombolo yocingo lwasendlini: inombolo yeselula iqala ngo-06, 07 noma 08
sent-whatsapp = I-WhatsApp iyavulwa nomlayezo
sent-email = Uhlelo lwe-imeyili luyavulwa nomlayezo
whatsapp-failed = I-WhatsApp ayikwazanga ukuvulwa kule khompyutha.
send-subject = { $category }: ukujoyina iseshini yosizo yeDolobha
send-join-link = Joyina ngefoni ehlakaniphile noma ikhompyutha: { $link }

## Counts

counts-today = Namuhla: izakhamuzi ezingu-{ $count } zisiziwe
counts-failing = Izibalo azigcinwa: { $error }

## Reading aloud

read-aloud = Lalela
reading-aloud = Kufundwa ngokuzwakalayo…
stop-reading = Misa ukufunda
speech-missing = Ukufunda ngokuzwakalayo kudinga uhlelo lwe-espeak-ng, olungekho kule khompyutha.
speech-no-voice = Alikho izwi lesiZulu kule khompyutha, ngakho akukwazi ukufundwa ngokuzwakalayo.

## Settings

theme = Umbala
theme-light = Kukhanyayo
theme-dark = Kumnyama
theme-contrast = Umehluko omkhulu
text-size = Ubukhulu bombhalo
language = Ulimi
draft-translation = ukuhumusha okusalungiswa, akukahlolwa
choose-language = Khetha ulimi

## Staff notices

show-problems = Bonisa izinkinga
hide-problems = Fihla izinkinga
more = Okwengeziwe
less = Okuncane
file-problem = { $state ->
        [problems] { $file } inezinkinga { $count ->
            [one] engu-{ $count }
           *[other] ezingu-{ $count }
        }
        [unreadable] { $file } ayifundeki noma ayikho
        [unverified] Ikhophi eqinisekisiwe yeqembu yehlulekile ekuhlolweni kwesiginesha kulo mshini (ishintshwe lapha, noma isayinwe ngokhiye ongasathenjwa)
       *[nofile] Ayitholakalanga ifayela lohlelo
    }
file-in-use = { $using ->
        [loaded] kusasetshenziswa leyo elayishwe ngo-{ $time }
        [copy] kusetshenziswa ikhophi yokugcina enhle
       *[built-in] kusetshenziswa uhlelo olwakhelwe ngaphakathi
    }
file-notice = { file-problem }; { file-in-use }
file-notice-save = { file-problem }; { file-in-use }. Ukuyishintsha, gcina i-schedule.ron ku-{ $folder }
locale-problems = { $file } inezinkinga { $count ->
        [one] engu-{ $count }
       *[other] ezingu-{ $count }
    }; amagama angekho aboniswa ngesiNgisi
fleet-in-use = { $serial ->
        [none] { $ago ->
            [none] Uhlelo oluvela ku-{ $host } · alukahlolwa
           *[other] Uhlelo oluvela ku-{ $host } · luhlolwe { $ago } edlule
        }
       *[other] { $ago ->
            [none] Uhlelo oluvela ku-{ $host } · inombolo { $serial } · alukahlolwa
           *[other] Uhlelo oluvela ku-{ $host } · inombolo { $serial } · luhlolwe { $ago } edlule
        }
    }
fleet-not-yet = Uhlelo oluvela ku-{ $host }: akukatholwa lutho; kusetshenziswa uhlelo lwale khompyutha
fleet-stale-unchecked = Uhlelo lungase lube ludala: akukho ukuhlola okuphumelele ne-{ $host } isikhathi esingu-{ $for }
fleet-stale-expired = Uhlelo lungase lube ludala: lwalusebenza kuze kube ngu-{ $until }
fleet-broken = Izilungiselelo zeqembu azikwazi ukusetshenziswa: { $error }

## Kiosk mode

more-time = Ngidinga isikhathi esengeziwe
leave-kiosk = Phuma kumodi ye-kiosk
kiosk-exit-pin = Faka i-PIN ukuze uphume kumodi ye-kiosk
wrong-pin = I-PIN engalungile
cancel = Khansela
idle-warning = Usekhona yini? Isikrini siqala kabusha emva { $seconds ->
        [one] komzuzwana ongu-{ $seconds }
       *[other] kwemizuzwana engu-{ $seconds }
    }.
wrong-pin-wait = I-PIN engalungile. Zama futhi emva { $seconds ->
        [one] komzuzwana ongu-{ $seconds }
       *[other] kwemizuzwana engu-{ $seconds }
    }.

## Public holidays

holiday = { $holiday ->
        [new-years-day] Usuku Lonyaka Omusha
        [human-rights-day] Usuku Lwamalungelo Abantu
        [good-friday] ULwesihlanu Oluhle
        [family-day] Usuku Lomndeni
        [freedom-day] Usuku Lwenkululeko
        [workers-day] Usuku Lwabasebenzi
        [youth-day] Usuku Lwentsha
        [national-womens-day] Usuku Lwabesifazane Lukazwelonke
        [heritage-day] Usuku Lwamagugu
        [day-of-reconciliation] Usuku Lokubuyisana
        [christmas-day] UKhisimusi
        [day-of-goodwill] Usuku Lokuthakazelelana
        [general-election] Usuku Lokhetho Lukazwelonke
        [local-election] Usuku Lokhetho Lohulumeni Wasekhaya
        [millennium] Iholide Leminyaka Eyinkulungwane
       *[special] Iholide elikhethekile
    }
holiday-observed = { $name } (kugujwa ngoMsombuluko)

## What Read aloud says (espeak-ng has no isiZulu voice: Read aloud says so instead)

spoken-time = { $minute ->
        [0] ngehora { $hour12 } { $part ->
                [morning] ekuseni
                [afternoon] ntambama
               *[evening] kusihlwa
            }
       *[other] ngo-{ $hour12 } nemizuzu engu-{ $minute } { $part ->
                [morning] ekuseni
                [afternoon] ntambama
               *[evening] kusihlwa
            }
    }
spoken-hour = { $hour12 }
spoken-duration = { $days ->
        [0] { $hours ->
            [0] { spoken-minutes }
           *[other] { $minutes ->
                [0] { spoken-hours }
               *[other] { spoken-hours } { spoken-minutes }
            }
        }
        [one] usuku olu-{ $days }
       *[other] izinsuku ezingu-{ $days }
    }
spoken-hours = { $hours ->
        [one] ihora eli-{ $hours }
       *[other] amahora angu-{ $hours }
    }
spoken-minutes = { $minutes ->
        [one] umzuzu ongu-{ $minutes }
       *[other] imizuzu engu-{ $minutes }
    }
spoken-under-a-minute = ngaphansi komzuzu
spoken-date = { weekday-long } { $day } { month-long } { $year }
weekday-long = { $weekday ->
        [mon] uMsombuluko
        [tue] uLwesibili
        [wed] uLwesithathu
        [thu] uLwesine
        [fri] uLwesihlanu
        [sat] uMgqibelo
       *[sun] iSonto
    }
month-long = { $month ->
        [1] uJanuwari
        [2] uFebhuwari
        [3] uMashi
        [4] u-Apreli
        [5] uMeyi
        [6] uJuni
        [7] uJulayi
        [8] u-Agasti
        [9] uSepthemba
        [10] u-Okthoba
        [11] uNovemba
       *[12] uDisemba
    }
spoken-when = { $day-kind ->
        [today] namuhla { spoken-time }
        [tomorrow] kusasa { spoken-time }
        [week] ngo-{ weekday-long } { spoken-time }
       *[date] ngo-{ spoken-date } { spoken-time }
    }
spoken-open-now = Kuvuliwe manje.
spoken-open = Kuvuliwe manje. Kuvalwa { $time }, emva kuka-{ $left }.
spoken-closing-soon = Kuzovalwa maduze. Kuvalwa { $time }, emva kuka-{ $left }. Joyina manje.
spoken-ended = Lolu hlelo luphele ngo-{ $date }.
spoken-closed-why = { $reason ->
        [before] Akukaqali.
        [hours] Kuvaliwe.
       *[day] Kuvaliwe namuhla: { $detail }.
    }
spoken-closed = { spoken-closed-why } { $next ->
        [opens] Kuvulwa { $when }, emva kuka-{ $left }.
        [ends] Azisekho izikhathi; uhlelo luphela ngo-{ $date }.
       *[none] Azikho izikhathi ezinyangeni ezizayo.
    }
spoken-category = { $number }, { $name }.
spoken-details = { $category }. { $status } Inombolo yomhlangano: { $id }. Iphasikhodi: { $passcode }.
spoken-capital = usonhlamvukazi { $letter }
spoken-sign = { $sign ->
        [plus] plus
        [space] isikhala
        [dash] udeshi
        [underscore] umugqa ongezansi
        [dot] ichashazi
        [at] at
        [hash] hash
        [exclamation] isibabazo
       *[star] inkanyezi
    }
