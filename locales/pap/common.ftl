# Mensahenan komun: kontestá ku number, botonnan bieu, eror.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Manda 1 pa skohe.
   *[other] Manda un number di 1 te { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Por fabor, skohe un number di 1 te { $count }.
button-expired = E boton aki no ta traha mas. Manda "yudansa" pa mira loke bo por hasi.
cancel = Kanselá
empty-message = Mi a haña un mensahe bashí. Skirbi algu, manda un mensahe di bos, òf primi riba un boton.
error-sorry = Despensá, algu a bai robes na nos banda. Bo mensahe ta wardá. Por fabor, purba atrobe mas lat.
unknown-command = Mi no konosé e komando ei.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ Kisas un mensahe pa { $name } no a yega. Por fabor, puntra { $name }.
    [unreachable] ⚠️ E bot no por yega na { $name } mas. Por fabor, yama { $name }.
    [window] ⚠️ Bo por yega na { $name } solamente pa telefòn, te ora { $name } skirbi e bot atrobe.
   *[failed] ⚠️ Un mensahe pa { $name } no por a yega. Por fabor, yama { $name }.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Mi a komprendé: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] { $hour } or
       *[other] { $hour } or i { $minute } minüt
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Kontestá ku un toke òf ku un número.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $weekday } { $day } { $month }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date }, { $time }
